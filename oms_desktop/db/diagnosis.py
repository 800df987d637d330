"""True diagnoses for a database that cannot be opened or written: a full disk, a read-only file or folder,
a folder where a file should be, a server that does not answer. Only a file SQLite itself finds corrupt is
called damaged, so that nobody restores a backup over a healthy shop."""

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from oms_desktop.domain.errors import DatabaseRefused, DomainError
from oms_desktop.redaction import redact

_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def diagnose(exc: BaseException, path: Path | None) -> DomainError | None:
    """The refusal to show for `exc` met while opening or writing the database at `path` (None for a server
    database); None when it is none of the known cases."""
    original: BaseException = (exc.orig or exc) if isinstance(exc, DBAPIError) else exc
    where = str(path) if path is not None else "the database"
    if isinstance(original, OSError):
        return _os_error(original, where, path)
    if isinstance(original, sqlite3.Error):
        return _sqlite_error(original, where, path)
    if path is None and _is_connection_failure(original):
        return DatabaseRefused("server_unreachable", detail=_one_line(original))
    return None


def _sqlite_error(exc: sqlite3.Error, where: str, path: Path | None) -> DomainError | None:
    # The extended result code when the driver gives one (Python 3.11+), else its English message.
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc).lower()
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DatabaseRefused("disk_full", path=where)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        # A full disk often shows as an I/O error (SQLite could not grow its -shm file): said as full when
        # it is; otherwise the disk, not the file, is in question, so it is never called damage.
        if path is not None and _nearly_full(path):
            return DatabaseRefused("disk_full", path=where)
        return DatabaseRefused("database_io_error", path=where, detail=_one_line(exc))
    if (
        name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"))
        or "readonly" in text
        or "read-only" in text
        or "unable to open" in text
        or "access permission" in text
    ):
        if path is not None and (known := writable_problem(path)) is not None:
            return known  # says which of the two, the file or its folder
        return DatabaseRefused("database_read_only", path=where, detail=_one_line(exc))
    if (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in text
        or "not a database" in text
        or "corrupt" in text
    ):
        return DatabaseRefused("database_damaged", path=where, detail=_one_line(exc))
    return None


_NEARLY_FULL_BYTES = 1 << 20  # SQLite needs 32 KiB for a new -shm and a page or more per write


def _nearly_full(path: Path) -> bool:
    folder = next((p for p in (path, *path.parents) if p.exists()), None)
    if folder is None:
        return False
    try:
        free = os.statvfs(folder)
    except OSError:
        return False
    return free.f_bavail * free.f_frsize < _NEARLY_FULL_BYTES


def _is_connection_failure(exc: BaseException) -> bool:
    # psycopg's OperationalError: the server, its port, the login or the database name (psycopg is not
    # imported for it: a SQLite shop never loads it).
    return any(
        c.__name__ == "OperationalError" and c.__module__.startswith("psycopg") for c in type(exc).__mro__
    )


def _os_error(exc: OSError, where: str, path: Path | None) -> DomainError:
    if exc.errno in _FULL:
        return DatabaseRefused("disk_full", path=where)
    if exc.errno in _READ_ONLY:
        return DatabaseRefused("database_read_only", path=where, detail=_one_line(exc))
    if exc.errno == errno.ENAMETOOLONG:
        # Looking at such a path again raises the same error: said at once, the path cut short.
        return DatabaseRefused("database_unusable", path=where[:120] + "...", detail="the name is too long")
    if exc.errno == errno.EISDIR or (path is not None and _quietly(path.is_dir)):
        return DatabaseRefused("database_is_folder", path=where)
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) and path is not None:
        folder = next((p for p in path.parents if _quietly(p.exists)), path.parent)
        if not _quietly(folder.is_dir):
            return DatabaseRefused("data_folder_is_file", path=str(folder))
    return DatabaseRefused("database_unusable", path=where, detail=_one_line(exc))


def _quietly(check: Callable[[], bool]) -> bool:
    """A look at the path that cannot itself fail (a diagnosis must not raise)."""
    try:
        return check()
    except OSError:
        return False


def _one_line(exc: BaseException) -> str:
    """The first line of a driver's message, secrets removed."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return redact(lines[0] if lines else type(exc).__name__)[:200]


def writable_problem(path: Path) -> DomainError | None:
    """Why SQLite could not write at `path`: the file, its folder (where SQLite keeps its -wal and -shm, so
    that even reading a shop needs it writable), or both are read-only; None when neither is."""
    file_read_only = path.exists() and not os.access(path, os.W_OK)
    folder_read_only = not os.access(path.parent, os.W_OK)
    if file_read_only and folder_read_only:
        detail = "the file and its folder are read-only"
    elif file_read_only:
        detail = "the file is read-only"
    elif folder_read_only:
        detail = "its folder is read-only"
    else:
        return None
    return DatabaseRefused("database_read_only", path=str(path), detail=detail)
