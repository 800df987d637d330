"""Looking after the shop's file while the window is open: a check of every page after opening, and a daily
backup kept in rotation (7 daily, 4 weekly) in the backups folder and, when set, a second folder.

Both use connections of their own (no unit of work), so the window runs them on its CPU pool after it shows:
neither start-up nor the counter's queue of database work waits for a check of every page. Damage found is
noted beside the file (db/damage.py), which stops every write until a restore."""

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from oms_desktop.db import damage
from oms_desktop.db.backup import integrity_problem, online_backup
from oms_desktop.domain.errors import DomainError

DAILY, WEEKLY = 7, 4
PREFIX = "auto-"


@dataclass(frozen=True)
class Safekeeping:
    damage: str | None  # what the page check found, or None when the file is sound
    backup: Path | None  # today's backup made now (None: one existed already, or not a SQLite file)
    backup_problem: str | None  # why today's backup could not be made, or None
    second_copy_problem: str | None  # why it could not be copied to the second folder, or None
    newest_backup: Path | None = None  # with damage: the newest backup there is to restore, if any


def look_after(live: Path | None, backups: Path, second: Path | None, now: datetime) -> Safekeeping:
    """Check every page of the database file `live`, then make today's backup unless there is one (None: not
    a SQLite file, nothing to do)."""
    if live is None:
        return Safekeeping(None, None, None, None)
    found = page_check(live)
    if found is not None:
        damage.mark(live, found)
        return Safekeeping(
            found, None, "the database is damaged: no backup was made of it", None, newest_backup(backups)
        )
    made: Path | None = None
    problem = second_problem = None
    today = now.date()
    if not _has_backup_of(backups, today):
        try:
            made = online_backup(live, backups / f"{PREFIX}{now:%Y%m%d-%H%M%S}.sqlite3")
            rotate(backups, today)
        except (DomainError, OSError, sqlite3.Error) as exc:
            problem = str(exc)
    if made is not None and second is not None:
        try:
            second.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(made, second / made.name)
            rotate(second, today)
        except OSError as exc:
            second_problem = f"{second}: {exc.strerror or exc}"
    return Safekeeping(None, made, problem, second_problem)


def newest_backup(folder: Path) -> Path | None:
    """The most recent backup file in `folder` (automatic or made by hand), or None."""
    if not folder.is_dir():
        return None
    found = [p for p in folder.glob("*.sqlite3") if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def page_check(live: Path) -> str | None:
    """SQLite's check of every page, on a read-only connection of its own; the first problem, or None."""
    conn = sqlite3.connect(f"{live.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return integrity_problem(conn)
    finally:
        conn.close()


def _day(path: Path) -> date | None:
    digits = path.name[len(PREFIX) : len(PREFIX) + 8]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _has_backup_of(folder: Path, day: date) -> bool:
    return folder.is_dir() and any(_day(p) == day for p in folder.glob(f"{PREFIX}*.sqlite3"))


def rotate(folder: Path, today: date) -> list[Path]:
    """Keep the newest backup of each of the last 7 days that have one, and the newest of each of the 4 weeks
    before; remove the other automatic backups (never a backup made by hand). Returns what was removed."""
    dated = sorted(((d, p) for p in folder.glob(f"{PREFIX}*.sqlite3") if (d := _day(p))), reverse=True)
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for day, path in dated:
        if day > today:
            keep.add(path)  # from a clock set ahead: left alone
        elif day not in days and len(days) < DAILY:
            days.add(day)
            keep.add(path)
        elif day not in days and (week := day.isocalendar()[:2]) not in weeks and len(weeks) < WEEKLY:
            weeks.add(week)
            days.add(day)
            keep.add(path)
    removed = [p for _, p in dated if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
