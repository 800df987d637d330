"""The same orders told to the services and to the bulk writer leave the same rows, field by field.

Each story is run twice on one database: once through create_order / confirm / pay / refund / pack / ship /
deliver / cancel with a clock set to each action's time, once through BulkOrderWriter (the CSV import's and the demo's
path). Orders, lines, ledger rows, payments, shipments and history are compared without their ids and numbers.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, Table, select

from oms_desktop.db.engine import WRITE_OPTION
from oms_desktop.db.row_writer import RowWriter
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import (
    AuditEntry,
    Channel,
    Customer,
    Location,
    Order,
    OrderLine,
    Payment,
    PaymentMethod,
    Product,
    Shipment,
    StockMovement,
)
from oms_desktop.domain.errors import DomainError, OutOfStock
from oms_desktop.domain.money import to_minor
from oms_desktop.domain.order_workflow import Action
from oms_desktop.services import health, orders, payments, shipping
from oms_desktop.services.bulk_orders import (
    BulkLine,
    BulkOrder,
    BulkOrderWriter,
    BulkPayment,
    Event,
    order_total,
)
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.stock_ledger import BulkLedger, load_bulk_levels
from tests import factories

T0 = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
CASH, CARD, BANK = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER


@dataclass(frozen=True)
class Act:
    action: Action
    hours: int = 0
    pay: str = ""  # amount, "all" for the balance
    method: PaymentMethod = CASH
    tendered: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Story:
    channel: Channel
    lines: tuple[tuple[str, int, str], ...]  # sku, quantity, discount
    acts: tuple[Act, ...]
    customer: bool = False


STORIES = [
    Story(
        Channel.COUNTER,
        (("TEA-1", 2, "0"), ("PEN-1", 1, "0.50")),
        (Act(Action.CREATE), Act(Action.CHECKOUT, pay="all", tendered="200")),
    ),
    Story(
        Channel.COUNTER,
        (("PEN-1", 3, "0"),),
        (Act(Action.CREATE), Act(Action.CHECKOUT, pay="all", method=CARD)),
        customer=True,
    ),
    Story(
        Channel.PHONE,
        (("TEA-1", 1, "0"), ("PEN-1", 2, "0")),
        (
            Act(Action.CREATE),
            Act(Action.CONFIRM),
            Act(Action.PAY, 2, pay="all", method=PaymentMethod.MOBILE_WALLET),
            Act(Action.PACK, 20),
            Act(Action.SHIP, 44),
            Act(Action.DELIVER, 90),
        ),
        customer=True,
    ),
    Story(
        Channel.WHOLESALE,
        (("TEA-1", 5, "10.00"), ("PEN-1", 10, "0")),
        (
            Act(Action.CREATE),
            Act(Action.CONFIRM),
            Act(Action.PAY, 3, pay="100.00", method=BANK),
            Act(Action.SHIP, 50),
            Act(Action.DELIVER, 80),
            Act(Action.PAY, 100, pay="all", method=BANK),
        ),
        customer=True,
    ),
    Story(
        Channel.ONLINE,
        (("TEA-1", 1, "0"),),
        (
            Act(Action.CREATE),
            Act(Action.CONFIRM),
            Act(Action.CANCEL, 5, detail="customer changed their mind"),
        ),
        customer=True,
    ),
    Story(
        Channel.ONLINE,
        (("TEA-1", 1, "0"), ("PEN-1", 2, "0")),
        (
            Act(Action.CREATE),
            Act(Action.CONFIRM),
            Act(Action.PAY, 1, pay="all", method=CARD),
            Act(Action.REFUND, 6, pay="all", method=CARD, detail="the tea did not come"),
            Act(Action.CANCEL, 7, detail="refunded, nothing to send"),
        ),
        customer=True,
    ),
    Story(Channel.PHONE, (("PEN-1", 1, "0"),), (Act(Action.CREATE),), customer=True),
]


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _through_services(engine: Engine, story: Story, customer: str | None) -> str:
    clock = Clock()
    uow = UnitOfWork(engine, clock=clock)
    lines = [LineRequest(sku, qty, discount=Decimal(d)) for sku, qty, d in story.lines]
    request = OrderRequest(lines=lines, channel=story.channel, customer_code=customer)
    number = ""
    for act in story.acts[1:]:
        clock.now = T0 + timedelta(hours=act.hours)
        if act.action is Action.CHECKOUT:
            total = orders.quote(uow, lines, customer).total
            tendered = Decimal(act.tendered) if act.tendered else None
            request = OrderRequest(
                lines=lines,
                channel=story.channel,
                customer_code=customer,
                payments=[PaymentRequest(act.method, total, tendered)],
            )
            number = orders.create_order(uow, request).value.number
        elif act.action is Action.CONFIRM:
            number = orders.create_order(
                uow, OrderRequest(**{**request.__dict__, "confirm": True})
            ).value.number
        elif act.action is Action.PAY:
            due = orders.get_order(uow, number).balance
            payments.pay(
                uow, number, PaymentRequest(act.method, due if act.pay == "all" else Decimal(act.pay))
            )
        elif act.action is Action.PACK:
            orders.pack(uow, number)
        elif act.action is Action.SHIP:
            shipping.ship(uow, number, carrier="SF Express 顺丰", tracking="SF1234567890")
        elif act.action is Action.DELIVER:
            shipping.deliver(uow, number)
        elif act.action is Action.REFUND:
            paid = orders.get_order(uow, number).paid
            payments.refund(
                uow, number, paid if act.pay == "all" else Decimal(act.pay), act.method, act.detail
            )
        elif act.action is Action.CANCEL:
            orders.cancel(uow, number, act.detail)
    if not number:  # a draft
        number = orders.create_order(uow, request).value.number
    return number


def _bulk_lines(engine: Engine, story: Story, wholesale: bool) -> list[BulkLine]:
    with engine.connect() as conn:
        result = []
        for sku, qty, discount in story.lines:
            p = conn.execute(select(Product.__table__).where(Product.sku == sku)).one()
            price = (
                p.wholesale_price_minor
                if wholesale and p.wholesale_price_minor is not None
                else p.price_minor
            )
            result.append(
                BulkLine(
                    p.id, p.sku, p.name, qty, price, p.cost_minor, p.tax_rate_bp, to_minor(Decimal(discount))
                )
            )
        return result


def _through_bulk(engine: Engine, story: Story, customer: Customer | None, number: str) -> None:
    lines = _bulk_lines(engine, story, bool(customer and customer.wholesale))
    total = order_total(lines)
    paid = 0
    events = []
    for act in story.acts:
        pays: tuple[BulkPayment, ...] = ()
        if act.pay and act.action is Action.REFUND:  # money given back: all that was paid, or an amount
            amount = paid if act.pay == "all" else to_minor(Decimal(act.pay))
            pays = (BulkPayment(act.method, amount, reference=act.detail),)
            paid -= amount
        elif act.pay:
            amount = total - paid if act.pay == "all" else to_minor(Decimal(act.pay))
            pays = (
                BulkPayment(act.method, amount, to_minor(Decimal(act.tendered)) if act.tendered else None),
            )
            paid += amount
        events.append(
            Event(
                act.action,
                T0 + timedelta(hours=act.hours),
                pays,
                "SF Express 顺丰",
                "SF1234567890",
                act.detail,
            )
        )
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        location = conn.execute(select(Location.id).where(Location.code == "MAIN")).scalar_one()
        rows = RowWriter(conn)
        ledger = BulkLedger(rows, location, "MAIN", load_bulk_levels(conn, location))
        next_id = (conn.execute(select(Order.id).order_by(Order.id.desc()).limit(1)).scalar() or 0) + 1
        writer = BulkOrderWriter(rows, ledger, next_id)
        writer.add(
            BulkOrder(
                number=number,
                channel=story.channel,
                customer_id=customer.id if customer else None,
                lines=lines,
                story=events,
                bill_to=customer.address_for(billing=True) if customer else "",
                ship_to=customer.address_for(billing=False) if customer else "",
            )
        )
        writer.flush()


SKIP = {"id", "order_id", "number", "idempotency_key"}


def _rows(engine: Engine, number: str) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        oid = conn.execute(select(Order.id).where(Order.number == number)).scalar_one()
        found = {}
        for name, table, where in (
            ("orders", Order.__table__, Order.id == oid),
            ("order_lines", OrderLine.__table__, OrderLine.order_id == oid),
            ("stock_movements", StockMovement.__table__, StockMovement.order_id == oid),
            ("payments", Payment.__table__, Payment.order_id == oid),
            ("shipments", Shipment.__table__, Shipment.order_id == oid),
            ("audit_entries", AuditEntry.__table__, AuditEntry.order_id == oid),
        ):
            assert isinstance(table, Table)
            rows = conn.execute(select(table).where(where).order_by(table.c.id)).mappings()
            found[name] = [{k: v for k, v in row.items() if k not in SKIP} for row in rows]
        return found


@pytest.mark.parametrize(
    "story", STORIES, ids=lambda s: f"{s.channel.value}-{'-'.join(a.action.value for a in s.acts)}"
)
def test_services_and_bulk_write_the_same_rows(engine: Engine, story: Story) -> None:
    uow = UnitOfWork(engine)
    factories.product(
        uow, "TEA-1", price="58.00", tax=900, stock=50, cost="30", wholesale="45.00", name="龙井绿茶"
    )
    factories.product(uow, "PEN-1", price="3.50", tax=1300, stock=50, cost="1")
    code = (
        factories.customer(uow, "批发商 李", wholesale=story.channel is Channel.WHOLESALE).code
        if story.customer
        else None
    )
    with uow.read() as session:
        customer = session.scalar(select(Customer).where(Customer.code == code)) if code else None
        if customer is not None:
            session.expunge(customer)

    services_number = _through_services(engine, story, code)
    _through_bulk(engine, story, customer, "SO-BULK-000001")

    by_services, by_bulk = _rows(engine, services_number), _rows(engine, "SO-BULK-000001")
    assert by_services["audit_entries"], "the services wrote no history"
    for table in by_services:
        assert by_bulk[table] == by_services[table], table
    assert not health.check(uow)


def test_both_paths_refuse_an_oversell_with_the_same_words_and_write_nothing(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    factories.product(uow, "TEA-1", price="58.00", stock=2)
    factories.product(uow, "PEN-1", price="3.50", stock=50)
    code = factories.customer(uow).code
    story = Story(
        Channel.PHONE,
        (("PEN-1", 1, "0"), ("TEA-1", 3, "0")),
        (Act(Action.CREATE), Act(Action.CONFIRM)),
        customer=True,
    )
    with pytest.raises(OutOfStock) as by_services:
        _through_services(engine, story, code)
    with uow.read() as session:
        customer = session.scalar(select(Customer).where(Customer.code == code))
        assert customer is not None
        session.expunge(customer)
    with pytest.raises(OutOfStock) as by_bulk:
        _through_bulk(engine, story, customer, "SO-BULK-000001")
    assert str(by_bulk.value) == str(by_services.value) == "Out of stock: TEA-1 asked 3, available 2 at MAIN"
    with uow.read() as session:
        assert session.scalar(select(Order.id)) is None
    assert not health.check(uow)


def test_the_bulk_path_refuses_a_move_the_table_does_not_allow(engine: Engine) -> None:
    uow = UnitOfWork(engine)
    factories.product(uow, "PEN-1", price="3.50", stock=50)
    code = factories.customer(uow).code
    with uow.read() as session:
        customer = session.scalar(select(Customer).where(Customer.code == code))
        assert customer is not None
        session.expunge(customer)
    shipped_unconfirmed = Story(
        Channel.PHONE, (("PEN-1", 1, "0"),), (Act(Action.CREATE), Act(Action.SHIP)), customer=True
    )
    with pytest.raises(DomainError, match="only confirmed orders are shipped"):
        _through_bulk(engine, shipped_unconfirmed, customer, "SO-BULK-000001")
    overpaid = Story(
        Channel.PHONE,
        (("PEN-1", 1, "0"),),
        (Act(Action.CREATE), Act(Action.CONFIRM), Act(Action.PAY, pay="999.00")),
        customer=True,
    )
    with pytest.raises(DomainError, match=r"more than the balance due on SO-BULK-000001 \(3\.50\)"):
        _through_bulk(engine, overpaid, customer, "SO-BULK-000001")
    with uow.read() as session:
        assert session.scalar(select(Order.id)) is None
