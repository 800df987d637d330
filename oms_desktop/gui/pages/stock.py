"""Placeholder while being written."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from oms_desktop.gui.context import AppContext


class StockPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockPage")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel(self.tr("Products & Stock")))
