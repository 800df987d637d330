"""Database work off the GUI thread: one serial worker, results handed back by signal.

SQLite connections must stay on the thread that made them, so the worker opens the database and every
session is created there. Work is a function of the `UnitOfWork`; it runs on the worker and its result (or
its error) is delivered on the GUI thread. A result that is an `Outcome` is announced on the change bus.
Labelled work shows a progress dialog only when it is still running after `PROGRESS_DELAY_MS`, so quick
work never flashes a dialog. `call` is a blocking round trip for the few lookups that must answer at once
(start-up reads); a scan and the cart total are queued as urgent work instead, so that the window never
waits. Work that needs no database
(rendering a PDF) runs on a small CPU pool instead (`run_cpu`).
"""

import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DomainError, NotAllowed
from oms_desktop.domain.user import Actor
from oms_desktop.gui import error_text
from oms_desktop.gui.change_bus import ChangeBus
from oms_desktop.gui.gc_guard import GuiThreadCollector
from oms_desktop.services.changes import Outcome

T = TypeVar("T")
PROGRESS_DELAY_MS = 500
Progress = Callable[[int, int], bool]


class Task(Generic[T]):
    """One piece of queued work; `cancel()` skips it if not started, stops it at its next progress report,
    and in any case drops its result (the changes a finished write made are still announced)."""

    def __init__(
        self,
        work: Callable[[UnitOfWork, Progress], T],
        done: Callable[[T], object] | None,
        failed: Callable[[DomainError], object] | None,
        label: str | None,
        *,
        needs_database: bool = True,
        owner: QObject | None = None,
    ) -> None:
        self.work = work
        self.needs_database = needs_database
        self.owner = owner  # when it has been deleted (a closed dialog), the result goes nowhere
        self.done = done
        self.failed = failed
        self.label = label
        self.cancelled = False  # written on the GUI thread, read by the worker
        self.result: T | None = None
        self.error: BaseException | None = None
        self.progress = (0, 0)
        self._notify: Callable[[Task[Any]], None] = lambda _t: None

    def cancel(self) -> None:
        self.cancelled = True

    def approved_by(self, approver: Actor) -> "Task[T]":
        """The same work again, with a manager's approval on the unit of work it runs with."""
        work = self.work
        return Task(
            lambda uow, progress: work(uow.approved_by(approver), progress),
            self.done,
            self.failed,
            self.label,
            needs_database=self.needs_database,
            owner=self.owner,
        )

    def report(self, done: int, total: int) -> bool:
        """Called by the work on the worker thread; False asks it to stop."""
        self.progress = (done, total)
        self._notify(self)
        return not self.cancelled

    def execute(self, uow: UnitOfWork | None) -> None:
        if self.cancelled:
            return
        try:
            if uow is None and self.needs_database:
                raise DomainError("database_not_open")
            self.result = self.work(uow, self.report)  # type: ignore[arg-type]
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.error = exc


class _Call:
    """A blocking round trip: the GUI thread waits for the worker to run `fn`."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self.fn = fn
        self.result: Any = None
        self.error: BaseException | None = None
        self.finished = threading.Event()

    def execute(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:
            self.error = exc
        finally:
            self.finished.set()


# A blocking round trip goes before queued background work: a scan at the till must not wait behind the
# list reloads that the previous sale set off. Closing goes after everything.
URGENT, NORMAL, LAST = 0, 1, 2


class _Worker(QThread):
    delivered = Signal(object)  # Task
    progressed = Signal(object)  # Task

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("databaseWorker")
        self._jobs: queue.PriorityQueue[tuple[int, int, Task[Any] | _Call | None]] = queue.PriorityQueue()
        self._order = itertools.count()  # first in, first out within a priority
        self.uow: UnitOfWork | None = None

    def put(self, job: "Task[Any] | _Call | None", priority: int) -> None:
        self._jobs.put((priority, next(self._order), job))

    def run(self) -> None:
        while True:
            _priority, _order, job = self._jobs.get()
            if job is None:
                return
            if isinstance(job, _Call):
                job.execute()
            else:
                job.execute(self.uow)
                self.delivered.emit(job)


class TaskRunner(QObject):
    """Runs database work on the one worker thread and delivers results on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.dialog_parent: QWidget | None = None
        # Asks a manager to approve an action the person signed in may not do alone: (the refusal, go on
        # with the approver, give up). Set by the main window; None: refusals are shown as they are.
        self.ask_approval: (
            Callable[[NotAllowed, Callable[[Actor], None], Callable[[], None]], None] | None
        ) = None
        self._pending: list[Task[Any]] = []
        self._dialogs: dict[int, QProgressDialog] = {}
        self._collector = GuiThreadCollector(self)  # before the worker starts: no cycle freed there
        self._collector.start()
        self._worker = _Worker()
        self._worker.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.start()
        # CPU work (PDF rendering) runs beside the database worker so that it never delays a sale.
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="oms-cpu")

    # --- opening and closing -------------------------------------------------------------------------

    def open(
        self, opener: Callable[[], UnitOfWork], *, waiting: Callable[[], None] | None = None
    ) -> UnitOfWork:
        """Open the database on the worker (its connections then belong to that thread). Checking a big
        file takes seconds: `waiting` is called every 50 ms meanwhile (to keep a splash screen painted)."""

        def setup() -> UnitOfWork:
            self._worker.uow = opener()
            return self._worker.uow

        uow: UnitOfWork = self._call(setup, waiting)
        return uow

    def stop(self) -> None:
        """Finish queued work, close the database and end the worker thread."""
        if not self._worker.isRunning():
            return

        def close() -> None:
            if self._worker.uow is not None:
                self._worker.uow.engine.dispose()
                self._worker.uow = None

        self._worker.put(_Call(close), LAST)
        self._worker.put(None, LAST)
        self._worker.wait()
        self._pool.shutdown(wait=True)
        self._collector.stop()

    # --- running work ---------------------------------------------------------------------------------

    def call(self, work: Callable[[UnitOfWork], T]) -> T:
        """Run quick work on the worker and wait for it; its error is raised here."""
        result: T = self._call(lambda: work(self._require_uow()))
        return result

    def run(
        self,
        work: Callable[[UnitOfWork], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str | None = None,
        owner: QObject | None = None,
        urgent: bool = False,
    ) -> Task[T]:
        """Queue work; `done(result)` or `failed(error)` runs later on the GUI thread (unless `owner`,
        typically the widget or model the callbacks belong to, has been deleted by then). Urgent work (a
        scan at the till) goes before queued background work, as a blocking call would."""
        task = Task(lambda uow, _progress: work(uow), done, failed, label, owner=owner)
        return self._submit(task, URGENT if urgent else NORMAL)

    def run_with_progress(
        self,
        work: Callable[[UnitOfWork, Progress], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str,
        owner: QObject | None = None,
    ) -> Task[T]:
        """Queue work that reports `progress(done, total)` and stops when it returns False."""
        return self._submit(Task(work, done, failed, label, owner=owner))

    def run_cpu(
        self,
        work: Callable[[], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str | None = None,
        owner: QObject | None = None,
    ) -> Task[T]:
        """Queue work that needs no database (rendering a document) on the CPU pool."""
        task = Task(lambda _uow, _progress: work(), done, failed, label, needs_database=False, owner=owner)
        self._register(task)
        self._pool.submit(self._run_cpu, task)
        return task

    def run_cpu_with_progress(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str,
        owner: QObject | None = None,
    ) -> Task[T]:
        """Long CPU work (a batch of documents) that reports progress and stops when Cancel is pressed."""
        task = Task(
            lambda _uow, progress: work(progress), done, failed, label, needs_database=False, owner=owner
        )
        self._register(task)
        self._pool.submit(self._run_cpu, task)
        return task

    def _run_cpu(self, task: Task[Any]) -> None:
        task.execute(None)
        self._worker.delivered.emit(task)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _require_uow(self) -> UnitOfWork:
        if self._worker.uow is None:
            raise DomainError("database_not_open")
        return self._worker.uow

    def _call(self, fn: Callable[[], T], waiting: Callable[[], None] | None = None) -> T:
        if QThread.currentThread() is self._worker:
            return fn()
        if not self._worker.isRunning():
            raise DomainError("database_closed")
        job = _Call(fn)
        self._worker.put(job, URGENT)
        while not job.finished.wait(None if waiting is None else 0.05):
            if waiting is not None:
                waiting()
        if job.error is not None:
            raise job.error
        result: T = job.result
        return result

    def _submit(self, task: Task[T], priority: int = NORMAL) -> Task[T]:
        self._register(task)
        self._worker.put(task, priority)
        return task

    def _register(self, task: Task[Any]) -> None:
        task._notify = self._worker.progressed.emit
        self._pending.append(task)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        if task.label:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._open_dialog(task))

    # --- on the GUI thread ----------------------------------------------------------------------------

    def _open_dialog(self, task: Task[Any]) -> None:
        if task not in self._pending or task.cancelled:
            return
        done, total = task.progress
        dialog = QProgressDialog(task.label or "", self.tr("Cancel"), 0, total, self.dialog_parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(self.tr("Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(done)
        dialog.canceled.connect(task.cancel)
        self._dialogs[id(task)] = dialog
        dialog.show()

    def _show_progress(self, task: Task[Any]) -> None:
        dialog = self._dialogs.get(id(task))
        if dialog is not None:
            done, total = task.progress
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _deliver(self, task: Task[Any]) -> None:
        dialog = self._dialogs.pop(id(task), None)
        if dialog is not None:
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()
        if task in self._pending:
            self._pending.remove(task)
            if not self._pending:
                self.busy_changed.emit(False)
        gone = task.owner is not None and not shiboken6.isValid(task.owner)
        if task.error is not None:
            if isinstance(task.error, DomainError):
                if gone:
                    return
                refused = task.error

                def give_up() -> None:
                    (task.failed or self._show_refusal)(refused)

                if isinstance(refused, NotAllowed) and self.ask_approval is not None and task.needs_database:
                    # A manager's override on the spot: the same work again, approved, or the refusal.
                    self.ask_approval(refused, lambda actor: self._retry(task.approved_by(actor)), give_up)
                    return
                give_up()
                return
            # Unexpected: raised in this slot, it reaches sys.excepthook (logged, friendly dialog).
            raise task.error
        if isinstance(task.result, Outcome):
            self.bus.announce(task.result.changes)
        if not task.cancelled and not gone and task.done is not None:
            task.done(task.result)

    def _retry(self, task: Task[Any]) -> None:
        self._submit(task, URGENT)

    def _show_refusal(self, error: DomainError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Not done"),
            error_text.describe(error),
            parent=self.dialog_parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
