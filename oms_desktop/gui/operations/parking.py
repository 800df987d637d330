"""Operations that keep a sale: the one being rung up (beside the database, on the CPU pool, as it changes)
and the ones parked at a till and recalled (in the database)."""

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from oms_desktop import open_sale
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import DomainError
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import parked_sales
from oms_desktop.services.changes import Outcome
from oms_desktop.services.parked_sales import ParkedRecord
from oms_desktop.services.sale import Sale


def keep_open_sale(data_dir: Path, sale: Sale) -> Callable[[], None]:
    """Work for the CPU pool: the sale as it stands now, kept (a copy: the cashier goes on scanning)."""
    data = sale.to_dict()

    def work() -> None:
        open_sale.keep(data_dir, data)

    return work


def open_sale_kept(data_dir: Path) -> Sale | None:
    """The sale that was being rung up when the window last closed (or the till stopped); None if none."""
    data = open_sale.load(data_dir)
    if data is None:
        return None
    try:
        return Sale.from_dict(data)
    except DomainError:
        return None


def park(sale: Sale, note: str, total: Decimal) -> Op[Outcome[ParkedRecord]]:
    data = sale.to_dict()
    return Op(lambda uow: parked_sales.park(uow, data, note, total), urgent=True)


def parked(every_till: bool = False) -> Op[list[ParkedRecord]]:
    return Op(lambda uow: parked_sales.parked(uow, every_till=every_till), urgent=True)


def recall(number: int) -> Op[Outcome[Sale]]:
    """The parked sale, out of the list and back as a Sale (refused when it cannot be read)."""

    def work(uow: UnitOfWork) -> Outcome[Sale]:
        outcome = parked_sales.recall(uow, number)
        return Outcome(Sale.from_dict(outcome.value), outcome.changes)

    return Op(work, urgent=True)
