"""Store fixtures: a throwaway PostgreSQL server (Debian's binaries) and a store on each backend."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from eventwire.model import Actor, Article, DocumentResult, Event, Evidence, Factuality, TimeSpan
from eventwire.store import Store


def _postgres_bin() -> Path | None:
    """The newest installed Debian PostgreSQL ``bin`` directory."""
    found = [
        path for path in Path("/usr/lib/postgresql").glob("*/bin/initdb") if path.parent.parent.name.isdigit()
    ]
    found.sort(key=lambda path: int(path.parent.parent.name))
    return found[-1].parent if found else None


def _server_user() -> str | None:
    """initdb and postgres refuse to run as root: as root, run them as ``postgres`` (or ``nobody``)."""
    if os.geteuid() != 0:
        return None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return user
    pytest.skip("running as root and no unprivileged user to run PostgreSQL")


def _as_server_user(command: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *command] if user else command


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server in a temporary directory for this session; yields its base URL."""
    binaries = _postgres_bin()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    user = _server_user()
    if user is not None and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser to start PostgreSQL as another user")
    home = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data = home / "data"
    if user is not None:
        shutil.chown(home, user=user)
    port = _free_port()
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "initdb"),
                    "-D",
                    str(data),
                    "--auth=trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ],
                user,
            ),
            check=True,
            capture_output=True,
        )
        options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(home / "log"),
                    "-w",
                    "start",
                ],
                user,
            ),
            check=True,
            capture_output=True,
        )
    except subprocess.CalledProcessError as error:
        shutil.rmtree(home, ignore_errors=True)
        pytest.skip(f"could not start PostgreSQL: {error.stderr.decode(errors='replace')[-300:]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            _as_server_user(
                [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], user
            ),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(home, ignore_errors=True)


def _fresh_postgres_database(base_url: str) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(f"{base_url}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return f"{base_url}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.db'}"
    base: str = request.getfixturevalue("postgres_server")
    return _fresh_postgres_database(base)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened


ResultFactory = Callable[..., tuple[Article, DocumentResult]]


def make_event(
    doc_id: str,
    source: str,
    target: str | None,
    cameo: str = "042",
    *,
    sentence: int = 0,
    factuality: Factuality = Factuality.ASSERTED,
    when: dt.date | None = None,
    text: str = "evidence",
    attributed_to: str | None = None,
) -> Event:
    """A hand-made event record, so store tests do not depend on the coder's current output."""

    def actor(code: str) -> Actor:
        country = None if code.startswith("IGO") else code[:3]
        return Actor(code=code, name=code.title(), country=country, sector=code[3:] or None)

    return Event(
        doc_id=doc_id,
        sentence=sentence,
        source=actor(source),
        target=actor(target) if target else None,
        cameo=cameo,
        cameo_name="Make a visit" if cameo == "042" else f"code {cameo}",
        goldstein=1.9,
        quad_class=1,
        plover="CONSULT",
        plover_mode="visit",
        factuality=factuality,
        attributed_to=actor(attributed_to) if attributed_to else None,
        time=TimeSpan(text=when.isoformat(), start=when, end=when) if when else None,
        location=None,
        evidence=Evidence(0, len(text), text),
        rule="test",
        confidence=0.9,
    )


def make_result(
    doc_id: str,
    text: str,
    events: list[Event],
    *,
    published: dt.date | None = dt.date(2025, 8, 7),
    url: str | None = None,
    source: str | None = None,
) -> tuple[Article, DocumentResult]:
    article = Article(id=doc_id, text=text, published=published, url=url, source=source)
    return article, DocumentResult(doc_id=doc_id, date=published, events=events, article=article)


@pytest.fixture
def result_factory() -> ResultFactory:
    return make_result


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    return make_event
