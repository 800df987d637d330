"""Catches a barcode scanner's keystrokes wherever the focus is on a page, so that no scan is lost.

A scanner is a keyboard that types a code and Enter at a few milliseconds a key. When the focus is not in
the scan field (a cart cell just edited, a cell editor still open, a button), the first printable key is
held back for a moment: if the next key follows within a scanner's pace, the burst up to Enter is a scan and
goes to `scanned`, never into the focused widget; a lone key (a person typing) is handed on to where it was
going, a moment late. Keys typed into the scan field itself are left alone. A burst that was no code after
all (a fast typist, or a paste by keys, in a text box) can be given back to the box it was typed in.
"""

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# A scanner types a key every few milliseconds; a fast person needs 60 ms or more between keys.
SCANNER_GAP_MS = 35
MIN_SCAN_LENGTH = 4


class ScanCatcher(QObject):
    """Installed on the application while `page` is shown; `scan_field` receives keys as usual."""

    scanned = Signal(str)

    def __init__(self, page: QWidget, scan_field: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self._field = scan_field
        self._held: list[tuple[QObject, QKeyEvent]] = []  # keys held back while deciding
        self._burst = ""  # a scan being read
        self._last = 0.0
        self._replaying = False
        self._origin: QObject | None = None  # where the last scan's keys were going
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCANNER_GAP_MS)
        self._timer.timeout.connect(self._settle)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._settle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._page.window():
            return False
        if watched is self._field or (not self._page.isAncestorOf(watched) and watched is not self._page):
            return False
        now = time.monotonic()
        fast = (now - self._last) * 1000 <= SCANNER_GAP_MS
        self._last = now
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._burst and fast and len(self._burst) >= MIN_SCAN_LENGTH:
                code, self._burst = self._burst, ""
                self._origin = self._held[0][0] if self._held else watched
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(code)
                return True
            self._settle()
            return False
        if not (text and text.isprintable()) or event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._settle()
            return False
        if self._burst and fast:
            self._burst += text
            self._timer.start()
            return True
        self._settle()
        # The first key of what may be a scan: hold it until the next key says what it is.
        self._burst = text
        self._held.append((watched, QKeyEvent(event.type(), event.key(), event.modifiers(), text)))
        self._timer.start()
        return True

    def give_back(self, code: str) -> bool:
        """Type the last scan, and its Enter, into the text box it was going to, when it went to one (the
        code was not known: it was text). Returns whether it did."""
        target, self._origin = self._origin, None
        if not isinstance(target, (QLineEdit, QPlainTextEdit, QTextEdit)) or target is self._field:
            return False
        keys = [QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch) for ch in code]
        keys.append(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
        self._replaying = True
        try:
            for key in keys:
                QCoreApplication.sendEvent(target, key)
        finally:
            self._replaying = False
        return True

    def _settle(self) -> None:
        """No scan after all: hand the keys held back to where they were going, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        typed, self._burst = self._burst, ""
        if not held:
            return
        if len(typed) > 1:
            # Several keys came at a scanner's pace but no Enter followed: they were typed, give them all.
            target = held[0][0]
            keys = [QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch) for ch in typed]
        else:
            target, event = held[0]
            keys = [event]
        self._replaying = True
        try:
            for key in keys:
                QCoreApplication.sendEvent(target, key)
        finally:
            self._replaying = False
