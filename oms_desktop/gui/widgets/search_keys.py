"""Arrow keys typed in a search field move through the result table, so focus never leaves the field."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}


class ArrowsToView(QObject):
    """Event filter on a QLineEdit: Up/Down/PageUp/PageDown change the current row of `view`."""

    def __init__(self, field: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(field)
        self._view = view
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = MOVES.get(Qt.Key(event.key()))
            if step is not None:
                self.move(step)
                return True
        return False

    def move(self, step: int) -> None:
        model = self._view.model()
        if model is None or model.rowCount() == 0:
            return
        current = self._view.currentIndex()
        row = -1 if not current.isValid() else current.row()
        row = max(0, min(model.rowCount() - 1, row + step))
        self._view.setCurrentIndex(model.index(row, max(current.column(), 0)))
        self._view.scrollTo(model.index(row, 0))
