"""Gold readers: JSONL and PETRARCH-shaped XML fixtures written for these tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.eval import GoldEvent, GoldFormatError, GoldRecord, parse_gold, read_gold

_JSONL_OBJECTS: tuple[dict[str, object], ...] = (
    {
        "id": "talks-1",
        "text": "Russia may meet the United States in Geneva next week.",
        "date": "2024-03-05",
        "events": [{"source": "RUSGOV", "target": "USAGOV", "code": "040", "factuality": "possible"}],
    },
    {"id": "quiet-2", "text": "Nothing happened.", "date": None, "events": []},
    {
        "id": 3,
        "text": "Ukraine's army shelled rebel positions; the UN condemned it.",
        "date": "2024-03-06",
        "category": "mixed",
        "events": [
            {"source": "UKRMIL", "target": "UKRREB", "code": "195"},
            {"source": "IGOUNO", "target": None, "code": "122"},
        ],
    },
)
JSONL_GOLD = "\n".join(json.dumps(record) for record in _JSONL_OBJECTS)

PETRARCH_XML = """<Validation>
<!-- a tiny file in the shape of the PETRARCH unit-test records -->
<Environment><Verbfile>verbs.txt</Verbfile></Environment>
<Sentences>
<Config option="require_dyad" value="true"></Config>
<Sentence date="20150105" id="MINI-01" category="DEMO" sentence="true">
<!-- a comment inside the record -->
<EventCoding sourcecode="FRA" targetcode="DEU" eventcode="042"></EventCoding>
<EventCoding sourcecode='"THE NEW COUNCIL"' targetcode="DEUGOV" eventcode="1011"></EventCoding>
<Text>
France's president   visited
Berlin on Monday.
</Text>
<Parse>(ROOT (S (NP (NNP France)) (VP (VBD visited))))</Parse>
</Sentence>
<Sentence date = "20150106" id = "MINI-02" category="DEMO" sentence="false">
<EventCoding noevents = "True"> </EventCoding>
<Text>The weather was fine.</Text>
</Sentence>
<Sentence date="20150107" id="MINI-03" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>PARIS, Jan 7 (Wire)</Text>
</Sentence>
<Sentence date="20150108" id="MINI-02" category="DEMO" sentence="true">
<EventCoding sourcecode="ESP" targetcode="" eventcode="010"></EventCoding>
<Text>Spain made a statement.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_jsonl_records_are_read_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(JSONL_GOLD + "\n\n", encoding="utf-8")
    records = read_gold(path)
    assert [record.id for record in records] == ["talks-1", "quiet-2", "3"]
    assert records[0] == GoldRecord(
        id="talks-1",
        text="Russia may meet the United States in Geneva next week.",
        date=dt.date(2024, 3, 5),
        events=(GoldEvent("RUSGOV", "USAGOV", "040", "possible"),),
        category=None,
    )
    assert records[1].date is None and records[1].events == ()
    assert records[2].category == "mixed"
    assert records[2].events == (
        GoldEvent("UKRMIL", "UKRREB", "195", "asserted"),
        GoldEvent("IGOUNO", None, "122", "asserted"),
    )


def test_petrarch_xml_records(tmp_path: Path) -> None:
    path = tmp_path / "validation.txt"  # sniffed from content, not from the suffix
    path.write_text(PETRARCH_XML, encoding="utf-8")
    records = read_gold(path)
    assert [record.id for record in records] == ["MINI-01", "MINI-02", "MINI-03", "MINI-02#2"]
    first = records[0]
    assert first.text == "France's president visited Berlin on Monday."
    assert first.date == dt.date(2015, 1, 5)
    assert first.category == "DEMO"
    assert first.events == (GoldEvent("FRA", "DEU", "042"), GoldEvent("THE NEW COUNCIL", "DEUGOV", "1011"))
    assert records[1].events == () and records[1].text == "The weather was fine."
    assert records[2].events == ()  # an expected rejection scores as "no event"
    assert records[3].events == (GoldEvent("ESP", None, "010"),)


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ('{"id": "a", "text": "x", "events": []}\n{"id": "b", "text": "y"', 2, "invalid JSON"),
        ('{"id": "a", "text": "x", "events": []}\n[1, 2]', 2, "JSON object"),
        ('{"id": "", "text": "x", "events": []}', 1, '"id"'),
        ('{"id": "a", "text": 5, "events": []}', 1, '"text"'),
        ('{"id": "a", "text": "x"}', 1, '"events"'),
        ('{"id": "a", "text": "x", "date": "05/03/2024", "events": []}', 1, "bad date"),
        ('{"id": "a", "text": "x", "events": [{"source": "RUS"}]}', 1, '"code"'),
        ('{"id": "a", "text": "x", "events": [{"code": "040", "source": 7}]}', 1, '"source"'),
        ('{"id": "a", "text": "x", "events": [{"code": "040", "factuality": "maybe"}]}', 1, "factuality"),
        ('{"id": "a", "text": "x", "events": []}\n\n{"id": "a", "text": "y", "events": []}', 3, "duplicate"),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path: Path, content: str, line: int, fragment: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as caught:
        read_gold(path)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        (
            "<Validation>\n<Sentence id='a' date='20150101'>\n<Text>x</Text>\n</Validation>",
            4,
            "malformed XML",
        ),
        ("<Validation>\n<Sentence date='20150101'><Text>x</Text></Sentence></Validation>", 2, '"id"'),
        (
            "<Validation>\n\n<Sentence id='a' date='2015-13-45'><Text>x</Text></Sentence></Validation>",
            3,
            "date",
        ),
        ("<Validation><Sentence id='a'>\n<Text> </Text></Sentence></Validation>", 1, "no <Text>"),
        (
            "<Validation><Sentence id='a'><Text>x</Text>\n<EventCoding sourcecode='A'/></Sentence>"
            "</Validation>",
            2,
            "eventcode",
        ),
        (
            "<Validation><Sentence id='a'>\n<Text>x &bogus; y</Text></Sentence></Validation>",
            2,
            "malformed XML",
        ),
    ],
)
def test_bad_xml_names_file_and_line(tmp_path: Path, content: str, line: int, fragment: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError) as caught:
        read_gold(path)
    assert caught.value.line == line
    assert str(path) in str(caught.value)
    assert fragment in str(caught.value)


def test_xml_with_doctype_is_rejected_before_any_entity_expands() -> None:
    billion_laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
        "<Validation><Sentence id='a'><Text>&lol2;</Text></Sentence></Validation>"
    )
    with pytest.raises(GoldFormatError, match="DOCTYPE"):
        parse_gold(billion_laughs, origin="evil.xml")
    external = (
        '<!DOCTYPE v SYSTEM "file:///etc/passwd">'
        "<Validation><Sentence id='a'><Text>x</Text></Sentence></Validation>"
    )
    with pytest.raises(GoldFormatError, match="DOCTYPE"):
        parse_gold(external, origin="evil.xml")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"id,text\n1,hello\n", "unknown gold format"),
        (b"<Validation></Validation>", "no records"),
        (b'{"id": "a", "text": "\xff", "events": []}', "UTF-8"),
    ],
)
def test_unreadable_content(content: bytes, fragment: str) -> None:
    with pytest.raises(GoldFormatError, match=fragment):
        parse_gold(content, origin="gold.data")


def test_missing_file_is_a_gold_format_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        read_gold(tmp_path / "absent.jsonl")


def test_byte_order_mark_and_crlf_are_accepted() -> None:
    data = ("\ufeff" + JSONL_GOLD.replace("\n", "\r\n")).encode("utf-8")
    assert [record.id for record in parse_gold(data)] == ["talks-1", "quiet-2", "3"]


_json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
_json_values = st.recursive(
    _json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=12,
)
_gold_like_events = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "source": _json_values,
            "target": _json_values,
            "code": st.sampled_from(["040", "", " ", "1011"]) | _json_values,
            "factuality": st.sampled_from(["asserted", "planned", "maybe"]) | _json_values,
        },
    )
    | _json_values,
    max_size=3,
)
_gold_like_records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=6) | st.integers() | _json_values,
        "text": st.text(max_size=20) | _json_values,
        "date": st.sampled_from(["2024-03-05", "20240305", "2024-02-30", ""]) | _json_values,
        "category": _json_values,
        "events": _gold_like_events,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_gold_like_records | _json_values, min_size=1, max_size=4))
def test_jsonl_reader_only_raises_gold_format_error_on_structured_input(lines: list[object]) -> None:
    content = "\n".join(json.dumps(line) for line in lines)
    try:
        records = parse_gold(content, origin="fuzz.jsonl")
    except GoldFormatError:
        return
    assert all(isinstance(record, GoldRecord) for record in records)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200) | st.binary(max_size=200))
def test_reader_only_raises_gold_format_error_on_arbitrary_content(content: str | bytes) -> None:
    prefixes = ("", "{", "<", "<Validation><Sentence id='a'>")
    for prefix in prefixes:
        data = prefix + content if isinstance(content, str) else prefix.encode() + content
        with contextlib.suppress(GoldFormatError):
            parse_gold(data, origin="fuzz")
