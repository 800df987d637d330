"""Shop-wide settings as key/value text (shop name, currency, language...)."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import Base


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
