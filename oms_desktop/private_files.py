"""The shop's files are the user's alone: on POSIX the data folder is 0700 and its files 0600 (the database
and its -wal/-shm, backups, settings, the log). Windows keeps its per-user profile permissions."""

import os
import stat
from pathlib import Path

POSIX = os.name == "posix"


def private_folder(folder: Path) -> None:
    """Create `folder` (and parents) if missing; on POSIX make it 0700, unless it is a shared folder such as
    /tmp (sticky) or not this user's, which are left as they are."""
    folder.mkdir(parents=True, exist_ok=True)
    if not POSIX:
        return
    info = folder.stat()
    if info.st_mode & stat.S_ISVTX or info.st_uid != os.getuid():
        return
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700)


def make_private(path: Path) -> None:
    """Make an existing file 0600 on POSIX (nothing if it is gone, or if it is another user's: only its
    owner may change its mode, and a shop another user shares read-only can still be read)."""
    if not POSIX:
        return
    try:
        if path.stat().st_uid != os.getuid():
            return
        os.chmod(path, 0o600)
    except FileNotFoundError:
        pass


def private_umask() -> None:
    """Files this process creates from now on are 0600 and folders 0700 (SQLite's -wal/-shm, backups)."""
    if POSIX:
        os.umask(0o077)
