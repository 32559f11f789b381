"""The body parser on its own: plain text passes through, markup is detected and read as an HTML file
is, and any text whatever either gives clean article text or an ``UnreadableBodyError`` for ``text``."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.api.article_body import BodyFormat, UnreadableBodyError, looks_like_html, read_posted_text

SENTENCE = "Egypt's foreign minister met his Qatari counterpart in Cairo on Sunday to discuss a truce."


@pytest.mark.parametrize(
    "text",
    [
        "<!doctype html><p>x</p>",
        "<HTML><BODY>x</BODY></HTML>",
        "Hello <script src=x></script>",
        "<p>One.</p>",
        "<div class='story'>A</div>",
        "a<br/>b<br>c",
    ],
)
def test_markup_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE,
        "Turnout was < 40% in the east and > 60% in the west.",
        "The index rose 3 points (<b> grade bonds fell).",
        "Emails to <press@example.test> went unanswered.",
    ],
)
def test_plain_text_is_not_markup(text: str) -> None:
    assert not looks_like_html(text)
    assert read_posted_text(text) == read_posted_text(text, "text")


def test_a_page_gives_its_main_text_title_and_date() -> None:
    page = (
        '<html><head><title>Truce talks</title><meta name="date" content="2025-10-02"></head>'
        f"<body><script>evil()</script><p>{SENTENCE}</p></body></html>"
    )
    posted = read_posted_text(page)
    assert posted.html and posted.text.strip() == SENTENCE
    assert posted.title == "Truce talks" and posted.published == dt.date(2025, 10, 2)
    assert read_posted_text(page, date=dt.date(2025, 10, 3)).published == dt.date(2025, 10, 3)
    assert read_posted_text(page, "text").text == page


def test_unreadable_pages_name_the_field() -> None:
    with pytest.raises(UnreadableBodyError) as caught:
        read_posted_text("<html><script>evil()</script></html>")
    assert caught.value.field == "text" and "no main text" in caught.value.message
    with pytest.raises(UnreadableBodyError, match="surrogate"):
        read_posted_text("Egypt met Qatar \ud800.")


@pytest.mark.parametrize(
    "text",
    [
        "Cairo rejected the plan; the <b> and <i> tags in the wire copy were typos.",
        "Cairo's editors flagged the <b> and <em> tags left in the copy.",
    ],
)
def test_auto_codes_element_tags_without_main_text_as_plain_text(text: str) -> None:
    """Tags named, not used (none opened and closed): the text as sent."""
    assert looks_like_html(text)
    assert read_posted_text(text) == read_posted_text(text, "text")
    as_html = read_posted_text(text, "html")
    assert as_html.html and "<b>" not in as_html.text and as_html.text.startswith(text[:15])


def test_format_html_reads_a_fragment_or_a_text_without_tags_as_its_content() -> None:
    assert read_posted_text(SENTENCE, "html").text == SENTENCE
    escaped = SENTENCE.replace("'", "&#39;")
    fragment = read_posted_text(f"<b>Breaking:</b> {escaped}", "html")
    assert fragment.html and fragment.text == f"Breaking: {SENTENCE}"
    assert read_posted_text("The sets x<y>z and a<b>c.", "html").text == "The sets xz and ac."


def test_a_page_without_main_text_is_refused_in_every_html_mode() -> None:
    body_format: BodyFormat
    for body_format in ("auto", "html"):
        with pytest.raises(UnreadableBodyError, match="no main text"):
            read_posted_text("<html><body><script>evil()</script><img src=x></body></html>", body_format)


_markup = st.lists(
    st.one_of(
        st.sampled_from(
            ["<p>", "</p>", "<div a='", "<script>", "</script>", "<!--", "-->", "<html>", "<", ">"]
        ),
        st.sampled_from([SENTENCE, "&lt;script&gt;", "&#x0;", "\u202e", "\x00"]),
        st.text(max_size=30),
    ),
    max_size=15,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(st.text(max_size=300), _markup), body_format=st.sampled_from(["auto", "text", "html"]))
def test_any_body_gives_clean_text_or_a_field_error(text: str, body_format: str) -> None:
    try:
        posted = read_posted_text(text, body_format)  # type: ignore[arg-type]
    except UnreadableBodyError as error:
        assert error.field == "text" and error.message
        return
    if posted.html:  # text only: "&lt;script&gt;" is the text "<script>", a <script> element is gone
        assert posted.text.strip() and "\x00" not in posted.text
        assert "evil()" not in posted.text or "evil()" in text.replace("<script>evil()</script>", "")
    else:
        assert len(posted.text) == len(text)  # repeated blocks are blanked, never cut


def test_inline_markup_in_use_is_read_as_text_content_by_default() -> None:
    """A second fresh-user test: '<b>Putin</b> met Trump' was kept with its tags and coded nothing."""
    for marked, plain in [
        ("<b>Putin</b> met Trump in Alaska.", "Putin met Trump in Alaska."),
        (
            "Officials in Cairo said <b>no</b> to the Qatari truce plan on Sunday.",
            "Officials in Cairo said no to the Qatari truce plan on Sunday.",
        ),
        ("Putin <i>met</i> Trump in <em>Anchorage</em>.", "Putin met Trump in Anchorage."),
    ]:
        posted = read_posted_text(marked)
        assert posted.text.strip() == plain and posted.html
    named = "Use <b> for bold and <i> for italics in the style guide."
    assert read_posted_text(named).text == named  # tags named, not used: the text as sent
