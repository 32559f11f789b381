// A timeline on a true time axis (uPlot, vendored): cooperation bars up, conflict bars down (left axis,
// events), and the mean Goldstein score as a line on its own -10..+10 axis (right). Periods without
// events leave a gap; 2022 and 2025 sit as far apart as they are.
import { el } from "./dom.js";
import { loadLibrary } from "./vendor.js";

const COLORS = { coop: "#1971c2", conflict: "#c92a2a", goldstein: "#1d232b" };
const PERIOD_SECONDS = { day: 86400, week: 7 * 86400, month: 31 * 86400 };

/** Draw series ([{t, cooperation, conflict, mean_goldstein, period}]) into a new element. */
export async function timeChart(series, freq) {
  const uPlot = await loadLibrary("uplot");
  const node = el("div", { class: "timechart", role: "img", "aria-label": "Cooperation and conflict over time" });
  const pad = PERIOD_SECONDS[freq] || 86400;
  // A period with no events breaks the Goldstein line (an empty point right after the last period
  // with events), so a line never suggests a score for months nobody reported on.
  const [xs, coop, conflict, goldstein] = [[], [], [], []];
  series.forEach((point, i) => {
    xs.push(point.t);
    coop.push(point.cooperation);
    conflict.push(-point.conflict);
    goldstein.push(point.mean_goldstein);
    const next = series[i + 1];
    if (next && next.t - point.t > pad * 1.5) {
      xs.push(point.t + pad);
      coop.push(null);
      conflict.push(null);
      goldstein.push(null);
    }
  });
  const peak = Math.max(1, ...series.map((point) => Math.max(point.cooperation, point.conflict)));
  const bars = uPlot.paths.bars({ size: [0.7, 28, 4], align: 0 });
  const options = {
    width: 600,
    height: 300,
    cursor: { drag: { x: true, y: false } },
    scales: {
      x: { time: true, range: (_u, min, max) => [min - pad, max + pad] },
      n: { range: () => [-peak * 1.1, peak * 1.1] },
      g: { range: () => [-10, 10] },
    },
    axes: [
      {},
      { scale: "n", label: "events (▲ cooperation, ▼ conflict)", values: (_u, ticks) => ticks.map((v) => String(Math.abs(v))), size: 44 },
      { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false }, size: 44 },
    ],
    series: [
      { label: "Date", value: (_u, value) => (value == null ? "—" : new Date(value * 1000).toISOString().slice(0, 10)) },
      { label: "Cooperation", scale: "n", fill: `${COLORS.coop}cc`, stroke: COLORS.coop, paths: bars, points: { show: false } },
      { label: "Conflict", scale: "n", fill: `${COLORS.conflict}cc`, stroke: COLORS.conflict, paths: bars, points: { show: false }, value: (_u, value) => (value == null ? "—" : String(Math.abs(value))) },
      { label: "Mean Goldstein", scale: "g", stroke: COLORS.goldstein, width: 2, spanGaps: false, points: { show: true, size: 7, fill: "#fff" } },
    ],
  };
  const chart = new uPlot(options, [xs, coop, conflict, goldstein], node);
  node.uplot = chart;
  // Follow the container's width (phones included).
  const fit = () => {
    const width = Math.max(260, node.clientWidth || node.parentElement?.clientWidth || 600);
    if (Math.abs(width - chart.width) > 2) chart.setSize({ width, height: width < 500 ? 240 : 300 });
  };
  new ResizeObserver(fit).observe(node);
  requestAnimationFrame(fit);
  return node;
}
