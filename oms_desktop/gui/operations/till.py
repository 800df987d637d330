"""Operations on this computer's till (the Till page): open with a float, cash in and out, open the drawer,
the X report, close with a blind count, and the Z reports kept since (reprinted as they were closed)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.till import CashMoveKind
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import till
from oms_desktop.services.changes import Outcome
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import TillReport


@dataclass(frozen=True)
class TillView:
    """What the Till page shows, read at once: this computer's till, the X report of its open session (None:
    closed; its expected cash is Decimal("-0") when the person signed in counts blind) and its Z reports,
    newest first, as (number, when it closed)."""

    till: str
    report: TillReport | None
    z_reports: list[tuple[int, datetime]]


def overview() -> Op[TillView]:
    def read(uow: UnitOfWork) -> TillView:
        name = uow.till.strip()
        if not name:
            return TillView("", None, [])
        try:
            report: TillReport | None = till.status(uow)
        except ValidationError as error:
            if error.code != "till_not_open":
                raise
            report = None
        return TillView(name, report, till.z_numbers(uow))

    return Op(read)


def open_till(float_amount: Decimal) -> Op[Outcome[TillReport]]:
    return Op(lambda uow: till.open_till(uow, float_amount))


def cash_in(amount: Decimal, reason: str) -> Op[Outcome[TillReport]]:
    return Op(lambda uow: till.move_cash(uow, CashMoveKind.CASH_IN, amount, reason))


def cash_out(amount: Decimal, reason: str) -> Op[Outcome[TillReport]]:
    return Op(lambda uow: till.move_cash(uow, CashMoveKind.CASH_OUT, amount, reason))


def open_drawer(reason: str = "") -> Op[Outcome[None]]:
    """The drawer opened without a sale: recorded in the session and the audit trail."""
    return Op(lambda uow: till.open_drawer(uow, reason))


def close_counted(counted: dict[Decimal, int]) -> Op[Outcome[TillReport]]:
    """Close with the pieces counted per note and coin ({face value: pieces}); the answer is the Z report."""
    pieces = dict(counted)
    return Op(lambda uow: till.close_till(uow, counted=pieces))


def close_total(total: Decimal) -> Op[Outcome[TillReport]]:
    """Close with the cash counted as one amount; the answer is the Z report."""
    return Op(lambda uow: till.close_till(uow, counted_total=total))


def z_report(number: int) -> Op[TillReport]:
    """A Z report as it was closed (for a reprint), never recomputed."""
    return Op(lambda uow: till.z_report(uow, number))


def render_pdf(report: TillReport, settings: ShopSettings) -> Callable[[], bytes]:
    """The report as PDF bytes on the receipt roll: CPU work for `TaskRunner.run_cpu` (no database).
    reportlab is imported when the first report is rendered, not when the window opens."""

    def render() -> bytes:
        from oms_desktop.documents.z_report import render_till_report

        return render_till_report(report, settings)

    return render
