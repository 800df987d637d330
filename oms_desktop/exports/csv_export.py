"""Tables as CSV: exact text for money (1234.50), ISO dates, empty cells for "no value"."""

import csv
from datetime import date
from pathlib import Path
from typing import TextIO

from oms_desktop.exports.formula_guard import neutral
from oms_desktop.exports.tables import Table, Value


def cell_text(value: Value) -> str:
    """A cell's CSV text; a text that would start a formula is neutralised (numbers keep their minus)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutral(value)
    return str(value)  # Decimal's own text: exact, never through float


def write_csv(table: Table, out: TextIO) -> None:
    """Header row of column keys, then one row per table row."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.key for c in table.columns])
    writer.writerows([cell_text(v) for v in row] for row in table.rows)


def save_csv(table: Table, path: Path) -> Path:
    """Write a CSV file in UTF-8 with a byte-order mark, so that Excel shows Chinese names correctly."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(table, out)
    return path
