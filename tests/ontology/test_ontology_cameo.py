"""The CAMEO codebook as shipped: complete, internally consistent, and faithful to GDELT's values."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.ontology import (
    QUAD_CLASS_NAMES,
    CameoCode,
    UnknownCameoCode,
    cameo,
    cameo_codes,
    cameo_root,
    is_cameo_code,
    plover_contexts,
    plover_types,
)
from eventwire.ontology._data import read_tsv

ROOTS = [f"{n:02d}" for n in range(1, 21)]


def expected_quad_class(root: str) -> int:
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    return 3 if number <= 13 else 4


def test_every_root_and_its_unspecified_code_is_present() -> None:
    codes = cameo_codes()
    for root in ROOTS:
        assert root in codes
        assert f"{root}0" in codes


def test_codebook_has_the_full_gdelt_table() -> None:
    codes = cameo_codes()
    assert len(codes) == 311
    assert sum(len(code) == 2 for code in codes) == 20
    assert sum(len(code) == 3 for code in codes) == 147
    assert sum(len(code) == 4 for code in codes) == 144
    for four_digit in ("0211", "1041", "1383", "0874", "2042", "1823", "1246"):
        assert four_digit in codes


@pytest.mark.parametrize("entry", list(cameo_codes().values()), ids=lambda entry: entry.code)
def test_every_code_is_complete_and_consistent(entry: CameoCode) -> None:
    assert entry.code.isdigit() and 2 <= len(entry.code) <= 4
    assert entry.name.strip() == entry.name and entry.name
    assert "not specified" not in entry.name
    assert -10.0 <= entry.goldstein <= 10.0
    assert entry.root == entry.code[:2]
    assert entry.quad_class == expected_quad_class(entry.root)
    assert entry.quad_class in QUAD_CLASS_NAMES
    if entry.root == "01":
        # PLOVER has no public-statement type: CAMEO 01 codes carry none (issue #10)
        assert entry.plover is None and entry.plover_mode is None
    else:
        assert entry.plover is not None
        plover = plover_types()[entry.plover]
        assert entry.plover_mode is None or entry.plover_mode in plover.modes
    assert set(entry.plover_contexts) <= set(plover_contexts())
    if entry.parent is not None:
        assert entry.parent in cameo_codes()
        assert cameo(entry.parent).root == entry.root


def test_codes_are_ordered_by_code() -> None:
    codes = list(cameo_codes())
    assert codes == sorted(codes)
    assert codes[:3] == ["01", "010", "011"]


@pytest.mark.parametrize(
    ("code", "name", "goldstein"),
    [
        ("040", "Consult", 1.0),
        ("190", "Use conventional military force", -10.0),
        ("036", "Express intent to meet or negotiate", 4.0),
        ("173", "Arrest, detain, or charge with legal action", -5.0),
        ("0874", "Retreat or surrender militarily", 10.0),
        ("057", "Sign formal agreement", 8.0),
        ("074", "Provide military protection or peacekeeping", 8.5),
        ("011", "Decline comment", -0.1),
        ("130", "Threaten", -4.4),
        ("13", "Threaten", -6.0),
        ("163", "Impose embargo, boycott, or sanctions", -8.0),
        ("182", "Physically assault", -9.5),
        ("1823", "Kill by physical assault", -10.0),
        ("2042", "Detonate nuclear weapons", -10.0),
    ],
)
def test_known_names_and_goldstein_scores(code: str, name: str, goldstein: float) -> None:
    entry = cameo(code)
    assert entry.name == name
    assert entry.goldstein == goldstein


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("101", "Demand material cooperation"),
        ("105", "Demand that target yields"),
        ("106", "Demand meeting, negotiation"),
        ("108", "Demand mediation"),
    ],
)
def test_demand_names_follow_the_codebook_not_gdelts_shifted_labels(code: str, name: str) -> None:
    assert cameo(code).name == name


@pytest.mark.parametrize(
    ("code", "plover", "mode"),
    [
        ("040", "CONSULT", None),
        ("041", "CONSULT", "phone"),
        ("042", "CONSULT", "visit"),
        ("043", "CONSULT", "host"),
        ("044", "CONSULT", "third-party"),
        ("045", "CONSULT", None),
        ("046", "CONSULT", None),
        ("036", "AGREE", None),
        ("0874", "RETREAT", "withdraw"),
        ("0871", "RETREAT", "ceasefire"),
        ("0841", "RETREAT", "release"),
        ("081", "CONCEDE", None),
        ("090", "ACCUSE", "investigate"),
        ("112", "ACCUSE", "allege"),
        ("1053", "REQUEST", "yield"),
        ("0233", "REQUEST", "assist"),
        ("141", "PROTEST", "demo"),
        ("142", "PROTEST", "hunger"),
        ("145", "PROTEST", "riot"),
        ("154", "MOBILIZE", "troops"),
        ("163", "COERCE", "restrict"),  # CAMEO2PLOVER-2021 and human PLOVER coders
        ("161", "SANCTION", "discontinue"),
        ("173", "COERCE", "arrest"),
        ("174", "COERCE", "deport"),
        ("1712", "ASSAULT", "destroy"),
        ("182", "ASSAULT", "beat"),
        ("183", "ASSAULT", "explosives"),
        ("193", "ASSAULT", "firearms"),
        ("195", "ASSAULT", "aerial"),
    ],
)
def test_plover_mapping_by_meaning(code: str, plover: str, mode: str | None) -> None:
    entry = cameo(code)
    assert (entry.plover, entry.plover_mode) == (plover, mode)


def test_consult_and_fight_families_map_whole() -> None:
    assert {cameo(f"04{n}").plover for n in range(7)} == {"CONSULT"}
    # blockade (191) and occupation (192) restrict rather than fight: COERCE, as CAMEO2PLOVER-2021 has it
    assert {cameo(f"19{n}").plover for n in (0, 3, 4, 5, 6)} == {"ASSAULT"}
    assert {cameo("191").plover, cameo("192").plover} == {"COERCE"}
    assert {code.plover for code in cameo_codes().values() if code.root == "20"} == {"ASSAULT"}


def test_context_is_carried_for_sectoral_codes() -> None:
    assert cameo("071").plover_contexts == ("economic",)
    assert cameo("2041").plover_contexts == ("cbrn",)
    assert cameo("040").plover_contexts == ()


def test_every_plover_type_is_reached_by_some_cameo_code() -> None:
    assert {code.plover for code in cameo_codes().values()} - {None} == set(plover_types())


def test_dropped_statement_codes_document_their_choice() -> None:
    notes = {row["code"]: row["note"] for row in read_tsv("cameo_plover.tsv")}
    for code in cameo_codes():
        if code.startswith("01"):
            assert "PLOVER has no public-statement type" in notes[code]


def test_data_files_list_the_same_codes_once() -> None:
    events = [row["code"] for row in read_tsv("cameo_events.tsv")]
    mapping = [row["code"] for row in read_tsv("cameo_plover.tsv")]
    assert len(events) == len(set(events))
    assert sorted(events) == sorted(mapping)


def test_unknown_code_error_names_the_code() -> None:
    with pytest.raises(UnknownCameoCode) as caught:
        cameo("36")
    assert "'36'" in str(caught.value)
    assert caught.value.code == "36"
    assert isinstance(caught.value, KeyError)


@pytest.mark.parametrize("bad", ["", "36", "0360", "210", "21", " 040", "040 ", "４０", "CONSULT", "1834"])
def test_near_misses_are_not_codes(bad: str) -> None:
    assert not is_cameo_code(bad)
    with pytest.raises(UnknownCameoCode):
        cameo(bad)


def test_cameo_root() -> None:
    assert cameo_root("0361") == "03"
    assert cameo_root("0874") == "08"
    assert cameo_root("19") == "19"
    assert cameo_root("1834") == "18"  # PETRARCH-era extension codes still belong to a root
    for bad in ("", "0", "21", "00", "2101", "03611", "03a", "٠٣"):
        with pytest.raises(UnknownCameoCode):
            cameo_root(bad)


def test_records_and_tables_are_read_only() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        cameo("040").goldstein = 5.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        cameo_codes()["999"] = cameo("040")  # type: ignore[index]
    assert cameo_codes() is cameo_codes()


def test_quad_class_names() -> None:
    assert dict(QUAD_CLASS_NAMES) == {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }


@given(st.text(max_size=8))
def test_cameo_on_any_string_returns_a_code_or_raises_unknown(text: str) -> None:
    try:
        entry = cameo(text)
    except UnknownCameoCode as error:
        assert error.code == text
        assert not is_cameo_code(text)
    else:
        assert entry.code == text
        assert is_cameo_code(text)


@given(st.text(alphabet="0123456789", min_size=1, max_size=5))
def test_cameo_on_digit_strings_returns_a_code_or_raises_unknown(text: str) -> None:
    try:
        assert cameo(text).code == text
    except UnknownCameoCode:
        assert text not in cameo_codes()


@given(st.sampled_from(ROOTS), st.text(alphabet="0123456789", max_size=2))
def test_cameo_root_of_root_prefixed_digits(root: str, tail: str) -> None:
    assert cameo_root(root + tail) == root


@given(st.text(max_size=6))
def test_cameo_root_on_any_string_returns_a_root_or_raises_unknown(text: str) -> None:
    try:
        root = cameo_root(text)
    except UnknownCameoCode:
        return
    assert root in ROOTS and text.startswith(root)
