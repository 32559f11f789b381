// The event feed: filters in the URL (so a filtered view can be shared), results as a paginated table.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { eventTable } from "./eventtable.js";
import { emptyBox, errorBox, FACTUALITIES, QUADS } from "./labels.js";

const FIELDS = ["since", "until", "actor", "country", "dyad", "root", "quad_class", "factuality", "min_confidence"];
const PAGE = 50;

function input(name, label, params, attrs = {}) {
  return el(
    "label",
    { class: "field" },
    el("span", {}, label),
    el("input", { name, value: params.get(name) || "", ...attrs }),
  );
}

function select(name, label, params, options) {
  const current = params.get(name) || "";
  return el(
    "label",
    { class: "field" },
    el("span", {}, label),
    el(
      "select",
      { name },
      el("option", { value: "" }, "any"),
      options.map(([value, text]) => el("option", { value, selected: value === current }, text)),
    ),
  );
}

function filterForm(params) {
  const form = el(
    "form",
    { class: "filters", id: "event-filters" },
    input("since", "Since", params, { type: "date" }),
    input("until", "Until", params, { type: "date" }),
    input("actor", "Actor", params, { placeholder: "RUSGOV", size: 9 }),
    input("country", "Country", params, { placeholder: "RUS", size: 5, maxlength: 3 }),
    input("dyad", "Dyad", params, { placeholder: "RUS,USA", size: 9 }),
    input("root", "CAMEO root", params, { placeholder: "04", size: 4, maxlength: 2 }),
    select("quad_class", "Quad class", params, Object.entries(QUADS).map(([key, info]) => [key, info.name])),
    select("factuality", "Factuality", params, FACTUALITIES.map((value) => [value, value])),
    input("min_confidence", "Min conf.", params, { type: "number", min: 0, max: 1, step: 0.05, size: 4 }),
    el("div", { class: "field buttons" }, el("button", { type: "submit" }, "Filter"), el("a", { href: "#/events", class: "button secondary" }, "Reset")),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const next = new URLSearchParams();
    for (const name of FIELDS) {
      const value = form.elements[name].value.trim();
      if (value) next.set(name, value);
    }
    location.hash = `#/events${next.toString() ? `?${next}` : ""}`;
  });
  return form;
}

function pager(params, page) {
  const link = (offset, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", String(offset));
    return el("a", { class: "button secondary", href: `#/events?${next}` }, text);
  };
  const offset = Number(params.get("offset") || 0);
  return el(
    "div",
    { class: "pager" },
    offset > 0 ? link(Math.max(0, offset - PAGE), "← Previous page") : null,
    el("span", { class: "muted" }, `events ${offset + 1}–${offset + page.items.length}`),
    page.next_offset !== null ? link(page.next_offset, "Next page →") : null,
  );
}

export async function feedView(root, params) {
  const results = el("div", { class: "results" }, el("div", { class: "loading" }, "Loading events…"));
  show(root, el("h1", {}, "Event feed"), filterForm(params), results);
  const query = { limit: PAGE, offset: params.get("offset") || 0 };
  for (const name of FIELDS) query[name] = params.get(name);
  try {
    const page = await getJSON("events", query);
    if (page.items.length === 0) {
      show(results, emptyBox("No events match these filters."));
      return;
    }
    show(results, eventTable(page.items, { link: true }), pager(params, page));
  } catch (error) {
    show(results, errorBox(error));
  }
}
