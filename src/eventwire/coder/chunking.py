"""Long documents coded in windows, so one document costs time linear in its length and memory bounded
by the window (and never trips spaCy's 1,000,000-character limit).

A document longer than :data:`WINDOW_CHARS` is cut into pieces at paragraph breaks, else at sentence
ends, else at a space. Each piece is parsed with the context that actor and pronoun resolution need
carried in front of it: the document's lead up to its dateline (so the dateline place and the agency
are read as in the whole document) and up to :data:`CONTEXT_CHARS` of the text just before the piece
(so "he" and "the minister" find the actor the previous sentences named). Only the events of the
piece's own sentences are kept; every offset (evidence, actor mentions, flags) is mapped back into the
full document and sentence numbers count from the document's start. Short documents (almost every
news article) go through as one piece, untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.geo import find_dateline
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Flag
from eventwire.sources.language import language_doubt

WINDOW_CHARS = 10_000
"""Most characters of a document's own text in one piece (a long news article fits in one)."""
CONTEXT_CHARS = 1_500
"""At most this much preceding text (whole sentences) is parsed again in front of a piece."""
BATCH_CHARS = 40_000
"""Most characters parsed in one ``nlp.pipe`` batch (at least one text): the parser's working memory
grows with the batch's tokens, so 32 windows of a long document would cost ten times one window."""
LANGUAGE_DOUBT = "language_doubt"
"""Flag kind: the text may not be English (it was coded all the same)."""
_SEPARATOR = " "
"""Joins the dateline lead to the carried context."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Piece:
    """One window of a document: the text to parse and how its offsets map back.

    ``text`` is ``lead + context + own``: ``lead`` is ``document[:lead_chars]`` followed by the
    separator (empty for the first piece), then ``document[context_start:end]``; the piece's own text
    is ``document[start:end]``.
    """

    article: Article
    chunk: Article
    lead_chars: int
    context_start: int
    start: int
    end: int
    last: bool

    @property
    def text(self) -> str:
        """The text to parse (also ``chunk.text``)."""
        return self.chunk.text

    @property
    def shift(self) -> int:
        """Where the carried context starts in ``text``."""
        return self.lead_chars + len(_SEPARATOR) if self.lead_chars else 0

    @property
    def own_start(self) -> int:
        """Where the piece's own text starts in ``text``."""
        return self.shift + self.start - self.context_start

    def to_document(self, offset: int) -> int:
        """An offset into ``text`` as an offset into the whole document."""
        if self.lead_chars and offset < self.shift:
            return min(offset, self.lead_chars)
        return self.context_start + offset - self.shift


def split_article(article: Article) -> Iterator[Piece]:
    """The pieces of one article, in order (one piece, the article itself, when it is short)."""
    text = article.text
    if len(text) <= WINDOW_CHARS:
        yield Piece(article, article, 0, 0, 0, len(text), last=True)
        return
    dateline = find_dateline(text)
    lead_end = dateline.end if dateline is not None and dateline.end < CONTEXT_CHARS else 0
    start = 0
    while start < len(text):
        end = len(text) if len(text) - start <= WINDOW_CHARS else _boundary(text, start, start + WINDOW_CHARS)
        context_start = _context_start(text, start, lead_end)
        lead = lead_end if start > 0 else 0
        body = (text[:lead] + _SEPARATOR if lead else "") + text[context_start:end]
        chunk = replace(article, text=body)
        yield Piece(article, chunk, lead, context_start, start, end, last=end >= len(text))
        start = end


def split_articles(articles: Iterable[Article]) -> Iterator[Piece]:
    """Every article's pieces, article after article (streamed: one long text at a time in memory)."""
    for article in articles:
        yield from split_article(article)


def _boundary(text: str, low: int, high: int) -> int:
    """The best place to end a piece in ``text[low:high]``: after a paragraph break, a line break or
    a sentence end in its second half, else after a space, else at ``high``."""
    floor = low + (high - low) // 2
    for mark in ("\n\n", "\n"):
        found = text.rfind(mark, floor, high)
        if found >= 0:
            return found + len(mark)
    for pattern in (_SENTENCE_END, _SPACE):
        ends = [match.end() for match in pattern.finditer(text, floor, high)]
        if ends:
            return ends[-1]
    return high


def _context_start(text: str, start: int, lead_end: int) -> int:
    """Where the carried context before ``start`` begins: the first sentence start within
    :data:`CONTEXT_CHARS` before it (``start`` itself when there is none)."""
    if start == 0:
        return 0
    low = max(lead_end, start - CONTEXT_CHARS)
    if low == lead_end:
        return low
    found = text.find("\n", low, start)
    if found >= 0:
        return found + 1
    sentence = _SENTENCE_END.search(text, low, start)
    return sentence.end() if sentence is not None else start


def parse_pieces(
    nlp: Language, pairs: Iterable[tuple[str, Piece]], batch_size: int, n_process: int = 1
) -> Iterator[tuple[Doc, Piece]]:
    """``nlp.pipe`` over ``(text, piece)`` pairs in batches of at most ``batch_size`` texts and
    :data:`BATCH_CHARS` characters, so memory stays bounded whatever the documents' lengths. With
    ``n_process > 1`` one pipe runs over everything (its workers bound their own batches)."""
    if n_process > 1:
        yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)
        return
    for batch in _batches(pairs, batch_size):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _batches(pairs: Iterable[tuple[str, Piece]], batch_size: int) -> Iterator[list[tuple[str, Piece]]]:
    batch: list[tuple[str, Piece]] = []
    chars = 0
    for pair in pairs:
        if batch and (len(batch) >= batch_size or chars + len(pair[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(pair)
        chars += len(pair[0])
    if batch:
        yield batch


# ------------------------------------------------------------------------------------------ assembly
def code_pieces(
    parsed: Iterable[tuple[Doc, Piece]], code_doc: Callable[[Doc, Article], DocumentResult]
) -> Iterator[DocumentResult]:
    """One result per article from its parsed pieces (in order): each piece coded by ``code_doc``, its
    own sentences' events kept, offsets and sentence numbers made the whole document's."""
    events: list[Event] = []
    flags: dict[tuple[object, ...], Flag] = {}
    sentences = 0
    for doc, piece in parsed:
        result = code_doc(doc, piece.chunk)
        if piece.start == 0 and piece.last:
            yield _with_document_flags(result, piece.article)
            continue
        skipped = sum(1 for sent in doc.sents if sent.end_char <= piece.own_start)
        owned = sum(1 for _ in doc.sents) - skipped
        for event in result.events:
            if event.sentence >= skipped:
                events.append(_moved_event(event, piece, sentences - skipped))
        for flag in result.flags:
            moved = _moved_flag(flag, piece)
            flags.setdefault((moved.kind, moved.message, moved.title), moved)
        sentences += owned
        if piece.last:
            article = piece.article
            whole = DocumentResult(article.id, result.date, events, list(flags.values()), [], article)
            yield _with_document_flags(whole, article)
            events, flags, sentences = [], {}, 0


def _with_document_flags(result: DocumentResult, article: Article) -> DocumentResult:
    """``result`` with the flags about the whole text: ``language_doubt`` when the text has few English
    function words though no other language is recognised (such text is coded, not rejected)."""
    doubt = language_doubt(article.text)
    if doubt is not None:
        result.flags.append(Flag(LANGUAGE_DOUBT, doubt))
    return result


def _moved(evidence: Evidence, piece: Piece) -> Evidence:
    return Evidence(piece.to_document(evidence.start), piece.to_document(evidence.end), evidence.text)


def _moved_actor(actor: Actor, piece: Piece) -> Actor:
    if actor.mention is None:
        return actor
    return replace(actor, mention=_moved(actor.mention, piece))


def _maybe_moved_actor(actor: Actor | None, piece: Piece) -> Actor | None:
    return None if actor is None else _moved_actor(actor, piece)


def _moved_event(event: Event, piece: Piece, sentence_shift: int) -> Event:
    return replace(
        event,
        sentence=event.sentence + sentence_shift,
        source=_moved_actor(event.source, piece),
        target=_maybe_moved_actor(event.target, piece),
        attributed_to=_maybe_moved_actor(event.attributed_to, piece),
        evidence=_moved(event.evidence, piece),
    )


def _moved_flag(flag: Flag, piece: Piece) -> Flag:
    evidence = _moved(flag.evidence, piece) if flag.evidence is not None else None
    return replace(flag, actor=_maybe_moved_actor(flag.actor, piece), evidence=evidence)
