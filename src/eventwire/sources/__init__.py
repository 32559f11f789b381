"""Reading every input kind (text, wire format, JSONL, CSV, HTML, directories, stdin) into ``Article``s.

Bad input never raises: it is yielded as an ``InputError`` naming the file (and line), so one broken
document costs one result, not the run.
"""

from eventwire.sources.constants import DEFAULT_MAX_BYTES, ErrorKind
from eventwire.sources.items import SourceItem
from eventwire.sources.reader import read_inputs
from eventwire.sources.text import read_text_document
from eventwire.sources.wire import WireParts, parse_wire

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ErrorKind",
    "SourceItem",
    "WireParts",
    "parse_wire",
    "read_inputs",
    "read_text_document",
]
