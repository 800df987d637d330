"""The people who use the till: a name, a role and a PIN (kept only as an argon2 hash)."""

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, Enum, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base, UtcDateTime
from oms_desktop.domain.errors import ValidationError

PIN_DIGITS = (4, 8)
WRONG_PINS_BEFORE_LOCK = 5
LOCK_SECONDS = 60


class Role(enum.StrEnum):
    """Each role may do what the one before it may, and more (domain/permissions.py)."""

    CASHIER = "cashier"
    MANAGER = "manager"
    OWNER = "owner"

    @property
    def rank(self) -> int:
        return list(Role).index(self)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    # The name as it is looked up (case and surrounding spaces do not make another person).
    name_key: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    wrong_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def require_name(name: str) -> str:
    """The name as it will be shown: trimmed, one space between words, 1-64 characters."""
    shown = " ".join(name.split())
    if not shown or len(shown) > 64:
        raise ValidationError("user_name_invalid", name=name[:80])
    return shown


def require_pin(pin: str) -> None:
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        raise ValidationError("pin_invalid", low=low, high=high)


@dataclass(frozen=True)
class Actor:
    """A person whose PIN was checked: who the action is done by (or approved by)."""

    user_id: int
    name: str
    role: Role
    # A client of the local API acting with a token (services/api_tokens.py): nobody is there to approve
    # on the spot, so what a manager could let through is refused as it is.
    remote: bool = False
