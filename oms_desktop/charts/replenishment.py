"""One product's demand chart: its daily demand over the 90-day window, and its stock over the lead time
from available + on order, falling by the mean daily demand, against the reorder point and safety stock."""

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from oms_desktop.charts import style
from oms_desktop.charts.labels import word
from oms_desktop.domain.replenishment import WINDOW_DAYS
from oms_desktop.services.replenishment_chart import DemandChart


def _figure(value: float | None, decimals: int) -> str:
    """A figure as the replenishment list prints it: two places (three for weighed goods)."""
    return "–" if value is None else f"{value:,.{max(decimals, 2)}f}"


def _subtitle(data: DemandChart, language: str) -> str:
    d = data.decimals
    parts = [
        word(
            "demand_figures",
            language,
            mean=_figure(data.avg_daily_demand, d),
            std=_figure(data.std_daily_demand, d),
            lead=data.lead_time_days,
            available=data.available,
            on_order=data.on_order,
        )
    ]
    if data.too_little_history:
        parts.append(word("little_history", language, days=data.sale_days, n=len(data.demand)))
    if data.pinned:
        parts.append(word("pinned", language))
    return " · ".join(parts)


def _demand_panel(ax: Axes, data: DemandChart, language: str) -> None:
    days = style.date_numbers([d.day for d in data.demand])
    values = [d.quantity for d in data.demand]
    ax.bar(
        days,
        values,
        width=0.8,
        color=style.PRIMARY,
        label=word("daily_demand", language, n=len(data.demand) or WINDOW_DAYS, unit=data.unit),
    )
    mean = data.avg_daily_demand
    ax.axhline(
        mean,
        color=style.ACCENT,
        linewidth=1.6,
        linestyle="--",
        label=word("mean_demand", language, value=_figure(mean, data.decimals)),
    )
    if not any(values):
        ax.text(
            0.5,
            0.5,
            word("no_sales", language, n=len(values)),
            ha="center",
            va="center",
            fontsize=12,
            color=style.MUTED,
            transform=ax.transAxes,
        )
        ax.set_ylim(0, 1)
    else:
        ax.set_ylim(min(0.0, min(values) * 1.1), max(values) * 1.15)
    ax.set_ylabel(word("demand_a_day", language, unit=data.unit))
    style.date_axis(ax, language)
    style.tidy(ax)
    style.legend_above(ax)


def _stock_panel(ax: Axes, data: DemandChart, language: str) -> None:
    ax.set_title(word("stock_over_lead_time", language, n=data.lead_time_days), fontsize=11)
    xs = list(range(len(data.projection)))
    ys = [p.on_hand for p in data.projection]
    lines = ax.plot(
        xs,
        ys,
        color=style.PRIMARY,
        linewidth=2.2,
        marker="o",
        markersize=4,
        label=word("projected", language),
    )
    levels = [
        (data.reorder_point, style.ACCENT, "-", "reorder_point"),
        (data.safety_stock, style.BAD, "--", "safety_stock"),
    ]
    tops = [*ys, 0.0]
    end = xs[-1] if xs else 1
    for value, colour, dash, key in levels:
        if value is None:
            continue
        lines.append(
            ax.axhline(value, color=colour, linewidth=1.6, linestyle=dash, label=word(key, language))
        )
        ax.annotate(
            _figure(value, data.decimals),
            (end, value),
            xytext=(4, 2),
            textcoords="offset points",
            fontsize=9,
            color=colour,
            va="bottom",
            ha="right",
        )
        tops.append(value)
    if ys:
        ax.annotate(
            _figure(ys[0], data.decimals),
            (0, ys[0]),
            xytext=(4, 4),
            textcoords="offset points",
            fontsize=9,
            color=style.PRIMARY,
        )
    ax.axhline(0, color="#555555", linewidth=0.8)
    low, high = min(tops), max(tops)
    ax.set_ylim(min(0.0, low * 1.1), (high or 1.0) * 1.18)
    ax.set_xlim(0, max(end, 1))
    ax.set_xlabel(word("days_ahead", language))
    ax.set_ylabel(word("stock_in_unit", language, unit=data.unit))
    style.tidy(ax)
    ax.legend(handles=lines, loc="upper right", frameon=False, fontsize=8.5)


def build_demand(data: DemandChart, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Two panels: daily demand bars with the mean (90 days), and stock over the lead time with the reorder
    point and safety stock as lines."""
    title = f"{word('demand', language)} · {data.sku} {style.shorten(data.name, 40)}"
    fig = style.titled(figure, title, _subtitle(data, language))
    left, right = fig.subplots(1, 2, width_ratios=[2.6, 1.4])
    _demand_panel(left, data, language)
    _stock_panel(right, data, language)
    return fig
