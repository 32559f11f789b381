// Who acts on whom: one curved arrow per (source, target, quad class), its width growing with the
// number of events; a joint act (coded both ways, counted once) is one line with a head at each end.
// Nodes are placed by a small deterministic force layout (linked actors close, others apart), seeded
// on a circle, so the same data always gives the same picture.
import { getJSON } from "./api.js";
import { el, show, svg } from "./dom.js";
import { emptyBox, errorBox, QUADS } from "./labels.js";
import { apiQuery, countingNote, csvLink, filterForm } from "./query.js";

const SIZE = 720;
const RADIUS = 250;
const RADIAL_LABELS_FROM = 1000;
const MARGIN = 48;
const STEPS = 300;
const GRAVITY = 1;

function layout(nodes, edges) {
  const center = SIZE / 2;
  const points = nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return { code: node.code, x: center + RADIUS * Math.cos(angle), y: center + RADIUS * Math.sin(angle) };
  });
  const index = new Map(points.map((point, i) => [point.code, i]));
  const links = edges.map((edge) => [index.get(edge.source), index.get(edge.target)]);
  const ideal = (SIZE * 0.8) / Math.sqrt(Math.max(1, nodes.length));
  for (let step = 0; step < STEPS; step += 1) {
    const cooling = 1 - step / STEPS;
    const force = points.map(() => [0, 0]);
    const add = (i, dx, dy, amount) => {
      force[i][0] += dx * amount;
      force[i][1] += dy * amount;
    };
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        const [dx, dy] = [points[i].x - points[j].x, points[i].y - points[j].y];
        const distance = Math.max(1, Math.hypot(dx, dy));
        const push = (ideal * ideal) / distance / distance;
        add(i, dx, dy, push);
        add(j, dx, dy, -push);
      }
    }
    for (const [a, b] of links) {
      const [dx, dy] = [points[a].x - points[b].x, points[a].y - points[b].y];
      const pull = Math.max(1, Math.hypot(dx, dy)) / ideal;
      add(a, dx, dy, -pull);
      add(b, dx, dy, pull);
    }
    points.forEach((point, i) => {
      // Gravity towards the centre keeps separate groups together on one canvas.
      add(i, center - point.x, center - point.y, GRAVITY);
      const length = Math.max(1e-6, Math.hypot(force[i][0], force[i][1]));
      const move = Math.min(length, 20 * cooling + 0.5);
      point.x += (force[i][0] / length) * move;
      point.y += (force[i][1] / length) * move;
    });
  }
  // Scale the result to fill the canvas.
  const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)];
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const scaleX = (SIZE - 2 * MARGIN) / Math.max(1, Math.max(...xs) - minX);
  const scaleY = (SIZE - 2 * MARGIN) / Math.max(1, Math.max(...ys) - minY);
  const positions = new Map();
  for (const point of points) {
    const [x, y] = [MARGIN + (point.x - minX) * scaleX, MARGIN + (point.y - minY) * scaleY];
    positions.set(point.code, { x, y, angle: Math.atan2(y - center, x - center) });
  }
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

function edgePath(from, to, quad, mutual = false) {
  // Bend each edge sideways (more for higher quad classes) so parallel edges of different kinds separate.
  const [dx, dy] = [to.x - from.x, to.y - from.y];
  const length = Math.hypot(dx, dy) || 1;
  const bend = 18 + 14 * quad;
  const [mx, my] = [(from.x + to.x) / 2 - (dy / length) * bend, (from.y + to.y) / 2 + (dx / length) * bend];
  // Stop short of the node circles so the arrowheads stay visible.
  const back = 12 / (Math.hypot(to.x - mx, to.y - my) || 1);
  const [ex, ey] = [to.x - (to.x - mx) * back, to.y - (to.y - my) * back];
  const front = mutual ? 12 / (Math.hypot(from.x - mx, from.y - my) || 1) : 0;
  const [sx, sy] = [from.x - (from.x - mx) * front, from.y - (from.y - my) * front];
  return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

function drawNetwork(data) {
  const positions = layout(data.nodes, data.edges);
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
        {
          d: edgePath(from, to, edge.quad_class, edge.mutual),
          class: `edge q${edge.quad_class}${edge.mutual ? " mutual" : ""}`,
          "stroke-width": width.toFixed(1),
          "marker-end": `url(#arrow-q${edge.quad_class})`,
          "marker-start": edge.mutual ? `url(#arrow-q${edge.quad_class})` : null,
          dataset: { source: edge.source, target: edge.target, quad: String(edge.quad_class) },
        },
        svg("title", {}, `${edge.source} ${edge.mutual ? "↔" : "→"} ${edge.target}: ${edge.events} ${QUADS[edge.quad_class]?.name || ""} events`),
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
          el("td", {}, el("a", { href: `#/actor/${encodeURIComponent(edge.source)}` }, el("code", {}, edge.source)), el("div", { class: "muted small clamp" }, names.get(edge.source))),
          el("td", {}, edge.mutual ? "↔ " : "→ ", el("a", { href: `#/actor/${encodeURIComponent(edge.target)}` }, el("code", {}, edge.target)), el("div", { class: "muted small clamp" }, names.get(edge.target))),
          el("td", {}, el("span", { class: `badge quad q${edge.quad_class}` }, QUADS[edge.quad_class]?.short || "")),
          el("td", {}, String(edge.events)),
          el("td", {}, el("a", { href: `#/dyad/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}` }, "timeline")),
        ),
      ),
    ),
  );
}

export async function networkView(root, params) {
  const body = el("div", {}, el("div", { class: "loading" }, "Loading…"));
  show(
    root,
    el("h1", {}, "Actor network"),
    filterForm("/network", params, [], [csvLink("events.csv", params, "Events CSV")]),
    countingNote(params),
    el("p", { class: "muted small" }, "Arrows point from the actor who acts to the actor acted upon; a line with two heads is a joint act (counted once). Click one for the dyad timeline."),
    body,
  );
  try {
    const data = await getJSON("dashboard/network", apiQuery(params, { max_edges: 60 }));
    if (!data.edges.length) {
      show(body, emptyBox("No events with both a source and a target match these filters."));
      return;
    }
    const legend = el(
      "div",
      { class: "legend" },
      Object.entries(QUADS).map(([key, info]) => el("span", { class: "legend-item" }, el("span", { class: `swatch q${key}` }), info.name)),
    );
    show(body, el("div", { class: "network-layout" }, el("section", { class: "card" }, legend, drawNetwork(data)), el("section", { class: "card" }, edgeTable(data))));
  } catch (error) {
    show(body, errorBox(error));
  }
}
