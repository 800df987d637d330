"""Cyclic garbage is collected on the GUI thread only, while the window's threads run.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed: with the
database worker and the CPU pool busy, that is often not the GUI thread. A cycle that holds a Qt object (a
closed dialog and the lambdas connected to it) is then finalized on the wrong thread, and PySide6 crashes
the process ("Fatal Python error: Segmentation fault ... Garbage-collecting", seen in a CI run while the
worker compiled a query). So, while a task runner lives, automatic collection is off and a timer on the GUI
thread does what it would have done, generation by generation, at the same thresholds.
"""

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


class GuiThreadCollector(QObject):
    _running = 0  # collectors started and not stopped: automatic collection comes back with the last

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._started = False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        GuiThreadCollector._running += 1
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is left, here; automatic collection is back when no collector runs."""
        if not self._started:
            return
        self._started = False
        self._timer.stop()
        gc.collect()
        GuiThreadCollector._running -= 1
        if GuiThreadCollector._running == 0:
            gc.enable()

    def check(self) -> None:
        """The collection Python would have made by now, if any."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        if generation >= 0:
            gc.collect(generation)
