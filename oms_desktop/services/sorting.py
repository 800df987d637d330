"""ORDER BY for the paged lists: one column in either direction, ties broken by id, NULLs placed alike on
every backend (first when ascending, last when descending: SQLite's own rule, spelled out for PostgreSQL)."""

from typing import Any

from sqlalchemy import UnaryExpression
from sqlalchemy.orm import Session


def ordered(key: Any, row_id: Any, descending: bool, session: Session) -> list[UnaryExpression[Any]]:
    """The ORDER BY terms for `key` then `row_id`, both in the same direction, so pages never overlap."""
    if descending:
        terms = [key.desc(), row_id.desc()]
        nulls = terms[0].nulls_last()
    else:
        terms = [key.asc(), row_id.asc()]
        nulls = terms[0].nulls_first()
    if session.get_bind().dialect.name == "postgresql":
        # SQLite already orders NULLs this way, and naming it there could keep it from walking an index.
        terms[0] = nulls
    return terms
