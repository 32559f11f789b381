"""Results of a partition that is already coded, rebuilt from its Parquet output instead of coding it
again: ``batch --ingest`` on a finished run only loads the store.

Each event row carries its full ◆ record (``event_json``) and each document row its date and flags, so
the results are the ones the worker produced; the article text, which the output does not keep, is
read again from the partition's input (reading costs little; coding is what is saved).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from eventwire.batch.files import EVENTS_DIR, documents_path
from eventwire.batch.partitions import Partition
from eventwire.batch.reading import read_partition
from eventwire.model import (
    Actor,
    Article,
    DocumentResult,
    Event,
    Evidence,
    Factuality,
    Flag,
    Location,
    TimeSpan,
)


class ReloadError(RuntimeError):
    """The partition's output is missing or unreadable: it has to be coded again."""


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _evidence(record: dict[str, Any] | None) -> Evidence | None:
    if not record:
        return None
    return Evidence(int(record["start"]), int(record["end"]), str(record.get("text") or ""))


def _actor(record: dict[str, Any] | None) -> Actor | None:
    if not record:
        return None
    return Actor(
        code=record["code"],
        name=record["name"],
        country=record.get("country"),
        sector=record.get("sector"),
        person=record.get("person"),
        mention=_evidence(record.get("mention")),
    )


def event_from_record(record: dict[str, Any]) -> Event:
    """The ``Event`` whose ``to_dict()`` is ``record`` (the ◆ event record)."""
    source = _actor(record["source"])
    evidence = _evidence(record["evidence"])
    if source is None or evidence is None:
        raise ReloadError(f"event record without source or evidence: {record!r:.200}")
    time = record.get("time")
    location = record.get("location")
    return Event(
        doc_id=record["doc_id"],
        sentence=int(record["sentence"]),
        source=source,
        target=_actor(record.get("target")),
        cameo=record["cameo"],
        cameo_name=record["cameo_name"],
        goldstein=float(record["goldstein"]),
        quad_class=int(record["quad_class"]),
        plover=record.get("plover"),
        plover_mode=record.get("plover_mode"),
        factuality=Factuality(record["factuality"]),
        attributed_to=_actor(record.get("attributed_to")),
        time=TimeSpan(time.get("text") or "", _date(time.get("start")), _date(time.get("end")))
        if time
        else None,
        location=(
            Location(location["name"], location.get("country"), location.get("lat"), location.get("lon"))
            if location
            else None
        ),
        evidence=evidence,
        rule=record["rule"],
        confidence=float(record["confidence"]),
    )


def _flag(record: dict[str, Any]) -> Flag:
    return Flag(
        kind=record["kind"],
        message=record["message"],
        actor=_actor(record.get("actor")),
        title=record.get("title"),
        evidence=_evidence(record.get("evidence")),
    )


def _events_by_document(output: Path, partition: str) -> dict[str, list[Event]]:
    found: dict[str, list[Event]] = defaultdict(list)
    for path in sorted((output / EVENTS_DIR).glob(f"date=*/part-{partition}.parquet")):
        for row in pq.read_table(path, columns=["doc_id", "event_json"]).to_pylist():
            found[row["doc_id"]].append(event_from_record(json.loads(row["event_json"])))
    return found


def reload_partition(
    partition: Partition,
    output: Path,
    *,
    default_date: dt.date | None,
    taken_ids: frozenset[str] = frozenset(),
) -> list[DocumentResult]:
    """The partition's results as its worker produced them; raises ``ReloadError`` when its output
    cannot be read (then it must be coded again)."""
    try:
        documents = pq.read_table(
            documents_path(output, partition.id), columns=["doc_id", "article_date", "flags_json"]
        ).to_pylist()
        events = _events_by_document(output, partition.id)
    except (OSError, ValueError, KeyError) as error:
        raise ReloadError(f"cannot read the output of partition {partition.id}: {error}") from error
    by_id = {row["doc_id"]: row for row in documents}
    results: list[DocumentResult] = []
    for item in read_partition(partition, default_date=default_date, taken_ids=taken_ids):
        if not isinstance(item, Article):
            results.append(DocumentResult(item.doc_id, None, errors=[item]))
            continue
        row = by_id.get(item.id)
        if row is None:
            raise ReloadError(f"partition {partition.id} has no output row for document {item.id!r}")
        flags = [_flag(flag) for flag in json.loads(row["flags_json"] or "[]")]
        results.append(
            DocumentResult(item.id, _date(row["article_date"]), events.get(item.id, []), flags, [], item)
        )
    return results
