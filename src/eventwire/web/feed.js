// The event feed: newest first, one row per event with its mention and source counts; filters in the
// URL (so a filtered view can be shared), a total, pages, and the whole filtered view as CSV.
import { getJSON } from "./api.js";
import { clusterTable } from "./clustertable.js";
import { el, show } from "./dom.js";
import { emptyBox, errorBox } from "./labels.js";
import { apiQuery, countingNote, csvLink, filterForm } from "./query.js";

const PAGE = 50;

function pager(path, params, page) {
  const link = (offset, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", String(offset));
    return el("a", { class: "button secondary", href: `#${path}?${next}` }, text);
  };
  return el(
    "div",
    { class: "pager" },
    page.offset > 0 ? link(Math.max(0, page.offset - PAGE), "← Newer") : null,
    el("span", { class: "muted" }, `events ${page.offset + 1}–${page.offset + page.items.length} of ${page.total}`),
    page.next_offset !== null ? link(page.next_offset, "Older →") : null,
  );
}

/** A feed of events for the filters in params (the actor, country and dyad pages reuse it). */
export async function eventList(container, path, params) {
  show(container, el("div", { class: "loading" }, "Loading events…"));
  try {
    const page = await getJSON("dashboard/events", apiQuery(params, { limit: PAGE, offset: params.get("offset") || 0 }));
    if (page.items.length === 0) {
      show(container, emptyBox("No events match these filters."));
      return page;
    }
    show(
      container,
      el("p", { class: "total" }, el("strong", {}, String(page.total)), ` events, ${page.mentions} mentions`),
      clusterTable(page.items),
      pager(path, params, page),
    );
    return page;
  } catch (error) {
    show(container, errorBox(error));
    return null;
  }
}

export async function feedView(root, params) {
  const results = el("div", { class: "results" });
  show(
    root,
    el("h1", {}, "Event feed"),
    filterForm("/events", params, [], [csvLink("events.csv", params)]),
    countingNote(params),
    results,
  );
  await eventList(results, "/events", params);
}
