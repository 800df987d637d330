"""kill -9 at random moments of a sale loop, an import, a demo, a backup, a restore and a migration (64 kills):
after each, db check passes and every action is wholly in or wholly out."""

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from oms_desktop.cli import main
from oms_desktop.db.migrate import open_database
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services import health
from tests import factories

pytestmark = pytest.mark.slow
RUNNER = [sys.executable, "-m", "tests.crash.runner"]
ROOT = Path(__file__).resolve().parents[2]


def _start(*args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [*RUNNER, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _kill_after(proc: subprocess.Popen[str], seconds: float) -> list[str]:
    time.sleep(seconds)
    proc.kill()
    out, _ = proc.communicate()
    return out.split()


def _sound(db: Path) -> UnitOfWork:
    uow = UnitOfWork(open_database(f"sqlite:///{db}"))
    assert health.check(uow) == []
    return uow


def _count(db: Path, table: str) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    db = tmp_path / "oms.sqlite3"
    uow = UnitOfWork(open_database(f"sqlite:///{db}"))
    factories.product(uow, "TEA-1", price="12.50", tax=1300, stock=100_000)
    factories.product(uow, "PEN-1", price="3.00", stock=100_000)
    uow.engine.dispose()
    return db


def test_killed_counter_sales_are_whole_or_absent(shop: Path) -> None:
    rng = random.Random(11)
    for _ in range(24):
        before = _count(shop, "orders")
        proc = _start("sales", str(shop), "100000")
        printed = _kill_after(proc, rng.uniform(0.0, 0.4))
        uow = _sound(shop)  # ledger = on hand, totals, paid, statuses: a half sale would show here
        after = _count(shop, "orders")
        # Every sale the till saw committed is there; at most one more was committed as the kill came.
        assert before + len(printed) <= after <= before + len(printed) + 1
        uow.engine.dispose()


def _orders_csv(path: Path, count: int) -> None:
    rows = ["order_ref,date,channel,customer_code,sku,quantity,unit_price,discount,payment_method,notes"]
    rows += [f"K-{i},2026-05-01,counter,,TEA-1,1,,,cash," for i in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_killed_import_is_all_or_nothing(shop: Path, tmp_path: Path) -> None:
    rng = random.Random(12)
    csv_file = tmp_path / "orders.csv"
    _orders_csv(csv_file, 20000)
    outcomes = set()
    for i in range(10):
        db = tmp_path / f"import{i}.sqlite3"
        shutil.copyfile(shop, db)
        proc = _start("--db", str(db), "order", "import", str(csv_file))
        _kill_after(proc, rng.uniform(0.0, 1.5))
        _sound(db).engine.dispose()
        count = _count(db, "orders")
        assert count in (0, 20000)
        assert _count(db, "order_lines") == count
        outcomes.add(count)
    assert 0 in outcomes  # at least one kill landed before the commit


def test_a_killed_demo_leaves_an_empty_or_a_whole_shop(tmp_path: Path) -> None:
    rng = random.Random(13)
    for i in range(8):
        db = tmp_path / f"demo{i}.sqlite3"
        assert main(["--db", str(db), "db", "init"]) == 0
        proc = _start("--db", str(db), "demo", "--orders", "30000", "--products", "500", "--customers", "100")
        _kill_after(proc, rng.uniform(0.1, 2.5))
        _sound(db).engine.dispose()
        assert (_count(db, "orders"), _count(db, "products")) in ((0, 0), (30000, 500))


def test_killed_backups_and_restores_leave_a_sound_shop(shop: Path, tmp_path: Path) -> None:
    rng = random.Random(14)
    good = tmp_path / "good.sqlite3"
    assert main(["--db", str(shop), "db", "backup", "--to", str(good)]) == 0
    for i in range(8):
        target = tmp_path / f"b{i}.sqlite3"
        proc = _start("--db", str(shop), "db", "backup", "--to", str(target))
        _kill_after(proc, rng.uniform(0.0, 0.3))
        if target.exists():  # a backup is only given its name once checked
            with closing(sqlite3.connect(target)) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        _sound(shop).engine.dispose()
    products = _count(shop, "products")
    for _ in range(8):
        proc = _start("--db", str(shop), "db", "restore", str(good))
        _kill_after(proc, rng.uniform(0.0, 0.3))
        _sound(shop).engine.dispose()
        assert _count(shop, "products") == products


def test_a_killed_migration_leaves_the_old_or_the_new_schema(tmp_path: Path) -> None:
    """kill -9 while a shop of 20,000 orders is migrated on opening (0004 -> 0005 builds its indexes)."""
    from oms_desktop.db.migrate import current_revision, downgrade, head_revision

    source = tmp_path / "old.sqlite3"
    assert (
        main(["--db", str(source), "demo", "--orders", "20000", "--products", "300", "--customers", "50"])
        == 0
    )
    engine = open_database(f"sqlite:///{source}")
    downgrade(engine, "0004")
    engine.dispose()
    rng = random.Random(15)
    seen = set()
    for i in range(6):
        db = tmp_path / f"migrating{i}.sqlite3"
        shutil.copyfile(source, db)
        proc = _start("--db", str(db), "order", "list", "--limit", "1")
        _kill_after(proc, rng.uniform(0.0, 0.8))
        with closing(sqlite3.connect(db)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision in ("0004", head_revision())
        seen.add(revision)
        uow = _sound(db)  # opening migrates what the kill left at 0004, and db check passes
        assert current_revision(uow.engine) == head_revision() and _count(db, "orders") == 20000
        uow.engine.dispose()
    assert "0004" in seen  # some kills landed before the migration's commit
