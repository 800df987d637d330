"""Operations of returns and exchanges at the counter: find the sale, take goods back, exchange them."""

from collections.abc import Callable, Mapping
from decimal import Decimal

from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.quantity import Quantity, to_units
from oms_desktop.domain.sale_return import returned_share
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import orders, sale_returns
from oms_desktop.services.changes import Outcome
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_returns import ExchangeRequest, ReturnRecord, ReturnRequest
from oms_desktop.services.settings import ShopSettings


def find_sale(number: str) -> Op[OrderDetail]:
    """The sale a receipt's barcode or a typed number names, with what of it came back already."""
    return Op(lambda uow: orders.get_order(uow, number), urgent=True)


def take_back(request: ReturnRequest) -> Op[Outcome[ReturnRecord]]:
    return Op(lambda uow: sale_returns.take_back(uow, request))


def exchange(request: ExchangeRequest) -> Op[Outcome[ReturnRecord]]:
    return Op(lambda uow: sale_returns.exchange(uow, request))


def render_pdf(record: ReturnRecord, settings: ShopSettings) -> Callable[[], bytes]:
    """The return's receipt as PDF bytes: CPU work for `TaskRunner.run_cpu` (no database). reportlab is
    imported when the first one is rendered, not when the window opens."""

    def render() -> bytes:
        from oms_desktop.documents.return_receipt import render_return_receipt

        return render_return_receipt(record, settings)

    return render


def value_back(sale: OrderDetail, quantities: Mapping[int, Quantity]) -> Decimal:
    """What the goods chosen to come back (a quantity per line number, in the product's unit) are worth,
    by the return's own rule."""
    total = 0
    for line in sale.lines:
        wanted = quantities.get(line.line_no, 0)
        if wanted:
            d = line.decimals
            units = [to_units(line.sku, q, d) for q in (line.quantity, line.returned, wanted)]
            total += returned_share(to_minor(line.total), *units)
    return from_minor(total)
