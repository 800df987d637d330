"""Two tills racing for the last units: exactly the available quantity is sold, never more."""

import multiprocessing as mp
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod, StockLevel
from oms_desktop.domain.errors import OutOfStock
from oms_desktop.services import health, inventory, orders
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
