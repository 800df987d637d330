"""PDF documents made with reportlab from plain data (services.records, ShopSettings), never a session.

Every function returns the PDF as bytes (write it to a file, or hand it to QPdfDocument through a QBuffer):

- render_invoice(order, settings, issued=None)            A4 or Letter from settings.paper_size
- render_receipt(order, settings, RECEIPT_80 | RECEIPT_58)  page height follows the content
- render_packing_slip(order, settings)
- render_shipping_label(order, settings, LABEL_4X6 | LABEL_100X150)
- render_barcode_labels(products, settings, A4_3X8 | LETTER_3X10, copies=1, skip=0, progress=None)
- render_orders(OrderDocument.X, orders, settings, progress=None)   many orders in one PDF

`progress(done, total) -> bool` is called from the rendering thread; returning False cancels and the
function returns None. A missing CJK font raises FontNotFound (a DocumentError) with a message to show.
"""

from oms_desktop.documents.barcode_labels import A4_3X8, LETTER_3X10, render_barcode_labels
from oms_desktop.documents.batch import OrderDocument, render_order, render_orders
from oms_desktop.documents.errors import DocumentError, FontNotFound
from oms_desktop.documents.invoice import render_invoice
from oms_desktop.documents.packing_slip import render_packing_slip
from oms_desktop.documents.receipt import RECEIPT_58, RECEIPT_80, render_receipt
from oms_desktop.documents.shipping_label import LABEL_4X6, LABEL_100X150, render_shipping_label

__all__ = [
    "A4_3X8",
    "LABEL_4X6",
    "LABEL_100X150",
    "LETTER_3X10",
    "RECEIPT_58",
    "RECEIPT_80",
    "DocumentError",
    "FontNotFound",
    "OrderDocument",
    "render_barcode_labels",
    "render_invoice",
    "render_order",
    "render_orders",
    "render_packing_slip",
    "render_receipt",
    "render_shipping_label",
]
