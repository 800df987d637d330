"""The core's measures: what a till and a manager do, through the same services the window calls."""

import io
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from oms_desktop.bench.timing import Measure, measure, percentile, single
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents import OrderDocument, render_invoice, render_orders
from oms_desktop.domain import Channel, Customer, Order, PaymentMethod, Product
from oms_desktop.services import inventory, orders, replenishment, reports, settings, shipping
from oms_desktop.services.imports import import_orders_csv
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.product_search import search_products

FRAGMENTS = [
    "龙",
    "龙井",
    "龙井绿",
    "铁观音",
    "tea",
    "Oolong",
    "毛巾",
    "Jasmine",
    "礼盒",
    "Gel P",
    "中性笔",
    "大米",
]


def _today() -> date:
    """The shop's date today (this computer's zone)."""
    return datetime.now(UTC).astimezone().date()


def _sample(uow: UnitOfWork, entity: Any, column: Any, n: int, rng: random.Random) -> list[Any]:
    with uow.read() as s:
        top = int(s.scalar(select(func.max(entity.id))) or 0)
        ids = [rng.randint(1, top) for _ in range(n)]
        return list(s.scalars(select(column).where(entity.id.in_(ids))))


def run(uow: UnitOfWork, log: Callable[[str], None], *, quick: bool = False) -> list[Measure]:
    """Every core measure on `uow` (a copy: the bench sells, ships and imports)."""
    rng = random.Random(42)
    runs = 30 if quick else 200
    results: list[Measure] = []

    def add(m: Measure) -> None:
        results.append(m)
        log(f"{m.name}: median {m.median_ms:.1f} ms, p95 {m.p95_ms:.1f} ms")

    barcodes = [b for b in _sample(uow, Product, Product.barcode, runs * 4, rng) if b]
    add(
        measure(
            "product search: exact barcode",
            lambda i: search_products(uow, barcodes[i % len(barcodes)], limit=20),
            runs=runs,
            budget_ms=20,
        )
    )
    add(
        measure(
            "product search: name fragment",
            lambda i: search_products(uow, FRAGMENTS[i % len(FRAGMENTS)], limit=20),
            runs=runs,
            budget_ms=20,
            note="as typed: " + ", ".join(FRAGMENTS),
        )
    )

    # Stock up what the till will sell so that no sale is refused for want of stock.
    sale_codes = barcodes[: runs * 3 + 3]
    with uow.batch() as batch:
        for code in set(sale_codes):
            inventory.receive(batch, code, 50)

    def counter_sale(i: int) -> None:
        lines = [LineRequest(sale_codes[(3 * i + k) % len(sale_codes)], 1) for k in range(3)]
        total = orders.quote(uow, lines).total
        start = time.perf_counter()
        orders.create_order(
            uow,
            OrderRequest(
                lines=lines,
                payments=[PaymentRequest(PaymentMethod.CASH, total, total + Decimal("20"))],
                idempotency_key=f"bench-{i}-{rng.random()}",
            ),
        )
        timings.append((time.perf_counter() - start) * 1000)

    timings: list[float] = []
    measure("counter sale", counter_sale, runs=runs, budget_ms=15)
    add(
        _from_timings(
            "counter sale: 3 scanned lines paid in cash, committed",
            timings[1:],
            15,
            "the create_order transaction (the cart's totals are priced as lines are scanned)",
        )
    )

    customers = _sample(uow, Customer, Customer.code, runs, rng)
    drafts = []
    for i in range(runs + 1):
        lines = [LineRequest(sale_codes[(2 * i + k) % len(sale_codes)], 1) for k in range(2)]
        req = OrderRequest(lines=lines, channel=Channel.PHONE, customer_code=customers[i % len(customers)])
        drafts.append(orders.create_order(uow, req).value.number)

    def confirm_and_ship(i: int) -> None:
        number = drafts[i + 1]
        orders.confirm(uow, number)
        shipping.ship(uow, number, carrier="SF Express", tracking=f"SF{i:010d}")

    add(
        measure(
            "confirm and ship a phone order",
            confirm_and_ship,
            runs=runs,
            budget_ms=20,
            warmup=0,
            note="two transactions: confirm (reserve), then ship (deduct)",
        )
    )

    everything = Period(date(2000, 1, 1), _today() + timedelta(days=1))
    add(
        measure(
            "sales report by month over all orders",
            lambda i: reports.sales(uow, everything, reports.GroupBy.MONTH),
            runs=5,
            budget_ms=500,
        )
    )
    year = Period(_today() - timedelta(days=365), _today())
    add(
        measure(
            "top 10 products for a year",
            lambda i: reports.sales(uow, year, reports.GroupBy.PRODUCT, limit=10),
            runs=5,
            budget_ms=500,
        )
    )

    with uow.read() as s:
        catalogue_size = s.scalar(select(func.count(Product.id))) or 0
    add(
        measure(
            f"replenish suggest for the whole catalogue ({catalogue_size:,} products)",
            lambda i: replenishment.suggest(uow),
            runs=3,
            budget_ms=5_000,
            note="90 days of demand, stock, on order and supplier terms; every figure of every product",
        )
    )

    shop = settings.get_settings(uow)
    with uow.read() as s:
        three_line = s.scalars(
            select(Order.number).where(Order.units >= 3).order_by(Order.id.desc()).limit(50)
        ).all()
    add(
        measure(
            "invoice PDF of a 3-line order",
            lambda i: render_invoice(orders.get_order(uow, three_line[i % len(three_line)]), shop),
            runs=min(runs, 50),
            budget_ms=40,
            note="order fetched and rendered",
        )
    )
    with uow.read() as s:
        shipped = s.scalars(
            select(Order.number).where(Order.shipped_at.is_not(None)).order_by(Order.id.desc()).limit(1000)
        ).all()
    start = time.perf_counter()
    details = [orders.get_order(uow, n) for n in shipped]
    pdf = render_orders(OrderDocument.SHIPPING_LABEL, details, shop)
    add(
        single(
            f"{len(shipped):,} shipping labels in one PDF",
            time.perf_counter() - start,
            20_000,
            f"orders fetched and rendered; {len(pdf or b'') / 1e6:.1f} MB",
        )
    )

    csv_text = _orders_csv(uow, rng, 10_000)
    start = time.perf_counter()
    result = import_orders_csv(uow, io.StringIO(csv_text)).value
    add(
        single(
            f"import of {result.imported:,} orders from CSV",
            time.perf_counter() - start,
            10_000,
            f"{result.lines:,} lines, checked, then written in one transaction",
        )
    )
    return results


def _from_timings(name: str, timings: list[float], budget: float, note: str) -> Measure:
    return Measure(name, budget, len(timings), statistics.median(timings), percentile(timings, 0.95), note)


def _orders_csv(uow: UnitOfWork, rng: random.Random, count: int) -> str:
    """`count` online orders over products stocked for them, as a web shop would export."""
    skus = [s for s in _sample(uow, Product, Product.sku, 3000, rng)]
    customers = _sample(uow, Customer, Customer.code, 2000, rng)
    with uow.batch() as batch:
        for sku in set(skus):
            inventory.receive(batch, sku, 100)
    rows = ["order_ref,date,channel,customer_code,sku,quantity,payment_method"]
    day = _today().isoformat()
    for i in range(count):
        ref = f"WEB-{rng.randrange(10**9):09d}-{i}"
        customer = customers[i % len(customers)]
        method = "mobile_wallet" if i % 3 else ""
        for sku in rng.sample(skus, rng.choice([1, 2, 2, 3, 4])):
            rows.append(f"{ref},{day},online,{customer},{sku},1,{method}")
    return "\n".join(rows) + "\n"
