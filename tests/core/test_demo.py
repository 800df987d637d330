"""Demo data: deterministic, every channel and status, and consistent with the ledger."""

from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.barcode import is_valid_gtin
from oms_desktop.services import demo, health, order_pages, product_search


def test_demo_shop_is_complete_and_consistent(demo_uow: UnitOfWork) -> None:
    summaries = order_pages.list_orders(demo_uow, limit=10_000)
    statuses = Counter(o.status for o in summaries)
    channels = Counter(o.channel for o in summaries)
    assert set(channels) == {"counter", "phone", "wholesale", "online"}
    assert {"completed", "cancelled"} <= set(statuses)
    assert len(set(statuses)) >= 4
    products = product_search.search_products(demo_uow, limit=1000)
    assert len(products) == 60
    assert all(p.barcode and is_valid_gtin(p.barcode) for p in products)
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in p.name) for p in products)
    assert any(p.name.isascii() for p in products)
    assert health.check(demo_uow) == []


def test_the_same_seed_gives_the_same_shop(sqlite_uow: UnitOfWork, tmp_path_factory, sqlite_template) -> None:  # type: ignore[no-untyped-def]
    from oms_desktop.db.engine import make_engine
    from tests.conftest import _copy

    when = datetime(2026, 6, 30, 12, tzinfo=UTC)
    totals = []
    for run in range(2):
        url = _copy(sqlite_template, tmp_path_factory.mktemp(f"d{run}") / "d.sqlite3")
        engine = make_engine(url)
        uow = UnitOfWork(engine)
        demo.generate(uow, orders_count=40, products_count=20, customers_count=10, seed=3, now=when)
        rows = order_pages.list_orders(uow, limit=1000)
        totals.append([(o.number, o.total, o.status) for o in rows])
        engine.dispose()
    assert totals[0] == totals[1]
    assert sum((t for _, t, _ in totals[0]), Decimal(0)) > 0


def test_bulk_demo_is_as_consistent_as_the_services_demo(uow: UnitOfWork) -> None:
    """The bulk writer (large demos, CSV imports) leaves what the services would: db check finds nothing,
    and the per-order sums agree with the lines they came from."""
    from datetime import date

    from oms_desktop.services import demo_bulk, order_pages, reports
    from oms_desktop.services.periods import Period

    when = datetime(2026, 6, 30, 12, tzinfo=UTC)
    demo_bulk.generate_bulk(
        uow.engine, orders_count=400, products_count=40, customers_count=15, seed=5, now=when
    )
    assert health.check(uow) == []
    everything = Period(date(2020, 1, 1), date(2030, 1, 1))
    by_month = reports.sales(uow, everything, reports.GroupBy.MONTH)
    by_product = reports.sales(uow, everything, reports.GroupBy.PRODUCT)
    assert sum(r.units for r in by_month) == sum(r.units for r in by_product) > 400
    assert sum(r.cost for r in by_month) == sum(r.cost for r in by_product) > 0
    assert sum(r.total for r in by_month) == sum(r.total for r in by_product)
    statuses = {o.status for o in order_pages.list_orders(uow, limit=1000)}
    assert {"completed", "cancelled", "pending_payment", "to_ship", "shipped"} <= statuses


def test_a_stopped_bulk_demo_leaves_the_database_as_it_was(
    uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped half-way (the progress answers no), the bulk demo keeps nothing; it can then be run again."""
    from oms_desktop.domain.errors import DomainError
    from oms_desktop.services import demo, demo_bulk

    monkeypatch.setattr(demo_bulk, "CHUNK", 100)  # three chunks; stopped after the first
    reports: list[int] = []

    def stop_after_first(done: int, total: int) -> bool:
        reports.append(done)
        return False

    with pytest.raises(DomainError) as stopped:
        demo_bulk.generate_bulk(
            uow.engine, orders_count=300, products_count=20, customers_count=5, progress=stop_after_first
        )
    assert stopped.value.code == "demo_cancelled" and reports == [100]
    assert demo.is_empty(uow)
    demo_bulk.generate_bulk(uow.engine, orders_count=300, products_count=20, customers_count=5)
    assert health.check(uow) == [] and not demo.is_empty(uow)
