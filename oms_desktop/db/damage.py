"""A damaged database is never written to without the user knowing.

When a check finds damage (`db check`, a backup, the window's check after opening), a note is left beside
the file (`oms.sqlite3.damaged`, with what was found); while it is there every write is refused with what to
do, and reads still work so that the shop can look things up and export. A restore, or a check that finds
the file sound again, removes the note."""

from datetime import UTC, datetime
from pathlib import Path

from oms_desktop.private_files import make_private


def note_path(database: Path) -> Path:
    return database.with_name(database.name + ".damaged")


def mark(database: Path, finding: str) -> None:
    """Leave the damage note (the first finding and when) beside `database`."""
    note = note_path(database)
    note.write_text(f"{datetime.now(UTC).isoformat(timespec='seconds')} {finding}\n", encoding="utf-8")
    make_private(note)


def clear(database: Path) -> None:
    note_path(database).unlink(missing_ok=True)


def finding(database: Path) -> str | None:
    """What the last check found, or None when the file is not known to be damaged."""
    try:
        return note_path(database).read_text(encoding="utf-8").strip() or "damage"
    except FileNotFoundError:
        return None
    except OSError:
        return "the damage note cannot be read"
