"""Splitting the inputs of a batch run into partitions with ids that are the same on every run.

A partition id is derived from the input path and the range it covers, so a re-run of the same command
finds the same partitions and can skip the finished ones. JSONL files split by line ranges (kept as byte
ranges so a worker seeks straight to its lines), directories by runs of files, Parquet files by row
ranges inside row groups; a CSV file is one partition.

``partition_size`` is the largest partition. A corpus too small to give every worker several partitions
of that size is cut finer (``fitted_size``: about ``TARGET_PARTITIONS`` partitions, never under
``MIN_FITTED_SIZE`` documents), so with two workers both start at once and finish together instead of
one coding a lone 500-document partition while the other idles. The size depends on the corpus only,
never on the worker count, so re-running the same command (with any ``--workers``) finds the same
partitions.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from eventwire.model import InputError
from eventwire.sources.constants import DEFAULT_MAX_BYTES, READ_CHUNK_BYTES, UTF8_BOM, ErrorKind
from eventwire.sources.errors import input_error
from eventwire.sources.files import InputKind, PlannedInput, plan_inputs
from eventwire.sources.lines import Line, split_lines

PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
TARGET_PARTITIONS = 32
"""Enough partitions for 2-8 workers to share evenly (4+ each), few enough to keep per-task costs small."""
MIN_FITTED_SIZE = 8
"""Cutting finer than this costs more in per-partition overhead (Parquet files, batching) than it gains."""


def fitted_size(documents: int, largest: int) -> int:
    """The partition size for a corpus of ``documents``: ``largest`` for big corpora, smaller so that a
    small one still makes about ``TARGET_PARTITIONS`` partitions (never below ``MIN_FITTED_SIZE``, and
    never above ``largest``)."""
    return min(largest, max(MIN_FITTED_SIZE, math.ceil(documents / TARGET_PARTITIONS)))


class PartitionKind(StrEnum):
    """How a worker reads its partition."""

    JSONL = "jsonl"
    FILES = "files"
    CSV = "csv"
    PARQUET = "parquet"


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One whole-file document of a FILES partition, with the run-unique id the sources planner gave it."""

    path: str
    doc_id: str
    kind: str


@dataclass(frozen=True, slots=True)
class Partition:
    """A slice of one input. Ranges are half-open; ``articles`` is the planned document count."""

    id: str
    kind: PartitionKind
    input: str
    """The input path as given (JSONL, CSV, Parquet) or the first file of a FILES partition."""
    articles: int
    first_line: int = 1
    byte_start: int = 0
    byte_stop: int = 0
    row_group: int = -1
    """Parquet row group, or -1 when the file's metadata could not be read (the worker reports why)."""
    row_start: int = 0
    row_stop: int = 0
    files: tuple[PlannedFile, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        """A human-readable range for the manifest and log lines."""
        if self.kind is PartitionKind.JSONL:
            return f"{self.input} bytes {self.byte_start}-{self.byte_stop} from line {self.first_line}"
        if self.kind is PartitionKind.PARQUET:
            return f"{self.input} row group {self.row_group} rows {self.row_start}-{self.row_stop}"
        if self.kind is PartitionKind.FILES:
            return f"{len(self.files)} files from {self.input}"
        return self.input


@dataclass(frozen=True, slots=True)
class Plan:
    """The partitions of a run, and the inputs that could not even be planned (missing paths, stdin)."""

    partitions: list[Partition]
    errors: list[InputError]

    @property
    def fingerprint(self) -> str:
        """Changes when any partition changes: a resumed run must cover exactly the same ranges."""
        digest = hashlib.sha256("\n".join(p.id for p in self.partitions).encode())
        return digest.hexdigest()[:16]


def partition_id(input_path: str, span: str) -> str:
    """``<readable stem>-<hash of resolved path and range>``: stable, unique, safe in a file name."""
    resolved = str(Path(input_path).resolve())
    digest = hashlib.sha256(f"{resolved}\0{span}".encode()).hexdigest()[:12]
    stem = _UNSAFE_NAME.sub("_", Path(input_path).stem)[:24] or "input"
    return f"{stem}-{digest}"


def plan_partitions(
    paths: Sequence[str | Path], partition_size: int, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Plan:
    """Partitions for ``paths`` (Parquet first). Stdin is refused: it cannot be resumed. Duplicate JSONL
    ids are caught within a partition only."""
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    parquet = [Path(p) for p in paths if Path(p).suffix.lower() in PARQUET_SUFFIXES and Path(p).is_file()]
    others = [p for p in paths if Path(p) not in parquet]
    errors: list[InputError] = []
    streams: list[tuple[InputKind, Path]] = []  # JSONL and CSV files, in the order given
    whole_files: list[PlannedInput] = []
    for planned in plan_inputs(others):
        if isinstance(planned, InputError):
            errors.append(planned)
        elif planned.kind is InputKind.STDIN:
            errors.append(
                input_error(
                    ErrorKind.UNREADABLE,
                    doc_id="stdin",
                    location="-",
                    message="batch runs are resumable and cannot read stdin; save it to a file first",
                )
            )
        elif planned.kind in (InputKind.JSONL, InputKind.CSV):
            streams.append((planned.kind, planned.path))
        else:
            whole_files.append(planned)
    documents = (
        sum(_parquet_rows(path) for path in parquet)
        + sum(_count_jsonl(path, max_bytes) for kind, path in streams if kind is InputKind.JSONL)
        + len(whole_files)
    )
    size = fitted_size(documents, partition_size)
    partitions: list[Partition] = []
    for path in parquet:
        partitions.extend(_parquet_partitions(path, size))
    for kind, path in streams:
        if kind is InputKind.JSONL:
            partitions.extend(_jsonl_partitions(path, size, max_bytes))
        else:
            partitions.append(_csv_partition(path))
    partitions.extend(_file_partitions(whole_files, size))
    return Plan(partitions, errors)


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_rows)
    except Exception:  # a corrupt file: its partition's worker reports why
        return 1


def _count_jsonl(path: Path, max_bytes: int) -> int:
    """Non-blank lines of a JSONL file (the documents its partitions will hold)."""
    try:
        handle = path.open("rb")
    except OSError:
        return 1
    with handle:
        chunks = iter(lambda: handle.read(READ_CHUNK_BYTES), b"")
        return sum(
            1
            for line in split_lines(chunks, max_bytes)
            if not (isinstance(line, Line) and not line.data.removeprefix(UTF8_BOM).strip())
        )


def _csv_partition(path: Path) -> Partition:
    return Partition(
        partition_id(str(path), "csv"), PartitionKind.CSV, str(path), articles=_count_lines(path)
    )


def _count_lines(path: Path) -> int:
    """An estimate of a CSV's rows for the progress bar (quoted newlines make it approximate)."""
    try:
        with path.open("rb") as handle:
            return max(
                1, sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(READ_CHUNK_BYTES), b"")) - 1
            )
    except OSError:
        return 1


def _file_partitions(files: list[PlannedInput], partition_size: int) -> Iterator[Partition]:
    for start in range(0, len(files), partition_size):
        chunk = files[start : start + partition_size]
        planned = tuple(PlannedFile(str(item.path), item.doc_id, str(item.kind)) for item in chunk)
        span = "\0".join(str(item.path.resolve()) for item in chunk)
        first = str(chunk[0].path)
        yield Partition(
            partition_id(first, span), PartitionKind.FILES, first, articles=len(chunk), files=planned
        )


def _jsonl_partitions(path: Path, partition_size: int, max_bytes: int) -> Iterator[Partition]:
    """Runs of ``partition_size`` non-blank lines; a file without any is one partition (it says why)."""
    try:
        handle = path.open("rb")
    except OSError:
        yield Partition(partition_id(str(path), "unreadable"), PartitionKind.JSONL, str(path), articles=1)
        return
    starts: list[tuple[int, int]] = []  # (line number, byte offset) of each partition's first line
    count = 0
    end = 0
    with handle:
        chunks = iter(lambda: handle.read(READ_CHUNK_BYTES), b"")
        for line in split_lines(chunks, max_bytes):
            end = line.offset + (len(line.data) if isinstance(line, Line) else line.size) + 1
            if isinstance(line, Line) and not line.data.removeprefix(UTF8_BOM).strip():
                continue
            if count % partition_size == 0:
                starts.append((line.number, line.offset) if starts else (1, 0))
            count += 1
    if not starts:
        yield Partition(
            partition_id(str(path), "empty"), PartitionKind.JSONL, str(path), articles=1, byte_stop=end
        )
        return
    for index, (first_line, byte_start) in enumerate(starts):
        byte_stop = starts[index + 1][1] if index + 1 < len(starts) else end
        articles = min(partition_size, count - index * partition_size)
        yield Partition(
            partition_id(str(path), f"lines {first_line}+{articles}"),
            PartitionKind.JSONL,
            str(path),
            articles=articles,
            first_line=first_line,
            byte_start=byte_start,
            byte_stop=byte_stop,
        )


def _parquet_partitions(path: Path, partition_size: int) -> Iterator[Partition]:
    """Row ranges inside row groups, so a worker reads one row group, never the whole file."""
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except Exception:  # a corrupt file: one partition whose worker records the reason
        yield Partition(partition_id(str(path), "unreadable"), PartitionKind.PARQUET, str(path), articles=1)
        return
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        for start in range(0, rows, partition_size):
            stop = min(rows, start + partition_size)
            yield Partition(
                partition_id(str(path), f"group {group} rows {start}-{stop}"),
                PartitionKind.PARQUET,
                str(path),
                articles=stop - start,
                row_group=group,
                row_start=start,
                row_stop=stop,
            )
