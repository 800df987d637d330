"""Text lengths as PostgreSQL enforces them, enforced on SQLite too: a row every ORM writer flushes has each
text column within its declared length, or the action is refused by field name (and nothing is written).
So a shop that grows on SQLite can always move to PostgreSQL."""

from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Mapper

from oms_desktop.domain.base import Base
from oms_desktop.domain.errors import ValidationError


def require_length(field: str, value: str, most: int) -> None:
    if len(value) > most:
        raise ValidationError("text_too_long", field=field, most=most, length=len(value))


def _check(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    for column in mapper.columns:
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length:
            value = getattr(target, column.key, None)
            if isinstance(value, str):
                require_length(column.key.replace("_", " "), value, length)


event.listen(Base, "before_insert", _check, propagate=True)
event.listen(Base, "before_update", _check, propagate=True)
