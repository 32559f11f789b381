"""Judge a coded document against a case: the semantics of the shared ``check_cases.py``, as a module.

A case is one JSON object: ``expect`` (event patterns that must all be matched), ``expect_any`` (at
least one must be), ``no_events`` (nothing may be coded), ``forbid`` (no actor of that country, and
person, in any role) and ``flags`` (flag kinds the document must carry). An event pattern holds
``source``/``target`` actor-code patterns, ``cameo`` (judged at the root: its first two digits),
``factuality`` (exact) and optional ``location`` (``name`` prefix, ``country``, ``lat``/``lon`` within
half a degree) and ``time`` (``start``, ``end``).

Actor-code patterns:

- ``None`` or ``"*"``: anything (a null *target* accepts any target, even none);
- ``"---"``: an unknown-country actor (code ``---...`` or no country) or no actor at all;
  ``"---XXX"`` also accepts an unknown-country actor whose code ends with ``XXX``;
- ``"USA*"``: any actor of that country (code prefix or ``country`` field);
- anything else: an exact code, which also matches longer codes that start with it.

The judge reads coded documents as untrusted data: a missing, malformed or oddly typed field is a
mismatch, never an exception.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

Json = Mapping[str, Any]

#: Location tolerance, in degrees of latitude and of longitude.
TOLERANCE = 0.5
_ROLES = ("source", "target", "attributed_to")


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Read a case file: one JSON object a line (blank lines are skipped)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def is_store_level(case: Json) -> bool:
    """A store-level case (ingest, stories, exports) is judged by its ``setup``, not by coding a text."""
    return bool(case.get("setup") or case.get("store"))


def fold(text: object) -> str:
    """Lower case without accents, for comparing place names (``Montréal`` ~ ``montreal``)."""
    value = unicodedata.normalize("NFKD", text if isinstance(text, str) else "")
    return "".join(c for c in value if not unicodedata.combining(c)).lower()


def _mapping(value: object) -> Json:
    return value if isinstance(value, Mapping) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def actor_matches(pattern: str | None, actor: object) -> bool:
    """Whether an actor dict (``code``, ``country``) matches an actor-code pattern (see the module doc)."""
    if pattern is None or pattern == "*":
        return True
    present = isinstance(actor, Mapping) and bool(actor)
    fields = _mapping(actor)
    code = _text(fields.get("code"))
    country = fields.get("country")
    if pattern.startswith("---"):
        unknown = not present or code.startswith("---") or not country
        return unknown and (pattern == "---" or code.endswith(pattern[3:]) or not present)
    if pattern.endswith("*"):
        return code.startswith(pattern[:-1]) or _text(country) == pattern[:-1]
    return code.startswith(pattern)


def _location_matches(want: Json, got: Json) -> bool:
    if want.get("country") and got.get("country") != want["country"]:
        return False
    if want.get("name") and not fold(got.get("name")).startswith(fold(want["name"])):
        return False
    if "lat" in want:
        lat, lon = _number(got.get("lat")), _number(got.get("lon"))
        want_lat, want_lon = _number(want.get("lat")), _number(want.get("lon"))
        if lat is None or lon is None or want_lat is None or want_lon is None:
            return False
        if abs(lat - want_lat) > TOLERANCE or abs(lon - want_lon) > TOLERANCE:
            return False
    return True


def event_matches(pattern: Json, event: object) -> bool:
    """Whether one coded event matches one event pattern."""
    got = _mapping(event)
    if not actor_matches(pattern.get("source"), got.get("source")):
        return False
    if pattern.get("target") is not None and not actor_matches(pattern.get("target"), got.get("target")):
        return False
    root = _text(pattern.get("cameo") or "").rstrip("*")
    if root and not _text(got.get("cameo") or "").startswith(root[:2]):
        return False
    if pattern.get("factuality") and got.get("factuality") != pattern["factuality"]:
        return False
    location = pattern.get("location")
    if location and not _location_matches(_mapping(location), _mapping(got.get("location"))):
        return False
    time = _mapping(pattern.get("time"))
    got_time = _mapping(got.get("time"))
    return all(got_time.get(key) == time[key] for key in ("start", "end") if key in time)


def forbidden(rule: Json, events: Iterable[object]) -> bool:
    """Whether any actor of any event falls under a ``forbid`` rule (``actor_country``, ``person``)."""
    country = rule.get("actor_country")
    person = rule.get("person")
    if not country:
        return False
    for event in events:
        for role in _ROLES:
            actor = _mapping(_mapping(event).get(role))
            if actor.get("country") != country and not _text(actor.get("code")).startswith(_text(country)):
                continue
            if not person or _text(person) in _text(actor.get("person") or actor.get("name") or ""):
                return True
    return False


def describe(pattern: Json) -> str:
    """One line for a pattern: ``source -cameo-> target factuality``."""
    return (
        f"{pattern.get('source')} -{pattern.get('cameo')}-> {pattern.get('target')} "
        f"{pattern.get('factuality', '')}"
    ).rstrip()


def summarize(events: Iterable[object]) -> str:
    """The coded events in the same one-line form, for failure messages."""
    parts = []
    for event in events:
        got = _mapping(event)
        source = _mapping(got.get("source")).get("code") or "-"
        target = _mapping(got.get("target")).get("code") or "-"
        parts.append(f"{source} -{got.get('cameo')}-> {target} {got.get('factuality')}")
    return "; ".join(parts) or "no events"


def judge(case: Json, document: Json) -> list[str]:
    """Every reason the coded ``document`` (``DocumentResult.to_dict()``) fails ``case``; empty: it passes."""
    raw = document.get("events")
    events: list[object] = list(raw) if isinstance(raw, list) else []
    why: list[str] = []
    if case.get("no_events") and events:
        why.append(f"expected no event, got {len(events)}")
    for pattern in case.get("expect") or []:
        if not any(event_matches(_mapping(pattern), e) for e in events):
            why.append(f"missing {describe(_mapping(pattern))}")
    alternatives = case.get("expect_any") or []
    if alternatives and not any(event_matches(_mapping(p), e) for p in alternatives for e in events):
        why.append("none of the accepted alternatives")
    for rule in case.get("forbid") or []:
        if forbidden(_mapping(rule), events):
            why.append(f"forbidden actor {dict(_mapping(rule))}")
    flags = document.get("flags")
    kinds = {_mapping(flag).get("kind") for flag in flags} if isinstance(flags, list) else set()
    why.extend(f"flag {kind} missing" for kind in case.get("flags") or [] if kind not in kinds)
    return why
