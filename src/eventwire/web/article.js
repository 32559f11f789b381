// One article: its metadata, check flags (e.g. stale titles), the text with each event's evidence
// highlighted by quad class, and the event table (click a row to find its evidence in the text).
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { eventTable } from "./eventtable.js";
import { focusEvent, highlightedText } from "./highlight.js";
import { errorBox, QUADS } from "./labels.js";

function legend() {
  return el(
    "div",
    { class: "legend" },
    Object.entries(QUADS).map(([key, info]) => el("span", { class: `legend-item` }, el("span", { class: `swatch q${key}` }), info.name)),
    el("span", { class: "legend-item" }, el("span", { class: "swatch flag-swatch" }), "Flagged by a check"),
  );
}

export function flagList(flags) {
  if (!flags.length) return null;
  return el(
    "ul",
    { class: "flags" },
    flags.map((flag) =>
      el(
        "li",
        { class: `flag flag-${flag.kind}` },
        el("span", { class: "badge flag-kind" }, flag.kind.replaceAll("_", " ")),
        " ",
        flag.message,
      ),
    ),
  );
}

export async function articleView(root, params, id) {
  show(root, el("div", { class: "loading" }, "Loading article…"));
  try {
    const article = await getJSON(`articles/${encodeURIComponent(id)}`);
    const text = highlightedText(article.text, article.events, article.flags);
    const meta = [
      article.published ? `Published ${article.published}` : "Date unknown",
      article.source ? `source ${article.source}` : null,
      `${article.events.length} events`,
      `doc ${article.doc_id}`,
    ].filter(Boolean);
    show(
      root,
      el("p", { class: "crumbs" }, el("a", { href: "#/events" }, "← Event feed")),
      el("h1", { class: "article-title" }, article.title || `Article ${article.id}`),
      el("p", { class: "muted" }, meta.join(" · "), " ", article.url ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
      flagList(article.flags),
      legend(),
      el("section", { class: "card" }, text),
      el("h2", {}, "Events"),
      article.events.length
        ? eventTable(article.events, { link: false, onSelect: (index) => focusEvent(text, index) })
        : el("div", { class: "empty" }, "No events were coded in this article."),
    );
  } catch (error) {
    show(root, errorBox(error));
  }
}
