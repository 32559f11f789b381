"""eventwire: political event data from news text."""

from eventwire.model import (
    Actor,
    Article,
    DocumentResult,
    Event,
    Evidence,
    Factuality,
    Flag,
    InputError,
    Location,
    TimeSpan,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "DocumentResult",
    "Event",
    "Evidence",
    "Factuality",
    "Flag",
    "InputError",
    "Location",
    "TimeSpan",
    "__version__",
]
