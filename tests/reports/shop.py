"""A small shop with a known week of trade, built through the real services at chosen local times.

The shop's zone is UTC+8. The period is Sun 2026-03-01 .. Sat 2026-03-07 (local); the previous period is
2026-02-22 .. 2026-02-28. Every expected figure in the tests is worked out by hand from this story:

products   TEA 100.00 (cost 60.00, tax 9%)   CUP 25.50 (cost 10.20, tax 13%, reorder at 50)
           PEN 3.99 (cost 1.50, no tax, reorder at 10): never sold
02-20 09:00  receive TEA 50, CUP 30, PEN 10
02-25 10:00  P1 counter  2 TEA, cash                                   218.00  (previous period)
03-01 00:30  O1 counter  1 CUP, card  (16:30 UTC on 02-28!)             28.82
03-02 09:00  O2 phone    3 TEA less 10.00, customer 张伟                316.10
             paid 10:00 mobile wallet; shipped 03-03 15:00 (30 h); delivered 03-05 -> completed
03-03 11:00  O3 online   2 CUP + 1 TEA, customer 李娜                   166.63
             paid 12:00 card; shipped 03-05 11:00 (48 h) -> shipped
03-04 09:00  receive CUP 20
03-04 14:00  O4 phone    1 TEA, 张伟, confirmed then cancelled 15:00     (not a sale)
03-05 16:00  O5 draft    1 PEN, 李娜                                     (not a sale)
03-06 10:00  O6 counter  4 CUP, cash 115.26; refund 20.00 cash at 18:00
03-07 23:30  O7 counter  1 TEA, mobile wallet                          109.00
03-08 00:10  O8 counter  1 CUP, cash   (16:10 UTC on 03-07: after the period, locally)
03-09 09:00  adjust PEN -2 (damaged)
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, PaymentMethod
from oms_desktop.services import inventory, orders, payments, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.periods import Period
from tests import factories

SHOP_ZONE = timezone(timedelta(hours=8))
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 7))


class Clock:
    """A clock the test moves by hand, in the shop's local time."""

    def __init__(self) -> None:
        self.now = datetime(2026, 2, 20, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def at(self, local: str) -> None:
        self.now = datetime.fromisoformat(local).replace(tzinfo=SHOP_ZONE).astimezone(UTC)


@dataclass
class Shop:
    uow: UnitOfWork
    clock: Clock
    numbers: dict[str, str]


def _counter(uow: UnitOfWork, lines: list[LineRequest], method: PaymentMethod) -> str:
    total = orders.quote(uow, lines).total
    request = OrderRequest(lines=lines, payments=[PaymentRequest(method, total)])
    return orders.create_order(uow, request).value.number


def _order(
    uow: UnitOfWork, channel: Channel, customer: str, lines: list[LineRequest], confirm: bool = True
) -> str:
    request = OrderRequest(lines=lines, channel=channel, customer_code=customer, confirm=confirm)
    return orders.create_order(uow, request).value.number


def build_shop(base: UnitOfWork) -> Shop:
    clock = Clock()
    uow = UnitOfWork(base.engine, clock=clock, zone=SHOP_ZONE)
    n: dict[str, str] = {}
    clock.at("2026-02-20 09:00")
    factories.product(uow, "TEA", price="100.00", cost="60.00", tax=900, stock=50, name="龙井绿茶 Longjing")
    factories.product(
        uow, "CUP", price="25.50", cost="10.20", tax=1300, stock=30, reorder_point=50, name="Tea cup"
    )
    factories.product(uow, "PEN", price="3.99", cost="1.50", stock=10, reorder_point=10, name="Gel pen")
    zhang = factories.customer(uow, "张伟", code="C-ZHANG").code
    li = factories.customer(uow, "李娜", code="C-LI").code

    clock.at("2026-02-25 10:00")
    n["P1"] = _counter(uow, [LineRequest("TEA", 2)], PaymentMethod.CASH)
    clock.at("2026-03-01 00:30")
    n["O1"] = _counter(uow, [LineRequest("CUP", 1)], PaymentMethod.CARD)

    clock.at("2026-03-02 09:00")
    n["O2"] = _order(uow, Channel.PHONE, zhang, [LineRequest("TEA", 3, discount=Decimal("10.00"))])
    clock.at("2026-03-02 10:00")
    payments.pay(uow, n["O2"], PaymentRequest(PaymentMethod.MOBILE_WALLET, Decimal("316.10")))
    clock.at("2026-03-03 15:00")
    shipping.ship(uow, n["O2"], carrier="SF Express 顺丰", tracking="SF1001")

    clock.at("2026-03-03 11:00")
    n["O3"] = _order(uow, Channel.ONLINE, li, [LineRequest("CUP", 2), LineRequest("TEA", 1)])
    clock.at("2026-03-03 12:00")
    payments.pay(uow, n["O3"], PaymentRequest(PaymentMethod.CARD, Decimal("166.63")))

    clock.at("2026-03-04 09:00")
    inventory.receive(uow, "CUP", 20)
    clock.at("2026-03-04 14:00")
    n["O4"] = _order(uow, Channel.PHONE, zhang, [LineRequest("TEA", 1)])
    clock.at("2026-03-04 15:00")
    orders.cancel(uow, n["O4"], "changed their mind")

    clock.at("2026-03-05 11:00")
    shipping.ship(uow, n["O3"], carrier="ZTO 中通", tracking="ZT2002")
    clock.at("2026-03-05 12:00")
    shipping.deliver(uow, n["O2"])
    clock.at("2026-03-05 16:00")
    n["O5"] = _order(uow, Channel.PHONE, li, [LineRequest("PEN", 1)], confirm=False)

    clock.at("2026-03-06 10:00")
    n["O6"] = _counter(uow, [LineRequest("CUP", 4)], PaymentMethod.CASH)
    clock.at("2026-03-06 18:00")
    payments.refund(uow, n["O6"], Decimal("20.00"), PaymentMethod.CASH, "one cup broken")
    clock.at("2026-03-07 23:30")
    n["O7"] = _counter(uow, [LineRequest("TEA", 1)], PaymentMethod.MOBILE_WALLET)
    clock.at("2026-03-08 00:10")
    n["O8"] = _counter(uow, [LineRequest("CUP", 1)], PaymentMethod.CASH)
    clock.at("2026-03-09 09:00")
    inventory.adjust(uow, "PEN", -2, reason="damaged")
    return Shop(uow, clock, n)
