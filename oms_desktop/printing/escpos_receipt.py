"""A sale's receipt as ESC/POS bytes: what the PDF receipt (documents/receipt.py) shows, on the roll."""

from oms_desktop.documents.wording import shop_lines
from oms_desktop.printing.job import Job
from oms_desktop.printing.shop_text import ShopText
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

INDENT = 2  # the figures under a line's name


def receipt_job(
    order: OrderDetail,
    settings: ShopSettings,
    *,
    columns: int = 42,
    text_mode: str = "gb18030",
    open_drawer: bool = False,
) -> bytes:
    """The receipt of `order` for a printer `columns` wide: shop, order number and time, lines, totals,
    payments, thanks, the order number as a CODE128 barcode, a cut, then a drawer pulse when
    `open_drawer` (the caller asks for it when cash was taken). `text_mode` is "gb18030" or "image"."""
    job = Job(columns=columns, text_mode_name=text_mode)
    shop = ShopText.for_shop(settings)
    w, fmt = shop.words, shop.fmt

    job.text(settings.shop_name, align="centre", bold=True, double=True)
    for line in shop_lines(settings, shop.words):
        job.text(line, align="centre")
    job.rule()
    job.text(w.receipt, align="centre", bold=True)
    job.text(f"{w.order_no} {order.number}", align="centre")
    job.text(shop.moment(order.created_at), align="centre")
    if order.customer is not None:
        job.text(order.customer.name, align="centre")
    job.rule()

    for ln in order.lines:
        job.text(ln.name)
        # "x", not "×": the sign is two columns wide in a Chinese font and would push the figures apart.
        quantity = f"{fmt.quantity(ln.quantity)} x {fmt.number(ln.unit_price)}"
        job.pair(quantity, fmt.number(ln.gross), indent=INDENT)
        if ln.discount:
            job.pair(w.discount, fmt.number(-ln.discount), indent=INDENT)
    job.rule()

    job.pair(w.subtotal, fmt.money(order.subtotal))
    if order.discount:
        job.pair(w.discount, fmt.money(-order.discount))
    bands = [(w.tax_of(fmt.percent(b.rate), order.tax_included), fmt.money(b.tax)) for b in order.tax_bands]
    if not order.tax_included:
        for label, amount in bands:
            job.pair(label, amount)
    job.pair(w.total, fmt.money(order.total), bold=True, double=True)
    if order.tax_included:  # inside the total: after it
        for label, amount in bands:
            job.pair(label, amount)

    if order.payments or order.balance:
        job.blank()
    for p in order.payments:
        if p.kind == "refund":
            job.pair(f"{w.refund} ({w.method(p.method)})", fmt.money(-p.amount))
            continue
        job.pair(w.method(p.method), fmt.money(p.amount))
        if p.tendered is not None:
            job.pair(w.tendered, fmt.money(p.tendered))
            job.pair(w.change, fmt.money(p.change))
    if order.balance:
        job.pair(w.balance_due, fmt.money(order.balance), bold=True)

    job.rule()
    job.text(w.thanks, align="centre")
    job.blank()
    job.barcode(order.number)  # left out (the number is printed above) when it cannot be a CODE128
    job.cut()
    if open_drawer:
        job.kick_drawer()
    return job.output()
