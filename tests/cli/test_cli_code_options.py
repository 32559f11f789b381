"""``eventwire code`` through CliRunner: output formats, options, stdin, hostile HTML and odd JSONL.

One module so the Coder's spaCy pipeline loads once for all of them. Known bugs are strict xfails: when
one is fixed the test starts passing and the marker must go.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from eventwire.cli import app

GOOD_SENTENCE = "Poland delivered 100 generators to Ukraine."
DATE = "2025-11-12"

runner = CliRunner()


def invoke(*args: str, stdin: bytes | str | None = None) -> Result:
    return runner.invoke(app, ["code", *args], input=stdin)


def assert_clean_exit(result: Result) -> None:
    """Exited on purpose (any code), never with an exception escaping the command."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"command raised {result.exception!r}") from result.exception


def jsonl_records(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.split("\n") if line.strip()]


def triples(record: dict[str, Any]) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO root) of each event of one result."""
    return {
        (e["source"]["country"], e["target"]["country"] if e["target"] else None, e["cameo"][:2])
        for e in record["events"]
    }


@pytest.fixture
def two_documents(tmp_path: Path) -> list[str]:
    """One codable document and one empty file."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD_SENTENCE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return [str(good), str(empty)]


# ------------------------------------------------------------------------------------------ formats


def test_json_format_is_one_array_with_every_document(two_documents: list[str]) -> None:
    result = invoke(*two_documents, "--date", DATE, "--format", "json")
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)
    assert isinstance(documents, list)
    assert [d["doc_id"] for d in documents] == ["good", "empty"]
    assert ("POL", "UKR", "07") in triples(documents[0])
    assert documents[1]["errors"][0]["kind"] == "empty"


def test_table_format_shows_events_and_mentions_errors(two_documents: list[str]) -> None:
    result = invoke(*two_documents, "--date", DATE, "--format", "table")
    assert result.exit_code == 0, result.output
    assert f"good · {DATE}" in result.stdout  # one table per document, titled with its id and date
    assert "POL" in result.stdout and "UKR" in result.stdout
    assert "070" in result.stdout
    error_lines = [line.strip() for line in result.stdout.split("\n") if line.strip().startswith("error")]
    assert len(error_lines) == 1
    assert "empty.txt" in error_lines[0] and "empty" in error_lines[0]
    assert "2 documents" in result.stdout


def test_jsonl_format_has_a_line_for_a_document_without_events(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The weather was mild on Tuesday.", encoding="utf-8")
    result = invoke(str(quiet), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [record] = jsonl_records(result)
    assert record == {"doc_id": "quiet", "date": DATE, "events": [], "flags": [], "errors": []}


def test_unknown_format_is_a_usage_error(two_documents: list[str]) -> None:
    result = invoke(*two_documents, "--format", "xml")
    assert result.exit_code == 2
    assert_clean_exit(result)
    assert "--format" in result.output


@pytest.mark.parametrize("bad_date", ["yesterday", "2025-02-30", "20251112", "12/11/2025", "2025-W46-3", ""])
def test_bad_date_is_a_usage_error(two_documents: list[str], bad_date: str) -> None:
    result = invoke(*two_documents, "--date", bad_date)
    assert result.exit_code == 2, result.output
    assert_clean_exit(result)
    assert "--date" in result.output


def test_min_confidence_one_drops_every_event(two_documents: list[str]) -> None:
    result = invoke(two_documents[0], "--date", DATE, "--format", "jsonl", "--min-confidence", "1")
    assert result.exit_code == 0, result.output
    [record] = jsonl_records(result)
    assert record["events"] == []


# -------------------------------------------------------------------------------------------- stdin


def test_stdin_text_through_the_runner() -> None:
    result = invoke("-", "--date", DATE, "--format", "jsonl", stdin=GOOD_SENTENCE)
    assert result.exit_code == 0, result.output
    [record] = jsonl_records(result)
    assert record["doc_id"] == "stdin"
    assert ("POL", "UKR", "07") in triples(record)


def test_stdin_is_the_default_input() -> None:
    result = invoke("--date", DATE, "--format", "jsonl", stdin=GOOD_SENTENCE)
    assert result.exit_code == 0, result.output
    assert [r["doc_id"] for r in jsonl_records(result)] == ["stdin"]


def test_stdin_jsonl_with_a_bom_and_crlf_line_ends() -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD_SENTENCE}),
        json.dumps({"id": "b", "text": "France criticized Russia."}),
    ]
    result = invoke(
        "-", "--date", DATE, "--format", "jsonl", stdin=b"\xef\xbb\xbf" + "\r\n".join(lines).encode()
    )
    assert result.exit_code == 0, result.output
    records = jsonl_records(result)
    assert [r["doc_id"] for r in records] == ["a", "b"]
    assert ("POL", "UKR", "07") in triples(records[0])
    assert ("FRA", "RUS", "11") in triples(records[1])


def test_a_sentence_given_as_a_path_gets_a_hint_to_pipe_it() -> None:
    result = invoke(GOOD_SENTENCE, "--format", "jsonl")
    assert result.exit_code == 1
    assert_clean_exit(result)
    assert "nothing could be read (to code a text rather than a file, pipe it in" in result.stderr
    assert "no such file or directory" in jsonl_records(result)[0]["errors"][0]["message"]


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_path_is_a_usage_error_not_the_current_directory(empty: str) -> None:
    """A second fresh-user test: `eventwire code ""` (an unset $TEXT) coded every file under the cwd."""
    result = invoke(empty, "--format", "jsonl")
    assert result.exit_code == 2
    assert "an empty path" in result.stderr and result.stdout == ""


def test_a_missing_file_gets_no_such_hint(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.strip() == "eventwire: nothing could be read"


@pytest.mark.parametrize("stream", [b"", b"   \n\n\t\n", b"\x00\x01\x02binary"])
def test_unreadable_stdin_exits_non_zero(stream: bytes) -> None:
    result = invoke("-", "--format", "jsonl", stdin=stream)
    assert result.exit_code == 1
    assert_clean_exit(result)
    assert "nothing could be read" in result.stderr
    [record] = jsonl_records(result)
    assert record["errors"][0]["location"] == "stdin"


# ------------------------------------------------------------------------------------------ hostile HTML

_PARAGRAPH = f"<p>{GOOD_SENTENCE}</p>"
HOSTILE_PAGES = {
    "script": (
        "<html><head><title>Aid</title><script>document.write('Russia bombed Poland.');"
        "while (true) {}</script></head><body><article>" + _PARAGRAPH + "</article></body></html>"
    ),
    "nested": "<html><body>" + "<div>" * 5_000 + _PARAGRAPH + "</div>" * 5_000 + "</body></html>",
    "unclosed": "<html><body>" + "<b><i><span>" * 3_000 + _PARAGRAPH,
    "huge_attribute": '<html><body><p data-x="' + "A" * (4 * 2**20) + f'">{GOOD_SENTENCE}</p></body></html>',
    "unterminated_comment": "<html><body><!-- " + "-" * 10_000 + _PARAGRAPH,
    "unterminated_script": "<html><body><script>" + "x = 1;" * 1_000 + _PARAGRAPH,
}


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_hostile_html_codes_or_errors_cleanly(tmp_path: Path, name: str) -> None:
    page = tmp_path / f"{name}.html"
    page.write_text(HOSTILE_PAGES[name], encoding="utf-8")
    result = invoke(str(page), "--date", DATE, "--format", "jsonl")
    assert_clean_exit(result)
    [record] = jsonl_records(result)
    assert record["doc_id"] == name
    if record["errors"]:
        assert result.exit_code == 1
        assert record["errors"][0]["location"] == str(page)
    else:
        assert result.exit_code == 0
        assert ("POL", "UKR", "07") in triples(record)
    # Script contents are never article text.
    assert all(event["cameo"][:2] not in ("18", "19", "20") for event in record["events"])


def test_page_with_script_codes_its_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HOSTILE_PAGES["script"], encoding="utf-8")
    [record] = jsonl_records(invoke(str(page), "--date", DATE, "--format", "jsonl"))
    assert triples(record) == {("POL", "UKR", "07")}


def test_deeply_nested_page_keeps_its_text(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text(HOSTILE_PAGES["nested"], encoding="utf-8")
    [record] = jsonl_records(invoke(str(page), "--date", DATE, "--format", "jsonl"))
    assert ("POL", "UKR", "07") in triples(record)


# ------------------------------------------------------------------------------------------ odd JSONL


def test_odd_jsonl_records_each_get_their_own_result(tmp_path: Path) -> None:
    good = {"id": "good", "text": "France criticized Russia.", "date": DATE}
    lines = [
        json.dumps({"id": "number", "text": 123}),
        json.dumps({"id": "nodate", "text": "France criticized Russia.", "date": "garbage"}),
        json.dumps(good),
        json.dumps(good),
        "[1, 2]",
        "null",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "title", "text": "France criticized Russia.", "title": ["x"]}),
        '{"id": "nul", "text": "a\x00b"}',
        json.dumps({"id": 7, "text": "France criticized Russia."}),
    ]
    corpus = tmp_path / "odd.jsonl"
    corpus.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    result = invoke(str(corpus), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = jsonl_records(result)
    assert len(records) == len(lines)
    kinds = [r["errors"][0]["kind"] if r["errors"] else None for r in records]
    assert kinds == [
        "missing_text",
        "date",
        None,
        "duplicate_id",
        "json",
        "json",
        "json",
        "json",
        "binary",
        None,
    ]
    for number, record in enumerate(records, start=1):
        for error in record["errors"]:
            assert error["location"] == f"{corpus}:{number}"
    assert ("FRA", "RUS", "11") in triples(records[2])
    assert records[9]["doc_id"] == "7"


def test_missing_path_is_an_error_and_the_rest_is_coded(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_SENTENCE, encoding="utf-8")
    result = invoke(str(tmp_path / "nope.txt"), str(good), "--date", DATE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    missing, coded = jsonl_records(result)
    assert missing["errors"][0]["kind"] == "missing"
    assert ("POL", "UKR", "07") in triples(coded)


# ------------------------------------------------------------------------------------------ known bugs


def test_lone_surrogate_in_jsonl_text_is_an_error_for_that_line(tmp_path: Path) -> None:
    corpus = tmp_path / "surrogate.jsonl"
    corpus.write_text(
        '{"id": "bad", "text": "Poland delivered \\ud800 generators."}\n'
        + json.dumps({"id": "good", "text": GOOD_SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    result = invoke(str(corpus), "--date", DATE, "--format", "jsonl")
    assert_clean_exit(result)
    bad, good = jsonl_records(result)
    assert bad["errors"][0]["location"] == f"{corpus}:1"
    assert ("POL", "UKR", "07") in triples(good)


def test_missing_dictionary_is_a_usage_error(two_documents: list[str], tmp_path: Path) -> None:
    result = invoke(two_documents[0], "--dictionary", str(tmp_path / "nope.txt"))
    assert_clean_exit(result)
    assert result.exit_code == 2
    assert "nope.txt" in result.output


@pytest.mark.parametrize("value", ["5", "-1", "nan"])
def test_min_confidence_out_of_range_is_a_usage_error(two_documents: list[str], value: str) -> None:
    result = invoke(two_documents[0], "--min-confidence", value)
    assert result.exit_code == 2


def test_sending_generators_is_material_aid() -> None:
    result = invoke("-", "--date", DATE, "--format", "jsonl", stdin="Poland sent 100 generators to Ukraine.")
    [record] = jsonl_records(result)
    assert ("POL", "UKR", "07") in triples(record)


def test_coded_documents_have_unique_ids_across_files(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "feed.jsonl").write_text(
            json.dumps({"id": "a", "text": "France criticized Russia."}) + "\n", encoding="utf-8"
        )
    (tmp_path / "a.txt").write_text(GOOD_SENTENCE, encoding="utf-8")
    records = jsonl_records(invoke(str(tmp_path), "--date", DATE, "--format", "jsonl"))
    coded = [record["doc_id"] for record in records if not record["errors"]]
    assert len(coded) == 3
    assert len(set(coded)) == 3


def test_id_less_record_is_coded_when_its_fallback_id_is_taken(tmp_path: Path) -> None:
    corpus = tmp_path / "ids.jsonl"
    corpus.write_text(
        json.dumps({"id": "ids:2", "text": "France criticized Russia."})
        + "\n"
        + json.dumps({"text": GOOD_SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    first, second = jsonl_records(invoke(str(corpus), "--date", DATE, "--format", "jsonl"))
    assert first["errors"] == []
    assert second["errors"] == []
    assert ("POL", "UKR", "07") in triples(second)
