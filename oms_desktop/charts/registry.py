"""Chart NAME -> (report function, figure builder): the one list the CLI and the Charts page share.

On the Charts page: run `spec.report(uow, period, options)` on the database worker, then
`spec.build(data, figure=canvas.figure, language=...)` and `canvas.draw_idle()` on the GUI thread.

Charts of one product (`PRODUCT_CHARTS`: its demand and reorder point, over the replenishment window that
ends today) take a SKU instead of a period: `spec.report(uow, sku)`, then the same `spec.build`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from oms_desktop.charts import fulfilment, rankings, replenishment, sales, stock
from oms_desktop.charts.labels import word
from oms_desktop.charts.style import DEFAULT_DPI
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services import replenishment_chart
from oms_desktop.services.analytics.catalog import REPORTS, ReportOptions
from oms_desktop.services.periods import Period

Builder = Callable[..., Figure]  # (data, *, figure=None, language="en") -> Figure


@dataclass(frozen=True)
class ChartSpec:
    name: str
    report: Callable[[UnitOfWork, Period, ReportOptions], Any]
    build: Builder

    def title(self, language: str = "en") -> str:
        return word(self.name, language)


_BUILDERS: dict[str, Builder] = {
    "kpis": sales.build_kpis,
    "sales-over-time": sales.build_sales_over_time,
    "top-products": rankings.build_top_products,
    "top-customers": rankings.build_top_customers,
    "channels": rankings.build_channels,
    "payment-methods": rankings.build_payment_methods,
    "order-status": fulfilment.build_order_status,
    "fulfilment": fulfilment.build_fulfilment,
    "stock-value": stock.build_stock_value,
    "low-stock": stock.build_low_stock,
    "turnover": stock.build_turnover,
}

CHARTS: dict[str, ChartSpec] = {
    name: ChartSpec(name, REPORTS[name].run, build) for name, build in _BUILDERS.items()
}


@dataclass(frozen=True)
class ProductChartSpec:
    """A chart of one product: its data from `report(uow, sku)`."""

    name: str
    report: Callable[[UnitOfWork, str], Any]
    build: Builder

    def title(self, language: str = "en") -> str:
        return word(self.name, language)


PRODUCT_CHARTS: dict[str, ProductChartSpec] = {
    "demand": ProductChartSpec("demand", replenishment_chart.demand_chart, replenishment.build_demand),
}


def chart(name: str) -> ChartSpec:
    """The chart called `name`; raises KeyError naming the known charts for an unknown one."""
    spec = CHARTS.get(name)
    if spec is None:
        raise KeyError(f"unknown chart '{name}'; known: {', '.join(CHARTS)}")
    return spec


def render(
    name: str,
    uow: UnitOfWork,
    period: Period,
    options: ReportOptions | None = None,
    *,
    figure: Figure | None = None,
    language: str = "en",
) -> Figure:
    """Run the chart's report and draw it (both in the calling thread: for the CLI and tests)."""
    spec = chart(name)
    return spec.build(spec.report(uow, period, options or ReportOptions()), figure=figure, language=language)


def render_product(
    name: str, uow: UnitOfWork, sku: str, *, figure: Figure | None = None, language: str = "en"
) -> Figure:
    """Read one product's chart data and draw it (in the calling thread: for the CLI and tests)."""
    spec = PRODUCT_CHARTS.get(name)
    if spec is None:
        raise KeyError(f"unknown product chart '{name}'; known: {', '.join(PRODUCT_CHARTS)}")
    return spec.build(spec.report(uow, sku), figure=figure, language=language)


def save_png(figure: Figure, path: Path, *, dpi: float | None = None) -> Path:
    """Write the figure as a PNG of its own size (width x height inches x dpi), without pyplot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", dpi=dpi or figure.dpi or DEFAULT_DPI, facecolor="white")
    return path
