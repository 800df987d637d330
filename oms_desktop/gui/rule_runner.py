"""The window runs the automation rules every minute on a thread of its own, with its own connection: a
rule that prints, sends an e-mail or scans the catalogue never waits in front of a scan at the counter (the
database worker of gui/tasks.py), and the GUI thread never waits for it. Each firing is a short transaction
of its own, so a sale's write waits at most for one of them. What a run did comes back by signal."""

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from oms_desktop.config import Config
from oms_desktop.db.engine import make_engine
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import operations
from oms_desktop.services.automation import RunSummary

log = logging.getLogger(__name__)
EVERY_MS = 60_000
FIRST_MS = 5_000  # after the window has shown itself and read what it needs


class RuleRunner(QObject):
    """Runs the rules now and then; `ran(summary, unread)` on the GUI thread after each run."""

    ran = Signal(object, int)  # RunSummary, unread notifications
    _finished = Signal(object)  # the Future, from the rules' thread

    def __init__(
        self,
        config: Config,
        zone: tzinfo | None,
        till: str,
        parent: QObject | None = None,
        *,
        every_ms: int = EVERY_MS,
        first_ms: int = FIRST_MS,
    ) -> None:
        super().__init__(parent)
        self.config, self.zone, self.till = config, zone, till
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oms-rules")
        self._uow: UnitOfWork | None = None  # made on the rules' thread, its connections stay there
        self._running = False
        self._stopped = False
        self.last_error: BaseException | None = None
        self._finished.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        if every_ms > 0:
            self.timer.start(every_ms)
        if first_ms >= 0:
            QTimer.singleShot(first_ms, self, self.run_now)

    def run_now(self) -> bool:
        """Start a run unless one is under way (or the runner is stopped); False when none was started."""
        if self._running or self._stopped:
            return False
        self._running = True
        future = self._pool.submit(self._work)
        future.add_done_callback(self._finished.emit)
        return True

    @property
    def running(self) -> bool:
        return self._running

    def _work(self) -> tuple[RunSummary, int]:
        if self._uow is None:
            self._uow = UnitOfWork(make_engine(self.config.db_url), zone=self.zone)
            self._uow.till = self.till
        return operations.rules.run_rules(self.config.data_dir)(self._uow)

    def _deliver(self, future: "Future[tuple[RunSummary, int]]") -> None:
        self._running = False
        error = future.exception()
        if error is not None:
            self.last_error = error
            log.warning("the rules could not run: %s", error)
            return
        self.last_error = None
        summary, unread = future.result()
        if not self._stopped:
            self.ran.emit(summary, unread)

    def stop(self) -> None:
        """Stop the timer, let a run under way finish, and close the rules' connection."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()

        def close() -> None:
            if self._uow is not None:
                self._uow.engine.dispose()
                self._uow = None

        self._pool.submit(close)
        self._pool.shutdown(wait=True)
