"""Stock value at cost over time, the low-stock list, and inventory turnover with slow movers."""

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from oms_desktop.charts import style
from oms_desktop.charts.labels import word
from oms_desktop.services.analytics.stock import LowStock, StockValueSeries, Turnover, TurnoverRow


def build_stock_value(
    data: StockValueSeries, *, figure: Figure | None = None, language: str = "en"
) -> Figure:
    """Value at cost at the end of each day (week, month) as a line; units on hand dashed on a second axis."""
    subtitle = (
        f"{style.period_text(data.period)} · {style.money_text(data.opening_value)} → "
        f"{style.money_text(data.closing_value)} · {word('stock_units', language)} {data.closing_units:,}"
    )
    fig = style.titled(figure, word("stock-value", language), subtitle)
    if not data.points:
        return style.empty(fig, language)
    ax = fig.subplots()
    days = style.date_numbers([p.day for p in data.points])
    values = [style.amount(p.value) for p in data.points]
    ax.plot(days, values, color=style.PRIMARY, linewidth=2, label=word("stock_value", language))
    units = ax.twinx()
    units.plot(
        days,
        [float(p.units) for p in data.points],
        color=style.ACCENT,
        linewidth=1.2,
        linestyle="--",
        label=word("stock_units", language),
    )
    units.spines["top"].set_visible(False)
    units.set_ylabel(word("stock_units", language))
    style.thousands(units)
    style.date_axis(ax, language)
    style.thousands(ax)
    style.tidy(ax)
    ax.set_ylabel(word("stock_value", language))
    style.legend_above(ax, ax.get_lines() + units.get_lines())
    return fig


def build_low_stock(data: LowStock, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Bars of available stock per product below its reorder point, with the reorder point marked."""
    subtitle = word("below_reorder", language, n=data.products)
    if len(data.rows) < data.products:
        subtitle += " · " + word("showing", language, n=len(data.rows))
    fig = style.titled(figure, word("low-stock", language), subtitle)
    if not data.rows:
        return style.empty(fig, language, "no_low_stock")
    ax = fig.subplots()
    rows = data.rows
    ys = range(len(rows))
    available = [float(max(r.available, 0)) for r in rows]
    points = [float(r.reorder_point) for r in rows]
    ax.barh(ys, available, color=style.ACCENT, height=0.6, label=word("available", language))
    ax.scatter(
        points, ys, marker="|", s=260, linewidths=2.5, color="#333333", label=word("reorder_point", language)
    )
    ax.set_yticks(list(ys), [style.shorten(f"{r.name} ({r.sku})", 40) for r in rows], fontsize=9)
    ax.invert_yaxis()
    top = max(points + available) or 1.0
    for y, r in zip(ys, rows, strict=True):
        ax.text(top * 1.04, y, f"{r.available} / {r.reorder_point}", va="center", fontsize=9)
    ax.set_xlim(0, top * 1.22)
    style.tidy(ax, "x")
    style.legend_above(ax)
    return fig


def _turnover_panel(ax: Axes, rows: list[TurnoverRow], title: str, language: str, *, by_value: bool) -> None:
    ax.set_title(title, fontsize=11)
    if not rows:
        style.no_data(ax, word("no_data", language))
        return
    ys = range(len(rows))
    if by_value:
        # Slow movers barely turn over: the bar shows the money tied up, the text the turnover.
        values = [style.amount(r.closing_value) for r in rows]
        texts = [f"{style.money_text(r.closing_value)} · {r.turnover or 0}×" for r in rows]
        ax.set_xlabel(word("stock_value", language))
        colour = style.BAD
    else:
        values = [style.amount(r.turnover) for r in rows]
        texts = [f"{r.turnover}×" for r in rows]
        ax.set_xlabel(word("turnover_ratio", language))
        colour = style.GOOD
    ax.barh(ys, values, color=colour, height=0.6)
    ax.set_yticks(list(ys), [style.shorten(r.name or r.sku, 24) for r in rows], fontsize=8.5)
    ax.invert_yaxis()
    style.annotate_bars(ax, values, texts)
    ax.set_xlim(0, (max(values) or 1.0) * 1.5)
    if by_value:
        style.compact(ax, language)
    style.tidy(ax, "x")


def build_turnover(data: Turnover, *, figure: Figure | None = None, language: str = "en") -> Figure:
    """Two panels: the products that turned over fastest, and the slow movers with the stock value they hold."""
    overall = "–" if data.turnover is None else f"{data.turnover}×"
    subtitle = (
        f"{style.period_text(data.period)} · {word('overall', language, value=overall)}"
        f" · COGS {style.money_text(data.cogs)} / {style.money_text(data.average_inventory)}"
    )
    fig = style.titled(figure, word("turnover", language), subtitle)
    if not data.rows:
        return style.empty(fig, language)
    left, right = fig.subplots(1, 2)
    count = max(len(data.slow_movers), 5)
    fastest = [r for r in data.rows if r.turnover][:count]
    _turnover_panel(left, fastest, word("fastest", language), language, by_value=False)
    _turnover_panel(right, data.slow_movers, word("slowest", language), language, by_value=True)
    return fig
