"""Any order document by name, for one order or many in one PDF (the CLI's batch form, the GUI's
"print selected" with a progress dialog and a Cancel button)."""

from collections.abc import Sequence
from enum import StrEnum

from oms_desktop.documents.invoice import render_invoices
from oms_desktop.documents.packing_slip import render_packing_slips
from oms_desktop.documents.paging import Progress, finished
from oms_desktop.documents.quotation import render_quotations
from oms_desktop.documents.receipt import RECEIPT_80, ReceiptPaper, render_receipts
from oms_desktop.documents.shipping_label import LABEL_4X6, render_shipping_labels
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings


class OrderDocument(StrEnum):
    INVOICE = "invoice"
    RECEIPT = "receipt"
    PACKING_SLIP = "packing-slip"
    SHIPPING_LABEL = "label"
    QUOTATION = "quote"  # a quotation's own document (services/quotes.py): printed for quotations only


def render_orders(
    kind: OrderDocument,
    orders: Sequence[OrderDetail],
    settings: ShopSettings,
    *,
    progress: Progress | None = None,
    receipt_paper: ReceiptPaper = RECEIPT_80,
    label_size: tuple[float, float] = LABEL_4X6,
) -> bytes | None:
    """One PDF holding the document of each order, in the order given.

    `progress(done, total)` is called as the work advances (from the calling thread); when it returns False
    the work stops and None is returned. Nothing here touches Qt or the database, so it can run in a worker.
    """
    if kind is OrderDocument.INVOICE:
        return render_invoices(orders, settings, progress=progress)
    if kind is OrderDocument.PACKING_SLIP:
        return render_packing_slips(orders, settings, progress=progress)
    if kind is OrderDocument.RECEIPT:
        return render_receipts(orders, settings, receipt_paper, progress=progress)
    if kind is OrderDocument.QUOTATION:
        return render_quotations(orders, settings, progress=progress)
    return render_shipping_labels(orders, settings, label_size, progress=progress)


def render_order(kind: OrderDocument, order: OrderDetail, settings: ShopSettings) -> bytes:
    """The document of one order as PDF bytes."""
    pdf = render_orders(kind, [order], settings)
    return finished(pdf)
