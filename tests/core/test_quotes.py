"""Quotations on SQLite and PostgreSQL: made for a customer and valid for some days, holding no stock, no sale
and owing nothing; confirmed with the quoted prices up to their last valid day, or with every line priced
again; expired in one place; declined by cancelling; and all of it from the command line."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, OrderLine, PriceTier
from oms_desktop.domain.errors import IllegalTransition, NotAllowed, OutOfStock, ValidationError
from oms_desktop.domain.order import Status
from oms_desktop.domain.user import Role
from oms_desktop.services import (
    backorders,
    catalogue,
    credit_control,
    customers,
    health,
    lookups,
    on_order,
    order_pages,
    orders,
    quotes,
    receivables,
    reports,
    users,
)
from oms_desktop.services.analytics import fulfilment
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.periods import Period
from oms_desktop.services.quotes import Prices
from oms_desktop.services.reports import GroupBy
from tests import factories
from tests.core.test_cli import Cli

NOON = datetime(2026, 12, 4, 4, 0, tzinfo=UTC)  # noon in the shop's zone below: business day 2026-12-04
ZONE = UTC


class Clock:
    """A shop whose days go by when the test says so."""

    def __init__(self) -> None:
        self.now = NOON

    def __call__(self) -> datetime:
        return self.now

    def days_later(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shop(uow: UnitOfWork, clock: Clock) -> UnitOfWork:
    """The test's database seen by a shop that keeps the test's clock."""
    return UnitOfWork(uow.engine, clock=clock, zone=ZONE)


def _customer(uow: UnitOfWork, *, wholesale: bool = False, limit: str = "0") -> str:
    return customers.add_customer(
        uow,
        CustomerInput(
            name="Golden Dragon Wholesale",
            phone="13800138000",
            billing_address="上海市浦东新区人民路1号",
            price_tier=PriceTier.WHOLESALE if wholesale else PriceTier.RETAIL,
            credit_limit=Decimal(limit),
        ),
    ).value.code


def _quote(uow: UnitOfWork, customer: str, *lines: LineRequest, days: int = 14) -> str:
    request = OrderRequest(
        lines=list(lines) or [LineRequest("TEA", 3)],
        channel=Channel.WHOLESALE,
        customer_code=customer,
        quote_days=days,
    )
    return orders.create_order(uow, request).value.number


def _sold(uow: UnitOfWork, number: str) -> list[bool]:
    with uow.read() as session:
        order = lookups.order_by_number(session, number)
        return list(session.scalars(select(OrderLine.sold).where(OrderLine.order_id == order.id)))


def _reserved(uow: UnitOfWork, sku: str = "TEA") -> Decimal:
    return Decimal(catalogue.find_product(uow, sku).reserved)


def test_a_quotation_holds_no_stock_is_no_sale_and_owes_nothing(shop: UnitOfWork) -> None:
    factories.product(shop, "TEA", price="10.00", stock=5, tax=900)
    code = _customer(shop, limit="10.00")
    # More than the shelf holds may be quoted: nothing is reserved until it is confirmed.
    made = orders.create_order(
        shop,
        OrderRequest(
            lines=[LineRequest("TEA", 50)], channel=Channel.PHONE, customer_code=code, quote_days=14
        ),
    ).value
    assert (made.status, made.lifecycle, made.fulfilment_state) == ("quote", "quote", "unfulfilled")
    assert made.valid_until == date(2026, 12, 18)
    assert made.total == Decimal("545.00") and made.balance == Decimal("0.00")
    assert [(h.action, h.from_status, h.to_status, h.detail) for h in made.history] == [
        ("quote", "", "quote", "phone quotation, valid until 2026-12-18")
    ]
    assert made.allowed_actions == ["confirm", "edit", "cancel"]
    assert orders.get_order(shop, made.number) == made  # the answer is what was written

    assert _reserved(shop) == 0 and _sold(shop, made.number) == [False]
    assert receivables.receivables(shop).customers == []
    with shop.read() as session:
        person = lookups.customer_by_code(session, code)
        assert credit_control.owed_on_account(session, person.id) == 0
    assert backorders.backordered(shop) == [] and backorders.ready_to_ship(shop) == []
    day = Period(date(2026, 12, 4), date(2026, 12, 4))
    assert reports.sales(shop, day, GroupBy.DAY) == []
    assert reports.sales(shop, day, GroupBy.PRODUCT) == []  # its lines are no sales
    assert fulfilment.fulfilment(shop, day).total.orders == 0
    tea = catalogue.find_product(shop, "TEA")
    with shop.read() as session:
        assert on_order.on_order(session, [tea.id]) == {}  # nothing is bought in for it either
    assert (tea.on_hand, tea.reserved, tea.on_order) == (5, 0, 0)
    listed = order_pages.list_orders(shop, OrderFilter(status=Status.QUOTE))
    assert [(r.number, r.status, r.balance) for r in listed] == [(made.number, "quote", Decimal("0.00"))]
    assert not health.check(shop)

    # Confirmed, it is an order like any other: 50 are not there.
    with pytest.raises(OutOfStock):
        orders.confirm(shop, made.number)
    assert orders.get_order(shop, made.number).lifecycle == "quote"


def test_the_quoted_prices_are_kept_up_to_the_last_valid_day(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    code = _customer(shop, limit="1000.00")
    number = _quote(shop, code)
    catalogue_price(shop, "TEA", "12.00")
    clock.days_later(14)  # 2026-12-18: the last valid day
    confirmed = orders.confirm(shop, number).value
    assert (confirmed.status, confirmed.total) == ("pending_payment", Decimal("30.00"))
    assert confirmed.history[-1].detail == "quoted prices kept (valid until 2026-12-18)"
    assert _reserved(shop) == 3 and _sold(shop, number) == [True]
    # Taken on the day it was confirmed: the sales report and the account count from then.
    assert [
        r.orders for r in reports.sales(shop, Period(date(2026, 12, 18), date(2026, 12, 18)), GroupBy.DAY)
    ] == [1]
    assert reports.sales(shop, Period(date(2026, 12, 4), date(2026, 12, 4)), GroupBy.DAY) == []
    owed = receivables.receivables(shop).customers
    assert [(c.code, c.balance, c.orders[0].day) for c in owed] == [
        (code, Decimal("30.00"), date(2026, 12, 18))
    ]
    assert not health.check(shop)


def test_after_its_last_valid_day_keeping_the_prices_is_refused(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    number = _quote(shop, _customer(shop, limit="1000.00"))
    before = orders.get_order(shop, number)
    clock.days_later(15)
    with pytest.raises(ValidationError) as refused:
        orders.confirm(shop, number, Prices.KEEP)
    assert (
        str(refused.value)
        == f"Quotation {number} was valid until 2026-12-18: refresh its prices to confirm it"
    )
    assert orders.get_order(shop, number) == before and _reserved(shop) == 0


def catalogue_price(uow: UnitOfWork, sku: str, price: str, wholesale: str | None = None) -> None:
    product = catalogue.find_product(uow, sku)
    catalogue.update_product(
        uow,
        product.id,
        ProductInput(
            sku=product.sku,
            name=product.name,
            price=Decimal(price),
            tax_rate_bp=int(product.tax_rate * 100),
            wholesale_price=Decimal(wholesale) if wholesale else None,
        ),
    )


def test_refreshing_prices_every_line_again_by_the_customers_tier(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", wholesale="8.00", stock=10, tax=900)
    factories.product(shop, "MUG", price="20.00", wholesale="15.00", stock=10)
    code = _customer(shop, wholesale=True, limit="1000.00")
    number = _quote(
        shop,
        code,
        LineRequest("TEA", 3),
        LineRequest("MUG", 2, unit_price=Decimal("14.00"), discount=Decimal("1.00")),  # typed by hand
    )
    quoted = orders.get_order(shop, number)
    assert [(ln.unit_price, ln.total) for ln in quoted.lines] == [
        (Decimal("8.00"), Decimal("26.16")),
        (Decimal("14.00"), Decimal("27.00")),
    ]
    assert quoted.total == Decimal("53.16")
    catalogue_price(shop, "TEA", "11.00", wholesale="9.00")
    clock.days_later(20)  # past its validity: only refreshed prices may be confirmed
    confirmed = orders.confirm(shop, number, Prices.REFRESH).value
    # The wholesale tier today for both lines, the hand-typed price too; quantities and discount kept.
    assert [
        (ln.sku, ln.quantity, ln.unit_price, ln.discount, ln.tax, ln.total) for ln in confirmed.lines
    ] == [
        ("TEA", 3, Decimal("9.00"), Decimal("0.00"), Decimal("2.43"), Decimal("29.43")),
        ("MUG", 2, Decimal("15.00"), Decimal("1.00"), Decimal("0.00"), Decimal("29.00")),
    ]
    assert (confirmed.subtotal, confirmed.discount, confirmed.tax, confirmed.total) == (
        Decimal("57.00"),
        Decimal("1.00"),
        Decimal("2.43"),
        Decimal("58.43"),
    )
    assert confirmed.status == "pending_payment"
    assert confirmed.history[-1].action == "confirm"
    assert confirmed.history[-1].detail == "prices refreshed: total 53.16 -> 58.43"
    assert _reserved(shop, "TEA") == 3 and _reserved(shop, "MUG") == 2
    assert not health.check(shop)


def test_confirming_a_quotation_checks_credit_like_a_draft(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    owner = UnitOfWork(shop.engine, clock=clock, zone=ZONE)
    users.add_user(shop, "Olivia", Role.OWNER, "1111")
    owner.sign_in(users.authenticate(owner, "Olivia", "1111"))
    users.add_user(owner, "Ann", Role.CASHIER, "3333")
    cashier = UnitOfWork(shop.engine, clock=clock, zone=ZONE)
    cashier.sign_in(users.authenticate(cashier, "Ann", "3333"))
    code = _customer(owner, limit="25.00")
    number = _quote(cashier, code)  # 30.00: a quotation asks nothing of the limit
    catalogue_price(owner, "TEA", "5.00")
    with pytest.raises(NotAllowed, match=r"credit limit is 25\.00"):
        orders.confirm(cashier, number)  # the quoted 30.00 passes the limit
    assert orders.get_order(owner, number).lifecycle == "quote" and _reserved(owner) == 0
    confirmed = orders.confirm(cashier, number, Prices.REFRESH).value  # 15.00 today: within it
    assert (confirmed.lifecycle, confirmed.total) == ("open", Decimal("15.00"))


def test_refreshing_a_drafts_prices_is_refused(shop: UnitOfWork) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    code = _customer(shop)
    draft = orders.create_order(
        shop, OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=code)
    ).value.number
    with pytest.raises(ValidationError, match="Only a quotation's prices are refreshed"):
        orders.confirm(shop, draft, Prices.REFRESH)
    assert orders.confirm(shop, draft).value.history[-1].detail == ""


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"quote_days": 0}, "valid for 1 to 365 days (0 is not)"),
        ({"quote_days": 366}, "valid for 1 to 365 days (366 is not)"),
        ({"customer_code": None, "channel": Channel.COUNTER}, "A quotation needs a customer"),
        ({"confirm": True}, "neither paid nor confirmed when it is made"),
    ],
)
def test_a_quotation_is_refused_in_one_line(shop: UnitOfWork, change: dict[str, object], words: str) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    request = {
        "lines": [LineRequest("TEA", 1)],
        "channel": Channel.PHONE,
        "customer_code": _customer(shop),
        "quote_days": 14,
    }
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        orders.create_order(shop, OrderRequest(**{**request, **change}))  # type: ignore[arg-type]
    assert order_pages.list_orders(shop, OrderFilter()) == []


def test_quotations_past_their_day_are_expired_in_one_go(shop: UnitOfWork, clock: Clock) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    code = _customer(shop)
    short = _quote(shop, code, days=1)  # last valid day 2026-12-05
    long = _quote(shop, code, days=30)
    draft = orders.create_order(
        shop, OrderRequest(lines=[LineRequest("TEA", 1)], channel=Channel.PHONE, customer_code=code)
    ).value.number
    clock.days_later(3)
    with pytest.raises(ValidationError, match="as of today or an earlier day, not 2026-12-08"):
        quotes.expire_quotes(shop, date(2026, 12, 8))
    assert quotes.expire_quotes(shop, date(2026, 12, 5)).value.quotes == []  # its last day is not before
    done = quotes.expire_quotes(shop).value
    assert done.as_of == date(2026, 12, 7)
    assert [(q.number, q.valid_until, q.total) for q in done.quotes] == [
        (short, date(2026, 12, 5), Decimal("30.00"))
    ]
    gone = orders.get_order(shop, short)
    assert (gone.status, gone.valid_until, gone.balance) == ("expired", date(2026, 12, 5), Decimal("0.00"))
    assert (gone.history[-1].action, gone.history[-1].detail) == (
        "expire",
        "not taken up: valid until 2026-12-05",
    )
    assert gone.allowed_actions == []
    with pytest.raises(IllegalTransition, match="only a draft order or a quotation can be confirmed"):
        orders.confirm(shop, short, Prices.REFRESH)
    assert orders.get_order(shop, long).status == "quote"
    assert quotes.expire_quotes(shop).value.quotes == []  # nothing twice
    # Named ones: a draft is no quotation, a quotation still valid is not expired.
    with pytest.raises(IllegalTransition, match="only a quotation expires"):
        quotes.expire_quotes(shop, numbers=[draft])
    with pytest.raises(ValidationError, match=f"{long} is valid until 2027-01-03"):
        quotes.expire_quotes(shop, numbers=[long])
    assert [r.number for r in order_pages.list_orders(shop, OrderFilter(status=Status.EXPIRED))] == [short]
    assert not health.check(shop)


def test_a_declined_quotation_is_cancelled(shop: UnitOfWork) -> None:
    factories.product(shop, "TEA", price="10.00", stock=10)
    number = _quote(shop, _customer(shop))
    cancelled = orders.cancel(shop, number, "customer went elsewhere").value
    assert (cancelled.status, cancelled.balance) == ("cancelled", Decimal("0.00"))
    assert [h.action for h in cancelled.history] == ["quote", "cancel"]
    assert _reserved(shop) == 0 and catalogue.find_product(shop, "TEA").on_hand == 10
    assert quotes.expire_quotes(shop).value.quotes == []


def test_printing_a_quotation_of_a_confirmed_order_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"SO-2026-000001 is not a quotation \(it is pending payment\)"):
        quotes.require_quotation("SO-2026-000001", "open", "pending_payment")
    quotes.require_quotation("SO-2026-000002", "expired", "expired")


# --- the command line -----------------------------------------------------------------------------------


@pytest.fixture
def cli(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(sqlite_url.removeprefix("sqlite:///"), capsys)


def _lines(out: str) -> list[str]:
    return out.splitlines()


def test_quotations_from_the_command_line(cli: Cli, sqlite_uow: UnitOfWork) -> None:
    factories.product(sqlite_uow, "TEA", price="10.00", stock=10)
    code = _customer(sqlite_uow)
    status, out, err = cli(
        "order", "create", "--customer", code, "--line", "TEA:3", "--quote", "--valid-days", "7"
    )
    assert status == 0, err
    number = out.split()[0]
    today = quotes.as_date(sqlite_uow.business_day())
    last = today + timedelta(days=7)
    assert _lines(out)[0] == f"{number}  quote  (phone, {code} Golden Dragon Wholesale)"
    assert f"  valid until {last.isoformat()}" in _lines(out)
    assert _lines(out)[-1] == "  next: confirm, edit, cancel"

    status, out, _ = cli("order", "list", "--status", "quote")
    assert status == 0 and number in out
    status, out, _ = cli("order", "show", number)
    assert f"  valid until {last.isoformat()}" in _lines(out)

    # Out of bounds, or without --quote: one line each, nothing written.
    status, _, err = cli(
        "order", "create", "--customer", code, "--line", "TEA:1", "--quote", "--valid-days", "400"
    )
    assert (status, err) == (1, "oms-desktop: A quotation is valid for 1 to 365 days (400 is not)\n")
    status, _, err = cli("order", "create", "--customer", code, "--line", "TEA:1", "--valid-days", "7")
    assert (status, err) == (2, "oms-desktop: error: --valid-days goes with --quote\n")
    status, _, err = cli("order", "create", "--walk-in", "--line", "TEA:1", "--quote")
    assert (status, err) == (1, "oms-desktop: A quotation needs a customer: it is made out to them\n")

    status, out, err = cli("order", "confirm", number, "--refresh-prices")
    assert status == 0, err
    assert _lines(out)[0].startswith(f"{number}  pending payment")
    assert "prices refreshed: total 30.00 -> 30.00" in out
    status, _, err = cli("order", "confirm", number, "--keep-prices", "--refresh-prices")
    assert status == 2 and "not allowed with argument" in err

    status, out, err = cli("order", "expire-quotes", "--as-of", today.isoformat())
    assert (status, out) == (
        0,
        f"Expired no quotations: none had its last valid day before {today.isoformat()}\n",
    ), err


def test_expire_quotes_says_how_many_and_which(cli: Cli, sqlite_uow: UnitOfWork) -> None:
    factories.product(sqlite_uow, "TEA", price="10.00", stock=10)
    code = _customer(sqlite_uow)
    past = UnitOfWork(sqlite_uow.engine, clock=lambda: datetime.now(UTC) - timedelta(days=30))
    first = _quote(past, code, days=5)
    second = _quote(past, code, days=6)
    _quote(sqlite_uow, code)
    status, out, err = cli("order", "expire-quotes")
    assert status == 0, err
    lines = _lines(out)
    assert (
        lines[0]
        == f"Expired 2 quotations whose last valid day was before {quotes.as_date(sqlite_uow.business_day())}:"
    )
    assert lines[1].startswith(f"  {first}  valid until ") and lines[1].endswith("  30.00")
    assert lines[2].startswith(f"  {second}  valid until ")
    status, out, _ = cli("order", "show", first)
    assert _lines(out)[0].startswith(f"{first}  expired")
    assert any(line.startswith("  expired: was valid until ") for line in _lines(out))
    status, out, _ = cli("order", "confirm", first)
    assert status == 1
    status, out, _ = cli("--json", "order", "expire-quotes")
    assert status == 0 and '"quotes": []' in out
