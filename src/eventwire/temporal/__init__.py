"""Time expressions resolved against the article date: "next week", "Aug. 15", "since early 2022".

Pure functions over strings and dates (no spaCy), so the coder, the API and users can call them alike.
"""

from eventwire.temporal.resolver import MAX_EXPRESSION_CHARS, resolve_time
from eventwire.temporal.rules import Tense

__all__ = ["MAX_EXPRESSION_CHARS", "Tense", "resolve_time"]
