"""Finding products and customers by part of a name or code: the trigram index when there is one."""

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

MIN_TRIGRAM = 3  # a trigram index cannot answer fewer characters
_available: dict[tuple[int, str], bool] = {}


def _has_index(session: Session, table: str) -> bool:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    key = (id(engine), table)
    if key not in _available:
        _available[key] = engine.dialect.name == "sqlite" and bool(
            session.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"), {"n": f"{table}_fts"}
            ).first()
        )
    return _available[key]


def matching_ids(session: Session, table: str, fragment: str, limit: int) -> list[int] | None:
    """Ids of rows of `table` (products or customers) whose indexed text contains `fragment`, or None when
    the index cannot answer (no index here, or a fragment shorter than three characters)."""
    if table not in ("products", "customers"):
        raise ValueError(f"no text index on {table}")
    if len(fragment) < MIN_TRIGRAM or not _has_index(session, table):
        return None
    phrase = '"' + fragment.replace('"', '""') + '"'
    rows = session.execute(
        text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q LIMIT :n"), {"q": phrase, "n": limit}
    )
    return [int(r[0]) for r in rows]
