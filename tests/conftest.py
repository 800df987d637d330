"""Fixtures shared by every test: real SQLite files and a real PostgreSQL server, fresh per test."""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from sqlalchemy import Engine

from oms_desktop.db.backup import online_backup
from oms_desktop.db.engine import make_engine
from oms_desktop.db.migrate import open_database, upgrade
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services import demo
from tests.support.postgres import PostgresServer, start_postgres

DEMO_ORDERS = 120


@pytest.fixture(scope="session", autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Backups, logs and settings of the code under test go to a scratch folder, never the user's."""
    old = os.environ.get("OMS_DATA_DIR")
    os.environ["OMS_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    yield
    if old is None:
        os.environ.pop("OMS_DATA_DIR", None)
    else:
        os.environ["OMS_DATA_DIR"] = old


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def _copy(template: Path, target: Path) -> str:
    online_backup(template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    return _copy(sqlite_template, tmp_path / "oms.sqlite3")


@pytest.fixture
def sqlite_uow(sqlite_url: str) -> Iterator[UnitOfWork]:
    engine = make_engine(sqlite_url)
    yield UnitOfWork(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """A real PostgreSQL server; it fails the tests (never skips them) when it cannot start."""
    server = start_postgres(tmp_path_factory.mktemp("postgres"))
    server.create_database("oms_template")
    engine = make_engine(server.url("oms_template"))
    upgrade(engine)
    engine.dispose()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name, template="oms_template")
    yield pg_server.url(name).render_as_string(hide_password=False)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on a SQLite file and on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def uow(engine: Engine) -> UnitOfWork:
    return UnitOfWork(engine)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """A small shop's year: demo products, customers and orders (made once per test run)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    url = _copy(sqlite_template, path)
    engine = make_engine(url)
    demo.generate(UnitOfWork(engine), orders_count=DEMO_ORDERS, products_count=60, customers_count=40, seed=7)
    engine.dispose()
    return path


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    return _copy(demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_uow(demo_url: str) -> Iterator[UnitOfWork]:
    engine = make_engine(demo_url)
    yield UnitOfWork(engine)
    engine.dispose()
