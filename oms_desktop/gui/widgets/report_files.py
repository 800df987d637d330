"""Saving a report or a chart to a file the user chooses: the dialog, the writers, a refusal as a message.

The exporters (openpyxl) are imported when a file is written, not when the window starts.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def file_filter(suffix: str) -> str:
    """The save dialog's filter for a kind of file."""
    filters = {
        ".png": translate("ReportFiles", "PNG pictures (*.png)"),
        ".csv": translate("ReportFiles", "CSV files (*.csv)"),
        ".xlsx": translate("ReportFiles", "Excel workbooks (*.xlsx)"),
    }
    return filters[suffix]


def choose_file(parent: QWidget, caption: str, suggested: Path) -> Path | None:
    """Ask where to save, offering `suggested`; the suggested suffix is added when the user typed none.
    None when cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), file_filter(suggested.suffix)
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suggested.suffix else path.with_name(path.name + suggested.suffix)


def write_file(path: Path, write: Callable[[Path], Path]) -> tuple[Path | None, str]:
    """Run `write(path)`; a disk that refuses (full, read-only, the file open in Excel) gives a message
    instead of an error dialog: (None, why)."""
    try:
        return write(path), ""
    except OSError as exc:
        why = translate("ReportFiles", "Could not write {file}: {error}")
        return None, why.format(file=path, error=exc.strerror or exc)


def save_report_csv(report: Any, path: Path) -> Path:
    """The report's main table; exact money, column keys as headers (for other programs)."""
    from oms_desktop.exports.csv_export import save_csv
    from oms_desktop.exports.tables import tables

    return save_csv(tables(report)[0], path)


def save_reports_xlsx(reports: Sequence[Any], path: Path, language: str) -> Path:
    """Every table of the reports, a sheet each, headers in `language`."""
    from oms_desktop.exports.excel import save_xlsx
    from oms_desktop.exports.tables import tables

    return save_xlsx([table for report in reports for table in tables(report)], path, language=language)
