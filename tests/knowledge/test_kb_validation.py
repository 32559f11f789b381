"""Bad knowledge data is refused with the file and the entry named, never half-loaded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.knowledge import KnowledgeBase, KnowledgeError

COUNTRIES: list[dict[str, Any]] = [
    {
        "code": "RUS",
        "iso3": "RUS",
        "name": "Russia",
        "aliases": ["Russian Federation"],
        "adjectives": ["Russian"],
        "demonyms": ["Russians"],
        "capital": "Moscow",
        "metonyms": [{"text": "the Kremlin", "sector": "GOV"}],
    },
    {
        "code": "KSV",
        "iso3": "XKX",
        "name": "Kosovo",
        "aliases": [],
        "adjectives": ["Kosovar"],
        "demonyms": [],
        "capital": None,
        "metonyms": [],
    },
]
ORGANISATIONS: list[dict[str, Any]] = [
    {"code": "IGOUNO", "name": "United Nations", "aliases": ["UN"], "kind": "igo", "parent": None},
    {"code": "IGOUNOSEC", "name": "UN Security Council", "aliases": [], "kind": "igo", "parent": "IGOUNO"},
]
SECTORS: list[dict[str, Any]] = [
    {"code": "GOV", "label": "Government", "terms": ["government"]},
    {"code": "MIL", "label": "Military", "terms": ["troops"]},
]
OFFICES: list[dict[str, Any]] = [{"id": "president", "sector": "GOV", "titles": ["president"]}]
PUTIN: dict[str, Any] = {
    "id": "vladimir-putin",
    "name": "Vladimir Putin",
    "aliases": ["Putin"],
    "gender": "m",
    "roles": [
        {
            "office": "president",
            "country": "RUS",
            "sector": "GOV",
            "start": "2000-05-07",
            "end": "2008-05-07",
        },
        {"office": "president", "country": "RUS", "sector": "GOV", "start": "2012-05-07", "end": None},
    ],
}


def write(root: Path, **overrides: Any) -> Path:
    """A small valid data directory, with any file's content replaced by ``overrides``."""
    files = {
        "countries": COUNTRIES,
        "organisations": ORGANISATIONS,
        "sectors": SECTORS,
        "offices": OFFICES,
        "people/a": [PUTIN],
    }
    files.update(overrides)
    (root / "people").mkdir(exist_ok=True)
    for name, content in files.items():
        text = content if isinstance(content, str) else json.dumps(content)
        (root / f"{name}.json").write_text(text, encoding="utf-8")
    return root


def with_role(**changes: Any) -> list[dict[str, Any]]:
    role = {**PUTIN["roles"][0], **changes}
    return [{**PUTIN, "roles": [role]}]


def test_valid_directory_loads(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_directory(write(tmp_path))
    assert set(kb.countries) == {"RUS", "KSV"}
    assert kb.find_people("putin")[0].id == "vladimir-putin"
    assert kb.organisations["IGOUNOSEC"].parent == "IGOUNO"


def test_people_files_are_read_in_name_order(tmp_path: Path) -> None:
    other = {**PUTIN, "id": "someone-else", "name": "Someone Else", "aliases": ["Putin"]}
    kb = KnowledgeBase.from_directory(write(tmp_path, **{"people/b": [other]}))
    assert [person.id for person in kb.people.values()] == ["vladimir-putin", "someone-else"]
    assert [person.id for person in kb.find_people("Putin")] == ["someone-else", "vladimir-putin"]


@pytest.mark.parametrize(
    ("overrides", "file", "fragment"),
    [
        ({"people/a": with_role(office="tsar")}, "people/a.json", "unknown office 'tsar'"),
        ({"people/a": with_role(country="XXX")}, "people/a.json", "unknown country or organisation 'XXX'"),
        ({"people/a": with_role(sector="ZZZ")}, "people/a.json", "unknown sector 'ZZZ'"),
        ({"people/a": with_role(start="2000-02-30")}, "people/a.json", "not a real date"),
        ({"people/a": with_role(start="07.05.2000")}, "people/a.json", "must be a date YYYY-MM-DD"),
        ({"people/a": with_role(start="2009-01-01", end="2008-01-01")}, "people/a.json", "after it ends"),
        ({"people/a": [PUTIN, PUTIN]}, "people/a.json", "duplicate person id"),
        ({"people/b": [PUTIN]}, "people/b.json", "first in"),
        ({"people/a": [{**PUTIN, "gender": "x"}]}, "people/a.json", "'gender'"),
        ({"countries": [*COUNTRIES, COUNTRIES[0]]}, "countries.json", "duplicate country code"),
        ({"countries": [COUNTRIES[0], {**COUNTRIES[1], "iso3": "RUS"}]}, "countries.json", "duplicate ISO-3"),
        ({"countries": [{**COUNTRIES[0], "name": ""}]}, "countries.json", "'name' must be"),
        (
            {"countries": [{**COUNTRIES[0], "metonyms": [{"text": "Moscow", "sector": "XXX"}]}]},
            "countries.json",
            "unknown sector 'XXX'",
        ),
        ({"offices": [{"id": "president", "sector": "XXX", "titles": []}]}, "offices.json", "unknown sector"),
        (
            {"organisations": [{**ORGANISATIONS[0], "parent": "IGONOPE"}]},
            "organisations.json",
            "unknown parent",
        ),
        ({"organisations": [{**ORGANISATIONS[0], "kind": "club"}]}, "organisations.json", "'kind'"),
        ({"sectors": "{not json"}, "sectors.json", "not valid JSON"),
        ({"sectors": {"GOV": "Government"}}, "sectors.json", "expected a JSON list"),
        ({"sectors": [["GOV"]]}, "sectors.json", "expected a JSON object"),
    ],
)
def test_bad_data_names_file_and_problem(
    tmp_path: Path, overrides: dict[str, Any], file: str, fragment: str
) -> None:
    with pytest.raises(KnowledgeError) as caught:
        KnowledgeBase.from_directory(write(tmp_path, **overrides))
    message = str(caught.value)
    assert file in message
    assert fragment in message


def test_overlapping_terms_of_the_same_office_are_refused(tmp_path: Path) -> None:
    roles = [
        {
            "office": "president",
            "country": "RUS",
            "sector": "GOV",
            "start": "2000-05-07",
            "end": "2008-05-07",
        },
        {"office": "president", "country": "RUS", "sector": "GOV", "start": "2008-05-07", "end": None},
    ]
    with pytest.raises(KnowledgeError, match="overlapping periods") as caught:
        KnowledgeBase.from_directory(write(tmp_path, **{"people/a": [{**PUTIN, "roles": roles}]}))
    assert "vladimir-putin" in str(caught.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    write(tmp_path)
    (tmp_path / "offices.json").unlink()
    with pytest.raises(KnowledgeError, match=r"offices\.json: file: missing"):
        KnowledgeBase.from_directory(tmp_path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.text(max_size=6), "name": st.text(max_size=6)},
            optional={"aliases": json_values, "gender": json_values, "roles": json_values},
        ),
        max_size=3,
    )
)
def test_arbitrary_people_files_load_or_fail_cleanly(
    tmp_path_factory: pytest.TempPathFactory, people: Any
) -> None:
    root = write(tmp_path_factory.mktemp("kb"), **{"people/a": people})
    try:
        kb = KnowledgeBase.from_directory(root)
    except KnowledgeError as error:
        assert "people/a.json" in str(error)
    else:
        assert len(kb.people) == len(people)
