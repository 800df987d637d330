"""Text drawn into a fixed box on a canvas (labels): shrunk until it fits, cut short if even that fails."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from oms_desktop.documents.context import markup

ELLIPSIS = "…"


def _paragraph(text: str, style: ParagraphStyle, size: float) -> Paragraph:
    return Paragraph(markup(text), ParagraphStyle("fit", parent=style, fontSize=size, leading=size * 1.22))


def fit_text(
    canv: Canvas,
    text: str,
    style: ParagraphStyle,
    box: tuple[float, float, float, float],
    smallest: float,
) -> float:
    """Draw `text` in box (x, top, width, height) from the top down, shrinking the type from
    style.fontSize to `smallest` until it fits; text that does not fit even then is cut with "…" rather
    than spill over its neighbours. Returns the height used."""
    x, top, width, height = box
    size = style.fontSize
    para = _paragraph(text, style, size)
    used = para.wrap(width, height)[1]
    while used > height and size > smallest:
        size = max(smallest, size - 0.5)
        para = _paragraph(text, style, size)
        used = para.wrap(width, height)[1]
    if used > height:
        # The longest beginning of the text that fits, found by halving.
        short, long = 0, len(text)
        while long - short > 1:
            middle = (short + long) // 2
            if _paragraph(text[:middle] + ELLIPSIS, style, size).wrap(width, height)[1] <= height:
                short = middle
            else:
                long = middle
        para = _paragraph(text[:short].rstrip() + ELLIPSIS, style, size)
        used = para.wrap(width, height)[1]
    para.drawOn(canv, x, top - used)
    return used


def fit_line(text: str, font: str, size: float, width: float) -> float:
    """The font size, at most `size`, at which one line of `text` is no wider than `width`."""
    natural = stringWidth(text, font, size)
    return size if natural <= width else size * width / natural
