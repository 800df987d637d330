"""Order documents for "Print / Preview": the renderers of the documents package (issue 4), fed with an
OrderDetail and the ShopSettings. reportlab is imported only when a document is first rendered."""

import importlib.util
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings

translate = QCoreApplication.translate
DOCUMENTS_PACKAGE = "oms_desktop.documents"


def available() -> bool:
    """Whether this build has the document renderers. Looks for the package without importing it:
    importing it loads reportlab (half a second), which waits until a document is first wanted."""
    return importlib.util.find_spec(DOCUMENTS_PACKAGE) is not None


def kinds(orders: Sequence[OrderDetail] = ()) -> list[tuple[str, str]]:
    """(document kind, what the user sees), in the order the preview offers them: for quotations, the
    quotation."""
    if orders and all(is_quotation(o) for o in orders):
        return [("quote", translate("Documents", "Quotation"))]
    return [
        ("invoice", translate("Documents", "Invoice")),
        ("receipt", translate("Documents", "Receipt")),
        ("packing-slip", translate("Documents", "Packing slip")),
        ("label", translate("Documents", "Shipping label")),
    ]


def is_quotation(order: OrderDetail) -> bool:
    """A quotation, taken up or not yet (expired too), prints as a quotation."""
    return order.status in ("quote", "expired")


def default_kind(order: OrderDetail) -> str:
    """A counter sale prints a receipt; a quotation a quotation; any other order an invoice."""
    if is_quotation(order):
        return "quote"
    return "receipt" if order.channel == "counter" else "invoice"


def render_many(
    kind: str, orders: Sequence[OrderDetail], settings: ShopSettings, progress: Callable[[int, int], bool]
) -> bytes | None:
    """One PDF with the document of every order (CPU work); None when `progress` returned False (Cancel)."""
    from oms_desktop.documents.batch import OrderDocument, render_orders

    return render_orders(OrderDocument(kind), orders, settings, progress=progress)


def render(kind: str, order: OrderDetail, settings: ShopSettings) -> bytes:
    """The document as PDF bytes (CPU work: run it off the GUI thread)."""
    from oms_desktop.documents.batch import OrderDocument, render_order

    return render_order(OrderDocument(kind), order, settings)
