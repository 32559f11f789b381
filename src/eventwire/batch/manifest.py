"""The manifest: one JSON file that says which partitions of a run are done, failed or still to do.

It is the only state a resumed run needs. It is rewritten atomically after every partition, so a
killed driver loses at most the partitions that were in flight, and those are simply coded again.
With ``--ingest`` it also records the store's derived data (``"claims": "pending"`` while a run loads
the store, ``"current"`` once claims were refreshed after it): a run killed after its last partition but
before that refresh leaves ``pending``, and the re-run, with nothing left to code, repairs the claims.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.batch.files import MANIFEST_NAME, write_json_atomic
from eventwire.batch.partitions import Partition, Plan

FORMAT_VERSION = 1
DONE = "done"
FAILED = "failed"
PENDING = "pending"
CURRENT = "current"
CLAIMS = "claims"


class PlanMismatchError(RuntimeError):
    """The output directory holds a run over different inputs, partitioning or date."""


def _mismatch(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What differs, said for a person: "a run with --date 2025-08-07 (this one has none)"."""
    if old["plan"] != new["plan"]:
        return "a run over other inputs or another partition size"

    def said(day: object) -> str:
        return f"--date {day}" if day else "no --date"

    return f"a run with {said(old['date'])} (this one has {said(new['date'])})"


@dataclass(slots=True)
class Manifest:
    """The manifest of one output directory, kept in memory and saved after every change."""

    path: Path
    data: dict[str, Any]

    @classmethod
    def open(cls, output: Path, plan: Plan, default_date: dt.date | None) -> Manifest:
        """The existing manifest when it describes the same plan, a fresh one when there is none."""
        path = output / MANIFEST_NAME
        identity = {
            "plan": plan.fingerprint,
            "date": default_date.isoformat() if default_date else None,
        }
        data: dict[str, Any] = {"format": FORMAT_VERSION, **identity, "partitions": {}}
        if path.exists():
            found = json.loads(path.read_text(encoding="utf-8"))
            old = {"plan": found.get("plan"), "date": found.get("date")}
            coded = any(r.get("status") == DONE for r in found.get("partitions", {}).values())
            if old != identity and coded:
                raise PlanMismatchError(
                    f"{output} holds {_mismatch(old, identity)}; use another --output "
                    "directory or remove this one"
                )
            if old == identity:
                data = found
            # else: an earlier run that coded nothing here (a mistyped input, say) is simply replaced
        manifest = cls(path, data)
        for partition in plan.partitions:
            manifest.partitions.setdefault(partition.id, _new_record(partition))
        return manifest

    @property
    def partitions(self) -> dict[str, dict[str, Any]]:
        records: dict[str, dict[str, Any]] = self.data["partitions"]
        return records

    def is_done(self, partition: str, *, need_ingested: bool = False) -> bool:
        record = self.partitions[partition]
        return bool(record["status"] == DONE and (record.get("ingested") or not need_ingested))

    def mark_done(self, partition: str, summary: dict[str, Any], *, ingested: bool) -> None:
        record = self.partitions[partition]
        record.update(summary)
        record.update(status=DONE, error=None, ingested=ingested or bool(record.get("ingested")))
        self.save()

    def mark_attempt_failed(self, partition: str, reason: str, *, final: bool) -> None:
        record = self.partitions[partition]
        record.update(error=reason, status=FAILED if final else PENDING)
        self.save()

    def count_attempt(self, partition: str) -> None:
        self.partitions[partition]["attempts"] += 1

    @property
    def claims_pending(self) -> bool:
        """True when a run loaded the store and stopped before refreshing its claims."""
        return bool(self.data.get(CLAIMS) == PENDING)

    def mark_claims(self, *, current: bool) -> None:
        """Record that the store's claims are being changed (``current=False``) or were refreshed."""
        self.data[CLAIMS] = CURRENT if current else PENDING
        self.save()

    def record_input_errors(self, errors: list[dict[str, Any]]) -> None:
        self.data["input_errors"] = errors
        self.save()

    def save(self) -> None:
        self.data["updated"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        write_json_atomic(self.path, self.data)


def _new_record(partition: Partition) -> dict[str, Any]:
    return {
        "kind": str(partition.kind),
        "input": partition.input,
        "range": partition.describe(),
        "planned_articles": partition.articles,
        "status": PENDING,
        "attempts": 0,
        "error": None,
        "ingested": False,
    }
