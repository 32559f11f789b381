// Timelines for any filter: the #/timeline view, and the panel the dyad, actor and country pages share.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { eventList } from "./feed.js";
import { emptyBox, errorBox } from "./labels.js";
import { apiQuery, countingNote, csvLink, filterForm } from "./query.js";
import { timeChart } from "./timechart.js";

const FREQUENCIES = ["day", "week", "month"];

function legend() {
  return el(
    "div",
    { class: "legend" },
    el("span", { class: "legend-item" }, el("span", { class: "swatch coop" }), "Cooperation (quad 1–2)"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch conflict" }), "Conflict (quad 3–4)"),
    el("span", { class: "legend-item" }, el("span", { class: "swatch goldstein" }), "Mean Goldstein (right axis)"),
  );
}

function frequencyLinks(path, urlParams, freq) {
  return el(
    "nav",
    { class: "tabs freq", "aria-label": "Period" },
    FREQUENCIES.map((value) => {
      const next = new URLSearchParams(urlParams);
      next.set("freq", value);
      next.delete("offset");
      return el("a", { class: value === freq ? "tab active" : "tab", href: `#${path}?${next}`, dataset: { freq: value } }, `per ${value}`);
    }),
  );
}

/**
 * The chart for the filters in params. path and urlParams build the per-day/week/month links (the
 * page's own URL, without the filters its route fixes).
 */
export async function timelinePanel(container, path, params, urlParams = params) {
  const freq = FREQUENCIES.includes(params.get("freq")) ? params.get("freq") : "day";
  show(container, el("div", { class: "loading" }, "Loading the timeline…"));
  try {
    const data = await getJSON("dashboard/timeline", apiQuery(params, { freq }));
    const total = data.series.reduce((sum, point) => sum + point.events, 0);
    const head = el(
      "div",
      { class: "panel-head" },
      frequencyLinks(path, urlParams, freq),
      el("span", { class: "muted small" }, `${total} dated ${params.get("count") === "mentions" ? "mentions" : "events"}${data.undated ? `, ${data.undated} undated` : ""}`),
      csvLink("timeline.csv", params, "Timeline CSV", { freq }),
    );
    if (!data.series.length) {
      show(container, head, emptyBox("No dated events match these filters."));
      return;
    }
    const card = el("section", { class: "card chart-card" }, legend());
    show(container, head, card);
    card.append(await timeChart(data.series, freq));
  } catch (error) {
    show(container, errorBox(error));
  }
}

export async function timelineView(root, params) {
  const chart = el("div", { class: "timeline-panel" });
  const events = el("div", { class: "results" });
  show(
    root,
    el("h1", {}, "Timeline"),
    filterForm("/timeline", params, [], [csvLink("events.csv", params, "Events CSV")]),
    countingNote(params),
    chart,
    el("h2", {}, "Events"),
    events,
  );
  await Promise.all([timelinePanel(chart, "/timeline", params), eventList(events, "/timeline", params)]);
}
