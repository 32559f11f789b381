"""Titles checked against the dated roles of the knowledge base (issue #3)."""

from __future__ import annotations

import datetime as dt

from eventwire.coder import Coder


def _stale(coder: Coder, text: str, day: dt.date) -> list[str]:
    return [f.title or "" for f in coder.code(text, date=day).flags if f.kind == "stale_title"]


def test_president_out_of_office_is_flagged(coder: Coder) -> None:
    text = "President Joe Biden met German Chancellor Friedrich Merz in Washington."
    assert _stale(coder, text, dt.date(2025, 8, 7)) == ["President Joe Biden"]
    # in 2022 Biden was president, but Merz was not yet chancellor: a premature title is flagged too
    assert _stale(coder, text, dt.date(2022, 6, 1)) == ["German Chancellor Friedrich Merz"]


def test_former_title_for_a_sitting_president_is_flagged_only_while_sitting(coder: Coder) -> None:
    text = "Former U.S. President Donald Trump criticised the European Union."
    assert _stale(coder, text, dt.date(2025, 8, 7)) == ["Former U.S. President Donald Trump"]
    assert _stale(coder, text, dt.date(2022, 6, 1)) == []


def test_roles_decide_the_code_on_the_article_date(coder: Coder) -> None:
    text = "Donald Trump criticised the European Union."
    (sitting,) = coder.code(text, date=dt.date(2025, 8, 7)).events
    (former,) = coder.code(text, date=dt.date(2022, 6, 1)).events
    assert sitting.source.code == "USAGOV"
    assert former.source.code == "USAELI"


def test_title_without_a_name_resolves_to_the_office_holder(coder: Coder) -> None:
    result = coder.code("The Russian president praised China.", date=dt.date(2025, 8, 7))
    assert result.events[0].source.person == "Vladimir Putin"
