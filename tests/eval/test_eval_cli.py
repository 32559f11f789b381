"""``eventwire eval`` with a fake coder injected, so the command is tested without spaCy or the real coder."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.commands import eval_cmd
from eventwire.eval import EvalReport, read_gold
from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality

GOLD_LINES = [
    {
        "id": "g1",
        "text": "Russia met the United States.",
        "date": "2024-03-05",
        "events": [{"source": "RUSGOV", "target": "USAGOV", "code": "040"}],
    },
    {
        "id": "g2",
        "text": "Ukraine attacked Russian troops.",
        "date": "2024-03-06",
        "events": [{"source": "UKRMIL", "target": "RUSMIL", "code": "190"}],
    },
    {"id": "g3", "text": "It rained.", "date": None, "events": []},
]


def _event(doc_id: str, source: str, target: str, cameo: str) -> Event:
    return Event(
        doc_id=doc_id,
        sentence=0,
        source=Actor(source, source),
        target=Actor(target, target),
        cameo=cameo,
        cameo_name="",
        goldstein=0.0,
        quad_class=1,
        plover=None,
        plover_mode=None,
        factuality=Factuality.ASSERTED,
        attributed_to=None,
        time=None,
        location=None,
        evidence=Evidence(0, 0, ""),
        rule="fake",
        confidence=1.0,
    )


class FakeCoder:
    """Codes "Russia met" right, everything else not at all; records what it was asked."""

    def __init__(self, dictionaries: Sequence[Path] = (), min_confidence: float = 0.0) -> None:
        self.dictionaries = list(dictionaries)
        self.min_confidence = min_confidence
        self.articles: list[Article] = []

    def code_articles(self, articles: Iterable[Article]) -> Iterator[DocumentResult]:
        for article in articles:
            self.articles.append(article)
            events = [_event(article.id, "RUSGOV", "USAGOV", "040")] if "Russia met" in article.text else []
            yield DocumentResult(doc_id=article.id, date=article.published, events=events, article=article)


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in GOLD_LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def fake_coders(monkeypatch: pytest.MonkeyPatch) -> list[FakeCoder]:
    built: list[FakeCoder] = []

    def build(dictionaries: Sequence[Path], min_confidence: float) -> FakeCoder:
        built.append(FakeCoder(dictionaries, min_confidence))
        return built[-1]

    monkeypatch.setattr(eval_cmd, "build_coder", build)
    return built


def test_json_output_is_pure_json(gold_file: Path, fake_coders: list[FakeCoder]) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold_file), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)  # the whole output is one JSON object: no tables around it
    assert report["shape"] == "events"
    assert {"records", "exact", "precision", "recall", "f1"} <= report.keys()
    assert {
        "country_root",
        "per_root",
        "per_quad_class",
        "relevance",
        "factuality",
        "confusion",
    } <= report.keys()
    assert report["records"] == 3 and report["exact"] == 2
    assert report["precision"] == 1.0 and report["recall"] == 0.5
    assert report["confusion"] == {"04": {"04": 1}, "19": {"none": 1}}
    assert "Overall" not in result.stdout
    articles = fake_coders[0].articles
    assert [article.id for article in articles] == ["g1", "g2", "g3"]
    assert str(articles[0].published) == "2024-03-05" and articles[2].published is None


def test_options_reach_the_coder_and_limit_cuts_records(
    gold_file: Path, fake_coders: list[FakeCoder]
) -> None:
    dictionary = gold_file.parent / "actors.txt"
    dictionary.write_text("ARNOR [ARN]\n", encoding="utf-8")
    args = ["eval", str(gold_file), "--json", "--limit", "1", "--dictionary", str(dictionary)]
    result = CliRunner().invoke(app, [*args, "--min-confidence", "0.4", "--details"])
    assert result.exit_code == 0, result.output
    coder = fake_coders[0]
    assert coder.dictionaries == [dictionary] and coder.min_confidence == 0.4
    assert [article.id for article in coder.articles] == ["g1"]
    report = json.loads(result.stdout)
    assert report["records"] == 1 and report["f1"] == 1.0
    assert report["details"][0]["id"] == "g1"


def test_tables_without_json(gold_file: Path, fake_coders: list[FakeCoder]) -> None:
    result = CliRunner().invoke(app, ["eval", str(gold_file), "--details"])
    assert result.exit_code == 0, result.output
    for title in (
        "Overall",
        "Per quad class",
        "Relevance",
        "Factuality",
        "Root confusion",
        "not coded exactly",
    ):
        assert title in result.stdout
    assert "UKRMIL/RUSMIL/190" in result.stdout
    assert not result.stdout.strip().splitlines()[-1].startswith("{")


@pytest.mark.parametrize("content", [None, "not gold at all\n", '{"id": "x"\n'])
def test_unreadable_gold_exits_2(tmp_path: Path, fake_coders: list[FakeCoder], content: str | None) -> None:
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 2
    assert "unreadable gold" in result.stderr and str(path) in result.stderr
    assert fake_coders == []  # the coder is never built for bad gold


def test_run_eval_core_takes_the_coder(gold_file: Path) -> None:
    console = Console(record=True, width=120)
    report = eval_cmd.run_eval(read_gold(gold_file), FakeCoder(), console=console, as_json=False)
    assert isinstance(report, EvalReport)
    assert report.full.tp == 1 and report.full.fn == 1
    assert "coded exactly as gold" in console.export_text()


def test_missing_coder_is_a_clear_error(gold_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_coder(name: str) -> object:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(eval_cmd, "importlib", SimpleNamespace(import_module=no_coder))
    result = CliRunner().invoke(app, ["eval", str(gold_file)])
    assert result.exit_code == 1
    assert "coder is not available" in result.stderr


def test_pentaclass_gold_through_the_cli(tmp_path: Path, fake_coders: list[FakeCoder]) -> None:
    path = tmp_path / "penta.jsonl"
    lines = [
        {"id": "s1", "text": "Russia met the United States.", "penta": 1, "split": "test"},
        {"id": "s2", "text": "It rained.", "penta": 4, "split": "test"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["shape"] == "pentaclass"
    assert report["coverage"] == {"hits": 1, "total": 2, "rate": 0.5}
    assert report["class_hit"]["hits"] == 1 and report["by_split"]["test"]["sentences"] == 2
    tables = CliRunner().invoke(app, ["eval", str(path), "--details"])
    assert tables.exit_code == 0 and "Pentaclass sentences" in tables.stdout
    assert "│ s2 │ 4" in tables.stdout  # the details table lists the missed sentence


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("spans.jsonl", "Actor-span sentences"),
        ("plover.jsonl", "PLOVER pairs"),
        ("categories.jsonl", "Events per article by category"),
    ],
)
def test_other_shapes_through_the_cli(name: str, title: str, fake_coders: list[FakeCoder]) -> None:
    path = Path(__file__).parent / "fixtures" / name
    result = CliRunner().invoke(app, ["eval", str(path), "--details", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert title in result.stdout
    assert len(fake_coders[0].articles) == 3
    report = json.loads(CliRunner().invoke(app, ["eval", str(path), "--json"]).stdout)
    assert report["shape"] in {"spans", "plover", "categories"}


def test_malformed_new_shape_exits_2_with_file_and_line(tmp_path: Path, fake_coders: list[FakeCoder]) -> None:
    path = tmp_path / "plover.jsonl"
    good = {"id": "a", "text": "x", "plover": "AID", "quad": 2, "source": "x", "target": ""}
    path.write_text(
        json.dumps(good) + "\n" + json.dumps({**good, "id": "b", "quad": 0}) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2:" in result.stderr.replace("\n", "") and '"quad"' in result.stderr
