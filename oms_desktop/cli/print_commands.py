"""print invoice | receipt | packing-slip | label | return | po | statement | barcode-labels: documents
written as PDF files."""

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.documents.barcode_labels import A4_3X8, LABEL_SHEETS, LETTER_3X10, render_barcode_labels
from oms_desktop.documents.batch import OrderDocument, render_orders
from oms_desktop.documents.errors import DocumentError
from oms_desktop.documents.paging import finished
from oms_desktop.documents.parcels import shipment_parcel
from oms_desktop.documents.purchase_order import render_purchase_order
from oms_desktop.documents.receipt import RECEIPT_PAPERS
from oms_desktop.documents.return_receipt import render_return_receipt
from oms_desktop.documents.shipping_label import LABEL_SIZES
from oms_desktop.documents.statement import render_statement
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.order import Status
from oms_desktop.services import (
    catalogue,
    order_filters,
    order_pages,
    orders,
    product_search,
    quotes,
    sale_returns,
    statement_view,
)
from oms_desktop.services.periods import Period
from oms_desktop.services.po_document import po_document
from oms_desktop.services.records import OrderDetail, ProductRecord
from oms_desktop.services.settings import LANGUAGES, ShopSettings, get_settings

STATUSES = [s.value.replace("_", "-") for s in Status]
HELP = {
    OrderDocument.INVOICE: "an invoice (A4 or Letter, from the settings)",
    OrderDocument.RECEIPT: "a till receipt on 80 mm or 58 mm paper",
    OrderDocument.PACKING_SLIP: "a packing slip: the parcel's contents, no prices",
    OrderDocument.SHIPPING_LABEL: "a 4x6 in shipping label with tracking barcode and QR code",
    OrderDocument.QUOTATION: "a quotation: the prices offered and the last day they are valid (A4 or Letter)",
}
NAMES = {
    OrderDocument.INVOICE: ("invoice", "invoices"),
    OrderDocument.RECEIPT: ("receipt", "receipts"),
    OrderDocument.PACKING_SLIP: ("packing slip", "packing slips"),
    OrderDocument.SHIPPING_LABEL: ("shipping label", "shipping labels"),
    OrderDocument.QUOTATION: ("quotation", "quotations"),
}


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print", help="documents as PDF").add_subparsers(dest="print_command", required=True)
    for kind in OrderDocument:
        c = p.add_parser(kind.value, help=HELP[kind])
        which = c.add_mutually_exclusive_group(required=True)
        which.add_argument("number", nargs="?", help="an order number")
        which.add_argument("--orders", nargs="+", metavar="NUMBER", help="several orders, into one PDF")
        which.add_argument("--status", choices=STATUSES, help="every order with this status, oldest first")
        if kind is OrderDocument.RECEIPT:
            c.add_argument("--paper", choices=list(RECEIPT_PAPERS), default="80mm")
            c.add_argument(
                "--printer",
                nargs="?",
                const="",
                metavar="SETTING",
                help="print on the receipt printer (default: this computer's; or network:HOST[:PORT], "
                "usb:VENDOR:PRODUCT, serial:DEVICE, file:PATH)",
            )
            c.add_argument(
                "--open-drawer", action="store_true", help="with --printer: open the cash drawer too"
            )
        if kind is OrderDocument.SHIPPING_LABEL:
            c.add_argument("--size", choices=list(LABEL_SIZES), default="4x6")
        if kind in (OrderDocument.SHIPPING_LABEL, OrderDocument.PACKING_SLIP):
            c.add_argument(
                "--shipment",
                type=A.count_up_to(10_000),
                metavar="N",
                help="the N-th parcel of an order shipped in parts (default: the label the last parcel, "
                "the packing slip what is left to pack)",
            )
        _common(c, out_required=kind is not OrderDocument.RECEIPT)
        c.set_defaults(func=print_orders, document=kind)
    r = p.add_parser("return", help="a return's receipt (a credit note) on 80 mm or 58 mm paper")
    r.add_argument("number", help="the return's number (RT-...)")
    r.add_argument("--paper", choices=list(RECEIPT_PAPERS), default="80mm")
    _common(r)
    r.set_defaults(func=print_return)
    po = p.add_parser("po", help="a purchase order to send to its supplier (A4 or Letter, from the settings)")
    po.add_argument("number", help="the purchase order's number (PO-...)")
    _common(po)
    po.set_defaults(func=print_po)
    st = p.add_parser("statement", help="a customer's statement of account for a period (A4 or Letter)")
    st.add_argument("code", help="the customer's code")
    st.add_argument("--from", dest="start", type=A.day, required=True, metavar="YYYY-MM-DD")
    st.add_argument("--to", dest="end", type=A.day, required=True, metavar="YYYY-MM-DD")
    _common(st)
    st.set_defaults(func=print_statement)
    b = p.add_parser("barcode-labels", help="a sheet of product labels: name, price and barcode")
    b.add_argument(
        "--sku", nargs="+", default=[], metavar="SKU", help="SKUs or barcodes (default: all active)"
    )
    b.add_argument(
        "--copies", type=A.count_up_to(1000), default=1, help="labels per product (default 1, at most 1,000)"
    )
    b.add_argument("--sheet", choices=list(LABEL_SHEETS), help="label stock (default: from the paper size)")
    b.add_argument("--skip", type=A.not_negative, default=0, help="labels already used on the first sheet")
    _common(b)
    b.set_defaults(func=print_barcode_labels)


def _common(parser: argparse.ArgumentParser, *, out_required: bool = True) -> None:
    parser.add_argument(
        "--out", required=out_required, type=Path, metavar="FILE.pdf", help="the PDF file to write"
    )
    parser.add_argument("--language", choices=LANGUAGES, help="the documents' language (default: settings)")


def _settings(ctx: Context) -> ShopSettings:
    settings = get_settings(ctx.uow)
    language = ctx.args.language
    return replace(settings, language=language) if language else settings


def _orders(ctx: Context) -> list[OrderDetail]:
    a = ctx.args
    if a.number is not None:  # '' too: an empty number is an unknown order, not "every order"
        return [orders.get_order(ctx.uow, a.number)]
    if a.orders:
        return [orders.get_order(ctx.uow, number) for number in a.orders]
    flt = order_filters.OrderFilter(status=Status(a.status.replace("-", "_")))
    count = order_pages.count_orders(ctx.uow, flt)
    found = order_pages.list_orders(ctx.uow, flt, sort="created_at", descending=False, limit=max(count, 1))
    if not found:
        raise NotFound("no_orders_in_status", status=a.status.replace("-", "_"))
    return [orders.get_order(ctx.uow, o.number) for o in found]


def print_orders(ctx: Context) -> int:
    a = ctx.args
    kind: OrderDocument = a.document
    printer = getattr(a, "printer", None)
    if a.out is None and printer is None:
        raise argparse.ArgumentTypeError("give --out FILE.pdf, --printer, or both")
    chosen = _orders(ctx)
    if kind is OrderDocument.QUOTATION:
        for order in chosen:
            quotes.require_quotation(order.number, order.lifecycle, order.status)
    shipment = getattr(a, "shipment", None)
    if shipment is not None:
        if len(chosen) != 1:
            raise argparse.ArgumentTypeError("--shipment goes with one order number")
        chosen = [shipment_parcel(chosen[0], shipment)]
    settings = _settings(ctx)
    if printer is not None:
        _to_printer(ctx, chosen, settings, printer, open_drawer=a.open_drawer)
        if a.out is None:
            return 0
    options: dict[str, Any] = {}
    if kind is OrderDocument.RECEIPT:
        options["receipt_paper"] = RECEIPT_PAPERS[a.paper]
    if kind is OrderDocument.SHIPPING_LABEL:
        options["label_size"] = LABEL_SIZES[a.size]
    singular, plural = NAMES[kind]
    what = f"{singular} of {chosen[0].number}" if len(chosen) == 1 else f"{len(chosen)} {plural}"

    def render() -> bytes:
        return finished(render_orders(kind, chosen, settings, **options))

    return write_document(ctx, render, what, [o.number for o in chosen])


def print_return(ctx: Context) -> int:
    record = sale_returns.get_return(ctx.uow, ctx.args.number)
    settings, paper = _settings(ctx), RECEIPT_PAPERS[ctx.args.paper]
    return write_document(
        ctx,
        lambda: render_return_receipt(record, settings, paper),
        f"return receipt of {record.number}",
        [record.number],
    )


def print_po(ctx: Context) -> int:
    doc = po_document(ctx.uow, ctx.args.number)
    settings = _settings(ctx)
    return write_document(
        ctx,
        lambda: render_purchase_order(doc, settings),
        f"purchase order {doc.po.number}",
        [doc.po.number],
    )


def print_statement(ctx: Context) -> int:
    a = ctx.args
    try:
        period = Period(a.start, a.end)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    view = statement_view.statement(ctx.uow, a.code, period)
    settings = _settings(ctx)
    return write_document(
        ctx,
        lambda: render_statement(view, settings),
        f"statement of {view.customer.code} for {period.start.isoformat()} to {period.end.isoformat()}",
        [view.customer.code],
    )


def _products(ctx: Context) -> list[ProductRecord]:
    if ctx.args.sku:
        return [catalogue.find_product(ctx.uow, code) for code in ctx.args.sku]
    found: list[ProductRecord] = []
    page = 500
    while True:
        batch = product_search.search_products(ctx.uow, "", limit=page, offset=len(found), active_only=True)
        found += batch
        if len(batch) < page:
            return found


def print_barcode_labels(ctx: Context) -> int:
    a = ctx.args
    products = _products(ctx)
    if not products:
        raise NotFound("no_products_to_label")
    settings = _settings(ctx)
    sheet = LABEL_SHEETS[a.sheet] if a.sheet else (LETTER_3X10 if settings.paper_size == "Letter" else A4_3X8)
    count = len(products) * max(a.copies, 1)

    def render() -> bytes:
        return finished(render_barcode_labels(products, settings, sheet, copies=a.copies, skip=a.skip))

    return write_document(ctx, render, f"{count} barcode labels ({sheet.name})", [p.sku for p in products])


def write_document(ctx: Context, render: Callable[[], bytes], what: str, items: list[str]) -> int:
    """Render, then write the file whole: a half-written PDF never replaces a good one."""
    out: Path = ctx.args.out
    partial: Path | None = None
    try:
        pdf = render()
        if out.exists() and not out.is_file() and not out.is_dir():
            # A device or a pipe (/dev/stdout, a printer's FIFO) is written into: renaming a file over it
            # would replace the device itself.
            out.write_bytes(pdf)
        else:
            target = out.resolve()
            partial = target.with_name(f".{target.name}.part")
            partial.write_bytes(pdf)
            os.replace(partial, target)
    except DocumentError as exc:
        print(f"oms-desktop: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        if partial is not None:
            partial.unlink(missing_ok=True)
        print(f"oms-desktop: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if ctx.json:
        ctx.show({"file": str(out), "document": what, "items": items, "bytes": len(pdf)})
    else:
        print(f"Wrote {what} to {out}")
    return 0


def _to_printer(
    ctx: Context, chosen: list[OrderDetail], settings: ShopSettings, printer: str, *, open_drawer: bool
) -> None:
    """Each receipt as ESC/POS to the printer (this computer's unless named); the drawer opening audited."""
    from oms_desktop import this_computer
    from oms_desktop.printing.escpos_receipt import receipt_job
    from oms_desktop.printing.send import send
    from oms_desktop.services import till

    mine = this_computer.load(ctx.config.data_dir)
    setting = printer or mine.printer
    for number, order in enumerate(chosen):
        drawer = open_drawer and number == 0
        if drawer:
            till.open_drawer(ctx.uow, f"receipt {order.number}")
        job = receipt_job(
            order, settings, columns=mine.printer_columns, text_mode=mine.printer_text, open_drawer=drawer
        )
        send(setting, job)
    if ctx.json:
        ctx.show({"printed": [o.number for o in chosen], "printer": setting})
    else:
        print(f"Printed {len(chosen)} receipt(s) on {setting}")
