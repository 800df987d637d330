"""The till's X report (a reading of the open session) and Z report (the session as it was closed), on the
receipt roll; the page is as long as its content.

Amounts are printed without the currency sign (the header names the currency once) and the variance with
its sign, so "-3.00" reads as short and "+3.00" as over. An expected cash of Decimal("-0") is the blind
count's mark: whoever prints it may not see what the drawer should hold, so it is printed as "—".
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from oms_desktop.documents.context import DocumentContext
from oms_desktop.documents.fitting import fit_line
from oms_desktop.documents.receipt import RECEIPT_80, ReceiptPaper, draw_roll, roll_rule, roll_styles
from oms_desktop.documents.styles import INK, MUTED
from oms_desktop.services.periods import zone_named
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import MethodTotal, TillReport

DASH = "—"
GAP = 1.2 * mm  # the least room between a figure and its left neighbour
FINGERPRINT = 16  # hex digits of the audit chain's head printed as its fingerprint
CASH = "cash"  # PaymentMethod.CASH: the one method that goes through the drawer
CASH_OUT = "cash_out"  # CashMoveKind.CASH_OUT: printed as a negative amount


def render_till_report(report: TillReport, settings: ShopSettings, paper: ReceiptPaper = RECEIPT_80) -> bytes:
    """The X report (z_number None) or Z report as PDF bytes, one page on the receipt roll."""
    ctx = DocumentContext.for_shop(settings)
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(paper.width, 100 * mm), invariant=1)
    canv.setTitle(report_title(report, ctx))
    canv.setAuthor(settings.shop_name)
    canv.setCreator("OMS Desktop")
    draw_till_report(canv, report, ctx, paper)
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def draw_till_report(canv: Canvas, report: TillReport, ctx: DocumentContext, paper: ReceiptPaper) -> None:
    """Size the current page to the report and draw it."""
    draw_roll(canv, till_report_flowables(report, ctx, paper), paper)


def report_title(report: TillReport, ctx: DocumentContext) -> str:
    """The report's name: "Z report No. 7", or "X report (not closed)" for an open session's reading."""
    if report.z_number is None:
        return ctx.words.x_report
    return ctx.words.z_report.format(number=report.z_number)


def shop_zone(settings: ShopSettings) -> tzinfo | None:
    """The shop's zone; None (this computer's) when unset, or unknown rather than refuse to print."""
    try:
        return zone_named(settings.time_zone)
    except ValueError:
        return None


def moment(when: datetime, zone: tzinfo | None) -> str:
    """Date and time in the shop's zone, as the receipt writes them: "2026-11-22 14:05"."""
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def signed(ctx: DocumentContext, amount: Decimal) -> str:
    """An amount with its sign always shown: "+2.00", "-3.00", "0.00"."""
    text = ctx.fmt.number(amount)
    return f"+{text}" if amount > 0 else text


def _cell(ctx: DocumentContext, text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A cell's paragraph; a figure (right-aligned) too wide for its column is set smaller rather than run
    into its neighbour, since a number cannot wrap (and keeps a gap from the column on its left)."""
    if style.alignment == TA_RIGHT:
        size = fit_line(text, style.fontName, style.fontSize, width - GAP)
        if size < style.fontSize:
            style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size)
    return ctx.para(text, style)


def _table(
    ctx: DocumentContext,
    rows: Sequence[Sequence[str]],
    styles: Sequence[ParagraphStyle],
    widths: Sequence[float],
    *,
    head: Sequence[ParagraphStyle] | None = None,
    total: bool = False,
) -> Table:
    """Rows of text in columns of the given styles; `head` styles the first row (a rule under it), `total`
    draws a rule over the last row."""
    cells = []
    for index, row in enumerate(rows):
        row_styles = head if head is not None and index == 0 else styles
        cells.append(
            [_cell(ctx, text, style, col) for text, style, col in zip(row, row_styles, widths, strict=True)]
        )
    table = Table(cells, colWidths=list(widths))
    commands: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if head is not None:
        commands += [("LINEBELOW", (0, 0), (-1, 0), 0.4, MUTED), ("TOPPADDING", (0, 1), (-1, 1), 1)]
    if total and len(rows) > 1:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.4, INK), ("TOPPADDING", (0, -1), (-1, -1), 1)]
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class _Roll:
    """What every section of the report draws with: the context, the styles at the roll's type size, the
    printable width and the shop's zone."""

    ctx: DocumentContext
    st: dict[str, ParagraphStyle]
    width: float
    zone: tzinfo | None

    @classmethod
    def for_paper(cls, ctx: DocumentContext, paper: ReceiptPaper) -> "_Roll":
        st = roll_styles(ctx, paper.font_size)
        size = paper.font_size
        st["muted"] = ParagraphStyle("muted", parent=st["body"], textColor=MUTED)
        st["muted_right"] = ParagraphStyle("muted_right", parent=st["right"], textColor=MUTED)
        st["note"] = ParagraphStyle("note", parent=st["small"], alignment=TA_LEFT, textColor=MUTED)
        st["heading"] = ParagraphStyle("heading", parent=st["body"], fontSize=size * 1.1, leading=size * 1.5)
        st["title"] = ParagraphStyle("title", parent=st["centre"], fontSize=size * 1.35, leading=size * 1.8)
        return cls(ctx, st, paper.printable, shop_zone(ctx.settings))

    def columns(self, *shares: float) -> tuple[float, ...]:
        return tuple(self.width * share for share in shares)

    def pairs(self, rows: Sequence[tuple[str, str]], *, big: bool = False, total: bool = False) -> Table:
        """Label on the left, figure on the right."""
        styles = (self.st["total"], self.st["total_right"]) if big else (self.st["body"], self.st["right"])
        return _table(self.ctx, rows, styles, self.columns(0.6, 0.4), total=total)

    def section(self, title: str) -> list[Flowable]:
        return [*roll_rule(), self.ctx.para(title, self.st["heading"]), Spacer(1, 0.5 * mm)]

    def note(self, text: str) -> Paragraph:
        return self.ctx.para(text, self.st["note"])


def till_report_flowables(report: TillReport, ctx: DocumentContext, paper: ReceiptPaper) -> list[Flowable]:
    """Header, sales and refunds by method, net, the drawer, the count, counts, cashiers, cash moves and the
    audit fingerprint, top to bottom."""
    roll = _Roll.for_paper(ctx, paper)
    out = _header(report, roll)
    out += _takings(report, roll)
    out += _drawer(report, roll)
    out += _denominations(report, roll)
    out += _counts(report, roll)
    out += _cashiers(report, roll)
    out += _moves(report, roll)
    if report.audit_head:
        text = f"{ctx.words.audit_chain} {report.audit_head[:FINGERPRINT]}"
        out += [*roll_rule(), ctx.para(text, roll.st["small"])]
    out.append(Spacer(1, 2 * mm))
    return out


def _header(report: TillReport, roll: _Roll) -> list[Flowable]:
    ctx, w, st = roll.ctx, roll.ctx.words, roll.st
    out: list[Flowable] = [ctx.para(ctx.settings.shop_name, st["shop"])]
    out += [ctx.para(report_title(report, ctx), st["title"]), Spacer(1, 1.5 * mm)]
    facts = [(w.till, report.till), (w.currency, report.currency)]
    facts += [(w.opened_by, report.opened_by), (w.opened_at, moment(report.opened_at, roll.zone))]
    if report.z_number is not None or report.closed_at is not None:
        facts.append((w.closed_by, report.closed_by or DASH))
        facts.append((w.closed_at, moment(report.closed_at, roll.zone) if report.closed_at else DASH))
        facts.append((w.approved_by, report.approved_by or DASH))
    out.append(_table(ctx, facts, (st["body"], st["right"]), roll.columns(0.4, 0.6)))
    return out


def _by_method(totals: Sequence[MethodTotal], roll: _Roll) -> Flowable:
    """Method, how many payments, how much; and their total."""
    ctx, w, fmt, st = roll.ctx, roll.ctx.words, roll.ctx.fmt, roll.st
    if not totals:
        return ctx.para(w.none, st["muted"])
    rows = [(w.method(m.method), fmt.quantity(m.count), fmt.number(m.amount)) for m in totals]
    count = sum(m.count for m in totals)
    amount = sum((m.amount for m in totals), Decimal("0"))
    rows.append((w.total, fmt.quantity(count), fmt.number(amount)))
    styles = (st["body"], st["muted_right"], st["right"])
    return _table(ctx, rows, styles, roll.columns(0.52, 0.12, 0.36), total=True)


def _takings(report: TillReport, roll: _Roll) -> list[Flowable]:
    w = roll.ctx.words
    out = [*roll.section(w.sales_by_method), _by_method(report.sales, roll)]
    out += [*roll.section(w.refunds_by_method), _by_method(report.refunds, roll)]
    out += [Spacer(1, 1.5 * mm), roll.pairs([(w.net_sales, roll.ctx.fmt.number(report.net_sales))], big=True)]
    return out


def _drawer(report: TillReport, roll: _Roll) -> list[Flowable]:
    """What the drawer should hold, line by line, then what was counted and the difference."""
    w, fmt = roll.ctx.words, roll.ctx.fmt
    cash_sales = next((m.amount for m in report.sales if m.method == CASH), Decimal("0"))
    cash_refunds = next((m.amount for m in report.refunds if m.method == CASH), Decimal("0"))
    hidden = report.expected_hidden
    rows = [
        (w.float_amount, fmt.number(report.float_amount)),
        (w.cash_sales, fmt.number(cash_sales)),
        (w.cash_refunds, fmt.number(-cash_refunds)),
        (w.cash_in, fmt.number(report.cash_in)),
        (w.cash_out, fmt.number(-report.cash_out)),
        (w.expected_cash, DASH if hidden else fmt.number(report.expected_cash)),
    ]
    out = [*roll.section(w.cash_drawer), roll.pairs(rows, total=True)]
    if report.counted_cash is not None:
        counted = [(w.counted_cash, fmt.number(report.counted_cash))]
        if report.variance is not None:
            counted.append((w.variance, signed(roll.ctx, report.variance)))
        out += [Spacer(1, 1 * mm), roll.pairs(counted, big=True)]
    if hidden:
        out.append(roll.note(w.blind_count))
    return out


def _denominations(report: TillReport, roll: _Roll) -> list[Flowable]:
    """Face × pieces = amount per note and coin counted, and their total."""
    if not report.counted:
        return []
    w, fmt, st = roll.ctx.words, roll.ctx.fmt, roll.st
    rows = [(w.face, w.count_pieces, w.amount)]
    rows += [
        (fmt.number(c.face), f"× {fmt.quantity(c.pieces)}", fmt.number(c.amount)) for c in report.counted
    ]
    rows.append((w.total, "", fmt.number(sum((c.amount for c in report.counted), Decimal("0")))))
    right, head = st["right"], st["muted_right"]
    table = _table(
        roll.ctx,
        rows,
        (right, right, right),
        roll.columns(0.3, 0.3, 0.4),
        head=(head, head, head),
        total=True,
    )
    return [*roll.section(w.counted_by_face), table]


def _counts(report: TillReport, roll: _Roll) -> list[Flowable]:
    w, fmt, st = roll.ctx.words, roll.ctx.fmt, roll.st
    rows = [
        (w.sales_count, fmt.quantity(report.sales_count)),
        (w.returns_count, fmt.quantity(report.returns_count)),
        (w.voids, fmt.quantity(report.voids)),
        (w.overrides, fmt.quantity(report.overrides)),
        (w.no_sales, fmt.quantity(report.no_sales)),
        (w.discounts_given, fmt.number(report.discounts)),
    ]
    table = _table(roll.ctx, rows, (st["body"], st["right"]), roll.columns(0.72, 0.28))
    return [*roll.section(w.counts), table]


def _cashiers(report: TillReport, roll: _Roll) -> list[Flowable]:
    """Per cashier: sales rung up, money taken, money refunded."""
    if not report.cashiers:
        return []
    w, fmt, st = roll.ctx.words, roll.ctx.fmt, roll.st
    rows = [(w.cashier, w.cashier_sales, w.taken, w.refunded)]
    rows += [
        (c.name, fmt.quantity(c.sales), fmt.number(c.taken), fmt.number(c.refunded)) for c in report.cashiers
    ]
    right, head = st["right"], st["muted_right"]
    table = _table(
        roll.ctx,
        rows,
        (st["body"], right, right, right),
        roll.columns(0.3, 0.16, 0.27, 0.27),
        head=(st["muted"], head, head, head),
    )
    return [*roll.section(w.by_cashier), table]


def _moves(report: TillReport, roll: _Roll) -> list[Flowable]:
    """Each cash in, cash out and drawer opened without a sale: amount, when, who (and who approved), why."""
    if not report.moves:
        return []
    w, fmt = roll.ctx.words, roll.ctx.fmt
    out = roll.section(w.cash_moves)
    for index, move in enumerate(report.moves):
        if index:
            out.append(Spacer(1, 1 * mm))
        amount = -move.amount if move.kind == CASH_OUT else move.amount
        out.append(roll.pairs([(w.move_kind(move.kind), fmt.number(amount) if move.amount else "")]))
        who = [moment(move.at, roll.zone), move.user]
        if move.approved_by:
            who.append(w.move_approved.format(name=move.approved_by))
        out.append(roll.note(" · ".join(who)))
        if move.reason.strip():
            out.append(roll.note(move.reason))
    return out
