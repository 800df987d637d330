"""Tables as an Excel workbook (openpyxl), one sheet each, cells holding exact numbers with a number format."""

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from oms_desktop.exports.formula_guard import starts_formula
from oms_desktop.exports.headers import header
from oms_desktop.exports.tables import Kind, Table, Value

FORMATS = {
    Kind.INT: "0",
    Kind.MONEY: "0.00",
    Kind.PERCENT: "0.0",
    Kind.RATIO: "0.00",
    Kind.DATE: "yyyy-mm-dd",
    Kind.TEXT: "@",
}


def number_format(kind: Kind, value: Value) -> str:
    if kind is Kind.NUMBER:
        return "0" if isinstance(value, int) else "0.00"
    return FORMATS[kind]


def exact_number(cell: Cell, value: Decimal) -> None:
    """Keep a numeric cell's text the Decimal's own digits ("71.40", not "71.40000000000001").

    openpyxl writes every number through float with "%.16g"; its cell writer copies a str value verbatim,
    and the cell type stays numeric ("n"), so Excel reads the exact decimal.
    """
    cell.value = value  # sets the numeric type
    cell._value = format(value, "f")  # the text written into <v>


def plain_text(cell: Cell, value: str) -> None:
    """Keep a text cell text: openpyxl turns a string starting with '=' into a formula, and Excel would run
    '+', '-' or '@' typed into one; the quote prefix makes Excel show and keep it as typed."""
    cell.value = value
    cell.data_type = "s"
    cell.quotePrefix = True


def save_xlsx(tables: Sequence[Table], path: Path, *, language: str = "en") -> Path:
    """Write one sheet per table, with translated headers, frozen header row and fitting column widths."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.name[:31])
        sheet.append([header(c.key, language) for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
            for cell, column, value in zip(sheet[sheet.max_row], table.columns, row, strict=True):
                if value is not None:
                    cell.number_format = number_format(column.kind, value)
                if isinstance(value, Decimal):
                    exact_number(cell, value)
                elif isinstance(value, str) and starts_formula(value):
                    plain_text(cell, value)
        for i, column in enumerate(table.columns, start=1):
            texts = [header(column.key, language)] + [_text(r[i - 1]) for r in table.rows]
            widest = max(_width(t) for t in texts)
            sheet.column_dimensions[get_column_letter(i)].width = min(max(widest + 2, 8), 48)
        sheet.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built in memory, then written: a file that cannot be written (a full disk) fails once, here, rather
    # than again when the half-closed zip is collected.
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _width(text: str) -> int:
    """Roughly the columns a text takes: Chinese characters are about twice as wide."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0x2E80)


def _text(value: Value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
