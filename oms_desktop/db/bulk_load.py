"""One all-or-nothing bulk load (the large demo): a RowWriter whose rows are committed together at the end."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from oms_desktop.db.diagnosis import diagnose
from oms_desktop.db.load_process import LoadFailed, LoadProcess
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.domain.errors import DatabaseRefused


@contextmanager
def bulk_load(engine: Engine) -> Iterator[RowWriter]:
    """A RowWriter for one load, committed when the block ends without error and rolled back otherwise. A
    SQLite file is written by a process of its own while the caller makes the next rows; any other database
    in one transaction of the engine."""
    path = engine.url.database
    if engine.dialect.name == "sqlite" and path not in (None, "", ":memory:"):
        try:
            with LoadProcess(str(path)) as load:
                yield RowWriter(load)
                load.commit()
        except LoadFailed as exc:  # said like any other database trouble: a full disk is a full disk
            text = str(exc)
            found = diagnose(sqlite3.OperationalError(text), Path(str(path)))
            raise (found or DatabaseRefused("database_unusable", path=str(path), detail=text[:200])) from None
    else:
        with engine.begin() as conn:
            yield RowWriter(conn)
