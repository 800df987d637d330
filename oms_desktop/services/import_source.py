"""Reading an import file into a table: its header and its rows, each with the line it starts on.

A CSV file in any common encoding — UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
"Unicode text"), or GB18030 / GBK as Excel saves CSV on Chinese Windows — separated by commas, semicolons
or tabs (whichever the header uses); or an Excel workbook (.xlsx, its first sheet, read in openpyxl's
read-only mode, each cell as the value Excel last showed: formulas are never worked out here). A file this
cannot read is refused in one line that says why: a binary file, an old .xls, an unterminated quote, a
field or a file beyond the limits. Nothing here knows what the columns mean (services/import_layouts.py).
"""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from oms_desktop.domain.errors import ValidationError

MAX_FIELD = 2_000  # characters in one field (the longest text an order keeps is its notes)
MAX_FILE_MB = 100  # a shop's export is a few MB; a bigger file is a mistake (a video, a database dump)
MAX_ROWS = 1_000_000
MAX_COLUMNS = 300  # Shopify's orders export has about 80


@dataclass(frozen=True)
class Table:
    """A file's header and rows; `line` numbers are what a text editor (CSV) or Excel (row) shows."""

    name: str  # the file's name, for messages
    encoding: str  # utf-8, utf-8-sig, utf-16, gb18030, or xlsx
    header: list[str]
    rows: list[tuple[int, list[str]]]
    header_line: int = 1


class Refused(ValidationError):
    """The file cannot be read as a table; `line` is where (0: the file as a whole)."""

    def __init__(self, line: int, code: str, **params: str | int) -> None:
        super().__init__(code, **params)
        self.line = line


def read_file(path: Path) -> Table:
    """The table in the file at `path` (CSV or .xlsx)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            "import_file_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from None
    if size > MAX_FILE_MB * 1024 * 1024:
        raise Refused(0, "import_file_too_large", file=path.name, most=MAX_FILE_MB)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "import_file_unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from None
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Table:
    """The table in a file's bytes: a workbook by its signature, otherwise CSV text."""
    if data.startswith(b"PK\x03\x04"):
        return _workbook(data, name)
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE container of Excel 97-2003
        raise Refused(0, "import_old_excel", file=name)
    text, encoding = decode(data, name)
    return read_text(text, name, encoding)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The file's text and the encoding it was read in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise Refused(0, "import_not_text", file=name) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8"
        return text, encoding
    raise Refused(0, "import_not_text", file=name)


def read_text(text: str, name: str = "", encoding: str = "utf-8") -> Table:
    """The table in CSV text: a file the csv module would read loosely (an unterminated quote swallowing
    the next rows, a NUL byte, a field beyond the size limit) is refused by line. Blank lines are skipped."""
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        raise Refused(text.count("\n", 0, nul) + 1, "import_nul_byte")
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count) if first_line else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for fields in reader:
            if fields and any(f.strip() for f in fields):
                if any("\n" in f or "\r" in f for f in fields):
                    raise Refused(start, "import_field_over_lines")
                if any(len(f) > MAX_FIELD for f in fields):
                    raise Refused(start, "import_field_too_long", most=MAX_FIELD)
                if len(fields) > MAX_COLUMNS:
                    raise Refused(start, "import_too_many_columns", most=MAX_COLUMNS)
                rows.append((start, fields))
                if len(rows) > MAX_ROWS + 1:
                    raise Refused(start, "import_too_many_rows", file=name or "the file", most=MAX_ROWS)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise Refused(start, "import_quote_unclosed") from None
        if "field larger than field limit" in str(exc):
            raise Refused(start, "import_field_too_long", most=MAX_FIELD) from None
        raise Refused(start, "import_csv_invalid", detail=str(exc)[:200]) from None
    if not rows:
        raise Refused(0, "import_file_empty")
    header = [h.strip() for h in rows[0][1]]
    return Table(name, encoding, header, rows[1:], rows[0][0])


def _workbook(data: bytes, name: str) -> Table:
    """The first sheet of an .xlsx workbook, every cell as text."""
    from openpyxl import load_workbook  # imported only for a workbook: it takes a while to load

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise Refused(
            0, "import_workbook_unreadable", file=name, detail=str(exc)[:200] or type(exc).__name__
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise Refused(0, "import_file_empty")
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell(v) for v in values[: MAX_COLUMNS + 1]]
            while cells and not cells[-1]:
                cells.pop()
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > MAX_COLUMNS:
                raise Refused(number, "import_too_many_columns", most=MAX_COLUMNS)
            if any(len(c) > MAX_FIELD for c in cells):
                raise Refused(number, "import_field_too_long", most=MAX_FIELD)
            if any("\n" in c or "\r" in c for c in cells):
                raise Refused(number, "import_cell_over_lines")
            rows.append((number, cells))
            if len(rows) > MAX_ROWS + 1:
                raise Refused(number, "import_too_many_rows", file=name, most=MAX_ROWS)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise Refused(
            0, "import_workbook_unreadable", file=name, detail=str(exc)[:200] or type(exc).__name__
        ) from None
    finally:
        book.close()
    if not rows:
        raise Refused(0, "import_file_empty")
    header = [h.strip() for h in rows[0][1]]
    width = len(header)
    body = [
        (no, cells + [""] * (width - len(cells)) if len(cells) < width else cells) for no, cells in rows[1:]
    ]
    return Table(name, "xlsx", header, body, rows[0][0])


def _cell(value: object) -> str:
    """A cell as the text it shows: numbers without a float's noise (58.5, not 58.500000001), dates ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        text = format(Decimal(repr(value)).normalize(), "f")
        return text
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    return str(value).strip("\x00")
