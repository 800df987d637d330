"""`Op`: one user action (or one read) as one job for the database worker."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DomainError
from oms_desktop.gui.tasks import Progress, Task, TaskRunner

T = TypeVar("T")


@dataclass(frozen=True)
class Op(Generic[T]):
    """The work of one action. It runs on the worker as one job, so it crosses to the worker and back
    once; its result (an `Outcome` for a write, whose Changes are announced) comes back to `done`."""

    work: Callable[[UnitOfWork], T]
    urgent: bool = False  # goes before queued background work (the cashier is waiting for it)

    def run(
        self,
        tasks: TaskRunner,
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str | None = None,
        owner: QObject | None = None,
    ) -> Task[T]:
        """Queue the work; `done(result)` or `failed(error)` runs later on the GUI thread."""
        return tasks.run(self.work, done, failed, label=label, owner=owner, urgent=self.urgent)

    def call(self, tasks: TaskRunner) -> T:
        """Run it and wait: only for the few reads a window needs before it can show itself."""
        return tasks.call(self.work)


@dataclass(frozen=True)
class ProgressOp(Generic[T]):
    """Long work that reports progress and stops when the user cancels (a demo load, a batch of PDFs)."""

    work: Callable[[UnitOfWork, Progress], T]

    def run(
        self,
        tasks: TaskRunner,
        done: Callable[[T], object] | None = None,
        failed: Callable[[DomainError], object] | None = None,
        *,
        label: str,
        owner: QObject | None = None,
    ) -> Task[T]:
        return tasks.run_with_progress(self.work, done, failed, label=label, owner=owner)
