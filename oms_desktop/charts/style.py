"""Shared drawing helpers: a fresh or reused Figure, number formats, headings and empty states."""

import unicodedata
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from oms_desktop.charts.fonts import configure_fonts
from oms_desktop.charts.labels import is_chinese, word
from oms_desktop.services.periods import Period

DEFAULT_SIZE = (10.0, 5.6)  # inches; at DEFAULT_DPI a 1000 x 560 PNG
DEFAULT_DPI = 100
PRIMARY = "#2f6db5"
PREVIOUS = "#9aa5b1"
GOOD = "#2e9e5b"
BAD = "#d0453f"
ACCENT = "#e39b2d"
MUTED = "#8a94a0"
TILE = "#f2f4f7"
ZH_DATE_FORMATS = {
    "formats": ["%Y年", "%m月", "%d日", "%H:%M", "%H:%M", "%S.%f"],
    "zero_formats": ["", "%Y年", "%m月", "%m-%d", "%H:%M", "%H:%M"],
    "offset_formats": ["", "%Y年", "%Y年%m月", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"],
}
SERIES = ["#2f6db5", "#e39b2d", "#2e9e5b", "#8e5bb5", "#d0453f", "#3aa6b9", "#9aa5b1"]


def prepare(figure: Figure | None) -> Figure:
    """A new Figure (no pyplot), or `figure` cleared for reuse by a canvas; constrained layout either way.

    Constrained layout re-flows titles and labels when a canvas resizes the figure.
    """
    configure_fonts()
    if figure is None:
        figure = Figure(figsize=DEFAULT_SIZE, dpi=DEFAULT_DPI)
    else:
        figure.clear()
    figure.set_layout_engine("constrained")
    return figure


def amount(value: Decimal | int | None) -> float:
    """Money or a count as a float, for plotting only (report data stays Decimal)."""
    return 0.0 if value is None else float(value)


def money_text(value: Decimal | None) -> str:
    """1234567.5 -> '1,234,567.50' (exact: formatted from the Decimal)."""
    return "–" if value is None else f"{value:,.2f}"


def count_text(value: int | Decimal | None) -> str:
    return "–" if value is None else f"{value:,}"


def signed_percent(value: Decimal | None, unit: str = "%") -> str:
    """+12.3% / -4.0% / – (no comparison)."""
    return "–" if value is None else f"{value:+,.1f}{unit}"


def share_text(value: Decimal | None) -> str:
    """'12.5%', or '–' when there is no whole to take a share of."""
    return "–" if value is None else f"{value}%"


def period_text(period: Period) -> str:
    return period.start.isoformat() if period.days == 1 else f"{period.start} – {period.end}"


def thousands(ax: Axes, axis: Literal["x", "y"] = "y") -> None:
    """Tick labels with thousands separators and no decimals."""
    fmt = FuncFormatter(lambda v, _pos: f"{v:,.0f}")
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def compact(ax: Axes, language: str, axis: Literal["x", "y"] = "x") -> None:
    """Few, short tick labels for big amounts in narrow panels: 250k, 1.5M (25万, 150万 in Chinese)."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(MaxNLocator(nbins=4, min_n_ticks=2))
    target.set_major_formatter(FuncFormatter(lambda v, _pos: short_amount(v, language)))


def short_amount(value: float, language: str) -> str:
    """A tick label: 950, 12k, 1.5M; or 950, 1.2万, 150万, 1.5亿 in Chinese (trailing zeros dropped)."""
    steps = [(1e8, "亿"), (1e4, "万")] if is_chinese(language) else [(1e6, "M"), (1e3, "k")]
    for size, unit in steps:
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + unit
    return f"{value:,.0f}"


def tidy(ax: Axes, grid_axis: Literal["x", "y"] = "y") -> None:
    """No top/right frame, a light grid along the value axis behind the data."""
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.grid(axis=grid_axis, color="#dde2e8", linewidth=0.8)
    ax.set_axisbelow(True)


def titled(figure: Figure | None, title: str, subtitle: str = "") -> Figure:
    """prepare() the figure and give it its heading: how every builder starts."""
    fig = prepare(figure)
    heading(fig, title, subtitle)
    return fig


def empty(fig: Figure, language: str, key: str = "no_data") -> Figure:
    """Fill the figure with one message saying why there is nothing to draw, and return it."""
    no_data(fig.subplots(), word(key, language))
    return fig


def heading(figure: Figure, title: str, subtitle: str = "") -> None:
    """The chart's title, with the period and key figures in a smaller second line."""
    text = f"{title}\n{subtitle}" if subtitle else title
    figure.suptitle(text, fontsize=13, linespacing=1.6)


def legend_above(ax: Axes, handles: Sequence[Any] | None = None) -> None:
    """A one-row legend above the axes, where it can never cover the data."""
    kwargs: dict[str, Any] = {
        "loc": "lower left",
        "bbox_to_anchor": (0.0, 1.0),
        "frameon": False,
        "fontsize": 9,
    }
    if handles is not None:
        ax.legend(handles=list(handles), ncols=len(handles), **kwargs)
    else:
        ax.legend(ncols=max(len(ax.get_legend_handles_labels()[0]), 1), **kwargs)


def no_data(ax: Axes, text: str) -> None:
    """An empty chart that says why it is empty."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=13, color=MUTED, transform=ax.transAxes)


def text_width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(text: str, width: int = 30) -> str:
    """Cut a long name to about `width` columns, ending with an ellipsis."""
    if text_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch) > width - 1:
            break
        out += ch
    return out.rstrip() + "…"


def annotate_bars(ax: Axes, values: list[float], texts: list[str], *, horizontal: bool = True) -> None:
    """Write each bar's value just past its end, leaving room for the text inside the axes."""
    top = max(values, default=0.0)
    if horizontal:
        ax.set_xlim(0, (top or 1.0) * 1.28)
        for i, (v, t) in enumerate(zip(values, texts, strict=True)):
            ax.text(v + (top or 1.0) * 0.01, i, t, va="center", fontsize=9)
    else:
        ax.set_ylim(0, (top or 1.0) * 1.15)
        for i, (v, t) in enumerate(zip(values, texts, strict=True)):
            ax.text(i, v + (top or 1.0) * 0.01, t, ha="center", va="bottom", fontsize=9)


def date_numbers(days: Sequence[date]) -> np.ndarray:
    """Dates as matplotlib's day numbers, for plotting along a date axis."""
    return np.asarray(date2num(list(days)), dtype=float)


def date_axis(ax: Axes, language: str) -> None:
    """Dates along x, labelled concisely (Chinese year/month/day words for Chinese)."""
    locator = AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis_date()
    formatter = ConciseDateFormatter(locator, **(ZH_DATE_FORMATS if is_chinese(language) else {}))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
