// A small SVG chart for dyad timelines: stacked bars (cooperation up, conflict down) and the mean
// Goldstein score as a line on its own -10..10 axis. No library: a few dozen elements at most.
import { svg } from "./dom.js";

const WIDTH = 900;
const HEIGHT = 320;
const PAD = { left: 48, right: 48, top: 20, bottom: 44 };

export function dyadChart(series) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const mid = PAD.top + plotH / 2;
  const maxCount = Math.max(1, ...series.map((p) => Math.max(p.cooperation, p.conflict)));
  const step = plotW / Math.max(1, series.length);
  const barW = Math.max(3, Math.min(40, step * 0.6));
  const scale = (plotH / 2 - 4) / maxCount;
  const gY = (g) => mid - (g / 10) * (plotH / 2 - 4);
  const x = (i) => PAD.left + step * i + step / 2;

  const chart = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: "chart",
    role: "img",
    "aria-label": "Cooperation and conflict over time",
  });
  // Axes and gridlines.
  chart.append(
    svg("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: mid, y2: mid, class: "axis" }),
    svg("line", { x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: PAD.top + plotH, class: "axis" }),
    svg("line", { x1: WIDTH - PAD.right, x2: WIDTH - PAD.right, y1: PAD.top, y2: PAD.top + plotH, class: "axis" }),
    svg("text", { x: PAD.left - 6, y: PAD.top + 10, class: "tick end" }, String(maxCount)),
    svg("text", { x: PAD.left - 6, y: mid + 4, class: "tick end" }, "0"),
    svg("text", { x: PAD.left - 6, y: PAD.top + plotH, class: "tick end" }, String(maxCount)),
    svg("text", { x: WIDTH - PAD.right + 6, y: PAD.top + 10, class: "tick" }, "+10"),
    svg("text", { x: WIDTH - PAD.right + 6, y: PAD.top + plotH, class: "tick" }, "−10"),
    svg("text", { x: PAD.left + 4, y: PAD.top + 12, class: "label coop-label" }, "cooperation ▲"),
    svg("text", { x: PAD.left + 4, y: PAD.top + plotH - 4, class: "label conflict-label" }, "conflict ▼"),
  );
  const labelEvery = Math.ceil(series.length / 10);
  series.forEach((point, i) => {
    const cx = x(i);
    const title = `${point.period}: ${point.events} events, ${point.cooperation} cooperation, ${point.conflict} conflict, mean Goldstein ${point.mean_goldstein}`;
    if (point.cooperation) {
      const h = point.cooperation * scale;
      chart.append(svg("rect", { x: cx - barW / 2, y: mid - h, width: barW, height: h, class: "bar coop" }, svg("title", {}, title)));
    }
    if (point.conflict) {
      const h = point.conflict * scale;
      chart.append(svg("rect", { x: cx - barW / 2, y: mid, width: barW, height: h, class: "bar conflict" }, svg("title", {}, title)));
    }
    if (i % labelEvery === 0) {
      chart.append(svg("text", { x: cx, y: HEIGHT - PAD.bottom + 18, class: "tick middle" }, point.period));
    }
  });
  if (series.length) {
    const path = series.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${gY(p.mean_goldstein).toFixed(1)}`).join(" ");
    chart.append(svg("path", { d: path, class: "goldstein-line" }));
    series.forEach((p, i) =>
      chart.append(
        svg("circle", { cx: x(i), cy: gY(p.mean_goldstein), r: 4, class: "goldstein-dot" }, svg("title", {}, `${p.period}: mean Goldstein ${p.mean_goldstein}`)),
      ),
    );
  }
  return chart;
}
