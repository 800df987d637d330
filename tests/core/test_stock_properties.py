"""Random sequences of stock operations keep the ledger invariant and never oversell."""

import contextlib
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod, StockLevel, StockMovement
from oms_desktop.domain.errors import DomainError
from oms_desktop.services import catalogue, health, inventory, orders, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories

SKUS = ["A", "B"]
LOCATIONS = ["MAIN", "BACK"]

op = st.one_of(
    st.tuples(st.just("receive"), st.sampled_from(SKUS), st.integers(-2, 8), st.sampled_from(LOCATIONS)),
    st.tuples(st.just("adjust"), st.sampled_from(SKUS), st.integers(-6, 6), st.sampled_from(LOCATIONS)),
    st.tuples(st.just("transfer"), st.sampled_from(SKUS), st.integers(-1, 6), st.sampled_from(LOCATIONS)),
    st.tuples(st.just("sell"), st.sampled_from(SKUS), st.integers(-1, 6), st.just("MAIN")),
    st.tuples(st.just("reserve"), st.sampled_from(SKUS), st.integers(1, 6), st.just("MAIN")),
    st.tuples(st.just("ship_oldest"), st.sampled_from(SKUS), st.just(0), st.just("MAIN")),
    st.tuples(st.just("cancel_oldest"), st.sampled_from(SKUS), st.just(0), st.just("MAIN")),
)


def _apply(
    uow: UnitOfWork, customer: str, open_orders: list[str], kind: str, sku: str, qty: int, loc: str
) -> None:
    if kind == "receive":
        inventory.receive(uow, sku, qty, location=loc)
    elif kind == "adjust":
        inventory.adjust(uow, sku, qty, reason="count", location=loc)
    elif kind == "transfer":
        other = LOCATIONS[1 - LOCATIONS.index(loc)]
        inventory.transfer(uow, sku, qty, source=loc, target=other)
    elif kind == "sell":
        total = orders.quote(uow, [LineRequest(sku, qty)]).total if qty > 0 else Decimal("1")
        orders.create_order(
            uow,
            OrderRequest(lines=[LineRequest(sku, qty)], payments=[PaymentRequest(PaymentMethod.CASH, total)]),
        )
    elif kind == "reserve":
        d = orders.create_order(
            uow,
            OrderRequest(
                lines=[LineRequest(sku, qty)], channel=Channel.PHONE, customer_code=customer, confirm=True
            ),
        )
        open_orders.append(d.value.number)
    elif kind == "ship_oldest" and open_orders:
        shipping.ship(uow, open_orders.pop(0), carrier="EMS", tracking="E1")
    elif kind == "cancel_oldest" and open_orders:
        orders.cancel(uow, open_orders.pop(0))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=25))
def test_ledger_invariant_holds_and_nothing_oversells(sqlite_template, tmp_path_factory, ops) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import _copy

    url = _copy(sqlite_template, tmp_path_factory.mktemp("prop") / "p.sqlite3")
    engine = make_engine(url)
    uow = UnitOfWork(engine)
    try:
        catalogue.add_location(uow, "BACK", "Back room")
        for sku in SKUS:
            factories.product(uow, sku, price="2.50", stock=3)
        customer = factories.customer(uow).code
        open_orders: list[str] = []
        for kind, sku, qty, loc in ops:
            available_before = {
                lv.sku: lv.available for lv in inventory.stock_levels(uow) if lv.location_code == "MAIN"
            }
            # A refused action must leave everything as it was: checked below.
            with contextlib.suppress(DomainError):
                _apply(uow, customer, open_orders, kind, sku, qty, loc)
            with uow.read() as s:
                ledger = dict(
                    s.execute(
                        select(StockMovement.product_id, func.sum(StockMovement.quantity)).group_by(
                            StockMovement.product_id
                        )
                    ).all()
                )
                for level in s.scalars(select(StockLevel)):
                    assert level.on_hand >= 0 and level.reserved >= 0, (kind, sku, qty)
                    if (
                        kind in ("sell", "reserve")
                        and level.product.sku == sku
                        and level.location.code == "MAIN"
                    ):
                        # A sale or reservation never takes more than was available (a count may still
                        # find less than was promised: that shows as negative available, not as a sale).
                        assert level.available >= min(0, available_before[sku]), (kind, sku, qty)
                totals: dict[int, int] = {}
                for level in s.scalars(select(StockLevel)):
                    totals[level.product_id] = totals.get(level.product_id, 0) + level.on_hand
                assert totals == {pid: int(total) for pid, total in ledger.items()} | {
                    pid: 0 for pid in totals if pid not in ledger
                }
        assert health.check(uow) == []
    finally:
        engine.dispose()
