"""The shop's words, number formats and time zone, as the printed receipts and reports write them: the
same words and formats as the PDF documents (documents/wording, documents/formatting)."""

from dataclasses import dataclass
from datetime import datetime, tzinfo

from oms_desktop.documents.formatting import Formats
from oms_desktop.documents.wording import Words, words_for
from oms_desktop.services.periods import zone_named
from oms_desktop.services.settings import ShopSettings


@dataclass(frozen=True)
class ShopText:
    words: Words
    fmt: Formats
    zone: tzinfo | None  # None: this computer's zone

    @classmethod
    def for_shop(cls, settings: ShopSettings, currency: str | None = None) -> "ShopText":
        """The shop's language and zone; amounts in `currency`, or the shop's when None."""
        try:
            zone = zone_named(settings.time_zone)
        except ValueError:
            # A zone this computer's time zone database lacks: print in the computer's zone rather than
            # refuse to print a sale that has been made.
            zone = None
        return cls(
            words=words_for(settings.language),
            fmt=Formats.for_shop(settings.language, currency or settings.currency),
            zone=zone,
        )

    def moment(self, when: datetime) -> str:
        """Date and time in the shop's zone, as the PDF receipt writes them: "2026-11-22 14:05"."""
        return when.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
