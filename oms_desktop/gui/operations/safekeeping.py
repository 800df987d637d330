"""The window's care of the shop file after it opens: the page check and today's backup (one job).

It opens connections of its own, so it runs on the CPU pool (`TaskRunner.run_cpu`), never on the database
worker: a check of every page of a large file takes a while, and the counter's scans must not queue behind it.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from oms_desktop.db.engine import sqlite_path
from oms_desktop.services import safekeeping
from oms_desktop.services.safekeeping import Safekeeping


def look_after(db_url: str, backups: Path, second_folder: str) -> Callable[[], Safekeeping]:
    live = sqlite_path(db_url)
    second = Path(second_folder).expanduser() if second_folder.strip() else None
    return lambda: safekeeping.look_after(live, backups, second, datetime.now(UTC))
