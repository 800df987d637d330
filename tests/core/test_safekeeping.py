"""The window's care of the shop file: every page checked after opening, damage noted (writes stop), and a
daily backup kept in rotation in the data folder and a second folder."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from oms_desktop.db import damage
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.services import safekeeping
from tests import factories

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_a_daily_backup_is_made_once_a_day_and_copied_to_the_second_folder(
    sqlite_uow: UnitOfWork, tmp_path: Path
) -> None:
    factories.product(sqlite_uow, "TEA-1", stock=5)
    backups, usb = tmp_path / "backups", tmp_path / "usb"
    first = safekeeping.look_after(sqlite_uow.file, backups, usb, NOW)
    assert first.damage is None and first.backup_problem is None and first.second_copy_problem is None
    assert first.backup is not None and first.backup.exists() and (usb / first.backup.name).exists()
    again = safekeeping.look_after(sqlite_uow.file, backups, usb, NOW + timedelta(hours=3))
    assert again.backup is None and len(list(backups.iterdir())) == 1
    assert safekeeping.look_after(sqlite_uow.file, backups, usb, NOW + timedelta(days=1)).backup is not None


def test_a_second_folder_that_cannot_be_written_is_reported_not_fatal(
    sqlite_uow: UnitOfWork, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the USB stick should be")
    kept = safekeeping.look_after(sqlite_uow.file, tmp_path / "backups", blocker, NOW)
    assert kept.backup is not None and kept.second_copy_problem is not None


def test_rotation_keeps_seven_days_and_four_weeks_and_never_a_backup_made_by_hand(tmp_path: Path) -> None:
    today = date(2026, 11, 30)
    for back in range(60):
        day = today - timedelta(days=back)
        for hour in (8, 18):
            (tmp_path / f"auto-{day:%Y%m%d}-{hour:02d}0000.sqlite3").touch()
    (tmp_path / "before-the-inventory.sqlite3").touch()
    safekeeping.rotate(tmp_path, today)
    left = sorted(p.name for p in tmp_path.iterdir())
    autos = [n for n in left if n.startswith("auto-")]
    assert len(autos) == 7 + 4 and "before-the-inventory.sqlite3" in left
    assert all(n.endswith("180000.sqlite3") for n in autos)  # the newest of each day kept
    assert autos[-7:][0].startswith(f"auto-{today - timedelta(days=6):%Y%m%d}")


def test_damage_found_after_opening_stops_writes(sqlite_uow: UnitOfWork, tmp_path: Path) -> None:
    factories.product(sqlite_uow, "TEA-1", stock=5)
    live = Path(str(sqlite_uow.engine.url.database))
    sqlite_uow.engine.dispose()
    size = live.stat().st_size
    with live.open("r+b") as f:  # the pages after the schema, where a shop's rows live
        f.seek(2 * 4096)
        f.write(b"Z" * (size - 2 * 4096))
    kept = safekeeping.look_after(sqlite_uow.file, tmp_path / "backups", None, NOW)
    assert kept.damage is not None and kept.backup is None and damage.finding(live) is not None
    with pytest.raises(DatabaseRefused) as refused:
        factories.product(sqlite_uow, "PEN-1")
    assert refused.value.code == "database_marked_damaged"
