"""Paper sizes, margins, colours and paragraph styles shared by the documents."""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

PAPER = {"A4": A4, "Letter": LETTER}
MARGIN = 15 * mm
TOP_MARGIN = 18 * mm  # room for the running header on continuation pages
BOTTOM_MARGIN = 16 * mm  # room for the "page x of y" footer

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#ececec")


def page_size(paper: str) -> tuple[float, float]:
    """The page for a Settings paper name; unknown names get A4."""
    return PAPER.get(paper, A4)


def lines_table_style() -> TableStyle:
    """The look of a document's table of lines: a shaded head row ruled off, a hairline under each line."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


@dataclass(frozen=True)
class Styles:
    """Paragraph styles in the document font (one face: hierarchy comes from size and colour)."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    shop: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    head_cell: ParagraphStyle
    head_right: ParagraphStyle
    big: ParagraphStyle
    big_right: ParagraphStyle
    centred: ParagraphStyle

    @classmethod
    def in_font(cls, font: str) -> "Styles":
        body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, textColor=INK)
        cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5)
        head_cell = ParagraphStyle("head", parent=cell, textColor=MUTED)
        return cls(
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
            muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
            title=ParagraphStyle("title", parent=body, fontSize=20, leading=24, alignment=TA_RIGHT),
            shop=ParagraphStyle("shop", parent=body, fontSize=15, leading=19),
            heading=ParagraphStyle("heading", parent=body, fontSize=8, leading=11, textColor=MUTED),
            cell=cell,
            cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
            head_cell=head_cell,
            head_right=ParagraphStyle("head_right", parent=head_cell, alignment=TA_RIGHT),
            big=ParagraphStyle("big", parent=body, fontSize=12, leading=15),
            big_right=ParagraphStyle("big_right", parent=body, fontSize=11, leading=14, alignment=TA_RIGHT),
            centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
        )
