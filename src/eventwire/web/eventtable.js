// A table of event records, shared by the feed, article, dyad and "code this text" views.
import { el } from "./dom.js";
import { actorInline, actorLabel, confidenceMeter, factualityBadge, quadBadge } from "./labels.js";

function eventCell(event) {
  return el(
    "div",
    { class: "event-cell" },
    el("div", {}, el("code", { class: "cameo" }, event.cameo), " ", event.cameo_name),
    el(
      "div",
      { class: "muted small" },
      quadBadge(event.quad_class),
      " ",
      event.plover ? el("span", { class: "plover" }, event.plover) : null,
      " Goldstein ",
      String(event.goldstein),
    ),
  );
}

function extrasCell(event) {
  const parts = [];
  if (event.attributed_to) parts.push(el("div", { class: "small" }, "per ", actorInline(event.attributed_to)));
  if (event.time) parts.push(el("div", { class: "small muted" }, `when: ${event.time.text}`));
  if (event.location) parts.push(el("div", { class: "small muted" }, `where: ${event.location.name}`));
  return parts;
}

/**
 * options.link: add links to the article and dyad pages (events from the store);
 * options.onSelect(index): called when a row is clicked (the article view focuses the highlight).
 */
export function eventTable(events, options = {}) {
  const head = el(
    "tr",
    {},
    ["Date", "Source", "Event", "Target", "Factuality", "Conf.", "Evidence"].map((name) => el("th", {}, name)),
  );
  const rows = events.map((event, index) => {
    const target = event.target;
    const dyadLink =
      options.link && target
        ? el(
            "a",
            { href: `#/dyad/${encodeURIComponent(event.source.code)}/${encodeURIComponent(target.code)}` },
            "dyad",
          )
        : null;
    const articleLink =
      options.link && event.article_id ? el("a", { href: `#/article/${event.article_id}` }, "article") : null;
    const row = el(
      "tr",
      { class: `event-row q${event.quad_class}`, dataset: { index: String(index) } },
      el("td", { class: "nowrap" }, event.date || (event.time && event.time.start) || "—"),
      el("td", {}, actorLabel(event.source)),
      el("td", {}, eventCell(event)),
      el("td", {}, actorLabel(target)),
      el("td", {}, factualityBadge(event.factuality), extrasCell(event)),
      el("td", {}, confidenceMeter(event.confidence)),
      el(
        "td",
        { class: "evidence" },
        el("q", {}, event.evidence ? event.evidence.text : ""),
        articleLink || dyadLink ? el("div", { class: "row-links" }, articleLink, " ", dyadLink) : null,
      ),
    );
    if (options.onSelect) {
      row.classList.add("clickable");
      row.addEventListener("click", () => options.onSelect(index));
    }
    return row;
  });
  return el("table", { class: "events" }, el("thead", {}, head), el("tbody", {}, rows));
}
