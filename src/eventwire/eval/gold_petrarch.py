"""PETRARCH validation XML: ``<Sentence date id category>`` records with ``<Text>`` and ``<EventCoding>``.

Parsed with the stdlib expat parser in streaming mode so every error can name its line. Safety: the
file is untrusted input, so any ``<!DOCTYPE`` is rejected before expat reads a declaration from it;
with no DTD there are no entity declarations (no "billion laughs") and nothing external is fetched.

What is read and what is ignored, and why:

- ``<Sentence>``: one gold record. ``id`` is required; ``date`` (``YYYYMMDD``) and ``category`` are
  kept. The ``sentence="true|false"`` flag is ignored: ``false`` marks TABARI features PETRARCH never
  implemented, but the gold coding is still the right answer, so those records are scored too.
- ``<Text>``: the sentence, with the file's line wrapping folded into single spaces.
- ``<EventCoding sourcecode targetcode eventcode>``: one gold event (factuality ``asserted``).
  Codes are kept verbatim (the file uses fictional actors and test-only event codes), except that
  the double quotes PETRARCH puts around new-actor names are removed.
  ``noevents="True"`` and ``error="..."`` (the record should be rejected: dateline, bad parse,
  discard list) both mean "no event should be coded", and are scored as records without events.
- Ignored: ``<Parse>`` (pre-computed Penn trees; eventwire parses with its own pipeline),
  ``<Environment>`` (PETRARCH's dictionary paths; eventwire takes ``--dictionary`` instead),
  ``<Config>`` (PETRARCH engine switches such as ``require_dyad`` with no eventwire equivalent),
  ``<Stop>``, comments and any other element.
- Repeated ids (the published file repeats ``AGENTS-18`` and ``AGENTS-19``) get a ``#2``, ``#3``
  suffix, because predictions are matched to records by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from eventwire.eval.records import GoldEvent, GoldFormatError, GoldRecord, parse_date


@dataclass
class _Draft:
    """A ``<Sentence>`` being read."""

    id: str
    date: str | None
    category: str | None
    line: int
    events: list[GoldEvent] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    texts_seen: int = 0


class _SentenceCollector:
    """Expat handlers that turn the element stream into gold records."""

    def __init__(self, parser: expat.XMLParserType, origin: str) -> None:
        self._parser = parser
        self._origin = origin
        self._draft: _Draft | None = None
        self._in_text = False
        self._seen_ids: dict[str, int] = {}
        self.records: list[GoldRecord] = []

    def _error(self, message: str) -> GoldFormatError:
        return GoldFormatError(self._origin, message, self._parser.CurrentLineNumber)

    def reject_doctype(self, *_args: object) -> None:
        raise self._error("DOCTYPE declarations are not allowed in gold XML (entity expansion risk)")

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "Sentence":
            self._start_sentence(attrs)
        elif self._draft is None:
            return
        elif name == "Text":
            self._draft.texts_seen += 1
            if self._draft.texts_seen > 1:
                raise self._error(f"sentence {self._draft.id!r} has more than one <Text>")
            self._in_text = True
        elif name == "EventCoding":
            self._add_event(self._draft, attrs)

    def end(self, name: str) -> None:
        if name == "Text":
            self._in_text = False
        elif name == "Sentence" and self._draft is not None:
            self._finish_sentence(self._draft)
            self._draft = None

    def characters(self, data: str) -> None:
        if self._in_text and self._draft is not None:
            self._draft.text_parts.append(data)

    def _start_sentence(self, attrs: dict[str, str]) -> None:
        if self._draft is not None:
            raise self._error(f"<Sentence> nested inside sentence {self._draft.id!r}")
        record_id = attrs.get("id", "").strip()
        if not record_id:
            raise self._error('<Sentence> without an "id" attribute')
        date = attrs.get("date", "").strip() or None
        category = attrs.get("category", "").strip() or None
        self._draft = _Draft(record_id, date, category, self._parser.CurrentLineNumber)

    def _add_event(self, draft: _Draft, attrs: dict[str, str]) -> None:
        if "noevents" in attrs or "error" in attrs:
            return
        code = attrs.get("eventcode", "").strip()
        if not code:
            raise self._error(f'sentence {draft.id!r}: <EventCoding> without "eventcode"')
        draft.events.append(
            GoldEvent(
                source=_actor_code(attrs.get("sourcecode")),
                target=_actor_code(attrs.get("targetcode")),
                code=code,
            )
        )

    def _finish_sentence(self, draft: _Draft) -> None:
        text = " ".join("".join(draft.text_parts).split())
        if not text:
            raise GoldFormatError(self._origin, f"sentence {draft.id!r} has no <Text>", draft.line)
        date = parse_date(draft.date, self._origin, draft.line) if draft.date else None
        count = self._seen_ids.get(draft.id, 0) + 1
        self._seen_ids[draft.id] = count
        record_id = draft.id if count == 1 else f"{draft.id}#{count}"
        self.records.append(GoldRecord(record_id, text, date, tuple(draft.events), draft.category))


def parse_petrarch_xml(text: str, *, origin: str) -> list[GoldRecord]:
    """Read every ``<Sentence>`` record of a PETRARCH validation file."""
    parser = expat.ParserCreate()
    collector = _SentenceCollector(parser, origin)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = collector.reject_doctype
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.characters
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise GoldFormatError(
            origin, f"malformed XML: {expat.ErrorString(error.code)}", error.lineno
        ) from error
    return collector.records


def _actor_code(value: str | None) -> str | None:
    if value is None:
        return None
    return value.strip().strip('"').strip() or None
