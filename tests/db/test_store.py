"""The store: durable SQLite settings, migrations that match the models, refusing bad files, backups."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text

from oms_desktop.db.backup import online_backup, restore
from oms_desktop.db.engine import make_engine
from oms_desktop.db.migrate import alembic_config, head_revision, include_name, open_database, script, upgrade
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Base
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.services import customers, health, inventory
from tests import factories


def test_sqlite_runs_with_durable_settings(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    with engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_migrations_form_one_line_and_match_the_models(engine: Engine) -> None:
    revisions = list(script().walk_revisions())
    assert len(script().get_heads()) == 1
    assert revisions[-1].down_revision is None
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name}),
            Base.metadata,
        )
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    assert diff == []


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: tea, rice\n")
    with pytest.raises(DatabaseRefused, match="is not a database file"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == "shopping list: tea, rice\n"


def test_a_damaged_file_is_refused_and_left_untouched(sqlite_url: str, tmp_path: Path) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseRefused, match="damaged"):
        open_database(sqlite_url)
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseRefused, match="another program"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]


def test_a_newer_schema_is_refused(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseRefused, match="newer OMS Desktop"):
        open_database(sqlite_url)


@pytest.mark.postgres
def test_postgres_with_a_newer_schema_is_refused(pg_url: str) -> None:
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseRefused, match="newer OMS Desktop"):
        open_database(pg_url)


def test_backup_while_another_connection_writes_then_restore(sqlite_url: str, tmp_path: Path) -> None:
    live = Path(sqlite_url.removeprefix("sqlite:///"))
    engine = make_engine(sqlite_url)
    uow = UnitOfWork(engine)
    factories.product(uow, "TEA-1", stock=10)
    with engine.connect() as reader:
        reader.execute(text("SELECT count(*) FROM products")).scalar()  # an open read transaction
        backup = online_backup(live, tmp_path / "backups" / "b1.sqlite3")
        reader.rollback()
    inventory.receive(uow, "TEA-1", 5)  # after the backup
    assert inventory.stock_levels(uow, "TEA-1")[0].on_hand == 15
    engine.dispose()

    safety = restore(backup, live, tmp_path / "backups")
    assert safety is not None and safety.exists()
    engine = open_database(sqlite_url)
    uow = UnitOfWork(engine)
    assert inventory.stock_levels(uow, "TEA-1")[0].on_hand == 10
    assert health.check(uow) == []
    engine.dispose()


def test_restore_refuses_a_bad_backup_and_keeps_the_live_file(sqlite_url: str, tmp_path: Path) -> None:
    live = Path(sqlite_url.removeprefix("sqlite:///"))
    before = live.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DatabaseRefused):
        restore(junk, live, tmp_path / "backups")
    assert live.read_bytes() == before


def test_check_names_a_ledger_that_does_not_add_up(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    uow = UnitOfWork(engine)
    factories.product(uow, "TEA-1", stock=10)
    with engine.begin() as conn:
        conn.execute(text("UPDATE stock_levels SET on_hand = 12, version = version + 1"))
    problems = [str(p) for p in health.check(uow)]
    assert problems == ["ledger: TEA-1 at location 1: on hand 12 but the ledger sums to 10"]
    engine.dispose()


def test_upgrading_an_old_file_backs_it_up_first_and_fills_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO products (id, sku, name, unit, price_minor, cost_minor, tax_rate_bp, reorder_point, active, "
            "allow_backorder, notes, created_at, updated_at) VALUES (1, 'TEA', 'Tea', 'pcs', 1000, 600, 0, 0, 1, 0, '', "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
        )
        # A customer with an order: later migrations rebuild `customers`, which orders point at.
        conn.exec_driver_sql(
            "INSERT INTO customers (id, code, name, phone, email, billing_address, shipping_address, price_tier, "
            "credit_limit_minor, notes, created_at) VALUES (1, 'C-2026-000001', 'Grace Lin', '13911112222', '', "
            "'', '', 'retail', 0, '', '2026-01-01 00:00:00.000000')"
        )
        conn.exec_driver_sql(
            "INSERT INTO orders (id, number, channel, customer_id, location_id, lifecycle, payment_state, "
            "fulfilment_state, status, subtotal_minor, discount_minor, tax_minor, total_minor, paid_minor, bill_to, "
            "ship_to, notes, created_at, updated_at, user) VALUES (1, 'SO-2026-000001', 'phone', 1, 1, 'open', "
            "'unpaid', 'unfulfilled', 'pending_payment', 3000, 0, 0, 3000, 0, '', '', '', "
            "'2026-03-01 12:00:00.000000', '2026-03-01 12:00:00.000000', 'system')"
        )
        conn.exec_driver_sql(
            "INSERT INTO order_lines (order_id, line_no, product_id, sku, name, quantity, unit_price_minor, "
            "unit_cost_minor, discount_minor, tax_rate_bp, tax_minor, total_minor) "
            "VALUES (1, 1, 1, 'TEA', 'Tea', 3, 1000, 600, 0, 0, 0, 3000)"
        )
    engine.dispose()
    before = path.read_bytes()

    upgraded = open_database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
    backups = list((tmp_path / "backups").glob("old-*-before-upgrade-from-0001.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert before  # the live file was migrated in place
    with upgraded.connect() as conn:
        row = conn.exec_driver_sql("SELECT units, cost_minor, business_day FROM orders").one()
        line = conn.exec_driver_sql("SELECT sold, business_day FROM order_lines").one()
    assert (row[0], row[1]) == (3, 1800)
    assert 20260301 <= row[2] <= 20260302  # the shop's calendar day, whatever this computer's zone
    assert tuple(line) == (1, row[2])
    found = customers.search_customers(UnitOfWork(upgraded), "grace")  # the text search survived the rebuild
    assert [c.code for c in found] == ["C-2026-000001"] and found[0].store_credit == 0
    upgraded.dispose()


def test_a_write_lock_held_too_long_is_named_not_retried(sqlite_url: str) -> None:
    from oms_desktop.db import engine as engine_module
    from oms_desktop.domain.errors import Busy

    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    holder.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    old = engine_module.BUSY_TIMEOUT_MS
    engine_module.BUSY_TIMEOUT_MS = 200
    try:
        engine = make_engine(sqlite_url)
        with pytest.raises(Busy, match="busy with another till's work"):
            factories.product(UnitOfWork(engine), "TEA-1")
        engine.dispose()
    finally:
        engine_module.BUSY_TIMEOUT_MS = old
        holder.rollback()
        holder.close()


def test_the_upgrade_gives_summer_orders_their_summer_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An order at 22:30 UTC on 15 July belongs to 16 July in Berlin (UTC+2 in summer), whatever the offset
    on the day the upgrade runs."""
    import time

    path = tmp_path / "summer.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO orders (id, number, channel, location_id, lifecycle, payment_state, fulfilment_state, status, "
            "subtotal_minor, discount_minor, tax_minor, total_minor, paid_minor, bill_to, ship_to, notes, created_at, "
            "updated_at, user) VALUES (1, 'SO-2026-000001', 'counter', 1, 'draft', 'unpaid', 'unfulfilled', 'draft', "
            "0, 0, 0, 0, 0, '', '', '', '2026-07-15 22:30:00.000000', '2026-07-15 22:30:00.000000', 'system')"
        )
    engine.dispose()
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        upgraded = open_database(f"sqlite:///{path}", backup_dir=tmp_path / "backups")
        with upgraded.connect() as conn:
            assert conn.exec_driver_sql("SELECT business_day FROM orders").scalar() == 20260716
        upgraded.dispose()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_latest_migrations_go_back_and_forth_keeping_data_and_text_search(sqlite_url: str) -> None:
    from oms_desktop.db.migrate import downgrade
    from oms_desktop.services import product_search

    engine = make_engine(sqlite_url)
    uow = UnitOfWork(engine)
    factories.product(uow, "TEA-1", name="Longjing", stock=3)
    zhang = factories.customer(uow).code
    downgrade(engine, "0007")  # rebuilds products and customers, which orders and lines point at
    upgrade(engine)
    factories.product(uow, "TEA-2", name="Longjing Reserve")  # found only if the index's triggers are back
    assert [p.sku for p in product_search.search_products(uow, "longj")] == ["TEA-1", "TEA-2"]
    assert [c.code for c in customers.search_customers(uow, "13800138")] == [zhang]
    assert not health.check(uow)
    engine.dispose()
