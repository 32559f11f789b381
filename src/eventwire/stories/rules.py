"""The claim-tracking rules, read from ``claim_rules.json``: CAMEO code families, window, cue words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class ClaimRules:
    """``families`` maps a family name to CAMEO code prefixes: an intent to meet (036) and a meeting
    (04x) are one family, so the promise and its fulfilment match."""

    window_days: int
    families: dict[str, tuple[str, ...]]
    opening_factualities: frozenset[str]
    cancel_cues: tuple[str, ...]

    def family(self, cameo: str) -> str:
        """The family of ``cameo`` by longest matching prefix; otherwise its CAMEO root."""
        best_name, best_length = f"ROOT{cameo[:2]}", 0
        for name, prefixes in self.families.items():
            for prefix in prefixes:
                if cameo.startswith(prefix) and len(prefix) > best_length:
                    best_name, best_length = name, len(prefix)
        return best_name

    def mentions_cancellation(self, text: str) -> bool:
        lowered = text.lower()
        return any(cue in lowered for cue in self.cancel_cues)


@cache
def load_claim_rules() -> ClaimRules:
    """The packaged rules (loaded once)."""
    raw = json.loads(resources.files("eventwire.stories").joinpath("claim_rules.json").read_text("utf-8"))
    return ClaimRules(
        window_days=int(raw["window_days"]),
        families={name: tuple(prefixes) for name, prefixes in raw["families"].items()},
        opening_factualities=frozenset(raw["opening_factualities"]),
        cancel_cues=tuple(raw["cancel_cues"]),
    )
