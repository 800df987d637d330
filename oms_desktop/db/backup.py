"""Consistent copies of a SQLite database while the app runs, and a careful restore."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.private_files import private_folder


def online_backup(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup API (safe while other tills write)."""
    private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def default_backup_name(source: Path, folder: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return folder / f"{source.stem}-{stamp}.sqlite3"


def restore(backup_file: Path, live: Path, safety_folder: Path) -> Path | None:
    """Replace `live` with `backup_file` after checking the backup; the old live file is kept aside.

    Returns the safety copy of the replaced database (None when there was none).
    """
    from oms_desktop.db.migrate import check_sqlite_file  # avoid an import cycle at module load

    if not backup_file.exists():
        raise DatabaseRefused("backup_missing", path=str(backup_file))
    revision = check_sqlite_file(backup_file)
    if revision is None:
        raise DatabaseRefused("backup_not_ours", path=str(backup_file))
    safety = None
    if live.exists() and live.stat().st_size > 0:
        safety = online_backup(live, default_backup_name(live, safety_folder).with_suffix(".before-restore"))
    # Writing through the backup API into the live file keeps its WAL and open readers consistent.
    src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return safety
