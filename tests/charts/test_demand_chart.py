"""A product's demand chart: the daily demand as bars with the mean, stock over the lead time falling from
available + on order by the mean, the reorder point and safety stock as lines; a real PNG in English and
Chinese; `oms-desktop chart demand --sku` from the command line."""

from datetime import date, timedelta
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PIL import Image

from oms_desktop.charts.registry import PRODUCT_CHARTS, save_png
from oms_desktop.cli.main import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.services import product_search
from oms_desktop.services.replenishment_chart import DemandChart, DemandDay, ProjectedDay
from tests.charts.test_charts import bars, no_font_trouble, texts  # noqa: F401 - the fixture

TODAY = date(2026, 6, 30)


def data(*, history: bool = True) -> DemandChart:
    daily = [0.0] * 90
    if history:
        daily[0], daily[79], daily[88], daily[89] = 2, 7, 2, 5
    mean = sum(daily) / 90
    return DemandChart(
        sku="TEA",
        name="Longjing 龙井",
        unit="pcs",
        decimals=0,
        today=TODAY,
        demand=[DemandDay(TODAY - timedelta(days=89 - i), q) for i, q in enumerate(daily)],
        sale_days=4 if history else 0,
        avg_daily_demand=mean,
        std_daily_demand=0.81,
        lead_time_days=5,
        safety_stock=2.98 if history else None,
        reorder_point=3.87 if history else None,
        available=4,
        on_order=12,
        projection=[ProjectedDay(TODAY + timedelta(days=i), 16 - mean * i) for i in range(6)],
        too_little_history=not history,
        pinned=False,
    )


def build(chart: DemandChart, language: str = "en") -> Figure:
    return PRODUCT_CHARTS["demand"].build(chart, language=language)


def test_the_chart_draws_demand_levels_and_projection() -> None:
    chart = data()
    fig = build(chart)
    demand, stock = fig.axes
    assert [round(b.get_height(), 2) for b in bars(demand)] == [d.quantity for d in chart.demand]
    mean = [line for line in demand.get_lines() if "Mean" in str(line.get_label())]
    assert len(mean) == 1 and list(mean[0].get_ydata()) == [16 / 90, 16 / 90]
    lines = {str(line.get_label()): line for line in stock.get_lines() if isinstance(line, Line2D)}
    projected = lines["On hand projected (available + on order)"]
    assert list(projected.get_xdata()) == [0, 1, 2, 3, 4, 5]
    assert [round(y, 4) for y in projected.get_ydata()] == [round(16 - 16 / 90 * i, 4) for i in range(6)]
    assert list(lines["Reorder point"].get_ydata()) == [3.87, 3.87]
    assert list(lines["Safety stock"].get_ydata()) == [2.98, 2.98]
    words = " ".join(texts(fig))
    assert "Demand and reorder point · TEA Longjing 龙井" in words
    assert "lead time 5 days" in words and "available 4 + on order 12" in words
    assert "Stock over the lead time (5 days)" in words


def test_too_little_history_says_so_and_draws_no_levels() -> None:
    fig = build(data(history=False))
    words = " ".join(texts(fig))
    assert "too little history (sold on 0 of 90 days)" in words and "No sales in the last 90 days" in words
    labels = {str(line.get_label()) for line in fig.axes[1].get_lines()}
    assert "Reorder point" not in labels and "Safety stock" not in labels


def test_png_in_english_and_chinese(tmp_path: Path, no_font_trouble: None) -> None:  # noqa: F811
    for language in ("en", "zh_CN"):
        path = save_png(build(data(), language), tmp_path / f"demand-{language}.png")
        with Image.open(path) as image:
            assert (image.format, image.size) == ("PNG", (1000, 560))
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 50
    words = " ".join(texts(build(data(), "zh_CN")))
    assert "需求与再订货点" in words and "安全库存" in words and "补货周期内库存（5 天）" in words


def test_from_the_command_line(demo_url: str, demo_uow: UnitOfWork, tmp_path: Path) -> None:
    sku = product_search.search_products(demo_uow, limit=1)[0].sku
    out = tmp_path / "demand.png"
    args = ["--db", demo_url, "chart", "demand", "--sku", sku, "--language", "zh_CN", "--out", str(out)]
    assert main([*args, "--width", "1200", "--height", "600"]) == 0
    with Image.open(out) as image:
        assert image.size == (1200, 600)
    assert main(["--db", demo_url, "chart", "demand", "--sku", "NO-SUCH", "--out", str(out)]) == 1
