"""Engines with the settings each backend needs to be durable and safe for several tills."""

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from oms_desktop.private_files import make_private, private_folder

WRITE_OPTION = "oms_write"
BUSY_TIMEOUT_MS = 15000


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database or another backend."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for SQLite (WAL, synchronous=FULL, foreign keys, busy timeout) or PostgreSQL."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            if not path.parent.exists():
                # A folder made for the shop is the user's alone; one that was there (a project folder
                # given with --db) keeps its mode: only the shop's own files are made private below.
                private_folder(path.parent)
            for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                make_private(own)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Take transaction control away from the driver so that BEGIN is ours to choose (see _on_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A write transaction takes the write lock up front: two tills then queue instead of both
        # reading the same stock and one failing (or overselling) at commit.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
