"""The customer display: a second window, for a second screen turned to the customer.

It shows the shop's name, the last lines rung up, and the big figure the cashier sees (the total, what is
left to pay in an exchange, or the change due after paying). The counter tells it what to show
(`CounterPage.display_changed`); it never reads or writes anything itself.
"""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

SHOWN_LINES = 8  # the latest lines; a long sale scrolls off the top


@dataclass(frozen=True)
class DisplayState:
    """What the customer sees: (name, quantity, line total) per line, the caption and the big figure."""

    lines: tuple[tuple[str, str, str], ...]
    caption: str
    figure: str
    note: str = ""  # the last thing that happened ("Thank you!", "Sale parked")


class CustomerDisplay(QWidget):
    def __init__(self, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.shop = QLabel(shop_name)
        self.shop.setObjectName("displayShop")
        self.shop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shop.setStyleSheet("font-size: 28pt; font-weight: 600; padding: 12px;")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(48)  # the quantity and the amount read as two figures
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        for row in range(SHOWN_LINES):
            labels = (QLabel(), QLabel(), QLabel())
            for column, label in enumerate(labels):
                label.setStyleSheet("font-size: 16pt;")
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(label, row, column)
            self.rows.append(labels)
        self.caption = QLabel()
        self.caption.setObjectName("displayCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.caption.setStyleSheet("font-size: 20pt;")
        self.figure = QLabel()
        self.figure.setObjectName("displayFigure")
        self.figure.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.figure.setStyleSheet("font-size: 54pt; font-weight: 700;")
        self.note = QLabel()
        self.note.setObjectName("displayNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet("font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.shop)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addWidget(self.note)
        self.resize(800, 600)

    def show_state(self, state: DisplayState) -> None:
        latest = state.lines[-SHOWN_LINES:]
        for row, labels in enumerate(self.rows):
            texts = latest[row] if row < len(latest) else ("", "", "")
            for label, text in zip(labels, texts, strict=True):
                label.setText(text)
        self.caption.setText(state.caption)
        self.figure.setText(state.figure)
        self.note.setText(state.note)

    def place(self) -> None:
        """Full screen on the second screen when there is one, else a window beside the till's."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setGeometry(screens[1].geometry())
            self.showFullScreen()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the customer's side of the desk: hidden, and Ctrl+Shift+D brings it back.
        event.ignore()
        self.hide()
