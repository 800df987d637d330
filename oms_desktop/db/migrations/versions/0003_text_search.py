"""text search indexes for products and customers (SQLite FTS5 trigram)

A cashier typing part of a name must get answers in milliseconds from 100,000 products; a LIKE scan
cannot. On SQLite 3.34+ a trigram FTS5 index over names and codes is kept in step by triggers; elsewhere
(older SQLite, PostgreSQL) the search falls back to LIKE (see services/text_search.py).

A later migration that rebuilds `products` or `customers` in batch mode drops these triggers: it must
create them again (call `create_text_search()`).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 13:13:00
"""

import sqlite3
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXED = {"products": ("name", "sku", "barcode"), "customers": ("name", "phone", "code")}


def _supported() -> bool:
    return op.get_context().dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 34)


def create_text_search(tables: Sequence[str] = tuple(INDEXED), *, index_exists: bool = False) -> None:
    """The indexes and their triggers; `index_exists`: only the triggers again (after a batch rebuild)."""
    for table in tables:
        cols = INDEXED[table]
        fts = f"{table}_fts"
        names = ", ".join(cols)
        new = ", ".join(f"new.{c}" for c in cols)
        old = ", ".join(f"old.{c}" for c in cols)
        if index_exists:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        else:
            op.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', content_rowid='id', "
                "tokenize='trigram')"
            )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    if _supported():
        create_text_search()


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for table in INDEXED:
        fts = f"{table}_fts"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
