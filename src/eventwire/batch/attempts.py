"""What an executor reports back per attempt, and the retry budget both executors share."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from eventwire.batch.worker import PartitionOutcome, PartitionTask


@dataclass(frozen=True, slots=True)
class Completed:
    """An attempt that coded and wrote its partition."""

    task: PartitionTask
    outcome: PartitionOutcome


@dataclass(frozen=True, slots=True)
class AttemptFailed:
    """An attempt that raised or whose worker died; ``final`` when no attempts are left."""

    task: PartitionTask
    reason: str
    final: bool


AttemptReport = Completed | AttemptFailed


@dataclass(slots=True)
class RetryBudget:
    """Counts this run's attempts per partition; a partition gets ``max_attempts`` before it fails."""

    max_attempts: int
    attempts: Counter[str] = field(default_factory=Counter)

    def start(self, partition: str) -> None:
        self.attempts[partition] += 1

    def exhausted(self, partition: str) -> bool:
        return self.attempts[partition] >= self.max_attempts


def describe_error(error: BaseException) -> str:
    """A one-line reason for the manifest: the exception type and its message."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
