"""Gap-free counters for human numbers (SO-2026-000123), and the one way such a number is written."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base


class Sequence(Base):
    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


ORDER_PREFIX = "SO"
CUSTOMER_PREFIX = "C"


def counter_name(prefix: str, year: int) -> str:
    """The counter that numbers `prefix` documents in the shop's calendar `year`."""
    return f"{prefix}-{year}"


def is_number_of(prefix: str, text: str) -> bool:
    """Whether `text` is written like a `prefix` document's number (SO-2026-000123), as a receipt prints it."""
    head, _, rest = text.strip().upper().partition("-")
    year, _, value = rest.partition("-")
    return head == prefix and len(year) == 4 and year.isdigit() and len(value) >= 6 and value.isdigit()


def format_number(prefix: str, year: int, value: int) -> str:
    """The human number: SO-2026-000123."""
    return f"{counter_name(prefix, year)}-{value:06d}"
