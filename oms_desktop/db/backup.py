"""Consistent copies of a SQLite database while the app runs, and a careful restore."""

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from oms_desktop.db import damage
from oms_desktop.db.diagnosis import diagnose
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.private_files import private_folder


def online_backup(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with SQLite's online backup API (safe while other tills write), and check
    the copy page by page before it takes the target's name: a backup that is not sound is never called
    done, and nothing partial is left behind."""
    private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
        except sqlite3.Error as exc:
            src.close()
            raise DatabaseRefused("backup_target_unwritable", path=str(target), detail=str(exc)) from None
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            found = integrity_problem(dst)
        except (sqlite3.Error, OSError) as exc:
            # Writing the copy failed (a full disk, a stick pulled out): said for the copy's place, since
            # the shop itself was only read.
            said = diagnose(exc, target)
            if said is None:
                raise
            if said.code == "database_damaged":  # only the shop is read page by page: it is the one
                damage.mark(source, str(exc))
                raise DatabaseRefused("database_damaged", path=str(source), detail=str(exc)) from None
            raise said from None
        finally:
            dst.close()
            src.close()
        if found is not None:
            damage.mark(source, found)
            raise DatabaseRefused("database_damaged", path=str(source), detail=found)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """The first problem SQLite's integrity check finds (every page read), or None when the file is sound."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(1)")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else " ".join(str(rows[0]).split())[:200]


def default_backup_name(source: Path, folder: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return folder / f"{source.stem}-{stamp}.sqlite3"


def open_elsewhere(live: Path) -> bool:
    """Whether another process (a till, the window) has the database open. Every SQLite connection holds a
    shared lock on the DMS byte of the -shm file while it is open; a write lock on it is refused then.
    POSIX only (elsewhere: False), and only for a process that has not opened the database itself: fcntl
    locks belong to the process, and letting ours go would let go of its own connections' lock too."""
    shm = live.with_name(live.name + "-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    try:
        f = shm.open("rb+")
    except OSError:  # not ours to open: nothing can be told from it
        return False
    with f:
        try:
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
        except OSError:
            return True
        fcntl.lockf(f, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
    return False


_SHM_DMS_BYTE = 128  # SQLite's os_unix.c: UNIX_SHM_DMS = (22 + SQLITE_SHM_NLOCK) * 4 + SQLITE_SHM_NLOCK


def restore(backup_file: Path, live: Path, safety_folder: Path, *, force: bool = False) -> Path | None:
    """Replace `live` with `backup_file` after checking the backup; the old live file is kept aside. Refused
    while another process has the database open (its next order numbers would be taken again), unless
    `force`.

    Returns the safety copy of the replaced database (None when there was none).
    """
    from oms_desktop.db.migrate import check_sqlite_file  # avoid an import cycle at module load

    if not backup_file.exists():
        raise DatabaseRefused("backup_missing", path=str(backup_file))
    if not force and open_elsewhere(live):
        raise DatabaseRefused("restore_while_open", path=str(live))
    revision = check_sqlite_file(backup_file, empty_ok=True)
    if revision is None:
        raise DatabaseRefused("backup_not_ours", path=str(backup_file))
    check = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = integrity_problem(check)
    finally:
        check.close()
    if found is not None:
        raise DatabaseRefused("backup_damaged", path=str(backup_file), detail=found)
    safety = None
    if live.exists() and live.stat().st_size > 0:
        aside = default_backup_name(live, safety_folder).with_suffix(".before-restore")
        try:
            safety = online_backup(live, aside)
        except DatabaseRefused:
            # The file being replaced is damaged (often why one restores): kept aside as it is, unchecked.
            safety = aside.with_suffix(".damaged-before-restore")
            for part, suffix in ((live, ""), (live.with_name(live.name + "-wal"), "-wal")):
                if part.exists():
                    shutil.copyfile(part, safety.with_name(safety.name + suffix))
    # Writing through the backup API into the live file keeps its WAL and open readers consistent.
    src = sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    damage.clear(live)
    return safety
