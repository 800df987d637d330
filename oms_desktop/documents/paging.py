"""Multi-page documents: one or many orders in one PDF, each numbered "page x of y" on its own.

Pages are held back until the whole PDF is laid out (PagedCanvas), because "of y" is known only then; the
footer and the running header of continuation pages are drawn at that point.
"""

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.errors import DocumentError
from oms_desktop.documents.styles import BOTTOM_MARGIN, MARGIN, MUTED, RULE, TOP_MARGIN, page_size

Item = TypeVar("Item")  # what one page shows: an order, a return

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Part:
    """One document (an invoice, a packing slip) inside a PDF."""

    title: str
    number: str
    story: list[Flowable]


class Cancelled(Exception):
    """The progress callback asked to stop."""


def finished(pdf: bytes | None) -> bytes:
    """The PDF of a render that had no progress callback, so could not be cancelled."""
    if pdf is None:
        raise DocumentError("The document was cancelled")
    return pdf


class PagedCanvas(Canvas):
    """A canvas that keeps every page until save(), then decorates each with its document's page count."""

    def __init__(self, *args: Any, ctx: DocumentContext, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx = ctx
        self.part: Part | None = None
        self._held: list[tuple[dict[str, Any], Part | None]] = []

    def showPage(self) -> None:
        self._held.append((dict(self.__dict__), self.part))
        self._startPage()

    def save(self) -> None:
        totals = Counter(id(part) for _, part in self._held)
        seen: Counter[int] = Counter()
        for state, part in self._held:
            self.__dict__.update(state)
            seen[id(part)] += 1
            if part is not None:
                decorate(self, self.ctx, part, seen[id(part)], totals[id(part)])
            Canvas.showPage(self)
        super().save()


class PartStart(Flowable):
    """Marks where a document starts: the pages from here on are its own, and progress is reported."""

    def __init__(self, part: Part, index: int, total: int, progress: Progress | None) -> None:
        super().__init__()
        self.part = part
        self.index = index
        self.total = total
        self.progress = progress

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self.progress is not None and not self.progress(self.index, self.total):
            raise Cancelled
        if isinstance(self.canv, PagedCanvas):
            self.canv.part = self.part


def decorate(canv: Canvas, ctx: DocumentContext, part: Part, page: int, pages: int) -> None:
    """Footer on every page; on continuation pages a header naming the document."""
    width, height = canv._pagesize
    w = ctx.words
    canv.saveState()
    canv.setFont(ctx.font, 8)
    canv.setFillColor(MUTED)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    footer_y = BOTTOM_MARGIN - 9 * mm
    canv.line(MARGIN, footer_y + 4 * mm, width - MARGIN, footer_y + 4 * mm)
    canv.drawString(MARGIN, footer_y, f"{ctx.settings.shop_name} · {part.title} {part.number}")
    canv.drawRightString(width - MARGIN, footer_y, w.page_of.format(page=page, pages=pages))
    if page > 1:
        header_y = height - TOP_MARGIN + 6 * mm
        canv.drawString(MARGIN, header_y, f"{part.title} {part.number} {w.continued}")
        canv.line(MARGIN, header_y - 2 * mm, width - MARGIN, header_y - 2 * mm)
    canv.restoreState()


def build(
    parts: Sequence[Part], ctx: DocumentContext, *, title: str, progress: Progress | None = None
) -> bytes | None:
    """Lay out the parts, each starting on a new page, as one PDF; None when progress cancelled."""
    buffer = io.BytesIO()
    width, height = page_size(ctx.settings.paper_size)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        title=title,
        author=ctx.settings.shop_name,
        creator="OMS Desktop",
        invariant=1,
    )
    # No frame padding: tables laid out to content_width() then line up with the footer rule.
    frame = Frame(
        MARGIN, BOTTOM_MARGIN, width - 2 * MARGIN, height - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for index, part in enumerate(parts):
        if story:
            story.append(PageBreak())
        story.append(PartStart(part, index, len(parts), progress))
        story.extend(part.story)

    def make_canvas(*args: Any, **kwargs: Any) -> PagedCanvas:
        return PagedCanvas(*args, ctx=ctx, **kwargs)

    try:
        doc.build(story, canvasmaker=make_canvas)
    except Cancelled:
        return None
    if progress is not None:
        progress(len(parts), len(parts))
    return buffer.getvalue()


def draw_pages(
    orders: Sequence[Item],
    ctx: DocumentContext,
    draw: Callable[[Canvas, Item], None],
    *,
    page: tuple[float, float],
    title: str,
    progress: Progress | None = None,
) -> bytes | None:
    """One canvas page per order or document (labels, receipts, return receipts): `draw` may resize its
    page; None when cancelled."""
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=page, invariant=1)
    canv.setTitle(title)
    canv.setAuthor(ctx.settings.shop_name)
    canv.setCreator("OMS Desktop")
    for index, order in enumerate(orders):
        if progress is not None and not progress(index, len(orders)):
            return None
        draw(canv, order)
        canv.showPage()
    canv.save()
    if progress is not None:
        progress(len(orders), len(orders))
    return buffer.getvalue()


def content_width(ctx: DocumentContext) -> float:
    """The width between the margins of the shop's paper."""
    return page_size(ctx.settings.paper_size)[0] - 2 * MARGIN


def column_widths(ctx: DocumentContext, columns: Sequence[float | None]) -> list[float]:
    """A table's column widths across the page: the fixed ones as given, the one None takes the rest."""
    fixed = sum(c for c in columns if c is not None)
    return [c if c is not None else content_width(ctx) - fixed for c in columns]
