"""The lexicons are data: every row must name a real CAMEO code, and together they cover all 20 roots."""

from __future__ import annotations

from eventwire.coder.cues import load_cues
from eventwire.coder.lexicon import load_lexicon
from eventwire.ontology import cameo_root, is_cameo_code


def test_every_lexicon_code_is_a_cameo_code() -> None:
    lexicon = load_lexicon()
    codes = [entry.code for rows in lexicon.verbs.values() for entry in rows]
    codes += [entry.code for entry in lexicon.nouns.values()]
    unknown = sorted({code for code in codes if not is_cameo_code(code)})
    assert unknown == []


def test_lexicon_covers_all_twenty_roots() -> None:
    lexicon = load_lexicon()
    roots = {cameo_root(entry.code) for rows in lexicon.verbs.values() for entry in rows}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_common_wire_phrasings_are_present() -> None:
    verbs = load_lexicon().verbs
    for lemma in (
        "meet",
        "hold",
        "visit",
        "host",
        "sign",
        "agree",
        "pledge",
        "urge",
        "call",
        "accuse",
        "condemn",
        "reject",
        "threaten",
        "sanction",
        "protest",
        "attack",
        "shell",
        "kill",
        "arrest",
        "deploy",
        "withdraw",
        "send",
    ):
        assert lemma in verbs, lemma


def test_specific_rows_are_tried_before_bare_rows() -> None:
    for rows in load_lexicon().verbs.values():
        seen_bare = False
        for entry in rows:
            if not entry.conditions:
                seen_bare = True
            assert not (seen_bare and entry.conditions), entry.rule


def test_cue_lists_load() -> None:
    cues = load_cues()
    assert "may" in cues.possible_modals and "say" in cues.reporting_verbs
    assert cues.negating_particles["rule"] == "out"
