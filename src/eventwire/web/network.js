// Who acts on whom: actors on a circle, one curved arrow per (source, target, quad class), its width
// growing with the number of events. A circle keeps every label readable without a physics engine.
import { getJSON } from "./api.js";
import { el, show, svg } from "./dom.js";
import { emptyBox, errorBox, QUADS } from "./labels.js";

const SIZE = 720;
const RADIUS = 250;
const RADIAL_LABELS_FROM = 16;

function layout(nodes) {
  const center = SIZE / 2;
  const positions = new Map();
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    positions.set(node.code, { x: center + RADIUS * Math.cos(angle), y: center + RADIUS * Math.sin(angle), angle });
  });
  return positions;
}

function arrowMarkers() {
  return svg(
    "defs",
    {},
    [1, 2, 3, 4].map((quad) =>
      svg(
        "marker",
        { id: `arrow-q${quad}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerUnits: "userSpaceOnUse", markerWidth: 11, markerHeight: 11, orient: "auto-start-reverse" },
        svg("path", { d: "M0,0 L10,5 L0,10 z", class: `arrowhead q${quad}` }),
      ),
    ),
  );
}

function edgePath(from, to, quad) {
  // Bend each edge sideways (more for higher quad classes) so parallel edges of different kinds separate.
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const length = Math.hypot(dx, dy) || 1;
  const bend = 18 + 14 * quad;
  const [mx, my] = [(from.x + to.x) / 2 - (dy / length) * bend, (from.y + to.y) / 2 + (dx / length) * bend];
  // Stop short of the node circle so the arrowhead stays visible.
  const back = 12 / Math.hypot(to.x - mx, to.y - my);
  const [ex, ey] = [to.x - (to.x - mx) * back, to.y - (to.y - my) * back];
  return `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

function drawNetwork(data) {
  const positions = layout(data.nodes);
  const maxEvents = Math.max(1, ...data.edges.map((edge) => edge.events));
  const chart = svg("svg", { viewBox: `0 0 ${SIZE} ${SIZE}`, class: "network", role: "img", "aria-label": "Actor network" }, arrowMarkers());
  const edgeLayer = svg("g", { class: "edges" });
  for (const edge of [...data.edges].sort((a, b) => a.events - b.events)) {
    const [from, to] = [positions.get(edge.source), positions.get(edge.target)];
    const width = 1.5 + 4.5 * Math.sqrt(edge.events / maxEvents);
    const link = svg(
      "a",
      { href: `#/dyad/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}` },
      svg(
        "path",
        { d: edgePath(from, to, edge.quad_class), class: `edge q${edge.quad_class}`, "stroke-width": width.toFixed(1), "marker-end": `url(#arrow-q${edge.quad_class})` },
        svg("title", {}, `${edge.source} → ${edge.target}: ${edge.events} ${QUADS[edge.quad_class]?.name || ""} events`),
      ),
    );
    edgeLayer.append(link);
  }
  const nodeLayer = svg("g", { class: "nodes" });
  const radial = data.nodes.length >= RADIAL_LABELS_FROM;
  for (const node of data.nodes) {
    const p = positions.get(node.code);
    const right = Math.cos(p.angle) >= 0;
    const lx = p.x + Math.cos(p.angle) * 14;
    const ly = p.y + Math.sin(p.angle) * 14;
    // Many nodes: labels run outward along the radius (flipped on the left so they read left to right).
    const degrees = (p.angle * 180) / Math.PI + (right ? 0 : 180);
    const label = radial
      ? svg("text", { x: lx, y: ly + 4, class: right ? "node-label" : "node-label end", transform: `rotate(${degrees.toFixed(1)} ${lx.toFixed(1)} ${ly.toFixed(1)})` }, node.code)
      : svg("text", { x: lx, y: ly + 4, class: right ? "node-label" : "node-label end" }, node.code);
    nodeLayer.append(
      svg(
        "g",
        { class: radial ? "node small" : "node" },
        svg("circle", { cx: p.x, cy: p.y, r: radial ? 6 : 9 }, svg("title", {}, `${node.code}: ${nodeDescription(node)}`)),
        label,
      ),
    );
  }
  chart.append(edgeLayer, nodeLayer);
  return chart;
}

function nodeDescription(node) {
  const parts = [];
  if (node.name) parts.push(node.name);
  if (node.people.length) parts.push(node.people.join(", "));
  return parts.join(" · ");
}

function edgeTable(data) {
  const names = new Map(data.nodes.map((node) => [node.code, nodeDescription(node)]));
  return el(
    "table",
    { class: "events compact" },
    el("thead", {}, el("tr", {}, ["Source", "Target", "Kind", "Events", ""].map((name) => el("th", {}, name)))),
    el(
      "tbody",
      {},
      data.edges.map((edge) =>
        el(
          "tr",
          {},
          el("td", {}, el("code", {}, edge.source), el("div", { class: "muted small clamp" }, names.get(edge.source))),
          el("td", {}, el("code", {}, edge.target), el("div", { class: "muted small clamp" }, names.get(edge.target))),
          el("td", {}, el("span", { class: `badge quad q${edge.quad_class}` }, QUADS[edge.quad_class]?.short || "")),
          el("td", {}, String(edge.events)),
          el("td", {}, el("a", { href: `#/dyad/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}` }, "timeline")),
        ),
      ),
    ),
  );
}

export async function networkView(root) {
  show(root, el("h1", {}, "Actor network"), el("div", { class: "loading" }, "Loading…"));
  try {
    const data = await getJSON("network", { max_edges: 80 });
    if (!data.edges.length) {
      show(root, el("h1", {}, "Actor network"), emptyBox("No events with both a source and a target yet."));
      return;
    }
    const legend = el(
      "div",
      { class: "legend" },
      Object.entries(QUADS).map(([key, info]) => el("span", { class: "legend-item" }, el("span", { class: `swatch q${key}` }), info.name)),
    );
    show(
      root,
      el("h1", {}, "Actor network"),
      el("p", { class: "muted" }, "Arrows point from the actor who acts to the actor acted upon; click one for the dyad timeline."),
      el("div", { class: "network-layout" }, el("section", { class: "card" }, legend, drawNetwork(data)), el("section", { class: "card" }, edgeTable(data))),
    );
  } catch (error) {
    show(root, errorBox(error));
  }
}
