// The vendored libraries (see vendor/vendor.json): loaded on first use from /static/vendor/, never from
// a CDN. Each is a classic script that sets one global; loadLibrary() resolves to that global.
const LIBRARIES = {
  leaflet: { file: "leaflet.js", global: "L" },
  uplot: { file: "uPlot.iife.min.js", global: "uPlot" },
  topojson: { file: "topojson-client.min.js", global: "topojson" },
};
const pending = new Map();

/** Resolve to the library's global (window.L, window.uPlot, window.topojson), loading it once. */
export function loadLibrary(name) {
  const library = LIBRARIES[name];
  if (window[library.global]) return Promise.resolve(window[library.global]);
  if (!pending.has(name)) {
    pending.set(
      name,
      new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = `/static/vendor/${library.file}`;
        script.addEventListener("load", () => resolve(window[library.global]));
        script.addEventListener("error", () => reject(new Error(`could not load ${library.file}`)));
        document.head.append(script);
      }),
    );
  }
  return pending.get(name);
}

let shapes = null;

function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

function unwrapFeature(feature) {
  const geometry = feature.geometry;
  if (!geometry) return feature;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const unwrapped = polygons.map((polygon) => polygon.map(unwrapRing));
  const coordinates = geometry.type === "Polygon" ? unwrapped[0] : unwrapped;
  return { ...feature, geometry: { ...geometry, coordinates } };
}

/** The Natural Earth 1:110m countries as GeoJSON features (id = ISO 3166-1 numeric), loaded once. */
export async function countryShapes() {
  if (!shapes) {
    shapes = (async () => {
      const topojson = await loadLibrary("topojson");
      const response = await fetch("/static/vendor/countries-110m.json");
      if (!response.ok) throw new Error("could not load the country shapes");
      const topology = await response.json();
      // Antarctica is dropped (no events, and its ring runs along the map's bottom edge); rings that
      // cross the antimeridian (Russia's far east, Fiji) are unwrapped so Leaflet draws no stripes.
      return topojson
        .feature(topology, topology.objects.countries)
        .features.filter((feature) => feature.id !== "010")
        .map(unwrapFeature);
    })();
  }
  return shapes;
}
