"""Two tills racing for the last units: exactly the available quantity is sold, never more."""

import contextlib
import multiprocessing as mp
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod, StockLevel
from oms_desktop.domain.errors import DomainError, OutOfStock
from oms_desktop.services import health, inventory, orders, payments
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories

TILLS = 2
ATTEMPTS_PER_TILL = 8
STOCK = 5


def _till(
    url: str, till: int, barrier: "mp.synchronize.Barrier", results: "mp.Queue[tuple[int, int, int]]"
) -> None:
    engine = make_engine(url)
    uow = UnitOfWork(engine, user=f"till{till}")
    sold = refused = 0
    barrier.wait(timeout=60)
    for attempt in range(ATTEMPTS_PER_TILL):
        request = OrderRequest(
            lines=[LineRequest("LAST", 1)],
            payments=[PaymentRequest(PaymentMethod.CASH, Decimal("9.90"))],
            idempotency_key=f"till{till}-{attempt}",
        )
        try:
            orders.create_order(uow, request)
            sold += 1
        except OutOfStock:
            refused += 1
    engine.dispose()
    results.put((till, sold, refused))


def test_two_processes_sell_exactly_the_stock(db_url: str, uow: UnitOfWork) -> None:
    factories.product(uow, "LAST", price="9.90", stock=STOCK)
    ctx = mp.get_context("spawn")  # a fresh interpreter per till, as two shop PCs would be
    barrier = ctx.Barrier(TILLS)
    results = ctx.Queue()
    procs = [ctx.Process(target=_till, args=(db_url, t, barrier, results)) for t in range(TILLS)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    sold = sum(o[1] for o in outcomes)
    refused = sum(o[2] for o in outcomes)
    assert sold == STOCK
    assert refused == TILLS * ATTEMPTS_PER_TILL - STOCK
    level = inventory.stock_levels(uow, "LAST")[0]
    assert (level.on_hand, level.reserved) == (0, 0)
    assert health.check(uow) == []


@pytest.mark.postgres
def test_a_stale_stock_level_cannot_be_written(pg_url: str) -> None:
    """The version column: a till that read the level before another till's sale fails at write."""
    engine = make_engine(pg_url)
    uow = UnitOfWork(engine)
    factories.product(uow, "LAST", price="1.00", stock=1)
    with Session(engine) as a, Session(engine) as b:
        level_a = a.scalars(select(StockLevel)).one()
        level_b = b.scalars(select(StockLevel)).one()
        level_a.on_hand -= 1
        a.commit()
        level_b.on_hand -= 1
        with pytest.raises(StaleDataError):
            b.commit()
    assert inventory.stock_levels(uow, "LAST")[0].on_hand == 0
    engine.dispose()


def _tills_meeting_after_their_reads(url: str) -> list[UnitOfWork]:
    """Two tills whose first clock reading (taken after they read the order) waits for the other one: without
    a lock both then write what they read; with one, the second till waits and reads what the first wrote."""
    meeting = threading.Barrier(2)
    tills = []
    for _ in range(2):
        first = [True]

        def clock(first: list[bool] = first) -> datetime:
            if first[0]:
                first[0] = False
                with contextlib.suppress(threading.BrokenBarrierError):
                    meeting.wait(timeout=2)  # the other till is held by a lock: go on alone
            return datetime.now(UTC)

        tills.append(UnitOfWork(make_engine(url), clock=clock))
    return tills


def _race(action: Callable[[UnitOfWork], object], tills: list[UnitOfWork]) -> list[str]:
    refused: list[str] = []

    def run(till: UnitOfWork) -> None:
        try:
            action(till)
        except DomainError as exc:
            refused.append(str(exc))

    threads = [threading.Thread(target=run, args=(t,)) for t in tills]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for till in tills:
        till.engine.dispose()
    return refused


def test_two_tills_paying_the_same_order_take_one_payment(db_url: str, uow: UnitOfWork) -> None:
    factories.product(uow, "PEN-1", price="10.00", stock=5)
    c = factories.customer(uow)
    number = orders.create_order(
        uow,
        OrderRequest([LineRequest("PEN-1", 1)], channel=Channel.PHONE, customer_code=c.code, confirm=True),
    ).value.number
    refused = _race(
        lambda till: payments.pay(till, number, PaymentRequest(PaymentMethod.CARD, Decimal("10.00"))),
        _tills_meeting_after_their_reads(db_url),
    )
    detail = orders.get_order(uow, number)
    assert [(p.kind, p.amount) for p in detail.payments] == [("payment", Decimal("10.00"))]
    assert len(refused) == 1 and "Cannot pay order" in refused[0]
    assert health.check(uow) == []


def test_two_tills_refunding_the_same_sale_refund_it_once(db_url: str, uow: UnitOfWork) -> None:
    factories.product(uow, "PEN-1", price="10.00", stock=5)
    number = orders.create_order(
        uow,
        OrderRequest(
            [LineRequest("PEN-1", 1)], payments=[PaymentRequest(PaymentMethod.CASH, Decimal("10.00"))]
        ),
    ).value.number
    refused = _race(
        lambda till: payments.refund(till, number, Decimal("10.00"), PaymentMethod.CASH, "twice?"),
        _tills_meeting_after_their_reads(db_url),
    )
    detail = orders.get_order(uow, number)
    assert [p.kind for p in detail.payments] == ["payment", "refund"]
    assert len(refused) == 1
    assert health.check(uow) == []


def test_a_receipt_during_an_import_is_kept(db_url: str, uow: UnitOfWork) -> None:
    """Another till books goods in while an import runs: it waits for the import, and both count."""
    import io

    from oms_desktop.services.imports import import_orders_csv

    factories.product(uow, "PEN-1", price="1.00", stock=1000)
    other = UnitOfWork(make_engine(db_url))
    receipt = threading.Thread(target=lambda: inventory.receive(other, "PEN-1", 50))

    def progress(done: int, total: int) -> bool:
        if done == 500:
            receipt.start()  # runs on its own connection while the import's transaction is open
        return True

    rows = ["order_ref,sku,quantity,channel"] + [f"R{i},PEN-1,1,counter" for i in range(600)]
    import_orders_csv(uow, io.StringIO("\n".join(rows) + "\n"), zone=UTC, progress=progress)
    receipt.join(timeout=60)
    other.engine.dispose()
    level = inventory.stock_levels(uow, "PEN-1")[0]
    assert (level.on_hand, level.reserved) == (1050, 600)
    assert health.check(uow) == []


SCANS_PER_DEVICE = 25


def _scanner(url: str, number: str, barrier: "mp.synchronize.Barrier", done: "mp.Queue[int]") -> None:
    from oms_desktop.services import stocktakes

    engine = make_engine(url)
    uow = UnitOfWork(engine, user="counter")
    barrier.wait(timeout=60)
    for _ in range(SCANS_PER_DEVICE):
        stocktakes.set_count(uow, number, "LAST", 1, add=True)
    engine.dispose()
    done.put(SCANS_PER_DEVICE)


def test_two_devices_scanning_the_same_product_add_up(db_url: str, uow: UnitOfWork) -> None:
    from oms_desktop.services import stocktakes

    factories.product(uow, "LAST", stock=STOCK)
    number = stocktakes.start_count(uow).value.number
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(TILLS)
    done = ctx.Queue()
    procs = [ctx.Process(target=_scanner, args=(db_url, number, barrier, done)) for _ in range(TILLS)]
    for p in procs:
        p.start()
    scanned = sum(done.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    (line,) = stocktakes.get_count(uow, number).lines
    assert line.counted == scanned == TILLS * SCANS_PER_DEVICE
