"""The lexicons are data: every row must parse and name a real CAMEO code (or the null code), together
they cover all 20 roots, and real phrasings of wire copy match the row they were written for."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest
from spacy.language import Language

from eventwire.coder.cues import load_cues
from eventwire.coder.lexicon import CONDITION_KINDS, NULL_CODE, load_lexicon
from eventwire.nlp import load_pipeline
from eventwire.ontology import cameo_root, is_cameo_code

VERB_CASES: list[tuple[str, str, str | None]] = [
    # 01 statements
    ("The foreign minister said the border would stay closed.", "said", "010"),
    ("The president told lawmakers that the war would end soon.", "told", "010"),
    ("The ministry announced that the embassy would reopen.", "announced", "010"),
    ("The government announced new sanctions on Iran.", "announced", None),
    ("The spokesman declined to comment on the report.", "declined", "011"),
    ("The envoy expressed concern over the fighting in Darfur.", "expressed", "012"),
    ("The agency warned of a humanitarian catastrophe in Gaza.", "warned", "012"),
    ("Moscow warned of a tough response if the missiles were delivered.", "warned", "130"),
    ("The minister expressed hope that talks would resume.", "expressed", "013"),
    ("The cabinet is weighing a proposal to cut aid.", "weighing", "014"),
    ("The group claimed responsibility for the bombing.", "claimed", "015"),
    ("The army denied responsibility for the deaths.", "denied", "016"),
    ("The president laid a wreath at the war memorial.", "laid", "017"),
    ("Leaders paid tribute to the victims of the attack.", "paid", "018"),
    ("The mayor mourned the victims of the flood.", "mourned", "018"),
    ("Germany concurred with the French assessment.", "concurred", "019"),
    ("The premier delivered a speech to parliament.", "delivered", "010"),
    ("The minister held a press conference in Kyiv.", "held", "010"),
    # 02, 03
    ("The president pressured Congress to approve the aid.", "pressured", "100"),  # a demand (codebook 1052)
    ("Tehran signalled willingness to resume talks.", "signalled", "030"),
    ("Hamas vowed revenge for the killing of its commander.", "vowed", "138"),
    # 04
    ("The two leaders sat down with mediators in Doha.", "sat", "040"),
    ("The chancellor paid a visit to Warsaw.", "paid", "042"),
    ("The king received the visiting prime minister.", "received", "043"),
    ("The company received a letter from the regulator.", "received", None),
    ("The rebels entered into negotiations with the government.", "entered", "046"),
    # 05
    ("The EU welcomed the decision to release the prisoners.", "welcomed", "051"),
    ("Britain defended its decision to recognise Palestine.", "defended", "052"),
    ("The goalkeeper defended the penalty brilliantly.", "defended", None),
    ("The two countries inked a defence pact on Monday.", "inked", "057"),
    ("Washington struck a deal with Beijing over tariffs.", "struck", "057"),
    ("The band struck a chord with fans.", "struck", None),
    ("Rwanda and Congo established diplomatic relations.", "established", "054"),
    ("The government offered an apology to the victims.", "offered", "055"),
    # 06, 07
    ("France teamed up with Germany on the project.", "teamed", "060"),
    ("Canada extended a loan to Ukraine.", "extended", "071"),
    ("The courier delivered the parcel on time.", "delivered", None),
    ("The United States delivered weapons to Kyiv.", "delivered", "072"),
    ("The UN deployed peacekeepers to the border.", "deployed", "074"),
    ("Sweden gave asylum to the dissident.", "gave", "075"),
    # 08
    ("The government backed down over the tax plan.", "backed", "080"),
    ("The junta caved in to international pressure.", "caved", "080"),
    ("The army removed its troops from the border area.", "removed", "087"),
    ("The rebels laid down their arms.", "laid", "087"),
    ("The singer released a new album.", "released", None),
    ("Russia withdrew its ambassador from London.", "withdrew", "161"),
    ("Washington pulled out of the nuclear deal.", "pulled", "160"),
    # 09, 10
    ("The court ordered an investigation into the killings.", "ordered", "090"),
    ("Police looked into the allegations.", "looked", "090"),
    ("The opposition issued a list of demands to the government.", "issued", "100"),
    # 11
    ("The senator took aim at the White House over tariffs.", "took", "111"),
    ("The prime minister rounded on his critics.", "rounded", "111"),
    ("The minister lashed out at the European Commission.", "lashed", "111"),
    ("China hit out at Washington over the visit.", "hit", "111"),
    ("Shares hit a record high on Tuesday.", "hit", None),
    ("The president mocked his rival at a rally.", "mocked", "111"),
    ("Protesters ridiculed the government.", "ridiculed", "111"),
    ("The ministry delivered a protest note to the ambassador.", "delivered", "114"),
    # 12
    ("Poland snubbed the invitation to the summit.", "snubbed", "120"),
    ("The prime minister declined an invitation to visit Moscow.", "declined", "120"),
    ("The delegation walked out of the talks.", "walked", "164"),
    # 13
    ("The general issued a threat against the rebels.", "issued", "130"),
    # 14
    ("Thousands staged a protest against the new law.", "staged", "141"),
    ("Farmers held a rally outside parliament.", "held", "141"),
    ("Rioters torched cars in the capital.", "torched", "145"),
    ("Protesters burned the national flag.", "burned", "140"),
    # 15
    ("Russia amassed troops on the border.", "amassed", "154"),
    ("North Korea tested a ballistic missile.", "tested", "150"),
    ("Police stepped up security in the capital.", "stepped", "150"),
    # 16
    ("Ottawa suspended cooperation with Riyadh.", "suspended", "161"),
    ("The club suspended the player for two games.", "suspended", None),
    ("Washington delayed aid to Egypt.", "delayed", "162"),
    ("The country expelled UN inspectors.", "expelled", "1662"),
    ("The regime kicked out foreign journalists.", "kicked", "174"),
    # 17
    ("Security forces cracked down on protesters.", "cracked", "175"),
    ("The government clamped down on dissent.", "clamped", "175"),
    ("Police rounded up dozens of activists.", "rounded", "173"),
    ("Soldiers torched homes in the village.", "torched", "1712"),
    ("Police placed the opposition leader under arrest.", "placed", "173"),
    ("Authorities demolished the homes of the families.", "demolished", "1712"),
    # 18
    ("Gunmen hijacked a bus near the border.", "hijacked", "181"),
    ("Militants detonated a car bomb at the checkpoint.", "detonated", "183"),
    ("Gunmen gunned down a police officer.", "gunned", "190"),
    # 19
    ("Rebels overran an army base in the north.", "overran", "192"),
    ("Soldiers stormed the compound.", "stormed", "190"),
    ("The militia seized control of the airport.", "seized", "192"),
    ("Investors seized the opportunity.", "seized", None),
    ("Firefighters fought the blaze for hours.", "fought", None),
    ("The army repelled an attack on the town.", "repelled", "190"),
    # 20
    ("The militia slaughtered villagers in the region.", "slaughtered", "202"),
]

NOUN_CASES: list[tuple[str, str, str]] = [
    ("The crackdown on protesters drew criticism.", "crackdown", "175"),
    ("The ambush on the convoy killed ten soldiers.", "ambush", "190"),
    ("The accord between the two states was signed in Oslo.", "accord", "057"),
    ("The walkout from parliament lasted an hour.", "walkout", "143"),
    ("The boycott of the games was announced.", "boycott", "143"),
    ("The apology to the victims came late.", "apology", "055"),
    ("The criticism of the plan grew.", "criticism", "111"),
    ("The siege of the city lasted months.", "siege", "191"),
]


def _data_lines(name: str) -> list[str]:
    text = resources.files("eventwire.coder").joinpath("data", name).read_text(encoding="utf-8")
    return text.splitlines()


def _verb_rows() -> list[list[str]]:
    return [
        line.split("\t") for line in _data_lines("verbs.tsv") if line.strip() and not line.startswith("#")
    ]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_every_lexicon_code_is_a_cameo_code() -> None:
    lexicon = load_lexicon()
    codes = [entry.code for rows in lexicon.verbs.values() for entry in rows if entry.code != NULL_CODE]
    codes += [entry.code for entry in lexicon.nouns.values()]
    unknown = sorted({code for code in codes if not is_cameo_code(code)})
    assert unknown == []


def test_nouns_never_carry_the_null_code() -> None:
    assert all(entry.code != NULL_CODE for entry in load_lexicon().nouns.values())


def test_every_row_parses_field_by_field() -> None:
    """Each condition is kind=values with a known kind and no empty value; slots and codes are well formed."""
    for fields in _verb_rows():
        assert len(fields) == 5, fields
        lemma, requires, source, target, code = fields
        assert lemma == lemma.strip().lower() and lemma, fields
        if requires != "-":
            for part in requires.split(","):
                kind, _, values = part.partition("=")
                assert kind in CONDITION_KINDS, fields
                assert values and all(values.split("|")), fields
        assert source and target, fields
        assert code == NULL_CODE or is_cameo_code(code), fields


def test_no_row_is_written_twice() -> None:
    counts = Counter((fields[0], fields[1]) for fields in _verb_rows())
    assert [key for key, n in counts.items() if n > 1] == []
    nouns = Counter(line.split("\t")[0] for line in _data_lines("nouns.tsv") if line and line[0] != "#")
    assert [noun for noun, n in nouns.items() if n > 1] == []


def test_every_root_has_a_section_header() -> None:
    headers = {line[6:8] for line in _data_lines("verbs.tsv") if line.startswith("# --- ")}
    assert headers == {f"{n:02d}" for n in range(1, 21)}


def test_lexicon_covers_all_twenty_roots() -> None:
    lexicon = load_lexicon()
    codes = [e.code for rows in lexicon.verbs.values() for e in rows if e.code != NULL_CODE]
    roots = Counter(cameo_root(code) for code in codes)
    assert set(roots) == {f"{n:02d}" for n in range(1, 21)}
    assert all(n >= 5 for n in roots.values()), roots


def test_statements_are_coded_like_every_other_root() -> None:
    codes = {e.code for rows in load_lexicon().verbs.values() for e in rows}
    assert {"010", "011", "012", "013", "014", "015", "016", "017", "018", "019"} <= codes


def test_common_wire_phrasings_are_present() -> None:
    verbs = load_lexicon().verbs
    for lemma in (
        "say",
        "tell",
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
        "mock",
        "overrun",
        "hijack",
    ):
        assert lemma in verbs, lemma


def test_everyday_lemmas_have_no_bare_row() -> None:
    """An everyday verb is coded only with the object that makes it political ("deliver weapons")."""
    verbs = load_lexicon().verbs
    for lemma in ("deliver", "provide", "gather", "defend", "celebrate", "receive", "welcome", "launch"):
        assert all(entry.conditions for entry in verbs.get(lemma, ())), lemma
    assert all(entry.conditions for entry in verbs["suspend"])


def test_specific_rows_are_tried_before_bare_rows() -> None:
    for rows in load_lexicon().verbs.values():
        seen_bare = False
        for entry in rows:
            if not entry.conditions:
                seen_bare = True
            assert not (seen_bare and entry.conditions), entry.rule


def test_a_row_that_names_more_is_tried_first() -> None:
    """Of two rows of a lemma where one asks everything the other does and more, the narrower one comes
    first; otherwise the wider row would always win."""
    for rows in load_lexicon().verbs.values():
        for i, wide in enumerate(rows):
            for narrow in rows[i + 1 :]:
                if not wide.conditions or len(narrow.conditions) <= len(wide.conditions):
                    continue
                by_kind = {(c.kind, c.values) for c in narrow.conditions}
                narrower = all(
                    any(k == c.kind and v <= c.values for k, v in by_kind) for c in wide.conditions
                )
                assert not narrower, f"{narrow.rule} is shadowed by {wide.rule}"


@pytest.mark.parametrize(("sentence", "word", "code"), VERB_CASES, ids=[c[0][:48] for c in VERB_CASES])
def test_verb_phrasing(nlp: Language, sentence: str, word: str, code: str | None) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    entry = load_lexicon().match_verb(token)
    assert (entry.code if entry else None) == code, entry.rule if entry else None


@pytest.mark.parametrize(("sentence", "word", "code"), NOUN_CASES, ids=[c[0][:48] for c in NOUN_CASES])
def test_noun_phrasing(nlp: Language, sentence: str, word: str, code: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    entry = load_lexicon().match_noun(token)
    assert entry is not None and entry.code == code


def test_cue_lists_load() -> None:
    cues = load_cues()
    assert "may" in cues.possible_modals and "say" in cues.reporting_verbs
    assert cues.negating_particles["rule"] == "out"
