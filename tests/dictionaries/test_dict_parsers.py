"""The four PETRARCH dictionary parsers, on snippets written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.dictionaries import Dictionaries, DictionaryFormatError, DictionaryKind
from eventwire.dictionaries.actors import parse_actors
from eventwire.dictionaries.agents import parse_agents
from eventwire.dictionaries.discards import parse_discards
from eventwire.dictionaries.loading import sniff_kind
from eventwire.dictionaries.source_lines import content_lines
from eventwire.dictionaries.verbs import ElementKind, parse_verbs, regular_forms

ACTORS = """\
<!-- a test actor list
     spanning lines -->
VALDORIA [VAL]  # the country
+VALDORIAN
+NEW_VALDOR_CITY

KESTREL_PARTY_ [VALPTY]
MARA_QUILL
\t[VALGOV 20170120-20210119]  # as premier
\t[VALOPP >20210119]
\t[VALELI <170120]
THE_TWIN_CROWNS [VAL/KES]
NOBODY_SPECIAL [---]
"""


def test_actor_entries_names_synonyms_and_codes() -> None:
    entries = parse_actors(ACTORS, "test.actors.txt")
    assert [entry.names[0] for entry in entries] == [
        ("VALDORIA",),
        ("KESTREL", "PARTY"),
        ("MARA", "QUILL"),
        ("THE", "TWIN", "CROWNS"),
        ("NOBODY", "SPECIAL"),
    ]
    assert entries[0].names[1:] == (("VALDORIAN",), ("NEW", "VALDOR", "CITY"))
    assert entries[0].codes_on(None) == ("VAL",)
    assert entries[3].codes_on(None) == ("VAL", "KES")
    assert entries[4].codes_on(None) == ("---",)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2016, 5, 1), ("VALELI",)),
        (dt.date(2017, 1, 20), ("VALGOV",)),
        (dt.date(2021, 1, 19), ("VALGOV",)),
        (dt.date(2021, 1, 20), ("VALOPP",)),
    ],
)
def test_dated_codes_are_picked_by_date(day: dt.date, expected: tuple[str, ...]) -> None:
    quill = parse_actors(ACTORS)[2]
    assert quill.codes_on(day) == expected


def test_first_matching_restriction_wins_and_undated_is_the_fallback() -> None:
    entry = parse_actors("ORIN_VALE [ORN]\n  [ORNSPY 20100101-20100105]\n  [ORNMIL 20090101-20111231]\n")[0]
    assert entry.codes_on(dt.date(2010, 1, 3)) == ("ORNSPY",)
    assert entry.codes_on(dt.date(2011, 6, 1)) == ("ORNMIL",)
    assert entry.codes_on(dt.date(2015, 1, 1)) == ("ORN",)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("+ORPHAN_SYNONYM\n", 1, "synonym before any actor"),
        ("GOOD [ABC]\nBAD [ABC 2020]\n", 2, "cannot read actor code"),
        ("GOOD [ABC]\nBAD [ABC 20201340-20201350]\n", 2, "bad date"),
        ("\n\nBROKEN [ABC\n", 3, "unbalanced bracket"),
    ],
)
def test_actor_errors_name_file_and_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(DictionaryFormatError) as caught:
        parse_actors(text, "mine.actors.txt")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"mine.actors.txt:{line}:")
    assert fragment in str(caught.value)


AGENTS = """\
!OFFICER! = OFFICER, OFFICERS, CHIEF
HARBOUR_WARDEN [~COP]
RELIEF_AGENCY {} [NGO~]
LIGHTHOUSE_KEEPER {LIGHTHOUSE_KEEPERS_ALL} [ ~LAB ]
CUSTOMS_!OFFICER! [~GOV]
DEPUTY [~GOV]
"""


def test_agent_codes_plurals_and_substitutions() -> None:
    warden, agency, keeper, customs, deputy = parse_agents(AGENTS, "t.agents.txt")
    assert (warden.code, warden.prefix) == ("COP", False)
    assert ("HARBOUR", "WARDENS") in warden.names
    assert (agency.code, agency.prefix) == ("NGO", True)
    assert agency.names == (("RELIEF", "AGENCY"),)
    assert keeper.names == (("LIGHTHOUSE", "KEEPER"), ("LIGHTHOUSE", "KEEPERS", "ALL"))
    assert ("CUSTOMS", "CHIEF") in customs.names and ("CUSTOMS", "OFFICERS") in customs.names
    assert ("DEPUTIES",) in deputy.names


def test_agent_errors_name_file_and_line() -> None:
    with pytest.raises(DictionaryFormatError, match=r"a\.txt:2: .*~"):
        parse_agents("GOOD [~GOV]\nBAD [GOV]\n", "a.txt")
    with pytest.raises(DictionaryFormatError, match=r"a\.txt:1: undefined substitution"):
        parse_agents("X_!NOPE! [~GOV]\n", "a.txt")


VERBS = """\
&WEAPONS
+ROCKETS
+HEAVY GUNS

&ARMS
+&WEAPONS
+MUNITIONS

--- PARLEY  [031:032] ---
PARLEY  {PARLEYED}
HAGGLE [035]
+STEP_DOWN {+STEPPED_DOWN}
- + WAS_ * BY $  [036]
- * OVER &ARMS [037]  # a comment
- NOT_* [---]

--- TROUBLED [---] # a commented close ---
TROUBLED
- SAID ^ * [131]
"""


def test_verb_blocks_synsets_and_patterns() -> None:
    verbs = parse_verbs(VERBS, "t.verbs.txt")
    assert verbs.synsets == {
        "WEAPONS": [("ROCKETS",), ("HEAVY", "GUNS")],
        "ARMS": [("&WEAPONS",), ("MUNITIONS",)],
    }
    parley, troubled = verbs.blocks
    assert (parley.code, troubled.code) == ("031:032", "---")
    assert [verb.code for verb in parley.verbs] == [None, "035", None]
    assert ("PARLEYED",) in parley.verbs[0].forms and ("PARLEYING",) in parley.verbs[0].forms
    assert ("STEPPED", "DOWN") in parley.verbs[2].forms and parley.verbs[2].head == 0
    passive, arms, negated = parley.patterns
    assert [element.kind for element in passive.before] == [ElementKind.TARGET, ElementKind.WORD]
    assert passive.before[1].joined_next and not passive.before[0].joined_next
    assert [element.kind for element in passive.after] == [ElementKind.WORD, ElementKind.SOURCE]
    assert arms.after[1].value == "ARMS" and arms.code == "037"
    assert negated.before[0].joined_next and negated.code == "---"
    assert troubled.patterns[0].before[1].kind is ElementKind.SKIP


def test_verb_with_marked_head_inside_phrase() -> None:
    verbs = parse_verbs("--- TAP [171] ---\nWIRE_+TAP {WIRE_+TAPPED}\n")
    entry = verbs.blocks[0].verbs[0]
    assert entry.head == 1 and ("WIRE", "TAPPED") in entry.forms and ("WIRE", "TAPS") in entry.forms


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("- * ORPHAN [010]\n", 1, "pattern outside a verb block"),
        ("--- GO [010] ---\nGO\n- * NOWHERE\n", 3, "needs a [code]"),
        ("--- GO [010] ---\nGO\n- TWO * STARS * [010]\n", 3, "exactly one '*'"),
        ("--- GO [010] ---\nGO\n- * (MAYBE) [010]\n", 3, "unsupported pattern syntax"),
        ("--- GO ---\n", 1, "header"),
    ],
)
def test_verb_errors_name_file_and_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(DictionaryFormatError) as caught:
        parse_verbs(text, "v.txt")
    assert caught.value.line == line and fragment in str(caught.value)


def test_regular_verb_forms() -> None:
    assert regular_forms("CARRY") == ("CARRY", "CARRIES", "CARRIED", "CARRYING")
    assert regular_forms("SEIZE") == ("SEIZE", "SEIZES", "SEIZED", "SEIZING")
    assert regular_forms("PUSH") == ("PUSH", "PUSHES", "PUSHED", "PUSHING")


def test_discards_sentence_and_story_level() -> None:
    entries = parse_discards("# header\nCUP FINAL\n+HORSE_RACING  # story\n")
    assert [(entry.words, entry.story) for entry in entries] == [
        (("CUP", "FINAL"), False),
        (("HORSE", "RACING"), True),
    ]


def test_kind_is_sniffed_from_name_then_content(tmp_path: Path) -> None:
    assert sniff_kind(Path("x.agents.txt"), "") is DictionaryKind.AGENTS
    assert sniff_kind(Path("mine.txt"), VERBS) is DictionaryKind.VERBS
    assert sniff_kind(Path("mine.txt"), AGENTS) is DictionaryKind.AGENTS
    assert sniff_kind(Path("mine.txt"), ACTORS) is DictionaryKind.ACTORS
    assert sniff_kind(Path("mine.txt"), "CUP FINAL\n") is DictionaryKind.DISCARDS
    (tmp_path / "a.txt").write_text(ACTORS)
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    assert len(Dictionaries.load([tmp_path / "a.txt"]).actors) == 5
    with pytest.raises(DictionaryFormatError, match="not UTF-8"):
        Dictionaries.load([tmp_path / "b.txt"])


_LINE_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=60)


@given(st.lists(_LINE_TEXT, max_size=12))
def test_parsers_raise_only_format_errors_on_any_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    for parse in (parse_actors, parse_agents, parse_discards, parse_verbs):
        try:
            parse(text, "fuzz.txt")
        except DictionaryFormatError as error:
            # a generated "line" may itself hold line breaks: bound by the lines the parser sees
            assert error.path == "fuzz.txt" and 1 <= error.line <= text.count("\n") + 1


@given(
    st.lists(st.sampled_from(["A [X]", "+B", "  [Y >20200101]", "# c", "<!-- x", "y -->", ""]), max_size=15)
)
def test_comment_stripping_keeps_line_numbers(lines: list[str]) -> None:
    numbers = [source.number for source in content_lines("\n".join(lines))]
    assert numbers == sorted(numbers) and all(1 <= number <= len(lines) for number in numbers)
