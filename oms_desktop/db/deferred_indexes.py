"""Building a table's indexes once after a bulk load instead of row by row during it.

Inside the load's own transaction: the indexes are dropped, the rows go in, and the indexes are created again
from their stored definitions. SQLite's DDL is transactional, so a load that fails or is stopped rolls back
to the tables with all their indexes. PostgreSQL loads keep their indexes (a no-op here).
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from oms_desktop.db.row_writer import RowWriter


@contextmanager
def indexes_built_after(writer: RowWriter, tables: Sequence[str]) -> Iterator[None]:
    """Drop the named tables' indexes for the block and create them again when it ends without error."""
    if not writer.sqlite:
        yield
        return
    marks = ", ".join("?" * len(tables))
    indexes = writer.query(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables),
    )
    for name, _ in indexes:
        writer.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        writer.execute(sql)
