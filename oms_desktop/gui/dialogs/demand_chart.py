"""A product's demand chart (the Stock page's Demand…): daily demand of the last 90 days with the mean, and
stock over the lead time from available + on order against the reorder point and safety stock.

The data is read on the database worker; the figure is drawn on the GUI thread (matplotlib is not
thread-safe), in the window's language. matplotlib is imported when the first chart opens.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import i18n, operations
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.report_files import choose_file, write_file
from oms_desktop.services.replenishment_chart import DemandChart

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

PNG_DPI_SCALE = 1.5  # as the Charts page saves: sharp enough for a document


def chart_language() -> str:
    """The chart speaks the window's language."""
    return "zh_CN" if i18n.current() == "zh_CN" else "en"


class DemandChartDialog(QDialog):
    """One product's demand chart, with Save picture…"""

    def __init__(self, tasks: TaskRunner, sku: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demandChartDialog")
        self.setWindowTitle(self.tr("Demand and reorder point: {sku}").format(sku=sku))
        self.sku = sku
        self.data: DemandChart | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.folder = Path.home()
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumSize(640, 360)
        self.message = MessageBar(self)
        self.message.setObjectName("demandMessage")
        self.save_button = QPushButton(self.tr("Save picture…"))
        self.save_button.setObjectName("saveDemandPng")
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.ask_png)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeDemand")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addLayout(buttons)
        self.resize(1040, 600)
        operations.stock.demand_chart(sku).run(tasks, self.show_data, self._refused, owner=self)

    @property
    def language(self) -> str:
        return chart_language()

    def show_data(self, data: DemandChart) -> None:
        from oms_desktop.charts.registry import PRODUCT_CHARTS

        self.data = data
        canvas = self._canvas()
        PRODUCT_CHARTS["demand"].build(data, figure=canvas.figure, language=self.language)
        canvas.draw_idle()
        self.save_button.setEnabled(True)

    def _refused(self, error: DomainError) -> None:
        self.placeholder.setText("")
        self.message.show_error(error)

    def _canvas(self) -> "FigureCanvasQTAgg":
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self.canvas = FigureCanvasQTAgg(Figure())
            self.canvas.setObjectName("demandCanvas")
            self.canvas.setMinimumSize(640, 360)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._layout.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.hide()
            self.canvas.show()
        return self.canvas

    def save_png(self, path: Path) -> Path:
        from oms_desktop.charts.registry import save_png

        canvas = self._canvas()
        written = save_png(canvas.figure, path, dpi=canvas.figure.dpi * PNG_DPI_SCALE)
        canvas.draw_idle()
        return written

    def ask_png(self) -> None:
        if self.data is None:
            return
        day = self.data.today.isoformat()
        path = choose_file(
            self, self.tr("Save chart as picture"), self.folder / f"demand_{self.sku}_{day}.png"
        )
        if path is None:
            return
        written, error = write_file(path, self.save_png)
        if written is None:
            self.message.show_error(error)
            return
        self.folder = written.parent
        self.message.show_success(self.tr("Saved {file}").format(file=written))
