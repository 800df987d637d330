"""One chart of the Charts page: its options, a matplotlib canvas, and saving it as PNG, CSV or Excel.

matplotlib (about 0.6 s to import with its Qt backend) is imported when the first chart is drawn, not when
the window starts.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui.widgets.report_files import choose_file, save_report_csv, save_reports_xlsx, write_file
from oms_desktop.services.analytics.buckets import Granularity
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions
from oms_desktop.services.analytics.rankings import RankBy
from oms_desktop.services.periods import Period

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

AUTO = "auto"
LIMITS = (10, 20)
# Saved pictures keep the on-screen layout at 1.5 times its pixels: sharp enough for a document.
PNG_DPI_SCALE = 1.5
MIN_CANVAS = (360, 220)


def auto_granularity(period: Period) -> Granularity:
    """Days for up to about six weeks, weeks up to about half a year, months beyond: a readable number of
    points whatever the period."""
    if period.days <= 45:
        return Granularity.DAY
    if period.days <= 190:
        return Granularity.WEEK
    return Granularity.MONTH


ReportKey = tuple[str, Period, ReportOptions]


def report_key(name: str, period: Period, options: ReportOptions) -> ReportKey:
    """What a report shows: the same key needs no new query."""
    return name, period, options


class ChartPanel(QWidget):
    """A chart with the options its report reads (granularity, rank by, rows) and save/export buttons.

    The page runs the report (off the GUI thread) and hands the result to `show_data`; the panel keeps it
    for redrawing in another language and for saving. `options_changed` asks the page for a new query.
    """

    options_changed = Signal()
    saved = Signal(str)  # the file written
    failed = Signal(str)  # why a file could not be written

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = title
        self.setObjectName("chart_" + name.replace("-", "_"))
        self.data: Any = None
        self.period: Period | None = None
        self.language = "en"
        self.stale = True  # nothing drawn yet, or the data behind it changed since
        self.shown_key: ReportKey | None = None
        self.folder = Path.home()
        self.canvas: FigureCanvasQTAgg | None = None

        reads = REPORTS[name].options
        self.granularity = self._combo(
            "granularity" in reads,
            "chartGranularity",
            [
                (AUTO, self.tr("Auto")),
                (Granularity.DAY.value, self.tr("By day")),
                (Granularity.WEEK.value, self.tr("By week")),
                (Granularity.MONTH.value, self.tr("By month")),
            ],
        )
        self.rank_by = self._combo(
            "rank_by" in reads,
            "chartRankBy",
            [(RankBy.REVENUE.value, self.tr("By sales")), (RankBy.QUANTITY.value, self.tr("By units sold"))],
        )
        self.limit = self._combo(
            "limit" in reads,
            "chartLimit",
            [(str(n), self.tr("Show {count}").format(count=n)) for n in LIMITS],
        )
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        self.save_button = self._button("savePng", self.tr("Save picture…"), self.ask_png)
        self.csv_button = self._button("exportCsv", self.tr("Export CSV…"), self.ask_csv)
        self.excel_button = self._button("exportExcel", self.tr("Export Excel…"), self.ask_xlsx)
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        tools = QHBoxLayout()
        for combo in (self.granularity, self.rank_by, self.limit):
            if combo is not None:
                tools.addWidget(combo)
        tools.addStretch(1)
        tools.addWidget(self.status)
        for button in (self.save_button, self.csv_button, self.excel_button):
            tools.addWidget(button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(tools)
        self._layout.addWidget(self.placeholder, 1)
        self._enable_saving(False)

    def _combo(self, wanted: bool, name: str, items: list[tuple[str, str]]) -> QComboBox | None:
        if not wanted:
            return None
        combo = QComboBox(self)
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.options_changed.emit())
        return combo

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _enable_saving(self, enabled: bool) -> None:
        for button in (self.save_button, self.csv_button, self.excel_button):
            button.setEnabled(enabled)

    # --- what to ask for ---------------------------------------------------------------------------

    def options(self, period: Period) -> ReportOptions:
        """The report options the panel's choices stand for, "Auto" granularity resolved for `period`."""
        granularity = auto_granularity(period)
        if self.granularity is not None and self.granularity.currentData() != AUTO:
            granularity = Granularity(self.granularity.currentData())
        rank_by = RankBy(self.rank_by.currentData()) if self.rank_by is not None else RankBy.REVENUE
        limit = int(self.limit.currentData()) if self.limit is not None else LIMITS[0]
        return ReportOptions(granularity=granularity, rank_by=rank_by, limit=limit)

    def needs(self, key: ReportKey) -> bool:
        """Whether `key` must be queried: nothing is drawn for it yet, or its data changed since."""
        return self.stale or key != self.shown_key

    # --- showing -------------------------------------------------------------------------------------

    def show_loading(self) -> None:
        self._status(self.tr("Loading…"), "info")

    def show_data(self, key: ReportKey, data: Any, language: str) -> None:
        """Draw the report's result (GUI thread: matplotlib is not thread-safe)."""
        self.data = data
        self.period = key[1]
        self.shown_key = key
        self.stale = False
        self._status("", "none")
        self.redraw(language)
        self._enable_saving(True)

    def show_ready(self) -> None:
        """What is drawn is what was asked for (a query for another choice was dropped)."""
        self._status("", "none")

    def show_error(self, message: str) -> None:
        self._status(message, "error")

    def redraw(self, language: str) -> None:
        """Draw the kept data again (after a change of language), on the same figure."""
        self.language = language
        if self.data is None:
            return
        from oms_desktop.charts.registry import CHARTS

        canvas = self._canvas()
        CHARTS[self.name].build(self.data, figure=canvas.figure, language=language)
        canvas.draw_idle()

    def _canvas(self) -> "FigureCanvasQTAgg":
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure())
            self.canvas.setObjectName("chartCanvas")
            self.canvas.setMinimumSize(*MIN_CANVAS)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.hide()
            self.canvas.show()  # a child added to a panel already on screen stays hidden otherwise
        return self.canvas

    def _status(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # --- saving --------------------------------------------------------------------------------------

    def file_name(self, suffix: str) -> str:
        """A name that says what and when: sales-over-time_2026-11-01_2026-11-22.png."""
        if self.period is None:
            return f"{self.name}{suffix}"
        return f"{self.name}_{self.period.start}_{self.period.end}{suffix}"

    def save_png(self, path: Path) -> Path:
        from oms_desktop.charts.registry import save_png

        canvas = self._canvas()
        written = save_png(canvas.figure, path, dpi=canvas.figure.dpi * PNG_DPI_SCALE)
        canvas.draw_idle()  # saving at another dpi re-laid the figure out: show the screen's layout again
        return written

    def export_csv(self, path: Path) -> Path:
        return save_report_csv(self.data, path)

    def export_xlsx(self, path: Path) -> Path:
        """Every table of the report, headers in the chart's language."""
        return save_reports_xlsx([self.data], path, self.language)

    def ask_png(self) -> None:
        self._ask(self.tr("Save chart as picture"), ".png", self.save_png)

    def ask_csv(self) -> None:
        self._ask(self.tr("Export report as CSV"), ".csv", self.export_csv)

    def ask_xlsx(self) -> None:
        self._ask(self.tr("Export report as Excel"), ".xlsx", self.export_xlsx)

    def _ask(self, caption: str, suffix: str, write: Callable[[Path], Path]) -> None:
        if self.data is None:
            return
        path = choose_file(self, caption, self.folder / self.file_name(suffix))
        if path is not None:
            self.write(path, write)

    def write(self, path: Path, write: Callable[[Path], Path]) -> None:
        """Write a file and say so (`saved` / `failed`)."""
        written, error = write_file(path, write)
        if written is None:
            self.failed.emit(error)
            return
        self.folder = written.parent
        self.saved.emit(str(written))
