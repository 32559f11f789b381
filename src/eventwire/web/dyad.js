// A dyad over time: two actor codes (or code prefixes such as RUS and UKR), either direction.
import { el, show } from "./dom.js";
import { eventList } from "./feed.js";
import { emptyBox } from "./labels.js";
import { countingNote, csvLink, filterForm } from "./query.js";
import { timelinePanel } from "./timeline.js";

function dyadForm(a, b, params) {
  const form = el(
    "form",
    { class: "filters", id: "dyad-form" },
    el("label", { class: "field" }, el("span", {}, "Actor A"), el("input", { name: "a", value: a, placeholder: "RUS", size: 9, required: true })),
    el("label", { class: "field" }, el("span", {}, "Actor B"), el("input", { name: "b", value: b, placeholder: "UKR", size: 9, required: true })),
    el("div", { class: "field buttons" }, el("button", { type: "submit" }, "Show")),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const [na, nb] = [form.elements.a.value.trim(), form.elements.b.value.trim()];
    const query = params.toString();
    if (na && nb) location.hash = `#/dyad/${encodeURIComponent(na)}/${encodeURIComponent(nb)}${query ? `?${query}` : ""}`;
  });
  return form;
}

export async function dyadView(root, params, a = "", b = "") {
  const chart = el("div", { class: "timeline-panel" });
  const events = el("div", { class: "results" });
  if (!a || !b) {
    show(root, el("h1", {}, "Dyad timeline"), dyadForm(a, b, params), emptyBox("Choose two actor codes (or code prefixes such as RUS and UKR)."));
    return;
  }
  const path = `/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const scoped = new URLSearchParams(params);
  scoped.set("dyad", `${a},${b}`);
  show(
    root,
    el("h1", {}, `Dyad ${a.toUpperCase()} ↔ ${b.toUpperCase()}`),
    dyadForm(a, b, params),
    filterForm(path, scoped, ["dyad"], [csvLink("events.csv", scoped, "Events CSV")]),
    countingNote(scoped),
    chart,
    el("h2", {}, "Events"),
    events,
  );
  await Promise.all([timelinePanel(chart, path, scoped, params), eventList(events, path, scoped)]);
}
