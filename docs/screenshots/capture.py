"""Screenshots of every page at 1366x768 with demo data, for the README.

Run under Xvfb so that the real window system draws the window:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/capture.py

It builds a fresh demo shop in a temporary folder (or uses --data-dir), opens the main window full
screen, prepares each page as a user would (a cart, a selected order, a low-stock product...) and saves
docs/screenshots/<page>.png.
"""

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from oms_desktop.config import Config
from oms_desktop.db.engine import make_engine
from oms_desktop.db.migrate import open_database
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.app import application
from oms_desktop.gui.context import UI_STATE_FILE, AppContext, open_context
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.services import customers, demo, queries
from oms_desktop.services.analytics.presets import Preset

HERE = Path(__file__).resolve().parent
WIDTH, HEIGHT = 1366, 768


def settle(ctx: AppContext, ms: int = 400) -> None:
    """Let queued database work finish and the window repaint."""
    end = time.monotonic() + ms / 1000
    while ctx.tasks.busy or time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def shoot(ctx: AppContext, name: str) -> Path:
    settle(ctx)
    screen = QGuiApplication.primaryScreen()
    path = HERE / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    print(f"saved {path}")
    return path


def make_demo(folder: Path) -> str:
    url = f"sqlite:///{folder / 'oms.sqlite3'}"
    if not (folder / "oms.sqlite3").exists():
        open_database(url).dispose()
        engine = make_engine(url)
        demo.generate(UnitOfWork(engine), orders_count=1500, seed=3)
        engine.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="reuse a demo data folder (made if missing)")
    args = parser.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="oms-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    url = make_demo(folder)
    (folder / UI_STATE_FILE).unlink(missing_ok=True)  # the default layout, not the last run's
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    app = application()
    ctx = open_context(Config(data_dir=folder, db_url=url), user="cashier")
    window = MainWindow(ctx)
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    settle(ctx, 800)
    uow = UnitOfWork(make_engine(url))  # only to choose what to show; the window reads through its worker

    steps: list[tuple[str, Callable[[], None]]] = [
        ("counter", lambda: counter(window, uow)),
        ("counter-pay", lambda: counter_pay(window)),
        ("orders", lambda: orders(window, uow)),
        ("products-stock", lambda: stock(window, uow)),
        ("customers", lambda: customers_page(window, uow)),
        ("charts", lambda: charts(window, "sales-over-time")),
        ("charts-products", lambda: charts(window, "top-products")),
        ("settings", lambda: window.show_page(window.SETTINGS)),
    ]
    for name, prepare in steps:
        prepare()
        shoot(ctx, name)
    if window.counter.pay_dialog is not None:
        window.counter.pay_dialog.reject()
    window.close()
    ctx.close()
    uow.engine.dispose()
    app.quit()


def counter(window: MainWindow, uow: UnitOfWork) -> None:
    window.show_page(window.COUNTER)
    page = window.counter
    products = [p for p in queries.search_products(uow, "", limit=60, active_only=True) if p.available > 3]
    for product, quantity in zip(
        (products[1], products[7], products[12], products[20]), (1, 2, 1, 3), strict=True
    ):
        page.search.setText(f"{quantity}*{product.barcode}")
        page.enter()
    retail = next(c for c in customers.search_customers(uow, "") if c.price_tier == "retail")
    page.customer.set_customer(retail)
    page.search.setText("茶")
    page.results.search("茶")


def counter_pay(window: MainWindow) -> None:
    page = window.counter
    page.search.clear()
    page.pay()
    dialog = page.pay_dialog
    dialog.tendered.setText("700")


def orders(window: MainWindow, uow: UnitOfWork) -> None:
    window.counter.pay_dialog.reject()
    window.show_page(window.ORDERS)
    page = window.orders
    settle(window.ctx)
    wanted = next(
        (o for o in queries.list_orders(uow, limit=300) if o.status == "shipped" and o.customer_name),
        None,
    )
    if wanted is None:
        return
    for row in range(page.model.rowCount()):
        if page.model.data(page.model.index(row, OrdersModel.COL_NUMBER)) == wanted.number:
            page.table.selectRow(row)
            page.table.scrollTo(page.model.index(row, 0))
            break
    settle(window.ctx)
    assert page.detail.buttons[Action.DELIVER].isEnabled()


def stock(window: MainWindow, uow: UnitOfWork) -> None:
    window.show_page(window.STOCK)
    page = window.stock
    settle(window.ctx)
    # Lowest availability first: the low-stock rows (in red) at the top.
    page.table.sortByColumn(ProductsModel.COL_AVAILABLE, Qt.SortOrder.AscendingOrder)
    low = [p for p in queries.search_products(uow, "", limit=1000) if p.low]
    if low:
        page.select_product(low[-1].id)


def customers_page(window: MainWindow, uow: UnitOfWork) -> None:
    window.show_page(window.CUSTOMERS)
    page = window.customers
    settle(window.ctx)
    best = max(
        customers.search_customers(uow, "", limit=500),
        key=lambda c: customers.customer_stats(uow, c.code).order_count,
    )
    page.select_customer(best.code)


def charts(window: MainWindow, chart: str) -> None:
    """The last 30 days (a month's worth of points whatever the date), on the chart named."""
    window.show_page(window.CHARTS)
    page = window.charts
    page.picker.set_preset(Preset.LAST_30_DAYS)
    page.show_chart(chart)
    settle(window.ctx, 800)  # the query, then matplotlib's drawing at the canvas's size


if __name__ == "__main__":
    main()
