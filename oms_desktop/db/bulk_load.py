"""One all-or-nothing bulk load (the large demo): a RowWriter whose rows are committed together at the end."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from oms_desktop.db.load_process import LoadProcess
from oms_desktop.db.row_writer import RowWriter


@contextmanager
def bulk_load(engine: Engine) -> Iterator[RowWriter]:
    """A RowWriter for one load, committed when the block ends without error and rolled back otherwise. A
    SQLite file is written by a process of its own while the caller makes the next rows; any other database
    in one transaction of the engine."""
    path = engine.url.database
    if engine.dialect.name == "sqlite" and path not in (None, "", ":memory:"):
        with LoadProcess(str(path)) as load:
            yield RowWriter(load)
            load.commit()
    else:
        with engine.begin() as conn:
            yield RowWriter(conn)
