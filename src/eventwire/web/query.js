// The filters every dashboard view shares, kept in the URL (#/view?since=...&factuality=asserted,negated)
// so any view can be shared, reloaded and downloaded as CSV. By default the dashboard counts asserted
// events, each once; the form makes that visible and lets the reader widen it.
import { el } from "./dom.js";
import { FACTUALITIES, QUADS } from "./labels.js";

export const FIELDS = ["since", "until", "actor", "country", "dyad", "root", "quad_class", "factuality", "count", "min_confidence", "located_in"];

/** The API query for these URL params (only the shared filter fields, plus extra). */
export function apiQuery(params, extra = {}) {
  const query = {};
  for (const name of FIELDS) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  return { ...query, ...extra };
}

/** A /api/v1/dashboard URL (for CSV links) with the filters of params. */
export function dashboardUrl(path, params, extra = {}) {
  const query = new URLSearchParams(apiQuery(params, extra));
  return `/api/v1/dashboard/${path}${query.toString() ? `?${query}` : ""}`;
}

export function chosenFactualities(params) {
  const raw = (params.get("factuality") || "").toLowerCase();
  if (raw === "all" || raw === "any") return [...FACTUALITIES];
  const chosen = raw.split(",").map((value) => value.trim()).filter(Boolean);
  return chosen.length ? chosen : ["asserted"];
}

/** One sentence saying what the numbers on the page count. */
export function countingNote(params) {
  const facts = chosenFactualities(params);
  const what = facts.length === FACTUALITIES.length ? "events of every factuality" : `${facts.join(", ")} events`;
  const how = params.get("count") === "mentions" ? "weighted by their mentions" : "each event once (however often reported)";
  return el("p", { class: "counting muted small", id: "counting" }, `Counting ${what}, ${how}.`);
}

function input(name, label, params, attrs = {}) {
  return el("label", { class: "field" }, el("span", {}, label), el("input", { name, value: params.get(name) || "", ...attrs }));
}

/**
 * The filter form. path: the view's route ("/events", "/actor/RUSGOV"); fixed: fields the page sets
 * itself (hidden here). Submitting rewrites the URL hash; the router redraws the view.
 */
export function filterForm(path, params, fixed = [], extraLinks = []) {
  const facts = chosenFactualities(params);
  const quad = params.get("quad_class") || "";
  const fields = [
    input("since", "Since", params, { type: "date" }),
    input("until", "Until", params, { type: "date" }),
    input("actor", "Actor", params, { placeholder: "RUSGOV", size: 9 }),
    input("country", "Country", params, { placeholder: "RUS", size: 5 }),
    input("dyad", "Dyad", params, { placeholder: "RUS,UKR", size: 9 }),
    input("root", "CAMEO root", params, { placeholder: "04", size: 4 }),
    el(
      "label",
      { class: "field" },
      el("span", {}, "Quad class"),
      el("select", { name: "quad_class" }, el("option", { value: "" }, "any"), Object.entries(QUADS).map(([key, info]) => el("option", { value: key, selected: key === quad }, info.name))),
    ),
    input("located_in", "Located in", params, { placeholder: "UKR", size: 5 }),
    input("min_confidence", "Min conf.", params, { placeholder: "0.6", size: 4, inputmode: "decimal" }),
  ].filter((field) => !fixed.includes(field.querySelector("[name]").name));
  const form = el(
    "form",
    { class: "filters", id: "filters", novalidate: true },
    fields,
    el(
      "fieldset",
      { class: "field factualities" },
      el("legend", {}, "Factuality"),
      el(
        "div",
        { class: "checks" },
        FACTUALITIES.map((value) =>
          el("label", { class: "check" }, el("input", { type: "checkbox", name: "factuality", value, checked: facts.includes(value) }), ` ${value}`),
        ),
      ),
    ),
    el(
      "label",
      { class: "field check count-mentions" },
      el("span", {}, "Weight"),
      el("span", {}, el("input", { type: "checkbox", name: "count", value: "mentions", checked: params.get("count") === "mentions" }), " count mentions"),
    ),
    el(
      "div",
      { class: "field buttons" },
      el("button", { type: "submit" }, "Apply"),
      el("a", { href: `#${path}`, class: "button secondary" }, "Reset"),
      extraLinks,
    ),
  );
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    const next = new URLSearchParams();
    for (const element of form.querySelectorAll("input[name]:not([type=checkbox]), select[name]")) {
      const value = element.value.trim();
      if (value) next.set(element.name, value);
    }
    const checked = [...form.querySelectorAll("input[name=factuality]:checked")].map((box) => box.value);
    if (checked.length && !(checked.length === 1 && checked[0] === "asserted")) next.set("factuality", checked.join(","));
    if (form.querySelector("input[name=count]").checked) next.set("count", "mentions");
    for (const [name, value] of params) if (!FIELDS.includes(name) && name !== "offset") next.set(name, value);
    location.hash = `#${path}${next.toString() ? `?${next}` : ""}`;
  });
  return form;
}

export function csvLink(path, params, label = "Download CSV", extra = {}) {
  return el("a", { class: "button secondary csv", href: dashboardUrl(path, params, extra), download: "" }, label);
}
