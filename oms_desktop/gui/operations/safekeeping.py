"""The window's care of the shop file after it opens: the page check and today's backup (one job)."""

from datetime import UTC, datetime
from pathlib import Path

from oms_desktop.gui.operations.op import Op
from oms_desktop.services import safekeeping
from oms_desktop.services.safekeeping import Safekeeping


def look_after(backups: Path, second_folder: str) -> Op[Safekeeping]:
    second = Path(second_folder).expanduser() if second_folder.strip() else None
    return Op(lambda uow: safekeeping.look_after(uow, backups, second, datetime.now(UTC)))
