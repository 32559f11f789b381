// The dashboard shell: a hash router (#/events, #/article/3, #/dyad/RUS/USA, #/network, #/claims,
// #/code) and the stats strip in the header.
import { getJSON } from "./api.js";
import { articleView } from "./article.js";
import { claimsView } from "./claims.js";
import { codeView } from "./code.js";
import { el, show } from "./dom.js";
import { dyadView } from "./dyad.js";
import { feedView } from "./feed.js";
import { networkView } from "./network.js";

const ROUTES = [
  [/^\/events$/, feedView, "events"],
  [/^\/article\/(\d+)$/, articleView, "events"],
  [/^\/dyad(?:\/([^/]+)\/([^/]+))?$/, dyadView, "dyad"],
  [/^\/network$/, networkView, "network"],
  [/^\/claims$/, claimsView, "claims"],
  [/^\/code$/, codeView, "code"],
];

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/events";
  const [path, query = ""] = raw.split("?");
  return { path, params: new URLSearchParams(query) };
}

async function route() {
  const root = document.getElementById("view");
  const { path, params } = parseHash();
  for (const [pattern, view, section] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const link of document.querySelectorAll("nav.main a")) {
      link.classList.toggle("active", link.dataset.section === section);
    }
    const args = match.slice(1).map((part) => (part === undefined ? "" : decodeURIComponent(part)));
    await view(root, params, ...args);
    root.dataset.ready = path;
    return;
  }
  show(root, el("div", { class: "empty" }, "Page not found. "), el("a", { href: "#/events" }, "Go to the event feed"));
}

async function loadStats() {
  const strip = document.getElementById("stats");
  try {
    const stats = await getJSON("stats");
    const item = (label, value) => el("span", { class: "stat" }, el("strong", {}, String(value)), ` ${label}`);
    show(
      strip,
      item("articles", stats.articles),
      item("events", stats.events),
      item("actors", stats.actors),
      item("claims", stats.claims),
      stats.newest_article ? el("span", { class: "stat muted" }, `newest ${stats.newest_article}`) : null,
    );
  } catch {
    show(strip, el("span", { class: "stat muted" }, "stats unavailable"));
  }
}

window.addEventListener("hashchange", route);
loadStats();
route();
