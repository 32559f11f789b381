// One event: what happened (the representative record), every report of it (article, evidence, the
// lexicon rule, factuality, who said so) and the claims it opened, supported or settled.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { actorInline, actorLabel, confidenceMeter, errorBox, factualityBadge, quadBadge, statusBadge } from "./labels.js";

const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function headline(event) {
  const side = (actor) => (actor ? el("a", { href: `#/actor/${encodeURIComponent(actor.code)}` }, actorLabel(actor)) : actorLabel(null));
  return el(
    "section",
    { class: "card event-head" },
    el("div", { class: "event-who" }, side(event.source), el("span", { class: "arrow big" }, event.joint ? "↔" : "→"), side(event.target)),
    el("p", {}, el("code", { class: "cameo" }, event.cameo), ` ${event.cameo_name} `, quadBadge(event.quad_class), " ", factualityBadge(event.factuality)),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Date"), el("dd", {}, event.date || "undated"),
      el("dt", {}, "Where"), el("dd", {}, event.location ? `${event.location.name}${event.location.country ? ` (${event.location.country})` : ""}` : "—"),
      el("dt", {}, "Goldstein"), el("dd", {}, String(event.goldstein)),
      el("dt", {}, "PLOVER"), el("dd", {}, event.plover || "—"),
      el("dt", {}, "Reports"), el("dd", { id: "report-counts" }, `${plural(event.num_mentions, "mention")} in ${plural(event.num_articles, "article")} from ${plural(event.num_sources, "source")}`),
      el("dt", {}, "Directions"), el("dd", {}, event.joint ? "a joint act, coded both ways and counted once" : "one way"),
    ),
  );
}

function mentionCard(mention) {
  const article = mention.article;
  return el(
    "li",
    { class: "card mention" },
    el(
      "p",
      { class: "small muted" },
      el("a", { href: `#/article/${article.id}` }, article.title || `Article ${article.id}`),
      ` · ${article.published || "date unknown"}`,
      article.source ? ` · ${article.source}` : "",
      ` · sentence ${mention.sentence + 1}`,
    ),
    el("blockquote", { class: "evidence" }, mention.evidence ? mention.evidence.text : ""),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Coded"), el("dd", {}, mention.directions.join(" and "), " ", el("code", { class: "cameo" }, mention.cameo), ` ${mention.cameo_name || ""}`),
      el("dt", {}, "Factuality"), el("dd", {}, factualityBadge(mention.factuality)),
      el("dt", {}, "Said by"), el("dd", {}, mention.attributed_to ? actorInline(mention.attributed_to) : "the article itself"),
      el("dt", {}, "Rule"), el("dd", {}, el("code", { class: "rule" }, mention.rule || "—")),
      el("dt", {}, "Confidence"), el("dd", {}, confidenceMeter(mention.confidence)),
      mention.time ? [el("dt", {}, "When"), el("dd", {}, `${mention.time.text} (${mention.time.start}${mention.time.end && mention.time.end !== mention.time.start ? ` → ${mention.time.end}` : ""})`)] : null,
    ),
  );
}

function claimList(claims) {
  if (!claims.length) return el("p", { class: "muted" }, "This event opened or settled no tracked claim.");
  return el(
    "ul",
    { class: "claim-links" },
    claims.map((claim) =>
      el(
        "li",
        {},
        el("span", { class: "chain-role" }, claim.settles ? `settled (${claim.role})` : claim.role),
        " ",
        statusBadge(claim.status),
        " ",
        el("a", { href: `#/claims?status=${claim.status}` }, claim.summary),
        el("span", { class: "muted small" }, ` · opened ${claim.opened_on}${claim.resolved_on ? `, resolved ${claim.resolved_on}` : ""}`),
      ),
    ),
  );
}

export async function eventView(root, _params, id) {
  show(root, el("div", { class: "loading" }, "Loading event…"));
  try {
    const page = await getJSON(`dashboard/events/${encodeURIComponent(id)}`);
    show(
      root,
      el("p", { class: "crumbs" }, el("a", { href: "#/events" }, "← Event feed")),
      el("h1", {}, `Event ${page.event.id}`),
      headline(page.event),
      el("h2", {}, `Mentions (${page.mentions.length})`),
      el("ol", { class: "mentions" }, page.mentions.map(mentionCard)),
      el("h2", {}, "Claims"),
      claimList(page.claims),
    );
  } catch (error) {
    show(root, errorBox(error));
  }
}
