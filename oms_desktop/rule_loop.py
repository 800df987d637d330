"""The automation rules run every minute by a long-running process without a window (`oms-desktop serve`):
a daemon thread with a connection of its own calls services/automation.run_rules, as the window's
gui/rule_runner.py does on its timer and `oms-desktop rule run` does once.

    loop = RuleLoop(lambda: UnitOfWork(make_engine(url), zone=zone), data_dir)
    loop.start()
    ...
    loop.stop()
"""

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DomainError
from oms_desktop.rule_outlets import ShopOutlets
from oms_desktop.services import automation
from oms_desktop.services.automation import RunSummary

log = logging.getLogger(__name__)
EVERY_SECONDS = 60.0


class RuleLoop:
    """Runs the rules every `every` seconds until stopped; a run that fails is logged and the next goes on."""

    def __init__(
        self, open_uow: Callable[[], UnitOfWork], data_dir: Path, *, every: float = EVERY_SECONDS
    ) -> None:
        self.open_uow = open_uow
        self.outlets = ShopOutlets(data_dir)
        self.every = every
        self.runs = 0
        self.last: RunSummary | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="oms-rules", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        uow = self.open_uow()  # made here: its connections stay on this thread
        try:
            while not self._stop.is_set():
                try:
                    self.last = automation.run_rules(uow, outlets=self.outlets)
                except DomainError as exc:  # a busy or damaged database: said, and tried next time
                    log.warning("the rules could not run: %s", exc)
                except Exception:
                    log.exception("the rules' run failed")
                self.runs += 1
                self._stop.wait(self.every)
        finally:
            uow.engine.dispose()
