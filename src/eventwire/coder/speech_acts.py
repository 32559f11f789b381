"""Speech acts read off the modality of a coded act: intents, refusals, threats and demands.

CAMEO codes what a statement *does*, not only that it was made (codebook 1.1b3, roots 03, 10, 12, 13):

- "Israel said it would free 150 prisoners" expresses an intent to yield (035) — the freeing itself is
  kept as a ``planned`` 084 event, so a later report of the release can settle the claim;
- "Tajikistan says it will not accept refugees" rejects (12x), "Turkey will launch an operation against
  the Kurdish fighters" threatens force (138);
- "the minister said Libya must hand over the suspects" is a demand (10x) made by the minister of Libya.

The specific code comes from the class of the act and the kind of speech act, from the same table that
codes appeals, demands and threats (``requests.json``: ``classes``, ``root_classes``, ``stated_acts``).
A stated act replaces the bare 010 "said" of the same speaker: CAMEO codes one event per statement, with
the most specific code that applies.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire.coder.data_files import read_json
from eventwire.coder.factuality import Reading
from eventwire.coder.requests import RequestTable

INTEND = "intend"
REJECT = "reject"
THREATEN = "threaten"
DEMAND = "demand"
CONSIDER = "consider"


@dataclass(frozen=True, slots=True)
class StatedActPolicy:
    """When a modal act is a speech act of its own (``requests.json``, ``stated_acts``)."""

    speech_roots: frozenset[str]
    demand_cues: frozenset[str]
    conflict_classes: frozenset[str]
    planned_cues_ignored: frozenset[str]
    unreported_schedule_cues: frozenset[str]
    """Planned cues that state an intent only when someone is reported saying them ("will")."""
    consider_cues: frozenset[str]
    """Possible cues that make the act a policy option its doer considers ("is considering sending aid")."""
    consider_code: str
    sub_codes: dict[str, dict[str, str]]
    """kind → act code prefix → the specific CAMEO code ("intend" → "084" → "0353")."""

    def specific(self, kind: str, act_code: str) -> str | None:
        """The code the codebook pairs with ``act_code`` for ``kind``; the longest prefix wins."""
        table = self.sub_codes.get(kind, {})
        for length in range(len(act_code), 1, -1):
            found = table.get(act_code[:length])
            if found is not None:
                return found
        return None


@functools.cache
def load_policy() -> StatedActPolicy:
    raw = read_json("requests.json")["stated_acts"]
    return StatedActPolicy(
        speech_roots=frozenset(raw["speech_roots"]),
        demand_cues=frozenset(raw["demand_cues"]),
        conflict_classes=frozenset(raw["conflict_classes"]),
        planned_cues_ignored=frozenset(raw["planned_cues_ignored"]),
        unreported_schedule_cues=frozenset(raw["unreported_schedule_cues"]),
        consider_cues=frozenset(raw["consider_cues"]),
        consider_code=raw["consider_code"],
        sub_codes=raw["sub_codes"],
    )


@dataclass(frozen=True, slots=True)
class StatedAct:
    """The speech act an act's modality makes: its kind, CAMEO code and the cue it was read from.

    ``by_speaker``: the act is the speaker's own (an intent, refusal or threat: its source is the act's
    source); otherwise (a demand) the speaker is the source and the act's doer the target.
    """

    kind: str
    code: str
    cue: str

    @property
    def by_speaker(self) -> bool:
        return self.kind != DEMAND


def stated_act(
    code: str, reading: Reading, table: RequestTable, policy: StatedActPolicy, *, nominal: bool
) -> StatedAct | None:
    """The speech act a coded act with this factuality ``reading`` makes, or None.

    ``code``: the CAMEO code of the act (e.g. ``"084"``). Nominal acts ("the planned visit") state no
    intent of anyone; acts that are already speech (01, 02, 03, 10–13) give none; a merely possible
    act ("may meet") is no commitment, but one its doer is considering is a policy option it
    considers (014).
    """
    if nominal or code[:2] in policy.speech_roots:
        return None
    if reading.possible:
        # "Japan is considering sending aid": no commitment, but a policy option its doer considers (014)
        considered = [word for word in reading.possible if word in policy.consider_cues]
        if considered and not reading.negated and not reading.hypothetical:
            return StatedAct(CONSIDER, policy.consider_code, considered[0])
        return None
    action_class = table.root_classes.get(code[:2])
    if action_class is None:
        return None
    kinds = table.classes.get(action_class, {})
    kind: str | None = None
    cue = ""
    if reading.hypothetical:
        demands = [word for word in reading.hypothetical if word in policy.demand_cues]
        if demands and reading.reporter is not None and not reading.negated:
            kind, cue = DEMAND, demands[0]
    else:
        planned = [word for word in reading.planned if word not in policy.planned_cues_ignored]
        if (
            reading.reporter is None
            and not reading.negated
            and all(word in policy.unreported_schedule_cues for word in planned)
        ):
            # "Ministers will discuss energy next week": news of a schedule, not a statement; but "the
            # government will not lift the ban" is news of a refusal (12x), said or not
            planned = []
        if planned:
            cue = planned[0]
            if reading.negated:
                kind = REJECT if action_class not in policy.conflict_classes else None
                cue = f"{reading.negated[0]}, {cue}"
            elif action_class in policy.conflict_classes:
                kind = THREATEN
            else:
                kind = INTEND
    if kind is None:
        return None
    specific = policy.specific(kind, code) or kinds.get(kind)
    if specific is None:
        return None
    return StatedAct(kind, specific, cue)
