// Shared vocabulary of the views: quad classes, factuality, actors, dates.
import { el } from "./dom.js";

export const QUADS = {
  1: { name: "Verbal cooperation", short: "verbal coop" },
  2: { name: "Material cooperation", short: "material coop" },
  3: { name: "Verbal conflict", short: "verbal conflict" },
  4: { name: "Material conflict", short: "material conflict" },
};

export const FACTUALITIES = ["asserted", "planned", "possible", "negated", "hypothetical"];
export const CLAIM_STATUSES = ["open", "confirmed", "cancelled", "denied", "lapsed"];

export function quadBadge(quad) {
  const info = QUADS[quad] || { short: `quad ${quad}`, name: "" };
  return el("span", { class: `badge quad q${Number(quad) || 0}`, title: info.name }, info.short);
}

export function factualityBadge(value) {
  const known = FACTUALITIES.includes(value) ? value : "unknown";
  return el("span", { class: `badge fact fact-${known}`, title: "factuality" }, value || "unknown");
}

export function statusBadge(value) {
  const known = CLAIM_STATUSES.includes(value) ? value : "unknown";
  return el("span", { class: `badge status status-${known}` }, value);
}

export function actorLabel(actor) {
  if (!actor) return el("span", { class: "actor none" }, "—");
  return el(
    "span",
    { class: "actor", title: actor.name || "" },
    el("code", {}, actor.code),
    actor.name && actor.name !== actor.code ? el("span", { class: "actor-name" }, actor.name) : null,
  );
}

/** One line: the code and, for a person, their name (the speaker of a claim). */
export function actorInline(actor) {
  return el("span", { class: "actor-inline", title: actor.name || "" }, el("code", {}, actor.code), actor.person ? ` ${actor.person}` : "");
}

export function confidenceMeter(value) {
  const pct = Math.round((Number(value) || 0) * 100);
  return el("span", { class: "confidence", title: `confidence ${pct}%` }, `${pct}%`);
}

export function errorBox(error) {
  return el("div", { class: "error", role: "alert" }, String(error.message || error));
}

export function emptyBox(message) {
  return el("div", { class: "empty" }, message);
}
