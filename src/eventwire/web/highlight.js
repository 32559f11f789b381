// An article's text with every event's evidence highlighted (coloured by quad class) and flagged spans
// underlined. Overlapping marks are split at their boundaries; the innermost event gives the colour.
import { el } from "./dom.js";
import { QUADS } from "./labels.js";

function clamp(value, length) {
  return Math.max(0, Math.min(length, Number(value) || 0));
}

/** events: [{id, quad_class, cameo, cameo_name, factuality, evidence:{start,end}}]; flags: [{kind, evidence}] */
export function highlightedText(text, events, flags = []) {
  const length = text.length;
  const marks = [];
  events.forEach((event, index) => {
    if (!event.evidence) return;
    const start = clamp(event.evidence.start, length);
    const end = clamp(event.evidence.end, length);
    if (end > start) marks.push({ kind: "event", start, end, index, event });
  });
  for (const flag of flags) {
    if (!flag.evidence) continue;
    const start = clamp(flag.evidence.start, length);
    const end = clamp(flag.evidence.end, length);
    if (end > start) marks.push({ kind: "flag", start, end, flag });
  }
  const cuts = new Set([0, length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const container = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = marks.filter((mark) => mark.start <= from && mark.end >= to);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const eventMarks = covering.filter((mark) => mark.kind === "event");
    const flagMarks = covering.filter((mark) => mark.kind === "flag");
    const classes = ["mark"];
    const titles = [];
    if (eventMarks.length) {
      const inner = eventMarks.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      classes.push(`hl q${inner.event.quad_class}`, `fact-${inner.event.factuality}`);
      for (const mark of eventMarks) {
        const quad = QUADS[mark.event.quad_class]?.name || "";
        titles.push(`${mark.event.cameo} ${mark.event.cameo_name} · ${quad} · ${mark.event.factuality}`);
      }
    }
    if (flagMarks.length) {
      classes.push("flagged");
      for (const mark of flagMarks) titles.push(`flag: ${mark.flag.kind}`);
    }
    container.append(
      el(
        "mark",
        {
          class: classes.join(" "),
          title: titles.join("\n"),
          dataset: { events: eventMarks.map((mark) => mark.index).join(" ") },
        },
        piece,
      ),
    );
  }
  return container;
}

/** Scroll to and pulse the highlight of event number `index` inside `container`. */
export function focusEvent(container, index) {
  for (const node of container.querySelectorAll("mark.active")) node.classList.remove("active");
  const hits = [...container.querySelectorAll("mark[data-events]")].filter((node) =>
    node.dataset.events.split(" ").includes(String(index)),
  );
  for (const node of hits) node.classList.add("active");
  if (hits.length) hits[0].scrollIntoView({ block: "center", behavior: "smooth" });
}
