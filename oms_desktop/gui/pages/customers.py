"""Placeholder while being written."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from oms_desktop.gui.context import AppContext


class CustomersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersPage")
        self.ctx = ctx
        QVBoxLayout(self).addWidget(QLabel(self.tr("Customers")))
