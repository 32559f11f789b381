"""A noun that carries the event its modifier names: "a mediation effort between A and B" is a
mediation (CAMEO 045), told with a light verb."""

from __future__ import annotations

import datetime as dt

from eventwire.coder import Coder

DAY = dt.date(2017, 6, 12)


def test_a_mediation_effort_is_a_mediation(coder: Coder) -> None:
    text = "Kuwait launched a mediation effort between Qatar and Saudi Arabia on Monday."
    events = coder.code(text, date=DAY).events
    found = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert ("KWT", "QAT", "045") in found and ("KWT", "SAU", "045") in found, found


def test_a_carrier_noun_alone_names_no_event(coder: Coder) -> None:
    events = coder.code("Germany made a new effort on Monday.", date=DAY).events
    assert not events
