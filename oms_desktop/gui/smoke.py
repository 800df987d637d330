"""`oms-desktop --smoke`: open the window, sell one product at the counter through the real page, exit.

Exit code 0 when the sale was recorded and its invoice made (written to $OMS_SMOKE_INVOICE when set, see
smoke_invoice.py), 1 otherwise (or after SMOKE_TIMEOUT_MS).
"""

import logging
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import smoke_invoice
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import demo, product_search
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.records import OrderDetail, ProductRecord

SMOKE_TIMEOUT_MS = 30_000
log = logging.getLogger(__name__)


def sellable(uow: UnitOfWork) -> ProductRecord | None:
    """A product in stock to sell; an empty database first gets a little demo data."""
    if not product_search.search_products(uow, "", limit=1):
        demo.generate(uow, orders_count=10, products_count=14, customers_count=6)
    for product in smoke_invoice.chinese_first(
        product_search.search_products(uow, "", limit=200, active_only=True)
    ):
        if product.available > 0 or product.allow_backorder:
            return product
    return None


def run_smoke(window: MainWindow) -> None:
    """Scan a product into the counter's cart and pay cash; the app exits with the result."""
    app = QApplication.instance()
    assert app is not None
    counter = window.counter

    deadline = QTimer(window)  # stopped when the run ends, so it never fires into a later event loop
    deadline.setSingleShot(True)

    def finish(code: int, why: str) -> None:
        deadline.stop()
        print(f"smoke: {why}", flush=True)
        log.info("smoke: %s", why)
        app.exit(code)

    def sold(detail: OrderDetail) -> None:
        code, invoice = smoke_invoice.write_invoice(window.ctx, detail.number)
        finish(code, f"order {detail.number} {detail.status}, total {detail.total}; {invoice}")

    print("smoke: window shown", flush=True)  # the event loop runs: packaging measures start-up to here
    deadline.timeout.connect(lambda: finish(1, "timed out"))
    deadline.start(SMOKE_TIMEOUT_MS)
    try:
        product = window.ctx.tasks.call(sellable)
    except DomainError as exc:
        finish(1, str(exc))
        return
    if product is None:
        finish(1, "no product in stock to sell")
        return
    counter.order_saved.connect(sold)
    counter.search.setText(product.barcode or product.sku)
    counter.enter()

    def pay_when_scanned() -> None:  # the scan is resolved and priced on the worker
        if not counter.settled:
            QTimer.singleShot(20, pay_when_scanned)
            return
        if not counter.cart.rowCount():
            finish(1, counter.message.text())
            return
        total: Decimal = counter.total_due
        counter.submit_sale([PaymentRequest(PaymentMethod.CASH, total, total)])

    pay_when_scanned()
