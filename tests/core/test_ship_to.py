"""Addresses that can be shipped to (domain/ship_to.py), on SQLite and PostgreSQL: a phone, wholesale or
online order needs a recipient name, an address and a phone before it is confirmed, packed or shipped;
the refusal is one line naming the order and what is missing, and nothing is written; a counter sale never
needs one; the CSV import and the demo keep to the rule."""

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from oms_desktop.cli import main
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Order, PaymentMethod
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.ship_to import Part, missing
from oms_desktop.services import demo_bulk, imports, inventory, orders, payments, shipping
from oms_desktop.services.imports import ImportRefused
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from tests import factories

N, A, P = Part.NAME, Part.ADDRESS, Part.PHONE


@pytest.mark.parametrize(
    ("block", "lacks"),
    [
        ("张伟\n上海市浦东新区人民路1号\n13800138000", ()),
        ("Alice Smith\n1-2-3 Shibuya, 渋谷区\nTokyo 150-0002\n+81 3 1234 5678", ()),
        ("  Li Na \n\n 88 Wensan Road \n 139-0000-1111 \n", ()),  # blank lines and spaces are nothing
        ("张伟\n13800138000", (A,)),  # what a customer with no address on file gives
        ("张伟\n上海市浦东新区人民路1号", (P,)),
        ("张伟", (A, P)),
        ("13800138000", (N, A)),  # a phone alone is no recipient
        ("13800138000\n上海市浦东新区人民路1号", (N,)),
        ("", (N, A, P)),
        ("张伟\n13800138000\n13900139000", (A,)),  # two phones are still no address
        ("Li Na, 88 Wensan Road, 13900001111", (A,)),  # on one line: the recipient, then nothing more
    ],
)
def test_what_a_block_lacks(block: str, lacks: tuple[Part, ...]) -> None:
    assert missing(block) == lacks


def test_the_refusals_read_as_one_line_naming_the_order_and_what_is_missing() -> None:
    from oms_desktop.domain.ship_to import require_for_new_order, require_shippable

    class Old:
        number, channel, ship_to = "SO-2026-000007", Channel.WHOLESALE, "金龙批发\n13800138000"

    with pytest.raises(ValidationError) as old:
        require_shippable(Old())
    assert str(old.value) == (
        "The ship-to of SO-2026-000007 lacks an address: give it the recipient's name, address and phone,"
        " one a line"
    )
    assert old.value.params == {"number": "SO-2026-000007", "missing": "address"}
    with pytest.raises(ValidationError) as new:
        require_for_new_order(Channel.ONLINE, "", "Li Na")
    assert str(new.value) == (
        "The ship-to of Li Na's online order lacks a recipient name, an address and a phone: give it the"
        " recipient's name, address and phone, one a line (or give the customer an address and a phone)"
    )
    Old.channel = Channel.COUNTER  # handed over the counter: it goes nowhere
    require_shippable(Old())
    require_for_new_order(Channel.COUNTER, "", "Li Na")


def _no_address(uow: UnitOfWork, name: str = "Li Na") -> str:
    """A customer with neither an address nor a phone on file."""
    return factories.customer(uow, name, phone="", address="").code


def _counts(uow: UnitOfWork) -> tuple[int, int]:
    with uow.read() as s:
        return int(s.scalar(select(func.count(Order.id))) or 0), inventory.stock_levels(uow, "TEA")[
            0
        ].reserved


@pytest.mark.parametrize("channel", [Channel.PHONE, Channel.WHOLESALE, Channel.ONLINE])
def test_confirming_an_order_without_an_address_is_refused_and_writes_nothing(
    uow: UnitOfWork, channel: Channel
) -> None:
    factories.product(uow, "TEA", price="10.00", stock=5)
    bare = _no_address(uow)
    before = _counts(uow)
    with pytest.raises(ValidationError) as refused:
        orders.create_order(uow, OrderRequest([LineRequest("TEA", 1)], channel, bare, confirm=True))
    assert refused.value.code == "new_order_ship_to_incomplete"
    assert str(refused.value).startswith(
        f"The ship-to of Li Na's {channel.value} order lacks an address and a"
    )
    assert _counts(uow) == before
    # An address typed for the order gets the customer's name around it; the phone is still missing.
    with pytest.raises(ValidationError, match="lacks a phone:"):
        orders.create_order(
            uow, OrderRequest([LineRequest("TEA", 1)], channel, bare, confirm=True, ship_to="88 Wensan Road")
        )
    # A draft promises nothing: it is saved, and refused when it is confirmed, by its number.
    draft = orders.create_order(uow, OrderRequest([LineRequest("TEA", 1)], channel, bare)).value
    with pytest.raises(ValidationError) as later:
        orders.confirm(uow, draft.number)
    assert str(later.value).startswith(f"The ship-to of {draft.number} lacks an address and a phone:")
    assert orders.get_order(uow, draft.number).status == "draft"
    assert _counts(uow) == (before[0] + 1, before[1])
    # All three typed, one a line: confirmed.
    typed = "Li Na\n88 Wensan Road, Hangzhou\n139 0000 1111"
    done = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], channel, bare, confirm=True, ship_to=typed)
    ).value
    assert done.ship_to == typed and done.status == "pending_payment"


def test_a_counter_sale_never_needs_an_address(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=5)
    bare = _no_address(uow)
    sale = orders.create_order(
        uow,
        OrderRequest(
            [LineRequest("TEA", 1)],
            Channel.COUNTER,
            bare,
            [PaymentRequest(PaymentMethod.CASH, orders.quote(uow, [LineRequest("TEA", 1)]).total)],
        ),
    ).value
    assert sale.status == "completed"
    confirmed = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 1)], Channel.COUNTER, bare, confirm=True)
    ).value
    assert orders.pack(uow, confirmed.number).value.fulfilment_state == "packed"


def test_an_order_confirmed_before_the_rule_is_neither_packed_nor_shipped(uow: UnitOfWork) -> None:
    """A database from before the rule holds confirmed orders without an address: they wait, refused by
    name, until their ship-to is completed."""
    factories.product(uow, "TEA", price="10.00", stock=5)
    code = factories.customer(uow, "金龙批发", wholesale=True).code
    number = orders.create_order(
        uow, OrderRequest([LineRequest("TEA", 2)], Channel.WHOLESALE, code, confirm=True)
    ).value.number
    payments.pay(
        uow, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, orders.get_order(uow, number).total)
    )
    with uow.write() as s:  # as an older version wrote it
        s.execute(update(Order).where(Order.number == number).values(ship_to="金龙批发\n13800138000"))
    for act in (
        lambda: orders.pack(uow, number),
        lambda: shipping.ship(uow, number, carrier="SF", tracking="SF1"),
    ):
        with pytest.raises(ValidationError) as refused:
            act()
        assert refused.value.params == {"number": number, "missing": "address"}
    after = orders.get_order(uow, number)
    assert (after.fulfilment_state, after.shipments) == ("unfulfilled", [])
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == 5
    with uow.write() as s:
        s.execute(
            update(Order)
            .where(Order.number == number)
            .values(ship_to="金龙批发\n杭州市文三路 88 号\n13800138000")
        )
    assert shipping.ship(uow, number, carrier="SF", tracking="SF1").value.status == "shipped"


IMPORT = """order_ref,channel,customer_code,sku,quantity
W-1,online,{good},TEA,1
W-2,phone,{bare},TEA,1
W-3,counter,{bare},TEA,1
"""


def test_the_import_refuses_an_order_that_cannot_be_sent_naming_its_line(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="10.00", stock=10)
    good = factories.customer(uow).code
    bare = _no_address(uow)
    before = _counts(uow)
    with pytest.raises(ImportRefused) as refused:
        imports.import_orders_csv(uow, io.StringIO(IMPORT.format(good=good, bare=bare)), zone=UTC)
    assert refused.value.problems == [
        "line 3: order W-2: The ship-to of Li Na's phone order lacks an address and a phone: give it the"
        " recipient's name, address and phone, one a line (or give the customer an address and a phone)"
    ]
    assert _counts(uow) == before
    without = "\n".join(IMPORT.splitlines()[:2] + IMPORT.splitlines()[3:]) + "\n"
    assert (
        imports.import_orders_csv(uow, io.StringIO(without.format(good=good, bare=bare))).value.imported == 2
    )


def test_every_order_the_bulk_demo_writes_can_be_shipped_to(uow: UnitOfWork) -> None:
    demo_bulk.generate_bulk(
        uow.engine,
        orders_count=300,
        products_count=20,
        customers_count=12,
        seed=3,
        now=datetime(2026, 6, 30, 12, tzinfo=UTC),
    )
    with uow.read() as s:
        blocks = s.execute(select(Order.channel, Order.ship_to).where(Order.channel != Channel.COUNTER)).all()
    assert len(blocks) > 100
    assert [b for b in blocks if missing(b.ship_to)] == []


def test_the_small_demo_keeps_to_the_rule(demo_uow: UnitOfWork) -> None:
    """demo.py writes through the services, which refuse: no order of it lacks what it needs."""
    with demo_uow.read() as s:
        blocks = s.scalars(select(Order.ship_to).where(Order.channel != Channel.COUNTER)).all()
    assert len(blocks) > 50 and [b for b in blocks if missing(b)] == []


def test_the_command_line_says_what_to_add(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "oms.sqlite3")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("product", "add", "--sku", "TEA", "--name", "Tea", "--price", "5.00")[0] == 0
    assert run("stock", "receive", "TEA", "10")[0] == 0
    assert run("customer", "add", "--name", "Li Na", "--code", "C-LI")[0] == 0
    code, out, err = run("order", "create", "--customer", "C-LI", "--line", "TEA:1", "--confirm")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == [
        "oms-desktop: The ship-to of Li Na's phone order lacks an address and a phone: give it the recipient's"
        " name, address and phone, one a line (or give the customer an address and a phone)"
    ]
    assert "one a line" in run("order", "create", "--help")[1]
    typed = "Li Na\n88 Wensan Road\n13900001111"
    code, out, _ = run(
        "order", "create", "--customer", "C-LI", "--line", "TEA:1", "--confirm", "--ship-to", typed
    )
    assert code == 0 and "pending payment" in out
