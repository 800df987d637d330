"""The top of a full-page document: the shop (logo, name, address, tax id), the title, key facts, addresses."""

import logging
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.paging import content_width
from oms_desktop.documents.styles import RULE, SHADE

log = logging.getLogger(__name__)

LOGO_BOX = (40 * mm, 18 * mm)


def logo(path: str) -> Image | None:
    """The shop's logo scaled into LOGO_BOX, or None when there is none or it cannot be read."""
    if not path:
        return None
    try:
        width, height = ImageReader(path).getSize()
    except (OSError, ValueError) as exc:
        log.warning("logo %s not used: %s", path, exc)
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(path, width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def letterhead(
    ctx: DocumentContext, title: str, facts: Sequence[tuple[str, str]], extra: Flowable | None = None
) -> list[Flowable]:
    """Shop on the left; title, facts (label, value) and an optional extra (a barcode) on the right."""
    st = ctx.styles
    shop: list[Flowable] = []
    image = logo(ctx.settings.logo_path)
    if image is not None:
        shop += [image, Spacer(1, 2 * mm)]
    shop.append(ctx.para(ctx.settings.shop_name, st.shop))
    shop.append(ctx.para("\n".join(ctx.shop_lines()), st.muted))

    fact_table = Table(
        [[ctx.para(label, st.head_right), ctx.para(value, st.cell_right)] for label, value in facts],
        colWidths=[28 * mm, 46 * mm],
        hAlign="RIGHT",
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a label beside the first line of a wrapped value
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ]
        )
    )
    side: list[Flowable] = [ctx.para(title, st.title), Spacer(1, 2 * mm), fact_table]
    if extra is not None:
        extra.hAlign = "RIGHT"
        side += [Spacer(1, 2 * mm), extra]

    width = content_width(ctx)
    head = Table([[shop, side]], colWidths=[width - 74 * mm, 74 * mm])
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [head, Spacer(1, 6 * mm)]


def address_boxes(ctx: DocumentContext, boxes: Sequence[tuple[str, str | Flowable]]) -> list[Flowable]:
    """Side-by-side boxes of a heading and a multi-line address (or a flowable of its own: a summary)."""
    st = ctx.styles
    width = content_width(ctx)
    gap = 6 * mm
    box_width = (width - gap * (len(boxes) - 1)) / len(boxes)
    cells: list[object] = []
    widths: list[float] = []
    for i, (heading, text) in enumerate(boxes):
        if i:
            cells.append("")
            widths.append(gap)
        body = ctx.para(text, st.body) if isinstance(text, str) else text
        cells.append([ctx.para(heading, st.heading), body])
        widths.append(box_width)
    table = Table([cells], colWidths=widths)
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for col in range(0, len(cells), 2):
        commands += [("BOX", (col, 0), (col, 0), 0.6, RULE), ("BACKGROUND", (col, 0), (col, 0), SHADE)]
    table.setStyle(TableStyle(commands))
    return [table, Spacer(1, 6 * mm)]
