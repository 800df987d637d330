"""Opening a dialog the one way the window uses: window-modal without blocking, deleted once closed."""

from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D) -> D:
    """Show `dialog` with QDialog.open() (the event loop keeps running: tests and progress keep working)
    and delete it when it closes; returns it so that the caller can keep a handle."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
