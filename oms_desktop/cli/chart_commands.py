"""chart NAME --from D --to D --out FILE.png: draw any chart of the Charts page to a PNG; chart demand --sku
SKU --out FILE.png: one product's demand and reorder point (the 90 days that end today)."""

import argparse
from pathlib import Path

from oms_desktop.cli import arguments as A
from oms_desktop.cli.context import Context
from oms_desktop.cli.report_commands import add_period_arguments, add_report_options, options_of, period_of
from oms_desktop.services.analytics.catalog import REPORTS

# The charts of one product (charts.registry.PRODUCT_CHARTS), named here so that parsing needs no matplotlib.
PRODUCT_CHARTS = {"demand": "one product's daily demand (90 days), reorder point and safety stock"}


def add(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("chart", help="draw a chart to a PNG file").add_subparsers(
        dest="chart_name", required=True
    )
    # Every report has a chart of the same name; matplotlib is imported only when one is drawn (draw()),
    # so that other commands start without it.
    for name, spec in REPORTS.items():
        p = c.add_parser(name, help=spec.summary)
        add_period_arguments(p)
        add_report_options(p, spec.options)
        _picture_arguments(p)
        p.set_defaults(func=draw)
    for name, summary in PRODUCT_CHARTS.items():
        p = c.add_parser(name, help=summary)
        p.add_argument("--sku", required=True, help="the product's SKU or barcode")
        _picture_arguments(p)
        p.set_defaults(func=draw_product)


def _picture_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    p.add_argument("--language", choices=["en", "zh_CN"], default="en")
    p.add_argument("--width", type=A.whole, default=1000, help="pixels (default 1000)")
    p.add_argument("--height", type=A.whole, default=560, help="pixels (default 560)")
    p.add_argument("--dpi", type=A.whole, default=100)


def _check_size(a: argparse.Namespace) -> None:
    if a.width < 200 or a.height < 150 or a.dpi < 50:
        raise argparse.ArgumentTypeError("the picture must be at least 200 x 150 pixels at 50 dpi")
    if a.width > PIXELS_MOST or a.height > PIXELS_MOST or a.dpi > DPI_MOST:
        # matplotlib refuses beyond 2**23 pixels, and long before that the picture would not fit in memory
        raise argparse.ArgumentTypeError(
            f"the picture can be at most {PIXELS_MOST:,} x {PIXELS_MOST:,} pixels at {DPI_MOST:,} dpi"
        )


PIXELS_MOST, DPI_MOST = 20_000, 2_400


def draw(ctx: Context) -> int:
    from oms_desktop.charts.registry import render, save_png

    a = ctx.args
    _check_size(a)
    figure = render(a.chart_name, ctx.uow, period_of(a, ctx.uow.zone), options_of(a), language=a.language)
    figure.set_size_inches(a.width / a.dpi, a.height / a.dpi)
    path = save_png(figure, a.out, dpi=a.dpi)
    ctx.show({"chart": a.chart_name, "file": str(path), "width": a.width, "height": a.height})
    return 0


def draw_product(ctx: Context) -> int:
    from oms_desktop.charts.registry import render_product, save_png

    a = ctx.args
    _check_size(a)
    figure = render_product(a.chart_name, ctx.uow, a.sku, language=a.language)
    figure.set_size_inches(a.width / a.dpi, a.height / a.dpi)
    path = save_png(figure, a.out, dpi=a.dpi)
    ctx.show({"chart": a.chart_name, "sku": a.sku, "file": str(path), "width": a.width, "height": a.height})
    return 0
