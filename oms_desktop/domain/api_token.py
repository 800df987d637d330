"""The keys a web shop or a script uses for the local API: named by the owner, read-only or read-write,
stored only as a hash (the token itself is shown once, when it is made)."""

import enum
import hashlib
from datetime import datetime

from sqlalchemy import Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base, UtcDateTime
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.user import Role


class Scope(enum.StrEnum):
    READ = "read"  # products, stock and orders may be looked at
    WRITE = "write"  # orders may also be placed, paid and cancelled


# What a write token may do: a cashier's work (sell, take payments, cancel); a manager's is refused.
ACTS_AS = Role.CASHIER
NAME_MOST = 64


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[Scope] = mapped_column(
        Enum(Scope, native_enum=False, length=8, values_callable=lambda e: [m.value for m in e])
    )
    # sha256 of the token: a token is 32 random bytes, so a fast hash is enough and it can be looked up.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # its first characters, to tell tokens apart in a list
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


def token_hash(token: str) -> str:
    """What is stored of a token, and looked up when one is presented."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def require_name(name: str) -> str:
    """A token's name as it is kept: trimmed, one space between words, 1-64 printable characters."""
    shown = " ".join(name.split())
    if not shown or len(shown) > NAME_MOST or not shown.isprintable():
        raise ValidationError("api_token_name_invalid", name=name[:80])
    return shown
