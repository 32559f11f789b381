"""Every tunable number and name the sources package uses, in one place so limits are easy to audit."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

DEFAULT_MAX_BYTES: Final = 20 * 2**20
"""Largest single document (text, HTML, CSV file; one JSONL line) we read. Checked with ``stat`` before
reading so a huge file costs nothing; JSONL corpora may be larger in total because they stream by line."""

READ_CHUNK_BYTES: Final = 1 << 16
"""Chunk size for streaming JSONL files and stdin."""

TEXT_SUFFIXES: Final = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES: Final = frozenset({".csv"})
HTML_SUFFIXES: Final = frozenset({".html", ".htm"})
KNOWN_SUFFIXES: Final = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES
"""Suffixes picked up when walking a directory (``""`` = no extension). An explicitly named file with
another suffix is read as plain text."""

STDIN_ARGUMENT: Final = "-"
STDIN_ID: Final = "stdin"
"""Document id of a text document read from stdin; also the stem for ids of id-less stdin JSONL lines."""

UTF8_BOM: Final = b"\xef\xbb\xbf"

BINARY_SAMPLE_BYTES: Final = 1 << 16
"""How much of a document we inspect for control bytes."""
BINARY_CONTROL_RATIO: Final = 0.3
"""Share of control bytes (other than tab, newline, carriage return, form feed) above which data is binary."""

LANGUAGE_SAMPLE_CHARS: Final = 20_000
"""The language heuristic looks at the start of the text only: it must stay cheap on 20 MB inputs."""
NON_LATIN_LETTER_RATIO: Final = 0.5
"""Above this share of non-Latin letters (Cyrillic, CJK, Arabic, ...) a text is clearly not English."""
MIN_LETTER_RATIO: Final = 0.1
"""Below this share of letters among the visible characters a long text is no prose at all (a run of
``&``, a dump of numbers or symbols): English news runs at about 0.8; a short report with a long table
of figures went down to 0.24, so the bar sits well below that."""
MIN_CHARS_FOR_LETTER_TEST: Final = 400
"""Shorter texts are not judged on their letters (a dateline, a score line, a headline with figures)."""
MIN_WORDS_FOR_FUNCTION_WORD_TEST: Final = 25
"""Shorter Latin-script texts (headlines, captions) always pass: too few words to judge."""
MIN_ENGLISH_FUNCTION_WORD_RATIO: Final = 0.1
"""Running English has 40-50 % function words; French, German or Spanish prose stays well under 10 %.
Below it a text is rejected only when another language's function words reach the next figure."""
MIN_FOREIGN_FUNCTION_WORD_RATIO: Final = 0.15
"""French, German or Spanish prose has 25-40 % of its own function words; English has almost none."""
MIN_WORDS_FOR_SHORT_FOREIGN_TEST: Final = 6
"""Texts under ``MIN_WORDS_FOR_FUNCTION_WORD_TEST`` words but at least this long (a sentence or two) are
rejected only on a clear foreign majority, see the next two figures; shorter ones always pass."""
MIN_DISTINCT_FOREIGN_WORDS_SHORT: Final = 2
"""A short text needs this many different function words of one other language ("Le Pen, Le Maire"
has one, ``le`` twice) ..."""
FOREIGN_TO_ENGLISH_MAJORITY_SHORT: Final = 2
"""... and at least this many times as many of them as English function words (and a share of its
words of at least ``MIN_FOREIGN_FUNCTION_WORD_RATIO``)."""

WIRE_TITLE_MAX_CHARS: Final = 300
"""A single line before ``Summary –`` up to this length is taken as the title."""

HTML_MAX_TREE_SIZE: Final = 200_000
"""Element cap handed to trafilatura so hostile pages cannot make extraction crawl."""
HTML_FALLBACK_MAX_DEPTH: Final = 2_000
"""Deeper nesting is flattened by the stdlib fallback extractor, keeping hostile pages linear-time."""


class ErrorKind(StrEnum):
    """The ``InputError.kind`` values this package produces."""

    MISSING = "missing"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    LANGUAGE = "language"
    JSON = "json"
    CSV = "csv"
    MISSING_TEXT = "missing_text"
    DATE = "date"
    DUPLICATE_ID = "duplicate_id"
    HTML = "html"
