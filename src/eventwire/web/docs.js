// A local, offline stand-in for Swagger UI: every endpoint of /openapi.json with its parameters.
import { el, show } from "./dom.js";

function parameterList(operation) {
  const params = operation.parameters || [];
  if (!params.length) return null;
  return el(
    "table",
    { class: "events compact" },
    el("thead", {}, el("tr", {}, ["Parameter", "In", "Type", "Description"].map((name) => el("th", {}, name)))),
    el(
      "tbody",
      {},
      params.map((param) => {
        const schema = param.schema || {};
        const type = schema.type || (schema.anyOf || []).map((option) => option.type || (option.enum || []).join("|")).join(" | ");
        return el(
          "tr",
          {},
          el("td", {}, el("code", {}, param.name), param.required ? " *" : ""),
          el("td", {}, param.in),
          el("td", {}, el("code", {}, type || "")),
          el("td", {}, param.description || ""),
        );
      }),
    ),
  );
}

async function main() {
  const target = document.getElementById("endpoints");
  const spec = await (await fetch("/openapi.json")).json();
  const cards = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      cards.push(
        el(
          "section",
          { class: "card endpoint" },
          el("div", {}, el("span", { class: `method ${method}` }, method.toUpperCase()), " ", el("code", {}, path)),
          el("p", {}, operation.summary || ""),
          parameterList(operation),
          operation.requestBody ? el("p", { class: "muted small" }, "Body: JSON (see /openapi.json components)") : null,
        ),
      );
    }
  }
  show(target, cards);
}

main();
