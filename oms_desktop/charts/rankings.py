"""Bars for top products and customers, sales by channel, and payments by method."""

from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from oms_desktop.charts import style
from oms_desktop.charts.labels import channel, method, word
from oms_desktop.services.analytics.measures import percent
from oms_desktop.services.analytics.rankings import PaymentMix, RankBy, Ranking, RankRow


def _bar_value(row: RankRow, rank_by: RankBy) -> float:
    return style.amount(row.figures.sales if rank_by is RankBy.REVENUE else row.figures.units)


def _bar_text(row: RankRow, rank_by: RankBy) -> str:
    share = "" if row.share_percent is None else f"  ({style.share_text(row.share_percent)})"
    if rank_by is RankBy.REVENUE:
        return style.money_text(row.figures.sales) + share
    return style.count_text(row.figures.units)


def _ranking_bars(data: Ranking, name: str, figure: Figure | None, language: str) -> Figure:
    top_sales = sum((r.figures.sales for r in data.rows), Decimal("0.00"))
    share = percent(top_sales, data.total.sales)
    subtitle = f"{style.period_text(data.period)} · {word('by_' + data.rank_by.value, language)}"
    if data.rows and share is not None:
        subtitle += f" · {word('top_n', language, n=len(data.rows))}: {word('share_of_sales', language, share=f'{share}%')}"
    fig = style.titled(figure, word(name, language), subtitle)
    if not data.rows:
        return style.empty(fig, language)
    ax = fig.subplots()
    rows = list(reversed(data.rows))  # best at the top
    values = [_bar_value(r, data.rank_by) for r in rows]
    ax.barh(range(len(rows)), values, color=style.PRIMARY, height=0.65)
    ax.set_yticks(range(len(rows)), [style.shorten(r.label or r.key, 34) for r in rows], fontsize=9)
    style.annotate_bars(ax, values, [_bar_text(r, data.rank_by) for r in rows])
    style.thousands(ax, "x")
    style.tidy(ax, "x")
    ax.set_xlabel(word("sales" if data.rank_by is RankBy.REVENUE else "units", language))
    return fig


def build_top_products(data: Ranking, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Horizontal bars: the best-selling products by sales or units, the best at the top."""
    return _ranking_bars(data, "top-products", figure, language)


def build_top_customers(data: Ranking, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Horizontal bars: the customers who bought the most, by sales or units."""
    return _ranking_bars(data, "top-customers", figure, language)


def _channel_bars(
    ax: Axes, names: list[str], values: list[float], texts: list[str], title: str, language: str
) -> None:
    ax.barh(range(len(names)), values, color=style.SERIES[: len(names)], height=0.6)
    ax.set_yticks(range(len(names)), names)
    style.annotate_bars(ax, values, texts)
    style.compact(ax, language)  # half-width panels: long amounts would run into each other
    style.tidy(ax, "x")
    ax.set_title(title, fontsize=11)


def build_channels(data: Ranking, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Two bar panels per channel: sales (with share) and number of orders."""
    subtitle = (
        f"{style.period_text(data.period)} · {word('total', language)} {style.money_text(data.total.sales)}"
        f" · {word('orders_count', language, n=data.total.orders)}"
    )
    fig = style.titled(figure, word("channels", language), subtitle)
    if not data.total.orders:
        return style.empty(fig, language)
    left, right = fig.subplots(1, 2, sharey=True)
    left.invert_yaxis()  # once: the panels share the y axis
    names = [channel(r.key, language) for r in data.rows]
    sales = [style.amount(r.figures.sales) for r in data.rows]
    shares = [
        f"{style.money_text(r.figures.sales)}  ({style.share_text(r.share_percent)})" for r in data.rows
    ]
    _channel_bars(left, names, sales, shares, word("sales", language), language)
    orders = [float(r.figures.orders) for r in data.rows]
    _channel_bars(
        right,
        names,
        orders,
        [style.count_text(r.figures.orders) for r in data.rows],
        word("orders", language),
        language,
    )
    return fig


def build_payment_methods(data: PaymentMix, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Grouped bars per payment method: money received and money refunded."""
    subtitle = (
        f"{style.period_text(data.period)} · {word('received', language)} {style.money_text(data.received)}"
        f" · {word('refunded', language)} {style.money_text(data.refunded)}"
    )
    fig = style.titled(figure, word("payment-methods", language), subtitle)
    if not data.received and not data.refunded:
        return style.empty(fig, language)
    ax = fig.subplots()
    xs = range(len(data.rows))
    received = [style.amount(r.received) for r in data.rows]
    refunded = [style.amount(r.refunded) for r in data.rows]
    width = 0.38
    ax.bar(
        [x - width / 2 for x in xs], received, width, color=style.PRIMARY, label=word("received", language)
    )
    ax.bar([x + width / 2 for x in xs], refunded, width, color=style.BAD, label=word("refunded", language))
    top = max(received + refunded) or 1.0
    for x, r in zip(xs, data.rows, strict=True):
        share = "" if r.share_percent is None else f"\n{style.share_text(r.share_percent)}"
        ax.text(
            x - width / 2,
            style.amount(r.received) + top * 0.01,
            style.money_text(r.received) + share,
            ha="center",
            va="bottom",
            fontsize=8,
        )
    ax.set_ylim(0, top * 1.2)
    ax.set_xticks(list(xs), [method(r.method, language) for r in data.rows])
    style.thousands(ax)
    style.tidy(ax)
    ax.legend(frameon=False, fontsize=9, loc="upper right")
    return fig
