// "Code this text": paste a report, see its events highlighted. Coding alone is open; storing the text
// needs the server's write token (kept only in this tab's memory, never saved).
import { postJSON } from "./api.js";
import { flagList } from "./article.js";
import { el, show } from "./dom.js";
import { eventTable } from "./eventtable.js";
import { focusEvent, highlightedText } from "./highlight.js";
import { emptyBox, errorBox } from "./labels.js";

const MAX_CHARS = 20000;

function renderResult(out, text, result, stored) {
  const highlighted = highlightedText(text, result.events, result.flags);
  show(
    out,
    stored ? el("p", { class: "notice" }, `Stored as article ${stored.id} (${stored.outcome}). `, el("a", { href: `#/article/${stored.id}` }, "Open it")) : null,
    flagList(result.flags),
    el("section", { class: "card" }, highlighted),
    result.events.length
      ? eventTable(result.events, { link: false, onSelect: (index) => focusEvent(highlighted, index) })
      : emptyBox("No events found in this text."),
  );
}

export function codeView(root) {
  const text = el("textarea", { name: "text", rows: 9, maxlength: MAX_CHARS, placeholder: "Paste a news report…", required: true });
  const date = el("input", { name: "date", type: "date" });
  const token = el("input", { name: "token", type: "password", placeholder: "write token (only to store)", autocomplete: "off" });
  const out = el("div", { class: "results" });
  const form = el(
    "form",
    { class: "code-form", id: "code-form" },
    el("label", { class: "field wide" }, el("span", {}, `Text (at most ${MAX_CHARS.toLocaleString("en")} characters)`), text),
    el(
      "div",
      { class: "filters" },
      el("label", { class: "field" }, el("span", {}, "Article date"), date),
      el("label", { class: "field" }, el("span", {}, "Token"), token),
      el(
        "div",
        { class: "field buttons" },
        el("button", { type: "submit", name: "code" }, "Code"),
        el("button", { type: "button", name: "store", class: "secondary" }, "Code and store"),
      ),
    ),
  );
  const run = async (store) => {
    const body = { text: text.value };
    if (date.value) body.date = date.value;
    if (!body.text.trim()) return;
    show(out, el("div", { class: "loading" }, "Coding…"));
    try {
      if (store) {
        const stored = await postJSON("articles", body, token.value.trim());
        renderResult(out, body.text, stored, stored);
      } else {
        renderResult(out, body.text, await postJSON("code", body), null);
      }
    } catch (error) {
      show(out, errorBox(error));
    }
  };
  form.addEventListener("submit", (submit) => {
    submit.preventDefault();
    run(false);
  });
  form.elements.store.addEventListener("click", () => run(true));
  show(root, el("h1", {}, "Code this text"), form, out);
}
