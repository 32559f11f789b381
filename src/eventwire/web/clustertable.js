// One row per event (a cluster of mentions; a joint act's two directions together), newest first: the
// feed, actor, country, dyad and map views all list events this way, each linking to its event page.
import { el } from "./dom.js";
import { actorLabel, factualityBadge, quadBadge } from "./labels.js";

function actorLink(actor) {
  if (!actor) return actorLabel(null);
  return el("a", { href: `#/actor/${encodeURIComponent(actor.code)}`, class: "actor-link" }, actorLabel(actor));
}

function place(location) {
  if (!location) return el("span", { class: "muted" }, "—");
  const name = location.country
    ? el("a", { href: `#/country/${encodeURIComponent(location.country)}` }, location.name)
    : location.name;
  return el("span", {}, name, location.country ? el("span", { class: "muted small" }, ` ${location.country}`) : null);
}

/** rows: dashboard feed rows (see /api/v1/dashboard/events). */
export function clusterTable(rows) {
  const head = el("tr", {}, ["Date", "Who", "Event", "Factuality", "Reports", "Where", "Evidence"].map((name) => el("th", {}, name)));
  const body = rows.map((item) =>
    el(
      "tr",
      { class: `event-row cluster-row q${item.quad_class}`, dataset: { id: String(item.id), joint: String(item.joint) } },
      el("td", { class: "nowrap", "data-label": "Date" }, item.date || "undated"),
      el(
        "td",
        { class: "who", "data-label": "Who" },
        actorLink(item.source),
        el("span", { class: "arrow", title: item.joint ? "joint act: both directions" : "acts on" }, item.joint ? " ↔ " : " → "),
        actorLink(item.target),
      ),
      el(
        "td",
        { "data-label": "Event" },
        el("a", { href: `#/event/${item.id}`, class: "event-link" }, el("code", { class: "cameo" }, item.cameo), " ", item.cameo_name),
        el("div", { class: "small muted" }, quadBadge(item.quad_class), ` Goldstein ${item.goldstein}`),
      ),
      el("td", { "data-label": "Factuality" }, factualityBadge(item.factuality)),
      el(
        "td",
        { class: "nowrap reports", "data-label": "Reports" },
        el("span", { class: "mentions", title: "mentions" }, `${item.num_mentions} mention${item.num_mentions === 1 ? "" : "s"}`),
        el("div", { class: "small muted sources" }, `${item.num_sources} source${item.num_sources === 1 ? "" : "s"}`),
      ),
      el("td", { "data-label": "Where" }, place(item.location)),
      el("td", { class: "evidence", "data-label": "Evidence" }, el("q", {}, item.evidence), el("div", { class: "row-links" }, el("a", { href: `#/event/${item.id}` }, "event page →"))),
    ),
  );
  return el("table", { class: "events clusters" }, el("thead", {}, head), el("tbody", {}, body));
}
