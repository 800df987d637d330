"""Text drawn into a fixed box on a canvas (labels), shrunk until it fits."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from oms_desktop.documents.context import markup


def fit_text(
    canv: Canvas,
    text: str,
    style: ParagraphStyle,
    box: tuple[float, float, float, float],
    smallest: float,
) -> float:
    """Draw `text` in box (x, top, width, height) from the top down, shrinking the type from
    style.fontSize to `smallest` until it fits; returns the height used (at `smallest` it may overflow)."""
    x, top, width, height = box
    size = style.fontSize
    while True:
        para = Paragraph(
            markup(text), ParagraphStyle("fit", parent=style, fontSize=size, leading=size * 1.22)
        )
        used = para.wrap(width, height)[1]
        if used <= height or size <= smallest:
            para.drawOn(canv, x, top - used)
            return used
        size = max(smallest, size - 0.5)
