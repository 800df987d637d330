"""Gap-free counters for human numbers (SO-2026-000123)."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base


class Sequence(Base):
    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)
