// The REST API, seen from the dashboard: JSON in, JSON out, errors as exceptions with the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function parse(response) {
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : response.statusText;
    // A rejected filter (422) says what to fix, one sentence per field; other failures keep their status.
    if (response.status === 422 && Array.isArray(body.errors) && body.errors.length) {
      throw new ApiError(422, body.errors.map((item) => item.msg).join(" "));
    }
    throw new ApiError(response.status, response.status === 422 ? detail : `${response.status}: ${detail}`);
  }
  return body;
}

/** GET /api/v1/<path> with the non-empty params as a query string. */
export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const suffix = query.toString() ? `?${query}` : "";
  return parse(await fetch(`/api/v1/${path}${suffix}`, { headers: { Accept: "application/json" } }));
}

/** POST JSON to /api/v1/<path>, with a bearer token when one is given. */
export async function postJSON(path, body, token = "") {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return parse(await fetch(`/api/v1/${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}
