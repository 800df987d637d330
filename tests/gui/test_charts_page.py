"""Charts page: the headline numbers are the analytics service's for the chosen period, presets and chart
options re-query on the database worker, charts draw, and every chart and report can be saved."""

import csv
import threading
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.lines import Line2D
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from oms_desktop.charts.style import shorten
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.pages.charts import ChartsPage
from oms_desktop.gui.widgets.chart_panel import ChartPanel
from oms_desktop.gui.widgets.kpi_tiles import KpiTiles, change_text, trend
from oms_desktop.services import product_search, settings
from oms_desktop.services.analytics import kpis, rankings, sales_series
from oms_desktop.services.analytics.buckets import Granularity
from oms_desktop.services.analytics.kpis import Headline, Kpi
from oms_desktop.services.analytics.presets import Preset, local_today, period_for
from oms_desktop.services.analytics.rankings import RankBy
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest, create_order, quote
from oms_desktop.services.periods import Period

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[ChartsPage]:
    """The page alone (faster than the whole window), on the last 30 days of the demo shop, shown."""
    charts = ChartsPage(demo_ctx)
    qtbot.addWidget(charts)
    charts.picker.set_preset(Preset.LAST_30_DAYS)
    charts.resize(1176, 700)
    charts.show()
    qtbot.waitUntil(lambda: charts.headline is not None and not demo_ctx.tasks.busy)
    yield charts
    charts.close()


def period_of(preset: Preset) -> Period:
    return period_for(preset, local_today())


def shown(page: ChartsPage, key: str) -> str:
    return page.tiles.tile(key).value.text()


def expected_value(kpi: Kpi, currency: str) -> str:
    """How the owner expects the service's number to read: money with the shop's currency sign."""
    if kpi.current is None:
        return "–"
    if kpi.kind == "money":
        return money_with_symbol(Decimal(kpi.current), currency)
    return f"{kpi.current:,}"


def assert_tiles_show(page: ChartsPage, headline: Headline) -> None:
    currency = page.ctx.shop.currency
    by_key = {k.key: k for k in headline.kpis}
    for key in ("sales", "orders", "average_order_value", "units", "gross_margin", "refunds"):
        assert shown(page, key) == expected_value(by_key[key], currency), key
    sales = by_key["sales"]
    if sales.change is not None:
        change = f"{'▲' if sales.change > 0 else '▼'} {sales.change:+.1f}%"
    else:  # no percentage against a zero
        change = "■ no change" if sales.current == 0 else "▲ new"
    assert page.tiles.tile("sales").change.text() == change
    before = expected_value(replace(sales, current=sales.previous), currency)
    assert page.tiles.tile("sales").previous.text() == f"Previous: {before}"
    margin = by_key["margin_percent"].current
    note = "Margin –" if margin is None else f"Margin {margin:.1f}%"
    assert page.tiles.tile("gross_margin").note.text().startswith(note)


def ys(line: Line2D) -> list[float]:
    """The values a line is drawn through."""
    return [float(y) for y in np.asarray(line.get_ydata(), dtype=float)]


def loaded(qtbot: QtBot, panel: ChartPanel) -> Any:
    qtbot.waitUntil(lambda: panel.data is not None and not panel.stale and panel.canvas is not None)
    return panel.data


def test_headline_numbers_are_the_services_for_the_period(page: ChartsPage, demo_uow: UnitOfWork) -> None:
    period = period_of(Preset.LAST_30_DAYS)
    expected = kpis.headline(demo_uow, period)
    assert expected.current.orders > 0, "the demo shop sold nothing in 30 days: the test would prove little"
    assert_tiles_show(page, expected)
    # The dates of the preset are in the date fields, and the comparison period is named.
    assert page.picker.date_from.date().toPython() == period.start
    assert page.picker.date_to.date().toPython() == period.end
    before = period.previous()
    assert page.compared.text() == f"compared with {before.start} – {before.end}"


def test_switching_the_preset_asks_the_worker_and_changes_the_numbers(
    qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    headline = kpis.headline

    def spy(uow: UnitOfWork, period: Period) -> Headline:
        threads.append(threading.get_ident())
        return headline(uow, period)

    monkeypatch.setattr(kpis, "headline", spy)
    month_sales = shown(page, "sales")

    page.picker.set_preset(Preset.TODAY)
    # The window went on at once: the query waits on the worker, the old numbers are still up.
    assert page.ctx.tasks.busy
    assert shown(page, "sales") == month_sales
    expected = headline(demo_uow, period_of(Preset.TODAY))
    qtbot.waitUntil(lambda: shown(page, "sales") == expected_value(expected.kpis[0], page.ctx.shop.currency))
    assert_tiles_show(page, expected)
    assert shown(page, "sales") != month_sales
    assert threads and threading.main_thread().ident not in threads


def test_custom_dates_and_a_quick_change_of_mind(
    qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork
) -> None:
    """Typing a date switches to custom dates; only the last choice's numbers end up on screen."""
    last = period_of(Preset.LAST_30_DAYS)
    page.picker.date_from.setDate(page.picker.date_from.date().addDays(-335))  # a year back
    assert page.picker.preset.currentData() == Preset.CUSTOM.value
    page.picker.set_preset(Preset.THIS_WEEK)  # changed their mind before the custom query ran
    page.picker.set_preset(Preset.LAST_30_DAYS)
    expected = kpis.headline(demo_uow, last)
    qtbot.wait(700)  # past the typing delay: a late custom query would show up now
    qtbot.waitUntil(lambda: not page.ctx.tasks.busy)
    assert page.headline is not None and page.headline.period == last
    assert_tiles_show(page, expected)

    page.picker.set_preset(Preset.CUSTOM)
    year = Period(last.end.replace(year=last.end.year - 1), last.end)
    page.picker.show_period(year)
    page.picker.date_to.setDate(page.picker.date_to.date())  # no change: nothing asked
    page.picker.changed.emit()
    qtbot.waitUntil(lambda: page.headline is not None and page.headline.period == year)
    assert_tiles_show(page, kpis.headline(demo_uow, year))


def test_sales_over_time_draws_this_and_the_previous_period(
    qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork
) -> None:
    panel = page.current_panel()
    assert panel.objectName() == "chart_sales_over_time"
    data = loaded(qtbot, panel)
    period = period_of(Preset.LAST_30_DAYS)
    assert data == sales_series.sales_over_time(demo_uow, period, Granularity.DAY)  # "Auto": days for 30
    assert panel.canvas is not None
    ax = panel.canvas.figure.axes[0]
    previous, current = (ys(line) for line in ax.get_lines())
    assert len(current) == 30
    assert sum(current) == pytest.approx(float(data.sales))
    assert sum(previous) == pytest.approx(float(data.previous_sales))

    assert panel.granularity is not None
    panel.granularity.setCurrentIndex(panel.granularity.findData(Granularity.WEEK.value))
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.granularity is Granularity.WEEK)
    weekly = ys(panel.canvas.figure.axes[0].get_lines()[1])
    assert len(weekly) == len(panel.data.points) < 30


def test_top_products_by_sales_and_by_units(qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork) -> None:
    panel = page.show_chart("top-products")
    loaded(qtbot, panel)
    period = period_of(Preset.LAST_30_DAYS)

    def bar_names() -> list[str]:
        assert panel.canvas is not None
        ax = panel.canvas.figure.axes[0]
        return [t.get_text() for t in reversed(ax.get_yticklabels())]  # drawn best at the top

    by_sales = rankings.top_products(demo_uow, period, by=RankBy.REVENUE)
    assert bar_names() == [shorten(r.label, 34) for r in by_sales.rows]
    assert panel.rank_by is not None
    panel.rank_by.setCurrentIndex(panel.rank_by.findData(RankBy.QUANTITY.value))
    qtbot.waitUntil(lambda: panel.data is not None and panel.data.rank_by is RankBy.QUANTITY)
    by_units = rankings.top_products(demo_uow, period, by=RankBy.QUANTITY)
    assert bar_names() == [shorten(r.label, 34) for r in by_units.rows]


@pytest.mark.parametrize(
    "name",
    [
        "top-customers",
        "channels",
        "payment-methods",
        "order-status",
        "fulfilment",
        "stock-value",
        "low-stock",
        "turnover",
    ],
)
def test_every_chart_draws_when_its_tab_is_opened(qtbot: QtBot, page: ChartsPage, name: str) -> None:
    panel = page.panels[name]
    assert panel.data is None, "charts not on screen are not asked for"
    page.show_chart(name)
    data = loaded(qtbot, panel)
    assert panel.canvas is not None
    figure = panel.canvas.figure
    if name == "low-stock" and not data.rows:
        # Nothing below its reorder point in the demo shop: the chart says so instead of drawing bars.
        assert [t.get_text() for t in figure.axes[0].texts] == ["No product is below its reorder point"]
    else:
        assert figure.axes and any(ax.has_data() for ax in figure.axes)
    assert panel.save_button.isEnabled()


def test_save_png_writes_a_real_picture(
    qtbot: QtBot, page: ChartsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.current_panel()
    loaded(qtbot, panel)
    path = panel.save_png(tmp_path / "sales.png")
    assert path.read_bytes()[:8] == PNG_SIGNATURE
    picture = QImage(str(path))
    assert picture.width() >= panel.canvas.width() and picture.height() >= panel.canvas.height()  # type: ignore[union-attr]

    # Through the button: the dialog offers a telling name; a name typed without ".png" gets it.
    offered: list[str] = []

    def dialog(_parent: QWidget, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "chosen"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    panel.save_button.click()
    period = period_of(Preset.LAST_30_DAYS)
    assert Path(offered[0]).name == f"sales-over-time_{period.start}_{period.end}.png"
    assert (tmp_path / "chosen.png").read_bytes()[:8] == PNG_SIGNATURE
    assert page.message.text() == f"Saved {tmp_path / 'chosen.png'}"


def test_export_csv_and_excel_write_the_report_rows(
    qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.show_chart("top-products")
    loaded(qtbot, panel)
    expected = rankings.top_products(demo_uow, period_of(Preset.LAST_30_DAYS))

    with panel.export_csv(tmp_path / "top.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["key"], r["label"], r["sales"]) for r in rows] == [
        (r.key, r.label, str(r.figures.sales)) for r in expected.rows
    ]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "top.xlsx"), ""))
    panel.excel_button.click()
    sheet = load_workbook(tmp_path / "top.xlsx").active
    assert sheet is not None
    assert sheet.max_row == len(expected.rows) + 1
    assert [sheet.cell(row=i + 2, column=2).value for i in range(len(expected.rows))] == [
        r.key for r in expected.rows
    ]


def test_headline_numbers_export_and_a_refused_file(
    page: ChartsPage, demo_uow: UnitOfWork, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "kpis.csv"), ""))
    page.ask_kpis_csv()
    with (tmp_path / "kpis.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = {r["key"]: r for r in csv.DictReader(file)}
    expected = kpis.headline(demo_uow, period_of(Preset.LAST_30_DAYS))
    assert rows["sales"]["current"] == str(expected.current.sales)
    assert rows["orders"]["current"] == str(expected.current.orders)

    (tmp_path / "taken.csv").mkdir()  # a folder where the file should go: the disk refuses
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "taken.csv"), ""))
    page.ask_kpis_csv()
    assert page.message.kind == "error"
    assert page.message.text().startswith(f"Could not write {tmp_path / 'taken.csv'}")


def test_all_reports_in_one_workbook(qtbot: QtBot, page: ChartsPage, tmp_path: Path) -> None:
    page.export_all_xlsx(tmp_path / "all.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "all.xlsx").exists())
    names = load_workbook(tmp_path / "all.xlsx").sheetnames
    assert names[:2] == ["kpis", "periods"]
    assert {"sales-over-time", "product-ranking", "low-stock", "turnover", "slow-movers"} <= set(names)


def sell_one(uow: UnitOfWork) -> Any:
    """A counter sale of one unit of some product in stock, paid in cash."""
    product = next(
        p for p in product_search.search_products(uow, "", limit=60, active_only=True) if p.available > 0
    )
    lines = [LineRequest(product.sku, 1)]
    total = quote(uow, lines).total
    return create_order(uow, OrderRequest(lines, payments=[PaymentRequest(PaymentMethod.CASH, total)]))


def test_a_sale_refreshes_the_visible_page_and_a_hidden_one_when_shown(
    qtbot: QtBot, page: ChartsPage, demo_uow: UnitOfWork
) -> None:
    tasks = page.ctx.tasks
    orders_before = int(shown(page, "orders").replace(",", ""))
    tasks.run(sell_one)  # as the counter does: the outcome's changes are announced on the bus
    qtbot.waitUntil(lambda: shown(page, "orders") == f"{orders_before + 1:,}")

    page.hide()
    tasks.run(sell_one)
    qtbot.waitUntil(lambda: not tasks.busy)
    qtbot.wait(400)  # past the refresh delay: a hidden page asks for nothing
    assert not tasks.busy and shown(page, "orders") == f"{orders_before + 1:,}"
    assert page.kpis_stale and page.current_panel().stale
    page.show()
    qtbot.waitUntil(lambda: shown(page, "orders") == f"{orders_before + 2:,}")
    assert_tiles_show(page, kpis.headline(demo_uow, period_of(Preset.LAST_30_DAYS)))


def test_chart_labels_follow_the_shop_language(qtbot: QtBot, page: ChartsPage) -> None:
    panel = page.current_panel()
    loaded(qtbot, panel)
    assert panel.canvas is not None
    title = panel.canvas.figure.get_suptitle
    assert title().startswith("Sales over time")
    chinese = replace(page.ctx.shop, language="zh_CN")
    page.ctx.tasks.run(lambda uow: settings.save_settings(uow, chinese))
    qtbot.waitUntil(lambda: title().startswith("销售趋势"))


def test_the_page_in_the_window(qtbot: QtBot, demo_window: MainWindow) -> None:
    """Ctrl+5 opens the charts; the parts automation relies on keep their names."""
    qtbot.keyClick(demo_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = demo_window.findChild(ChartsPage, "chartsPage")
    assert page is not None and page.isVisible()
    for name in ("periodPreset", "kpiTiles", "chart_sales_over_time", "chart_turnover", "chartTabs"):
        assert page.findChild(QWidget, name) is not None, name
    qtbot.waitUntil(lambda: page.headline is not None)


@pytest.mark.parametrize(
    ("kpi", "text", "colour"),
    [
        (Kpi("sales", "money", Decimal("110"), Decimal("100"), Decimal("10.0")), "▲ +10.0%", "good"),
        (Kpi("refunds", "money", Decimal("110"), Decimal("100"), Decimal("10.0")), "▲ +10.0%", "bad"),
        (Kpi("orders", "count", 3, 0, None), "▲ new", "good"),
        (Kpi("refunds", "money", Decimal("0.00"), Decimal("0.00"), None), "■ no change", "flat"),
        (
            Kpi("margin_percent", "percent", Decimal("31.2"), Decimal("32.7"), Decimal("-1.5")),
            "▼ -1.5 pp",
            "bad",
        ),
        (Kpi("average_order_value", "money", None, Decimal("12.00"), None), "–", "flat"),
    ],
)
def test_how_a_tile_words_the_change(kpi: Kpi, text: str, colour: str) -> None:
    assert (change_text(kpi), trend(kpi)) == (text, colour)


def test_a_big_number_shrinks_to_fit_its_tile_instead_of_being_cut(qtbot: QtBot) -> None:
    tiles = KpiTiles()
    qtbot.addWidget(tiles)
    tiles.resize(1000, 120)  # six tiles in a window narrower than 1366 px
    tiles.show()
    label = tiles.tile("sales").value
    tiles.tile("sales").show_kpi(Kpi("sales", "money", Decimal("12345678.90"), Decimal("1"), None), "CNY")
    assert label.text() == money_with_symbol(Decimal("12345678.90"), "CNY")
    qtbot.waitUntil(
        lambda: QFontMetricsF(label.font()).horizontalAdvance(label.text()) <= label.contentsRect().width()
    )
    assert label.font().pointSizeF() < 16
