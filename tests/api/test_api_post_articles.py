"""POST /articles takes the id users send (``id`` as in JSONL input, or ``doc_id``) and reads a pasted
HTML page as an HTML file is read: its main text, title and date, never its tags or scripts; hostile
markup is clean text or a 422 at ``body.text``, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SENTENCE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>Putin and Xi meet in Beijing</title>
<meta property="article:published_time" content="2025-09-02T08:00:00Z">
<style>p {{ color: red }}</style><script>document.cookie = "stolen";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Putin and Xi meet in Beijing</h1><p>{SENTENCE}</p>
<p>The two leaders discussed trade between Russia and China, the Kremlin said.</p></article>
<footer>Copyright eventwire tests</footer></body></html>"""


def _post(client: TestClient, auth: dict[str, str], body: dict[str, Any]) -> Any:
    return client.post("/api/v1/articles", json=body, headers=auth)


@pytest.mark.parametrize("name", ["id", "doc_id"])
def test_the_document_id_may_be_sent_as_id_or_doc_id(
    api_client: TestClient, auth: dict[str, str], name: str
) -> None:
    posted = _post(api_client, auth, {name: f"  wire-{name}-42 ", "text": SENTENCE, "date": "2025-09-01"})
    assert posted.status_code == 201, posted.text
    created = posted.json()
    assert created["doc_id"] == f"wire-{name}-42"
    assert all(event["doc_id"] == f"wire-{name}-42" for event in created["events"]) and created["events"]
    assert api_client.get(f"/api/v1/articles/{created['id']}").json()["doc_id"] == f"wire-{name}-42"
    again = _post(api_client, auth, {name: f"wire-{name}-42", "text": SENTENCE, "date": "2025-09-01"})
    assert again.json()["outcome"] == "unchanged" and again.json()["id"] == created["id"]


def test_an_id_given_twice_or_unusable_is_a_422_naming_the_field(
    api_client: TestClient, auth: dict[str, str]
) -> None:
    before = api_client.get("/api/v1/stats").json()["articles"]
    for doc_id, other in (("a1", "a2"), ("same-7", "same-7"), ("a3", None)):
        both = _post(api_client, auth, {"id": other, "doc_id": doc_id, "text": SENTENCE})
        assert both.status_code == 422, both.text
        assert both.json()["errors"][0]["loc"] == ["body", "id"]
        assert "send doc_id or id, not both" in both.json()["errors"][0]["msg"]
    assert api_client.get("/api/v1/stats").json()["articles"] == before
    for bad in ("   ", "a\u0000b", "x" * 501, 7):
        response = _post(api_client, auth, {"id": bad, "text": SENTENCE})
        assert response.status_code == 422, bad
        assert response.json()["errors"][0]["loc"][:2] == ["body", "id"]


def test_openapi_offers_doc_id_or_id_and_documents_format(api_client: TestClient) -> None:
    """A client generated from the schema can send either name (extra fields are forbidden), and the
    schema itself says one of them at most."""
    spec = api_client.get("/openapi.json").json()
    article_in = spec["components"]["schemas"]["ArticleIn"]
    doc_id, other = article_in["properties"]["doc_id"], article_in["properties"]["id"]
    assert article_in["additionalProperties"] is False
    assert "Same as `doc_id`" in other["description"] and "`id`" in doc_id["description"]
    assert other["anyOf"] == doc_id["anyOf"]
    assert article_in["not"] == {"required": ["doc_id", "id"]}
    assert {"doc_id", "id"}.isdisjoint(article_in.get("required", []))
    assert article_in["properties"]["format"]["enum"] == ["auto", "text", "html"]
    assert spec["components"]["schemas"]["CodeIn"]["properties"]["format"]["default"] == "auto"


def test_a_pasted_page_is_stored_and_coded_as_its_main_text(
    api_client: TestClient, auth: dict[str, str]
) -> None:
    posted = _post(api_client, auth, {"text": PAGE, "id": "page-1"})
    assert posted.status_code == 201, posted.text
    created = posted.json()
    assert created["date"] == "2025-09-02"  # the page's metadata date, as for an HTML file
    assert any(event["cameo"].startswith("04") for event in created["events"])
    assert all("<" not in event["evidence"]["text"] for event in created["events"])
    stored = api_client.get(f"/api/v1/articles/{created['id']}").json()
    assert stored["title"] == "Putin and Xi meet in Beijing"
    assert SENTENCE in stored["text"]
    for markup in ("<", "cookie", "color: red", "Home", "Copyright"):
        assert markup not in stored["text"], markup


def test_the_body_date_and_title_win_over_the_page(api_client: TestClient, auth: dict[str, str]) -> None:
    body = {"text": PAGE, "id": "page-2", "date": "2025-09-03", "title": "Given title"}
    created = _post(api_client, auth, body).json()
    assert created["date"] == "2025-09-03"
    assert api_client.get(f"/api/v1/articles/{created['id']}").json()["title"] == "Given title"


def test_format_text_keeps_a_text_that_quotes_tags(api_client: TestClient, auth: dict[str, str]) -> None:
    text = f"{SENTENCE} Officials used the <script> and <style> tags on the summit website."
    as_text = _post(api_client, auth, {"text": text, "format": "text", "id": "quoted-tags"}).json()
    assert "<script>" in api_client.get(f"/api/v1/articles/{as_text['id']}").json()["text"]
    guessed = _post(api_client, auth, {"text": "<p>" + SENTENCE + "</p>", "id": "fragment"})
    assert guessed.status_code == 201
    assert api_client.get(f"/api/v1/articles/{guessed.json()['id']}").json()["text"].strip() == SENTENCE


def test_auto_reads_inline_markup_in_use_as_its_text(api_client: TestClient, auth: dict[str, str]) -> None:
    """An element opened and closed ("<b>no</b>") is markup in use: stored and coded without its tags."""
    text = "Officials in Kyiv said <b>no</b> to the Russian proposal on Tuesday."
    posted = _post(api_client, auth, {"text": text, "date": "2025-09-01", "doc_id": "inline"})
    assert posted.status_code == 201, posted.text
    stored = api_client.get(f"/api/v1/articles/{posted.json()['id']}").json()["text"]
    assert stored.strip() == "Officials in Kyiv said no to the Russian proposal on Tuesday."


@pytest.mark.parametrize(
    "text",
    ["Ukraine's parliament voted on Tuesday; x<y>z and <b> were typos in the <i> wire copy."],
    ids=["quoted tags"],
)
def test_auto_codes_a_text_that_only_looked_like_markup_as_it_is(
    api_client: TestClient, auth: dict[str, str], text: str
) -> None:
    """Two element tags make ``auto`` try HTML; none is opened and closed and there is no main text in
    it, so the text is coded as it is."""
    posted = _post(api_client, auth, {"text": text, "date": "2025-09-01"})
    assert posted.status_code == 201, posted.text
    assert api_client.get(f"/api/v1/articles/{posted.json()['id']}").json()["text"] == text
    as_html = _post(api_client, auth, {"text": text, "format": "html", "doc_id": "as-html"})
    assert as_html.status_code == 201, as_html.text
    stored = api_client.get(f"/api/v1/articles/{as_html.json()['id']}").json()["text"]
    assert "<b>" not in stored and "<i>" not in stored and text[:20] in stored


def test_format_html_reads_a_text_without_tags_as_its_text(
    api_client: TestClient, auth: dict[str, str]
) -> None:
    text = "Turkey &amp; Greece agreed to resume talks on maritime borders in Ankara on Friday."
    posted = _post(api_client, auth, {"text": text, "format": "html", "date": "2025-09-05"})
    assert posted.status_code == 201, posted.text
    stored = api_client.get(f"/api/v1/articles/{posted.json()['id']}").json()["text"]
    assert stored == text.replace("&amp;", "&")


HOSTILE = {
    "huge attribute": f'<p title="{"x" * 300_000}">{SENTENCE}</p><p>Russia and China agreed.</p>',
    "deep nesting": "<div>" * 5_000 + f"<p>{SENTENCE}</p>" + "</div>" * 5_000,
    "unclosed tags": f"<html><body><p><b>{SENTENCE}<p><i>Russia and China signed a deal.<div",
    "script in a paragraph": f"<p>{SENTENCE}<script>alert(1)</script></p><p>Talks went on.</p>",
    "comment and cdata": f"<p>{SENTENCE}</p><!-- <script>x</script> --><![CDATA[ <b> ]]><p>More talks.</p>",
}


@pytest.mark.parametrize("markup", HOSTILE.values(), ids=list(HOSTILE))
def test_hostile_markup_gives_clean_text(api_client: TestClient, auth: dict[str, str], markup: str) -> None:
    posted = _post(api_client, auth, {"text": markup, "date": "2025-09-01"})
    assert posted.status_code == 201, posted.text[:300]
    stored = api_client.get(f"/api/v1/articles/{posted.json()['id']}").json()["text"]
    assert "Putin met Chinese President Xi Jinping" in stored
    assert "<" not in stored and "alert" not in stored and "xxxx" not in stored


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><script>var a = 1;</script></head><body></body></html>",
        "<!DOCTYPE html><html><body><img src='map.png'><br></body></html>",
        "<html><body><p>Das Treffen zwischen den beiden Staatschefs fand gestern in der Hauptstadt statt, "
        "wie die Regierung mitteilte, und die Gespräche werden fortgesetzt.</p></body></html>",
    ],
    ids=["script only", "image only", "not English"],
)
def test_a_page_without_main_text_is_a_422_at_body_text(
    api_client: TestClient, auth: dict[str, str], markup: str
) -> None:
    before = api_client.get("/api/v1/stats").json()["articles"]
    response = _post(api_client, auth, {"text": markup})
    assert response.status_code == 422
    payload = response.json()
    assert payload["errors"][0]["loc"] == ["body", "text"]
    assert payload["detail"].startswith("invalid request: body.text: read as HTML")
    assert "<script>" not in response.text
    assert api_client.get("/api/v1/stats").json()["articles"] == before


def test_code_reads_a_page_too(api_client: TestClient) -> None:
    response = api_client.post("/api/v1/code", json={"text": PAGE})
    assert response.status_code == 200
    assert all("<" not in event["evidence"]["text"] for event in response.json()["events"])
    assert any(event["cameo"].startswith("04") for event in response.json()["events"])


_fragments = st.lists(
    st.one_of(
        st.sampled_from(
            ["<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<html>", "<b", ">", "<!--"]
        ),
        st.sampled_from([SENTENCE, "Russia condemned Ukraine.", "&amp;", "&#0;", "\u00e9"]),
        st.text(max_size=20),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_fragments)
def test_any_posted_markup_is_201_or_422(api_client: TestClient, auth: dict[str, str], text: str) -> None:
    response = _post(api_client, auth, {"text": text})
    assert response.status_code in (201, 422), response.text[:300]
