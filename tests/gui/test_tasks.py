"""The task runner: work off the GUI thread, progress only when slow, Cancel, changes announced."""

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import ValidationError
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.tasks import PROGRESS_DELAY_MS, Progress
from oms_desktop.services.changes import Changes, Outcome


def progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_work_runs_on_the_worker_and_results_come_back_on_the_gui_thread(
    qtbot: QtBot, ctx: AppContext
) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work(_uow: UnitOfWork) -> int:
        return threading.get_ident()

    ctx.tasks.run(work, lambda worker: seen.append((worker, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(seen))
    worker, delivered_on = seen[0]
    assert worker != gui and delivered_on == gui
    assert ctx.tasks.call(work) == worker  # one serial worker: the same thread every time


def test_quick_work_never_shows_a_progress_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    done: list[int] = []
    ctx.tasks.run(lambda _uow: 1, done.append, label="quick")
    qtbot.waitUntil(lambda: bool(done))
    qtbot.wait(PROGRESS_DELAY_MS + 150)
    assert progress_dialog() is None


def test_slow_work_shows_progress_after_the_delay_and_cancel_stops_it(qtbot: QtBot, ctx: AppContext) -> None:
    steps: list[int] = []
    done: list[object] = []
    refused: list[str] = []

    def slow(_uow: UnitOfWork, progress: Progress) -> str:
        for step in range(100):
            steps.append(step)
            if not progress(step, 100):
                raise ValidationError("stopped by the user")
            time.sleep(0.02)
        return "finished"

    started = time.monotonic()
    ctx.tasks.run_with_progress(slow, done.append, lambda e: refused.append(str(e)), label="Counting…")
    qtbot.wait(PROGRESS_DELAY_MS - 200)
    assert progress_dialog() is None, "no dialog before the delay"
    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=2000)
    assert time.monotonic() - started >= 0.9 * PROGRESS_DELAY_MS / 1000  # coarse timers may fire early
    dialog = progress_dialog()
    assert dialog is not None and dialog.labelText() == "Counting…"
    qtbot.waitUntil(lambda: dialog.value() > 0)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refused))
    assert refused == ["stopped by the user"] and not done
    assert len(steps) < 100
    qtbot.waitUntil(lambda: progress_dialog() is None)


def test_an_outcome_announces_its_changes(qtbot: QtBot, ctx: AppContext) -> None:
    announced: list[Changes] = []
    ctx.bus.changed.connect(announced.append)
    change = Changes.for_stock([7])
    ctx.tasks.run(lambda _uow: Outcome("x", change))
    qtbot.waitUntil(lambda: bool(announced))
    assert announced == [change]


def test_an_unexpected_error_is_raised_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    def broken(_uow: UnitOfWork) -> None:
        raise RuntimeError("disk on fire")

    with qtbot.capture_exceptions() as caught:
        ctx.tasks.run(broken)
        qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0][1], RuntimeError)


def test_a_result_for_a_deleted_model_goes_nowhere(qtbot: QtBot, ctx: AppContext) -> None:
    """A dialog closed while its list was loading: the page arrives after the model is gone."""
    import shiboken6

    from oms_desktop.gui.models.customers import CustomersModel

    model = CustomersModel(ctx.tasks)
    model.reload()
    shiboken6.delete(model)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)  # and no "Internal C++ object already deleted" error


def test_cycles_made_on_the_worker_are_freed_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    """A CI run crashed in 'Garbage-collecting' on the worker thread: cycles must be freed on this one."""
    import gc
    import threading

    freed_on: list[str] = []

    class Marker:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    def make_garbage(_uow: object) -> None:
        for _ in range(3000):  # well past the first generation's threshold, on the worker
            a: dict[str, object] = {}
            a["self"] = a
        cycle: list[object] = [Marker()]
        cycle.append(cycle)

    assert not gc.isenabled()  # while a task runner lives, collection is the GUI thread's
    ctx.tasks.call(make_garbage)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]
