"""A text field for money: exact Decimal in and out (a QDoubleSpinBox would go through float)."""

from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from oms_desktop.gui.formatting import edit_text, parse_money

AMOUNT = r"\d{0,9}([.]\d{0,2})?"


class MoneyEdit(QLineEdit):
    """Accepts up to two decimals; `value()` is the exact amount, or None when empty or unreadable."""

    def __init__(self, parent: QWidget | None = None, *, allow_negative: bool = False) -> None:
        super().__init__(parent)
        pattern = f"-?{AMOUNT}" if allow_negative else AMOUNT
        self.setValidator(QRegularExpressionValidator(QRegularExpression(f"^{pattern}$"), self))
        self.setPlaceholderText("0.00")

    def value(self) -> Decimal | None:
        try:
            return parse_money(self.text())
        except ValueError:
            return None

    def set_value(self, value: Decimal | None) -> None:
        self.setText(edit_text(value))
