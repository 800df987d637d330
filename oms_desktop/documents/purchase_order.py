"""The purchase order sent to a supplier: shop, supplier and where to deliver, the lines with our SKU and
the supplier's, quantities in each product's unit, costs and the total in the PO's (the supplier's)
currency, and the PO number as a Code 128 barcode for the delivery note. Once goods have arrived, a column
says how much of each line has.
"""

from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from oms_desktop.documents.barcodes import Code128Flowable
from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.formatting import Formats
from oms_desktop.documents.letterhead import address_boxes, letterhead
from oms_desktop.documents.paging import Part, build, column_widths, finished
from oms_desktop.documents.styles import INK, lines_table_style
from oms_desktop.domain.quantity import Quantity
from oms_desktop.services.po_document import PODocument
from oms_desktop.services.settings import ShopSettings

# No., our SKU, supplier's SKU, (item takes the rest), Qty, [Received], Unit cost, Amount
NUMBER, SKU, ITEM, QUANTITY, COST, AMOUNT = 9 * mm, 22 * mm, None, 19 * mm, 20 * mm, 24 * mm
TOTAL_WIDTH = (56 * mm, 36 * mm)


def render_purchase_order(doc: PODocument, settings: ShopSettings) -> bytes:
    """One purchase order as PDF bytes, on the shop's paper and in its document language."""
    ctx = po_context(doc, settings)
    pdf = build([purchase_order_part(doc, ctx)], ctx, title=f"{ctx.words.purchase_order} {doc.po.number}")
    return finished(pdf)


def po_context(doc: PODocument, settings: ShopSettings) -> DocumentContext:
    """The shop's context with money in the PO's currency (the supplier's, which may not be the shop's)."""
    ctx = DocumentContext.for_shop(settings)
    return replace(ctx, fmt=Formats.for_shop(settings.language, doc.po.currency))


def purchase_order_part(doc: PODocument, ctx: DocumentContext) -> Part:
    """The purchase order's flowables."""
    w, fmt, po = ctx.words, ctx.fmt, doc.po
    facts = [
        (w.po_no, po.number),
        (w.po_date, fmt.day(po.created_at)),
        (w.supplier_no, po.supplier_code),
        (w.currency, po.currency),
    ]
    barcode = Code128Flowable(po.number, ctx.font, width=64 * mm, bar_height=13 * mm)
    story = letterhead(ctx, w.purchase_order, facts, extra=barcode)
    story += address_boxes(ctx, [(w.supplier, supplier_text(doc, ctx)), (w.deliver_to, deliver_to(doc, ctx))])
    story += [lines_table(doc, ctx), Spacer(1, 4 * mm), KeepTogether(total_table(doc, ctx))]
    story += closing(doc, ctx)
    return Part(w.purchase_order, po.number, story)


def supplier_text(doc: PODocument, ctx: DocumentContext) -> str:
    """The supplier's name, contact, address, phone and e-mail, one per line, leaving out what is empty."""
    w, s = ctx.words, doc.supplier
    lines = [s.name]
    if s.contact.strip():
        lines.append(f"{w.attention} {s.contact.strip()}")
    lines += [ln.strip() for ln in s.address.splitlines() if ln.strip()]
    if s.phone.strip():
        lines.append(f"{w.phone} {s.phone.strip()}")
    if s.email.strip():
        lines.append(f"{w.email} {s.email.strip()}")
    return "\n".join(lines)


def deliver_to(doc: PODocument, ctx: DocumentContext) -> str:
    """The shop's name and address, its phone, and the stock location the goods are for."""
    w, settings = ctx.words, ctx.settings
    lines = [settings.shop_name]
    lines += [ln.strip() for ln in settings.address.splitlines() if ln.strip()]
    if settings.phone:
        lines.append(f"{w.phone} {settings.phone}")
    place = doc.location_code
    if doc.location_name.strip() and doc.location_name.strip().upper() != place:
        place = f"{place} · {doc.location_name.strip()}"
    lines.append(f"{w.location} {place}")
    return "\n".join(lines)


def lines_table(doc: PODocument, ctx: DocumentContext) -> Table:
    """The ordered lines; the head row repeats on every page. With goods arrived, a Received column."""
    w, fmt, st = ctx.words, ctx.fmt, ctx.styles
    received = doc.any_received
    heads = [w.line_no, w.our_sku, w.supplier_sku, w.item, w.quantity]
    columns: list[float | None] = [NUMBER, SKU, SKU, ITEM, QUANTITY]
    if received:
        heads.append(w.received)
        columns.append(QUANTITY)
    heads += [w.unit_cost, w.line_total]
    columns += [COST, AMOUNT]
    rows: list[list[object]] = [ctx.head_row(heads, 4)]
    for ln in doc.po.lines:
        unit = w.unit(doc.unit(ln.sku))

        def amount(quantity: Quantity, unit: str = unit) -> str:
            return f"{fmt.quantity(quantity)} {unit}".strip()

        numbers = [amount(ln.quantity)]
        if received:
            numbers.append(amount(ln.received))
        numbers += [fmt.money(ln.unit_cost), fmt.money(ln.total)]
        rows.append(
            [ctx.para(str(ln.line_no), st.cell), ctx.para(ln.sku, st.cell)]
            + [ctx.para(ln.supplier_sku, st.cell), ctx.para(ln.name, st.cell)]
            + [ctx.para(n, st.cell_right) for n in numbers]
        )
    table = Table(rows, colWidths=column_widths(ctx, columns), repeatRows=1)
    table.setStyle(lines_table_style())
    return table


def total_table(doc: PODocument, ctx: DocumentContext) -> Table:
    """The PO's total in its currency, right-aligned under the lines."""
    w, st = ctx.words, ctx.styles
    label = w.po_total.format(currency=doc.po.currency)
    table = Table(
        [[ctx.para(label, st.big_right), ctx.para(ctx.fmt.money(doc.po.total), st.big_right)]],
        colWidths=TOTAL_WIDTH,
        hAlign="RIGHT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def closing(doc: PODocument, ctx: DocumentContext) -> list[Flowable]:
    """What has arrived so far (after a delivery), the PO's notes, and the request to the supplier."""
    w, st, po = ctx.words, ctx.styles, doc.po
    story: list[Flowable] = [Spacer(1, 5 * mm)]
    if po.deliveries:
        last = max(d.at for d in po.deliveries)
        story += [ctx.para(w.deliveries(len(po.deliveries), ctx.fmt.day(last)), st.muted), Spacer(1, 3 * mm)]
    if po.notes.strip():
        story += [ctx.para(w.notes, st.heading), ctx.para(po.notes), Spacer(1, 3 * mm)]
    story.append(ctx.para(w.po_request, st.body))
    return story
