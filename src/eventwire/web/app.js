// The dashboard shell: a hash router (#/events, #/event/7, #/article/3, #/timeline, #/dyad/RUS/UKR,
// #/map, #/network, #/actor/RUSGOV, #/country/UKR, #/claims, #/code) and the stats strip in the header.
import { getJSON } from "./api.js";
import { articleView } from "./article.js";
import { claimsView } from "./claims.js";
import { codeView } from "./code.js";
import { el, show } from "./dom.js";
import { dyadView } from "./dyad.js";
import { eventView } from "./event.js";
import { feedView } from "./feed.js";
import { mapView } from "./mapview.js";
import { networkView } from "./network.js";
import { actorView, countryView } from "./pages.js";
import { timelineView } from "./timeline.js";

const ROUTES = [
  [/^\/events$/, feedView, "events"],
  [/^\/event\/(\d+)$/, eventView, "events"],
  [/^\/article\/(\d+)$/, articleView, "events"],
  [/^\/timeline$/, timelineView, "timeline"],
  [/^\/dyad(?:\/([^/]+)\/([^/]+))?$/, dyadView, "timeline"],
  [/^\/map$/, mapView, "map"],
  [/^\/network$/, networkView, "network"],
  [/^\/actor\/([^/]+)$/, actorView, "network"],
  [/^\/country\/([A-Za-z]{3})$/, countryView, "map"],
  [/^\/claims$/, claimsView, "claims"],
  [/^\/code$/, codeView, "code"],
];

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/events";
  const [path, query = ""] = raw.split("?");
  return { path, params: new URLSearchParams(query) };
}

let drawing = 0;

async function route() {
  const root = document.getElementById("view");
  const { path, params } = parseHash();
  const turn = ++drawing;
  delete root.dataset.ready;
  for (const [pattern, view, section] of ROUTES) {
    const match = pattern.exec(path);
    if (!match) continue;
    for (const link of document.querySelectorAll("nav.main a")) {
      link.classList.toggle("active", link.dataset.section === section);
    }
    const args = match.slice(1).map((part) => (part === undefined ? "" : decodeURIComponent(part)));
    await view(root, params, ...args);
    // Only the latest navigation marks the page ready (a slow earlier view must not claim it).
    if (turn === drawing) root.dataset.ready = path;
    return;
  }
  show(root, el("div", { class: "empty" }, "Page not found. "), el("a", { href: "#/events" }, "Go to the event feed"));
  root.dataset.ready = path;
}

async function loadStats() {
  const strip = document.getElementById("stats");
  try {
    const stats = await getJSON("stats");
    const item = (label, value) => el("span", { class: "stat" }, el("strong", {}, String(value)), ` ${label}`);
    show(
      strip,
      item("articles", stats.articles),
      item("events", stats.event_clusters ?? stats.events),
      item("mentions", stats.events),
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
