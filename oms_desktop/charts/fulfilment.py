"""Orders by status, and processing time from order to shipment with the completion rate."""

from matplotlib.figure import Figure

from oms_desktop.charts import style
from oms_desktop.charts.labels import channel, status, word
from oms_desktop.services.analytics.fulfilment import Fulfilment, StatusBreakdown

STATUS_COLOURS = {
    "draft": "#b8c0c9",
    "pending_payment": style.ACCENT,
    "paid": "#3aa6b9",
    "to_ship": "#8e5bb5",
    "partly_shipped": "#6f79c9",
    "shipped": style.PRIMARY,
    "completed": style.GOOD,
    "cancelled": style.BAD,
}


def build_order_status(
    data: StatusBreakdown, *, figure: Figure | None = None, language: str = "en"
) -> Figure:
    """Horizontal bars: how many of the period's orders are in each status, with their share."""
    fig = style.titled(
        figure,
        word("order-status", language),
        f"{style.period_text(data.period)} · {word('orders_count', language, n=data.orders)}",
    )
    if not data.orders:
        return style.empty(fig, language)
    ax = fig.subplots()
    values = [float(r.orders) for r in data.rows]
    ax.barh(
        range(len(values)), values, color=[STATUS_COLOURS.get(r.status, style.PRIMARY) for r in data.rows]
    )
    ax.set_yticks(range(len(values)), [status(r.status, language) for r in data.rows])
    ax.invert_yaxis()
    texts = [
        f"{r.orders:,}  ({style.share_text(r.share_percent)})  {style.money_text(r.value)}" for r in data.rows
    ]
    style.annotate_bars(ax, values, texts)
    ax.set_xlim(0, (max(values) or 1.0) * 1.5)  # room for the amount after the count
    style.thousands(ax, "x")
    style.tidy(ax, "x")
    ax.set_xlabel(word("orders", language))
    return fig


def build_fulfilment(data: Fulfilment, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Left: average hours from order to shipment per channel; right: completed, in progress, cancelled."""
    total = data.total
    hours = "–" if total.average_hours is None else f"{total.average_hours} h"
    completion = "–" if total.completion_percent is None else f"{total.completion_percent}%"
    subtitle = (
        f"{style.period_text(data.period)} · {word('average', language)} {hours}"
        f" · {word('completion', language)} {completion}"
    )
    fig = style.titled(figure, word("fulfilment", language), subtitle)
    if not total.orders:
        return style.empty(fig, language)
    left, right = fig.subplots(1, 2, width_ratios=[3, 2])
    shipped = [c for c in data.channels if c.shipped]
    if shipped:
        values = [style.amount(c.average_hours) for c in shipped]
        left.barh(range(len(shipped)), values, color=style.PRIMARY, height=0.55)
        left.set_yticks(range(len(shipped)), [channel(c.channel, language) for c in shipped])
        left.invert_yaxis()
        for y, c in enumerate(shipped):
            text = f"{c.average_hours} h · {word('shipped_count', language, n=c.shipped)}"
            # Inside the bar, from its start: clear of the average line, which falls near the bars' ends.
            left.text(max(values) * 0.02, y, text, ha="left", va="center", fontsize=9, color="white")
        average = f"{word('average', language)} {total.average_hours} h"
        left.axvline(style.amount(total.average_hours), color=style.ACCENT, linestyle="--", label=average)
        style.legend_above(left)
        style.tidy(left, "x")
        left.set_xlabel(word("hours", language))
    else:
        style.no_data(left, word("no_data", language))
    in_progress = total.orders - total.completed - total.cancelled
    parts = [
        (word("completed", language), total.completed, style.GOOD),
        (word("in_progress", language), in_progress, style.ACCENT),
        (word("cancelled", language), total.cancelled, style.BAD),
    ]
    parts = [p for p in parts if p[1] > 0]
    right.pie(
        [float(n) for _, n, _ in parts],
        colors=[c for _, _, c in parts],
        startangle=90,
        counterclock=False,
        wedgeprops={"width": 0.38, "edgecolor": "white"},
    )
    right.text(0, 0, completion, ha="center", va="center", fontsize=18)
    right.legend(
        [f"{name}  {n:,}" for name, n, _ in parts],
        loc="upper center",
        bbox_to_anchor=(0.5, 0.02),
        ncols=len(parts),
        frameon=False,
        fontsize=9,
    )
    right.set_title(word("completion", language), fontsize=11)
    return fig
