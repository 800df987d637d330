"""Operations of a stocktake (the Stock page's Stocktake… window): one function per action."""

from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import stocktakes
from oms_desktop.services.changes import Outcome
from oms_desktop.services.stocktakes import CountLineRecord, CountRecord


def open_counts() -> Op[list[CountRecord]]:
    """The counts still open (newest first, without their lines), to continue one."""
    return Op(lambda uow: stocktakes.list_counts(uow, open_only=True))


def get_count(number: str) -> Op[CountRecord]:
    return Op(lambda uow: stocktakes.get_count(uow, number))


def start(location: str | None, codes: list[str] | None, note: str = "") -> Op[Outcome[CountRecord]]:
    """A count of a location: the given products (SKUs), or every active one when None."""
    wanted = list(codes) if codes else None
    return Op(lambda uow: stocktakes.start_count(uow, location=location, codes=wanted, note=note))


def scan(number: str, code: str) -> Op[Outcome[CountLineRecord]]:
    """One more of the scanned product on the shelf (urgent: the person counting is waiting for it)."""
    return Op(lambda uow: stocktakes.set_count(uow, number, code, 1, add=True), urgent=True)


def set_counted(number: str, code: str, quantity: Quantity) -> Op[Outcome[CountLineRecord]]:
    """How many of a product are on the shelf, as typed."""
    return Op(lambda uow: stocktakes.set_count(uow, number, code, quantity), urgent=True)


def finish(number: str) -> Op[Outcome[CountRecord]]:
    """Book the differences (a manager's, or with a manager's approval) and close the count."""
    return Op(lambda uow: stocktakes.finish_count(uow, number))


def cancel(number: str) -> Op[Outcome[CountRecord]]:
    """Abandon the count: nothing is booked."""
    return Op(lambda uow: stocktakes.cancel_count(uow, number))
