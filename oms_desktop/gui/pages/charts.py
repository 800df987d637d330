"""Charts: headline numbers for a period against the one before, and a tab per chart, saved or exported.

Every report runs on the database worker (ctx.tasks); only the headline numbers and the chart on screen
are asked for, the other charts when their tab is opened. Changes to orders or stock mark what they touch
as stale; a visible page refreshes shortly after (once for a burst of changes), a hidden one when shown.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import error_text, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.tasks import Task
from oms_desktop.gui.widgets.chart_panel import ChartPanel, ReportKey, report_key
from oms_desktop.gui.widgets.kpi_tiles import KpiTiles
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.period_picker import PeriodPicker
from oms_desktop.gui.widgets.report_files import choose_file, save_report_csv, save_reports_xlsx, write_file
from oms_desktop.services.analytics.catalog import ReportOptions
from oms_desktop.services.analytics.kpis import Headline
from oms_desktop.services.changes import Changes
from oms_desktop.services.periods import Period

translate = QCoreApplication.translate

# A burst of changes (an import, several quick sales) refreshes the visible page once.
REFRESH_DELAY_MS = 300
FOLDER_KEY = "charts/folder"

# What each report reads, so a change refreshes only the reports it touches.
DEPENDS: dict[str, frozenset[str]] = {
    "kpis": frozenset({"orders"}),
    "sales-over-time": frozenset({"orders"}),
    "top-products": frozenset({"orders", "products"}),
    "top-customers": frozenset({"orders", "customers"}),
    "channels": frozenset({"orders"}),
    "payment-methods": frozenset({"orders"}),
    "order-status": frozenset({"orders"}),
    "fulfilment": frozenset({"orders"}),
    "stock-value": frozenset({"stock", "products"}),
    "low-stock": frozenset({"stock", "products"}),
    "turnover": frozenset({"orders", "stock", "products"}),
}


def chart_titles() -> dict[str, str]:
    """The tab of each chart, in tab order."""
    return {
        "sales-over-time": translate("ChartsPage", "Sales over time"),
        "top-products": translate("ChartsPage", "Top products"),
        "top-customers": translate("ChartsPage", "Top customers"),
        "channels": translate("ChartsPage", "Channels"),
        "payment-methods": translate("ChartsPage", "Payment methods"),
        "order-status": translate("ChartsPage", "Order status"),
        "fulfilment": translate("ChartsPage", "Fulfilment"),
        "stock-value": translate("ChartsPage", "Stock value"),
        "low-stock": translate("ChartsPage", "Low stock"),
        "turnover": translate("ChartsPage", "Turnover"),
    }


def chart_language(shop_language: str) -> str:
    """The builders' language: Chinese labels when the shop works in Chinese."""
    return "zh_CN" if shop_language == "zh_CN" else "en"


def touched(changes: Changes) -> set[str]:
    return {
        area
        for area, hit in (
            ("orders", changes.orders),
            ("stock", changes.stock),
            ("products", changes.products),
            ("customers", changes.customers),
        )
        if hit
    }


class ChartsPage(QWidget):
    """The period on top, the headline tiles under it, the charts in tabs below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPage")
        self.ctx = ctx
        self.headline: Headline | None = None
        self.kpis_stale = True
        self._kpi_key: ReportKey | None = None  # what the tiles show
        self._asked: dict[str, tuple[ReportKey, Task[Any]]] = {}  # report name -> its query in flight
        folder = ctx.ui.value(FOLDER_KEY)
        self.folder = Path(folder) if isinstance(folder, str) and Path(folder).is_dir() else Path.home()

        self.picker = PeriodPicker(self, zone=ctx.zone)
        self.picker.setObjectName("periodPicker")
        self.compared = QLabel()
        self.compared.setObjectName("comparedWith")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshCharts")
        self.refresh_button.setToolTip(self.tr("Read the numbers again (F5)"))
        self.export_button = QPushButton(self.tr("Export numbers"))
        self.export_button.setObjectName("exportReports")
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Headline numbers as CSV…"), self.ask_kpis_csv)
        menu.addAction(self.tr("Headline numbers as Excel…"), self.ask_kpis_xlsx)
        menu.addSeparator()
        menu.addAction(self.tr("All reports as one Excel workbook…"), self.ask_all_xlsx)
        self.export_button.setMenu(menu)
        self.tiles = KpiTiles(self)
        self.message = MessageBar(self)
        self.message.setObjectName("chartsMessage")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("chartTabs")
        self.tabs.setDocumentMode(True)
        self.panels: dict[str, ChartPanel] = {}
        for name, title in chart_titles().items():
            panel = ChartPanel(name, title, self)
            panel.folder = self.folder
            panel.options_changed.connect(lambda p=panel: self.refresh_panel(p))
            panel.saved.connect(self._saved)
            panel.failed.connect(self.message.show_error)
            self.panels[name] = panel
            self.tabs.addTab(panel, title)

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.compared)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.picker.changed.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.bus.changed.connect(self._on_changed)
        self._show_period(self.period())

    # --- what is asked for ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return chart_language(self.ctx.shop.language)

    def period(self) -> Period:
        self.picker.zone = self.ctx.zone  # the shop's zone, which Settings may have changed
        period = self.picker.period()
        assert period is not None, "the charts' picker offers no 'any time'"
        return period

    def current_panel(self) -> ChartPanel:
        panel = self.tabs.currentWidget()
        assert isinstance(panel, ChartPanel)
        return panel

    def show_chart(self, name: str) -> ChartPanel:
        panel = self.panels[name]
        self.tabs.setCurrentWidget(panel)
        return panel

    # --- refreshing ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # what went stale while hidden; nothing when all is current

    def refresh(self) -> None:
        """Ask for the headline numbers and the chart on screen, if they are stale or the period moved on
        (a preset ends today, and today changes at midnight). Hidden pages wait until shown."""
        self._timer.stop()
        if not self.isVisible():
            return
        period = self.period()
        self._show_period(period)
        self.refresh_kpis(period)
        self.refresh_panel(self.current_panel(), period)

    def reload(self) -> None:
        """Read everything again (the Refresh button): the other charts when their tab is opened."""
        self.kpis_stale = True
        for panel in self.panels.values():
            panel.stale = True
        self.refresh()

    def refresh_kpis(self, period: Period) -> None:
        key = report_key("kpis", period, ReportOptions())
        if self._asking(key):
            return
        if self.kpis_stale or key != self._kpi_key:
            self._run(key, lambda headline: self._kpis_loaded(key, headline), self.message.show_error)
        else:
            self._forget("kpis")  # back to what is on screen: a query for another choice is obsolete

    def refresh_panel(self, panel: ChartPanel, period: Period | None = None) -> None:
        period = period or self.period()
        key = report_key(panel.name, period, panel.options(period))
        if self._asking(key):
            return
        if panel.needs(key):
            panel.show_loading()
            self._run(key, lambda data: panel.show_data(key, data, self.language), panel.show_error, panel)
        else:
            self._forget(panel.name)
            panel.show_ready()

    def _asking(self, key: ReportKey) -> bool:
        """Whether exactly this query is on its way already (asking again would only repeat it)."""
        asked = self._asked.get(key[0])
        return asked is not None and asked[0] == key

    def _forget(self, name: str) -> None:
        """Cancel the report's query in flight: its answer is out of date (a newer period, new data)."""
        asked = self._asked.pop(name, None)
        if asked is not None:
            asked[1].cancel()

    def _run(
        self,
        key: ReportKey,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        owner: QWidget | None = None,
    ) -> None:
        """Query one report on the worker; its answer comes back to `done` on the GUI thread."""
        name, period, options = key
        self._forget(name)

        def settle() -> None:
            if self._asked.get(name, (None, None))[1] is task:
                del self._asked[name]

        def finished(data: Any) -> None:
            settle()
            done(data)

        def refused(error: Exception) -> None:
            settle()
            failed(error_text.describe(error))

        task = operations.charts.report(name, period, options).run(
            self.ctx.tasks, finished, refused, owner=owner or self
        )
        self._asked[name] = (key, task)

    def _kpis_loaded(self, key: ReportKey, headline: Headline) -> None:
        self.headline = headline
        self._kpi_key = key
        self.kpis_stale = False
        self.tiles.show_headline(headline, self.ctx.shop.currency)
        self._show_period(headline.period)

    def _show_period(self, period: Period) -> None:
        self.picker.show_period(period)
        before = period.previous()
        self.compared.setText(
            self.tr("compared with {start} – {end}").format(start=before.start, end=before.end)
        )

    def _period_changed(self) -> None:
        self.message.clear_message()
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:  # the language or the currency may have changed: redraw, no query
            if self.headline is not None:
                self.tiles.show_headline(self.headline, self.ctx.shop.currency)
            for panel in self.panels.values():
                if panel.language != self.language:
                    panel.redraw(self.language)
        areas = touched(changes)
        if not areas:
            return
        for name in DEPENDS:
            if DEPENDS[name] & areas:
                self._forget(name)
                if name == "kpis":
                    self.kpis_stale = True
                else:
                    self.panels[name].stale = True
        if self.isVisible():
            self._timer.start()

    # --- exports of the headline numbers and of everything -------------------------------------------

    def _saved(self, file: str) -> None:
        self.folder = Path(file).parent
        self.ctx.ui.setValue(FOLDER_KEY, str(self.folder))
        for panel in self.panels.values():
            panel.folder = self.folder
        self.message.show_success(self.tr("Saved {file}").format(file=file))

    def _write(self, path: Path, write: Callable[[Path], Path]) -> None:
        written, error = write_file(path, write)
        if written is None:
            self.message.show_error(error)
        else:
            self._saved(str(written))

    def export_kpis_csv(self, path: Path) -> Path:
        return save_report_csv(self.headline, path)

    def export_kpis_xlsx(self, path: Path) -> Path:
        return save_reports_xlsx([self.headline], path, self.language)

    def ask_kpis_csv(self) -> None:
        if self.headline is not None:
            self._export(self.tr("Export headline numbers"), "kpis", ".csv", self.export_kpis_csv)

    def ask_kpis_xlsx(self) -> None:
        if self.headline is not None:
            self._export(self.tr("Export headline numbers"), "kpis", ".xlsx", self.export_kpis_xlsx)

    def ask_all_xlsx(self) -> None:
        period = self.period()
        path = choose_file(
            self, self.tr("Export all reports"), self.folder / f"reports_{period.start}_{period.end}.xlsx"
        )
        if path is not None:
            self.export_all_xlsx(path)  # written once every report has been read

    def _export(self, caption: str, what: str, suffix: str, write: Callable[[Path], Path]) -> None:
        period = self.period() if self.headline is None else self.headline.period
        suggested = self.folder / f"{what}_{period.start}_{period.end}{suffix}"
        path = choose_file(self, caption, suggested)
        if path is not None:
            self._write(path, write)

    def export_all_xlsx(self, path: Path) -> Task[list[Any]]:
        """Run every report for the period on the worker (with a progress dialog when it takes a while),
        then write one workbook: a sheet per table, each chart's own options."""
        period = self.period()
        jobs = [("kpis", period, ReportOptions())] + [
            (name, period, panel.options(period)) for name, panel in self.panels.items()
        ]
        language = self.language

        def write(reports: list[Any]) -> None:
            if reports:  # none: cancelled
                self._write(path, lambda target: save_reports_xlsx(reports, target, language))

        return operations.charts.all_reports(jobs).run(
            self.ctx.tasks,
            write,
            self.message.show_error,
            label=self.tr("Reading every report for {period}…").format(
                period=f"{period.start} – {period.end}"
            ),
            owner=self,
        )
