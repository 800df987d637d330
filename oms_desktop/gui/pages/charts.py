"""Charts page: a placeholder that the charts issue fills with matplotlib canvases."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from oms_desktop.gui.context import AppContext


class ChartsPage(QWidget):
    """Sales charts. Only the title for now; the charts come with their own issue."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPage")
        self.ctx = ctx
        title = QLabel(self.tr("Charts"))
        title.setObjectName("pageTitle")
        note = QLabel(self.tr("Sales charts will appear here."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note, 1)
