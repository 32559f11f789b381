// The claims tracker: planned or possible events followed until a later report confirms, denies or
// cancels them, or their window lapses; each claim shows its chain of evidence.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { CLAIM_STATUSES, emptyBox, errorBox, factualityBadge, statusBadge } from "./labels.js";

function tabs(current) {
  const link = (status, text) =>
    el("a", { class: status === current ? "tab active" : "tab", href: status ? `#/claims?status=${status}` : "#/claims" }, text);
  return el("nav", { class: "tabs" }, link("", "All"), CLAIM_STATUSES.map((status) => link(status, status)));
}

function claimCard(claim) {
  const window = claim.window && claim.window.start ? `${claim.window.start} → ${claim.window.end || "?"}` : "no window";
  return el(
    "article",
    { class: `card claim claim-${claim.status}` },
    el("header", { class: "claim-head" }, statusBadge(claim.status), " ", el("strong", {}, claim.summary || `${claim.source} → ${claim.target}`)),
    el(
      "p",
      { class: "muted small" },
      `${claim.parties.join(" ↔ ")} · ${claim.family || ""} (CAMEO ${claim.cameo}) · opened ${claim.opened_on} · window ${window}`,
      claim.resolved_on ? ` · resolved ${claim.resolved_on}` : "",
    ),
    el(
      "ol",
      { class: "chain" },
      claim.evidence.map((item) =>
        el(
          "li",
          {},
          el("span", { class: "chain-role" }, item.role),
          " ",
          el("span", { class: "muted" }, item.date || ""),
          " ",
          item.factuality ? factualityBadge(item.factuality) : null,
          " ",
          item.text ? el("q", {}, item.text) : el("span", { class: "muted" }, item.role === "lapsed" ? "the window ended with no report that it happened" : ""),
          " ",
          item.article_id ? el("a", { href: `#/article/${item.article_id}` }, "article") : null,
        ),
      ),
    ),
  );
}

export async function claimsView(root, params) {
  const status = CLAIM_STATUSES.includes(params.get("status")) ? params.get("status") : "";
  const list = el("div", { class: "claims" }, el("div", { class: "loading" }, "Loading claims…"));
  show(root, el("h1", {}, "Claims tracker"), tabs(status), list);
  try {
    // The API pages its lists ({items, total, next_offset}); the tracker shows the first 500.
    const page = await getJSON("claims", { status, limit: 500 });
    const claims = Array.isArray(page) ? page : page.items;
    const more = !Array.isArray(page) && page.total > claims.length ? el("p", { class: "muted" }, `Showing ${claims.length} of ${page.total} claims.`) : null;
    show(list, claims.length ? [claims.map(claimCard), more] : emptyBox(status ? `No ${status} claims.` : "No claims yet."));
  } catch (error) {
    show(list, errorBox(error));
  }
}
