"""A stocktake's lines: on hand at the start, counted, what the books said when it was counted, and the
difference (highlighted); the counted quantity is typed in place."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.formatting import quantity_key
from oms_desktop.gui.models.base import Index, RowsModel
from oms_desktop.gui.models.products import LOW_BACKGROUND, LOW_FOREGROUND
from oms_desktop.services.stocktakes import CountLineRecord

MORE_BACKGROUND = QColor("#e2f4e8")
MORE_FOREGROUND = QColor("#1d6b3a")


def _text(value: Quantity | None) -> str:
    return "" if value is None else str(value)


class CountLinesModel(RowsModel[CountLineRecord]):
    """One row per product of the count, in SKU order. Typing in Counted asks for that count (`typed`);
    the row changes when the core answers (`replace_line`)."""

    COL_SKU, COL_NAME, COL_SNAPSHOT, COL_COUNTED, COL_BOOK, COL_DIFFERENCE = range(6)
    RIGHT_ALIGNED = frozenset({COL_SNAPSHOT, COL_COUNTED, COL_BOOK, COL_DIFFERENCE})

    typed = Signal(str, str)  # sku, the text typed into Counted

    def headers(self) -> list[str]:
        return [
            self.tr("SKU"),
            self.tr("Product"),
            self.tr("At start"),
            self.tr("Counted"),
            self.tr("Books then"),
            self.tr("Difference"),
        ]

    def text(self, row: CountLineRecord, column: int) -> str:
        match column:
            case self.COL_SKU:
                return row.sku
            case self.COL_NAME:
                return row.name
            case self.COL_SNAPSHOT:
                return str(row.snapshot)
            case self.COL_COUNTED:
                return _text(row.counted)
            case self.COL_BOOK:
                return _text(row.book_at_count)
            case self.COL_DIFFERENCE:
                if row.difference is None:
                    return ""
                return f"{row.difference:+}" if row.difference else "0"
        return ""

    def sort_key(self, row: CountLineRecord, column: int) -> int | str:
        values = (None, None, row.snapshot, row.counted, row.book_at_count, row.difference)
        if column >= self.COL_SNAPSHOT:
            value = values[column]
            return quantity_key(value) if value is not None else -(10**15)
        return self.text(row, column)

    def decoration(self, row: CountLineRecord, column: int, role: int) -> Any:
        difference = row.difference
        if role == Qt.ItemDataRole.ToolTipRole and row.counted is not None:
            return self.tr("Counted by {user}; the books said {book} then").format(
                user=row.counted_by or "-", book=_text(row.book_at_count)
            )
        if not difference:
            return None
        short = difference < 0
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW_BACKGROUND if short else MORE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LOW_FOREGROUND if short else MORE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_DIFFERENCE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # --- typing a count ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_COUNTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.COL_COUNTED:
            return False
        text = str(value).strip()
        row = self._rows[index.row()]
        if not text or text == _text(row.counted):
            return False
        self.typed.emit(row.sku, text)
        return False  # shown once the core has it (replace_line)

    # --- the core's answers --------------------------------------------------------------------------

    def row_of(self, sku: str) -> int | None:
        return self.find(lambda line: line.sku == sku)

    def replace_line(self, line: CountLineRecord) -> int | None:
        """Show a line as the core now has it; its row (None: not in this count)."""
        row = self.row_of(line.sku)
        if row is not None:
            self.replace_row(row, line)
        return row

    @property
    def counted(self) -> int:
        return sum(1 for line in self._rows if line.counted is not None)

    @property
    def differences(self) -> int:
        return sum(1 for line in self._rows if line.difference)
