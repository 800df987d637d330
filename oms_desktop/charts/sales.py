"""Headline-number tiles and the sales-over-time line with the previous period."""

from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from oms_desktop.charts import style
from oms_desktop.charts.labels import word
from oms_desktop.services.analytics.kpis import Headline, Kpi
from oms_desktop.services.analytics.sales_series import SalesSeries

# Where a rise is bad news (drawn red).
RISE_IS_BAD = {"refunds"}


def _value_text(kpi: Kpi, value: Decimal | int | None) -> str:
    if kpi.kind == "money":
        return style.money_text(None if value is None else Decimal(value))
    if kpi.kind == "percent":
        return "–" if value is None else f"{value}%"
    return style.count_text(value)


def _tile(ax: Axes, kpi: Kpi, language: str) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor(style.TILE)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.06, 0.80, word(kpi.key, language), fontsize=11, color="#4a5560", transform=ax.transAxes)
    ax.text(0.06, 0.47, _value_text(kpi, kpi.current), fontsize=20, transform=ax.transAxes)
    unit = " " + word("pp", language) if kpi.kind == "percent" else "%"
    if kpi.change is None:
        change, colour = "–", style.MUTED
    else:
        arrow = "▲" if kpi.change > 0 else "▼" if kpi.change < 0 else "■"
        good = (kpi.change > 0) != (kpi.key in RISE_IS_BAD)
        colour = style.MUTED if kpi.change == 0 else style.GOOD if good else style.BAD
        change = f"{arrow} {style.signed_percent(kpi.change, unit)}"
    ax.text(0.06, 0.16, change, fontsize=11, color=colour, transform=ax.transAxes)
    before = f"{word('previous', language)} {_value_text(kpi, kpi.previous)}"
    ax.text(0.94, 0.16, before, fontsize=9, color=style.MUTED, ha="right", transform=ax.transAxes)


def build_kpis(data: Headline, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Tiles for sales, orders, average order value, units, gross margin, margin % and refunds."""
    fig = style.titled(figure, word("kpis", language))
    axes = fig.subplots(2, 4).flatten()
    for ax, kpi in zip(axes, data.kpis, strict=False):
        _tile(ax, kpi, language)
    for ax in axes[len(data.kpis) :]:
        ax.set_axis_off()
    last = axes[-1]  # the spare tile names the two periods
    for y, text, colour in (
        (0.70, word("this_period", language), style.MUTED),
        (0.55, style.period_text(data.period), "black"),
        (0.30, word("previous_period", language), style.MUTED),
        (0.15, style.period_text(data.previous_period), "black"),
    ):
        last.text(0.06, y, text, fontsize=10, color=colour, transform=last.transAxes)
    return fig


def build_sales_over_time(data: SalesSeries, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Sales per day, week or month as a line, the previous period dashed on the same dates."""
    change = style.signed_percent(
        None if not data.previous_sales else (data.sales - data.previous_sales) * 100 / data.previous_sales
    )
    subtitle = (
        f"{style.period_text(data.period)} · {word('sales', language)} {style.money_text(data.sales)}"
        f" · {word('orders_count', language, n=data.orders)} · {word('versus_previous', language, change=change)}"
    )
    fig = style.titled(
        figure,
        f"{word('sales-over-time', language)} · {word('by_' + data.granularity.value, language)}",
        subtitle,
    )
    if not data.orders and not data.previous_orders:
        return style.empty(fig, language)
    ax = fig.subplots()
    days = style.date_numbers([p.first for p in data.points])
    marker = "o" if len(days) <= 60 else None
    ax.plot(
        days,
        [style.amount(p.previous_sales) for p in data.points],
        color=style.PREVIOUS,
        linestyle="--",
        linewidth=1.4,
        marker=marker,
        markersize=3.5,
        label=f"{word('previous_period', language)} ({style.period_text(data.previous_period)})",
    )
    ax.plot(
        days,
        [style.amount(p.sales) for p in data.points],
        color=style.PRIMARY,
        linewidth=2.0,
        marker=marker,
        markersize=4,
        label=f"{word('this_period', language)} ({style.period_text(data.period)})",
    )
    style.date_axis(ax, language)
    style.thousands(ax)
    style.tidy(ax)
    ax.set_ylim(bottom=0, top=ax.get_ylim()[1] * 1.05)
    ax.set_ylabel(word("sales", language))
    style.legend_above(ax)
    return fig
