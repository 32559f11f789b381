// Actor and country pages: what the summary endpoint counts, a timeline, (for a country) a map, and
// the events, all under the same filters and CSV downloads as the rest of the dashboard.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { eventList } from "./feed.js";
import { errorBox, QUADS } from "./labels.js";
import { mapPanel } from "./mapview.js";
import { countingNote, csvLink, filterForm } from "./query.js";
import { timelinePanel } from "./timeline.js";

function figure(label, value, id = null) {
  return el("div", { class: "figure", id }, el("strong", {}, String(value ?? "—")), el("span", { class: "muted small" }, label));
}

function ranked(title, rows, link) {
  return el(
    "div",
    { class: "ranked" },
    el("h3", {}, title),
    rows.length
      ? el("ol", {}, rows.map((row) => el("li", {}, link ? el("a", { href: link(row) }, el("code", {}, row.code || row.label)) : row.label, row.name && row.name !== row.code ? el("span", { class: "muted small" }, ` ${row.name}`) : null, el("span", { class: "count" }, ` ${row.events}`))))
      : el("p", { class: "muted small" }, "none"),
  );
}

async function summaryCard(container, scoped, focus, partnerLink) {
  try {
    const query = {};
    for (const [key, value] of scoped) query[key] = value;
    const data = await getJSON("dashboard/summary", { ...query, focus });
    show(
      container,
      el(
        "div",
        { class: "figures" },
        figure(data.count === "mentions" ? "mentions counted" : "events", data.events, "summary-events"),
        figure("mentions", data.mentions),
        ...data.quad.map((n, i) => figure(QUADS[i + 1].short, n)),
        figure("mean Goldstein", data.mean_goldstein),
        figure("first", data.first),
        figure("last", data.last),
      ),
      el("p", { class: "small muted" }, "By factuality: ", Object.entries(data.factuality).map(([key, n]) => `${key} ${n}`).join(", ") || "none"),
      el("div", { class: "ranked-grid" }, ranked("Partners", data.partners, partnerLink), ranked("Actors", data.actors, (row) => `#/actor/${encodeURIComponent(row.code)}`), ranked("Event types", data.event_types, null)),
    );
  } catch (error) {
    show(container, errorBox(error));
  }
}

async function page(root, params, { title, subtitle, path, field, value, withMap, partnerLink }) {
  const scoped = new URLSearchParams(params);
  scoped.set(field, value);
  const summary = el("section", { class: "card summary" }, el("div", { class: "loading" }, "Loading…"));
  const chart = el("div", { class: "timeline-panel" });
  const map = withMap ? el("div", { class: "map-panel" }) : null;
  const events = el("div", { class: "results" });
  show(
    root,
    el("p", { class: "crumbs" }, el("a", { href: "#/events" }, "← Event feed")),
    el("h1", {}, title, subtitle ? el("span", { class: "muted subtitle" }, ` ${subtitle}`) : null),
    filterForm(path, scoped, [field], [csvLink("events.csv", scoped, "Events CSV")]),
    countingNote(scoped),
    summary,
    el("h2", {}, "Timeline"),
    chart,
    withMap ? el("h2", {}, "Where its events took place") : null,
    map,
    el("h2", {}, "Events"),
    events,
  );
  await Promise.all([
    summaryCard(summary, scoped, value, partnerLink),
    timelinePanel(chart, path, scoped, params),
    withMap ? mapPanel(map, scoped, withMap) : null,
    eventList(events, path, scoped),
  ]);
}

export async function actorView(root, params, code) {
  const upper = code.toUpperCase();
  await page(root, params, {
    title: `Actor ${upper}`,
    subtitle: "(and every code starting with it)",
    path: `/actor/${encodeURIComponent(upper)}`,
    field: "actor",
    value: upper,
    withMap: null,
    partnerLink: (row) => `#/dyad/${encodeURIComponent(upper)}/${encodeURIComponent(row.code)}`,
  });
}

export async function countryView(root, params, iso3) {
  const upper = iso3.toUpperCase();
  let name = upper;
  try {
    name = (await getJSON(`dashboard/countries/${encodeURIComponent(upper)}`)).name;
  } catch (error) {
    show(root, errorBox(error));
    return;
  }
  await page(root, params, {
    title: name,
    subtitle: `(${upper}: events with an actor from ${name})`,
    path: `/country/${encodeURIComponent(upper)}`,
    field: "country",
    value: upper,
    withMap: upper,
    partnerLink: (row) => `#/dyad/${encodeURIComponent(upper)}/${encodeURIComponent(row.code)}`,
  });
}
