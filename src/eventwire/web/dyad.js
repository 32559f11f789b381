// A dyad over time: cooperation vs conflict per day or week, mean Goldstein, and the events behind it.
import { getJSON } from "./api.js";
import { dyadChart } from "./chart.js";
import { el, show } from "./dom.js";
import { eventTable } from "./eventtable.js";
import { emptyBox, errorBox } from "./labels.js";

function dyadForm(a, b, freq) {
  const form = el(
    "form",
    { class: "filters", id: "dyad-form" },
    el("label", { class: "field" }, el("span", {}, "Actor A"), el("input", { name: "a", value: a, placeholder: "RUS", size: 9, required: true })),
    el("label", { class: "field" }, el("span", {}, "Actor B"), el("input", { name: "b", value: b, placeholder: "USA", size: 9, required: true })),
    el(
      "label",
      { class: "field" },
      el("span", {}, "Per"),
      el("select", { name: "freq" }, ["day", "week"].map((value) => el("option", { value, selected: value === freq }, value))),
    ),
    el("div", { class: "field buttons" }, el("button", { type: "submit" }, "Show")),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const [na, nb] = [form.elements.a.value.trim(), form.elements.b.value.trim()];
    if (na && nb) location.hash = `#/dyad/${encodeURIComponent(na)}/${encodeURIComponent(nb)}?freq=${form.elements.freq.value}`;
  });
  return form;
}

function chartLegend() {
  return el(
    "div",
    { class: "legend" },
    el("span", { class: "legend-item" }, el("span", { class: "swatch coop" }), "Cooperation (quad 1–2)"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch conflict" }), "Conflict (quad 3–4)"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch goldstein" }), "Mean Goldstein (right axis)"),
  );
}

export async function dyadView(root, params, a = "", b = "") {
  const freq = params.get("freq") === "week" ? "week" : "day";
  const body = el("div", {});
  show(root, el("h1", {}, "Dyad timeline"), dyadForm(a, b, freq), body);
  if (!a || !b) {
    show(body, emptyBox("Choose two actor codes (or code prefixes such as RUS and USA)."));
    return;
  }
  show(body, el("div", { class: "loading" }, "Loading…"));
  try {
    const [dyad, events] = await Promise.all([
      getJSON(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { freq }),
      getJSON("events", { dyad: `${a},${b}`, limit: 200 }),
    ]);
    const total = dyad.series.reduce((sum, point) => sum + point.events, 0);
    show(
      body,
      el("h2", {}, `${dyad.a} ↔ ${dyad.b}`, el("span", { class: "muted small" }, ` ${total} dated events, per ${freq}`)),
      dyad.series.length ? el("section", { class: "card chart-card" }, chartLegend(), dyadChart(dyad.series)) : emptyBox("No dated events between these actors."),
      events.items.length ? el("h2", {}, "Events") : null,
      events.items.length ? eventTable(events.items, { link: true }) : null,
    );
  } catch (error) {
    show(body, errorBox(error));
  }
}
