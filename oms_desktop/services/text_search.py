"""Finding products and customers by part of a name or code: the trigram index when there is one."""

import weakref

from sqlalchemy import Engine, Integer, TextualSelect, column, select, text
from sqlalchemy.orm import Session

MIN_TRIGRAM = 3  # a trigram index cannot answer fewer characters
_available: "weakref.WeakKeyDictionary[Engine, dict[str, bool]]" = weakref.WeakKeyDictionary()


def _has_index(session: Session, table: str) -> bool:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    known = _available.setdefault(engine, {})
    if table not in known:
        known[table] = engine.dialect.name == "sqlite" and bool(
            session.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": f"{table}_fts"}
            ).first()
        )
    return known[table]


def matching(session: Session, table: str, fragment: str) -> TextualSelect | None:
    """A subquery of the ids of `table` (products or customers) whose indexed text contains `fragment`, or
    None when the index cannot answer (no index here, or a fragment shorter than three characters)."""
    if table not in ("products", "customers"):
        raise ValueError(f"no text index on {table}")
    if len(fragment) < MIN_TRIGRAM or not _has_index(session, table):
        return None
    phrase = '"' + fragment.replace('"', '""') + '"'
    return (
        text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q")
        .bindparams(q=phrase)
        .columns(column("rowid", Integer))
    )


def matching_ids(session: Session, table: str, fragment: str, limit: int) -> list[int] | None:
    """Up to `limit` ids from `matching`, or None when the index cannot answer."""
    query = matching(session, table, fragment)
    if query is None:
        return None
    return [int(r[0]) for r in session.execute(select(query.subquery().c.rowid).limit(limit))]
