// A map of located events that works offline: Leaflet (vendored) drawing Natural Earth country shapes
// (world-atlas, vendored) as vectors, no tile server. Countries are shaded by the events located in
// them; a circle per place, sized by its events and coloured by its share of conflict; a click opens
// the place's newest events, each linking to its event page.
import { getJSON } from "./api.js";
import { el, show } from "./dom.js";
import { emptyBox, errorBox } from "./labels.js";
import { apiQuery, countingNote, csvLink, filterForm } from "./query.js";
import { countryShapes, loadLibrary } from "./vendor.js";

let countryCodes = null;

async function numericToIso3() {
  if (!countryCodes) {
    countryCodes = getJSON("dashboard/countries").then((rows) => new Map(rows.map((row) => [row.numeric, row])));
  }
  return countryCodes;
}

function shade(events, peak) {
  if (!events) return "#eef1f4";
  const steps = ["#dbe7f3", "#b6cfe8", "#8db3da", "#5f91c7", "#356fae"];
  return steps[Math.min(steps.length - 1, Math.floor((Math.sqrt(events) / Math.sqrt(peak)) * (steps.length - 0.01)))];
}

function popup(point) {
  return el(
    "div",
    { class: "map-popup" },
    el("strong", {}, point.name),
    point.country ? el("a", { href: `#/country/${encodeURIComponent(point.country)}`, class: "small" }, ` ${point.country}`) : null,
    el("div", { class: "small muted" }, `${point.events} events: ${point.cooperation} cooperation, ${point.conflict} conflict`),
    el(
      "ul",
      {},
      point.newest.map((item) =>
        el("li", {}, el("a", { href: `#/event/${item.id}` }, `${item.date || "undated"} ${item.source ? item.source.code : "—"} ${item.joint ? "↔" : "→"} ${item.target ? item.target.code : "—"}: ${item.cameo_name}`)),
      ),
    ),
  );
}

/** Draw the map of the events matching params into container; focus: an ISO-3 country to zoom to. */
export async function mapPanel(container, params, focus = null) {
  show(container, el("div", { class: "loading" }, "Loading the map…"));
  try {
    const [L, features, codes, data] = await Promise.all([
      loadLibrary("leaflet"),
      countryShapes(),
      numericToIso3(),
      getJSON("dashboard/map", apiQuery(params)),
    ]);
    const perCountry = new Map(data.countries.map((row) => [row.iso3, row.events]));
    const peak = Math.max(1, ...data.countries.map((row) => row.events));
    const node = el("div", { class: "event-map", id: "event-map" });
    show(
      container,
      el("p", { class: "muted small map-note" }, `${data.points.length} place${data.points.length === 1 ? "" : "s"}; ${data.unlocated} ${data.unlocated === 1 ? "event without a place is" : "events without a place are"} not on the map.`),
      node,
    );
    // The view is set before any layer is added: Leaflet's renderers need it.
    const map = L.map(node, { worldCopyJump: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25, attributionControl: true }).setView([20, 10], 1.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Shapes: Natural Earth · Leaflet");
    let focusLayer = null;
    L.geoJSON(
      { type: "FeatureCollection", features },
      {
        className: "country-shape",
        style: (feature) => {
          const iso3 = codes.get(feature.id)?.iso3;
          return { weight: iso3 && iso3 === focus ? 2 : 0.6, color: iso3 && iso3 === focus ? "#14273a" : "#8795a3", fillColor: shade(perCountry.get(iso3) || 0, peak), fillOpacity: 1 };
        },
        onEachFeature: (feature, layer) => {
          const country = codes.get(feature.id);
          const name = country ? country.name : feature.properties.name;
          const events = country ? perCountry.get(country.iso3) || 0 : 0;
          layer.bindTooltip(`${name}: ${events} events located here`, { sticky: true });
          if (country) {
            layer.on("click", () => {
              location.hash = `#/country/${country.iso3}`;
            });
            if (country.iso3 === focus) focusLayer = layer;
          }
        },
      },
    ).addTo(map);
    const radiusPeak = Math.max(1, ...data.points.map((point) => point.events));
    for (const point of data.points) {
      const conflictShare = point.events ? point.conflict / point.events : 0;
      const marker = L.circleMarker([point.lat, point.lon], {
        radius: 5 + 14 * Math.sqrt(point.events / radiusPeak),
        color: "#fff",
        weight: 1.5,
        fillColor: conflictShare > 0.5 ? "#c92a2a" : conflictShare > 0 ? "#e8590c" : "#1971c2",
        fillOpacity: 0.85,
        className: "event-point",
      }).addTo(map);
      marker.bindPopup(popup(point));
      marker.bindTooltip(`${point.name}: ${point.events} events`);
    }
    // The first view is set without animation, so the map is final when the page says it is ready.
    if (focusLayer) map.fitBounds(focusLayer.getBounds(), { maxZoom: 5, animate: false });
    else if (data.points.length) map.fitBounds(L.latLngBounds(data.points.map((p) => [p.lat, p.lon])).pad(0.4), { maxZoom: 5, animate: false });
    node.leaflet = map;
    new ResizeObserver(() => map.invalidateSize()).observe(node);
    if (!data.points.length) container.append(emptyBox("No located events match these filters."));
  } catch (error) {
    show(container, errorBox(error));
  }
}

export async function mapView(root, params) {
  const panel = el("div", { class: "map-panel" });
  show(
    root,
    el("h1", {}, "Map of located events"),
    filterForm("/map", params, [], [csvLink("events.csv", params, "Events CSV")]),
    countingNote(params),
    el(
      "div",
      { class: "legend" },
      el("span", { class: "legend-item" }, el("span", { class: "swatch coop" }), "Cooperation only"),
      el("span", { class: "legend-item" }, el("span", { class: "swatch q3" }), "Some conflict"),
      el("span", { class: "legend-item" }, el("span", { class: "swatch conflict" }), "Mostly conflict"),
      el("span", { class: "legend-item" }, el("span", { class: "swatch country-scale" }), "Countries: events located there"),
    ),
    panel,
  );
  await mapPanel(panel, params);
}
