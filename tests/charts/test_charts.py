"""Every chart draws the report's numbers, renders to a real PNG, and prints Chinese with a CJK font."""

import logging
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

from oms_desktop.charts.registry import CHARTS, chart, save_png
from oms_desktop.services.analytics.catalog import REPORTS


@pytest.fixture
def no_font_trouble(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail on a missing glyph (drawn as a box) or a font fallback warning."""
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING, "matplotlib"):
        warnings.simplefilter("always")
        yield
    assert not [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not [r.getMessage() for r in caplog.records if "font" in r.getMessage().lower()]


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def bars(ax: Axes) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def widths(ax: Axes) -> list[float]:
    return [round(b.get_width(), 2) for b in bars(ax)]


def heights(ax: Axes) -> list[float]:
    return [round(b.get_height(), 2) for b in bars(ax)]


def ticks(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


def draw(name: str, data: dict[str, Any], language: str = "en") -> Figure:
    return chart(name).build(data[name], language=language)


def test_every_report_has_a_chart() -> None:
    assert set(CHARTS) == set(REPORTS)


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_chart_renders_a_png_of_its_size(
    name: str, language: str, demo_data: dict[str, Any], tmp_path: Path, no_font_trouble: None
) -> None:
    path = save_png(draw(name, demo_data, language), tmp_path / f"{name}.png")
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (1000, 560))
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # drawn, not a blank canvas


def test_sales_over_time_draws_both_periods(shop_data: dict[str, Any]) -> None:
    fig = draw("sales-over-time", shop_data)
    previous, current = (line.get_ydata() for line in fig.axes[0].get_lines())
    assert list(current) == [28.82, 316.10, 166.63, 0.0, 0.0, 115.26, 109.00]
    assert list(previous) == [0.0, 0.0, 0.0, 218.00, 0.0, 0.0, 0.0]
    assert any("735.81" in t and "+237.5%" in t for t in texts(fig))


def test_kpi_tiles_show_values_and_changes(shop_data: dict[str, Any]) -> None:
    shown = texts(draw("kpis", shop_data))
    for text in ("735.81", "147.16", "297.10", "44.4%", "20.00", "▲ +237.5%", "▲ +4.4 pp", "previous 218.00"):
        assert text in shown


def test_rankings_bars_are_the_sales(shop_data: dict[str, Any]) -> None:
    products = draw("top-products", shop_data).axes[0]
    assert (widths(products), ticks(products)) == (
        [201.71, 534.10],
        ["Tea cup", "龙井绿茶 Longjing"],
    )  # best on top
    customers = draw("top-customers", shop_data, "zh_CN").axes[0]
    assert (widths(customers), ticks(customers)) == ([166.63, 316.10], ["李娜", "张伟"])
    sales, orders = draw("channels", shop_data, "zh_CN").axes
    assert ticks(sales) == ["门店收银", "电话订单", "批发", "线上"]
    assert (widths(sales), widths(orders)) == ([253.08, 316.10, 0.0, 166.63], [3.0, 1.0, 0.0, 1.0])
    received_and_refunded = heights(draw("payment-methods", shop_data).axes[0])
    assert received_and_refunded == [115.26, 195.45, 425.10, 20.00, 0.0, 0.0]  # the methods used


def test_fulfilment_charts(shop_data: dict[str, Any]) -> None:
    status = draw("order-status", shop_data).axes[0]
    # quote, draft ... partly shipped, shipped, completed, cancelled, returned, expired
    assert widths(status) == [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 4.0, 1.0, 0.0, 0.0]
    hours, donut = draw("fulfilment", shop_data).axes
    assert (widths(hours), ticks(hours)) == ([30.0, 48.0], ["Phone", "Online"])
    assert [round(w.theta2 - w.theta1) for w in donut.patches] == [
        240,
        60,
        60,
    ]  # 4 completed, 1 open, 1 cancelled


def test_stock_charts(shop_data: dict[str, Any]) -> None:
    value_ax = draw("stock-value", shop_data).axes[0]
    assert list(value_ax.get_lines()[0].get_ydata()) == [
        3190.80,
        3190.80,
        3010.80,
        3214.80,
        3134.40,
        3093.60,
        3033.60,
    ]
    low = draw("low-stock", shop_data).axes[0]
    assert (widths(low), ticks(low)) == ([42.0, 8.0], ["Tea cup (CUP)", "Gel pen (PEN)"])
    fastest, slowest = draw("turnover", shop_data).axes
    assert (widths(fastest), ticks(fastest)) == ([0.19, 0.11], ["Tea cup", "龙井绿茶 Longjing"])
    assert (widths(slowest), ticks(slowest)) == (
        [15.00, 2580.00, 438.60],
        ["Gel pen", "龙井绿茶 Longjing", "Tea cup"],
    )


def test_chinese_labels_use_the_cjk_font(
    shop_data: dict[str, Any], tmp_path: Path, no_font_trouble: None
) -> None:
    fig = draw("channels", shop_data, "zh_CN")
    label = next(t for t in fig.axes[0].get_yticklabels() if t.get_text() == "门店收银")
    assert Path(font_manager.findfont(label.get_fontproperties())).name == "wqy-microhei.ttc"
    assert "各渠道销售额" in texts(fig)[0] or any("各渠道销售额" in t for t in texts(fig))
    save_png(fig, tmp_path / "zh.png")


@pytest.mark.parametrize("name", list(CHARTS))
def test_an_empty_period_says_so(name: str, empty_data: dict[str, Any], tmp_path: Path) -> None:
    fig = draw(name, empty_data)
    shown = texts(fig)
    if name == "kpis":
        assert "0.00" in shown and "–" in shown
    elif name == "low-stock":
        assert "No product is below its reorder point" in shown
    elif name == "stock-value":
        assert all(line.get_ydata().sum() == 0 for line in fig.axes[0].get_lines())
    else:
        assert "Nothing to show for this period" in shown
    save_png(fig, tmp_path / f"{name}.png")


def test_a_canvas_figure_is_cleared_and_reused(shop_data: dict[str, Any], demo_data: dict[str, Any]) -> None:
    figure = Figure(figsize=(6, 4), dpi=80)
    for data in (shop_data, demo_data, shop_data):
        assert CHARTS["channels"].build(data["channels"], figure=figure) is figure
    assert len(figure.axes) == 2
    assert widths(figure.axes[0]) == [253.08, 316.10, 0.0, 166.63]
    assert figure.get_size_inches().tolist() == [6.0, 4.0]  # the canvas owns the size


def test_charts_use_neither_pyplot_nor_qt() -> None:
    code = (
        "import sys\n"
        "from oms_desktop.charts import registry\n"
        "from oms_desktop.charts.fonts import configure_fonts\n"
        "configure_fonts()\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot'\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [(950.0, "en", "950"), (12_000.0, "en", "12k"), (1_500_000.0, "en", "1.5M"), (600_000.0, "zh_CN", "60万"),
     (1_800_000.0, "zh_CN", "180万"), (150_000_000.0, "zh_CN", "1.5亿"), (0.0, "zh_CN", "0")],
)  # fmt: skip
def test_compact_tick_labels(value: float, language: str, text: str) -> None:
    from oms_desktop.charts.style import short_amount

    assert short_amount(value, language) == text
