"""What every document needs besides its data: the shop's settings, words, formats, font and styles."""

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from oms_desktop.documents.fonts import document_font
from oms_desktop.documents.formatting import Formats
from oms_desktop.documents.styles import Styles
from oms_desktop.documents.wording import Words, shop_lines, words_for
from oms_desktop.services.settings import ShopSettings


@dataclass(frozen=True)
class DocumentContext:
    settings: ShopSettings
    words: Words
    fmt: Formats
    font: str
    styles: Styles

    @classmethod
    def for_shop(cls, settings: ShopSettings) -> "DocumentContext":
        """Everything a document needs for this shop; raises FontNotFound when no CJK font exists."""
        font = document_font()
        return cls(
            settings=settings,
            words=words_for(settings.language),
            fmt=Formats.for_shop(settings.language, settings.currency),
            font=font,
            styles=Styles.in_font(font),
        )

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of plain user text: markup characters escaped, line breaks kept."""
        return Paragraph(markup(text), style or self.styles.body)

    def head_row(self, heads: Sequence[str], numbers_from: int) -> list[object]:
        """A table's head row: the words of the columns from `numbers_from` on (amounts) set right."""
        st = self.styles
        return [
            self.para(h, st.head_right if i >= numbers_from else st.head_cell) for i, h in enumerate(heads)
        ]

    def shop_lines(self) -> list[str]:
        """The shop's address, phone, email and tax id as printed under its name."""
        return shop_lines(self.settings, self.words)


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())
