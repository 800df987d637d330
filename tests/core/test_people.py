"""People, permissions and the audit trail: who may do what, a manager's override, and a trail that tells
when a row was edited or deleted by hand. On SQLite and PostgreSQL."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import NotAllowed, SignInRefused, ValidationError
from oms_desktop.domain.user import Actor
from oms_desktop.services import audit_trail, health, inventory, orders, payments, returns, users
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.settings import get_settings, save_settings
from tests import factories


def staffed(uow: UnitOfWork) -> dict[str, Actor]:
    """A shop with TEA in stock, an owner, a manager and a cashier; nobody signed in afterwards."""
    factories.product(uow, "TEA", price="26.99", stock=50, tax=1300)
    users.add_user(uow, "Olivia", "owner", "1234")
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    users.add_user(uow, "Max", "manager", "2222")
    users.add_user(uow, "Ann", "cashier", "1111", badge="BADGE-ANN")
    people = {
        n: users.authenticate(uow, n, p) for n, p in (("Olivia", "1234"), ("Max", "2222"), ("Ann", "1111"))
    }
    uow.sign_in(None)
    return people


def card_sale(uow: UnitOfWork, quantity: int = 1) -> str:
    total = orders.quote(uow, [LineRequest("TEA", quantity)]).total
    request = OrderRequest(
        [LineRequest("TEA", quantity)], payments=[PaymentRequest(PaymentMethod.CARD, total)]
    )
    return orders.create_order(uow, request).value.number


def test_a_shop_without_users_works_as_before(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="26.99", stock=5, tax=1300)
    number = card_sale(uow)
    payments.refund(uow, number, Decimal("5.00"), PaymentMethod.CARD)
    assert not users.any_users(uow)


def test_the_first_user_must_be_an_owner_and_then_nobody_writes_unsigned(uow: UnitOfWork) -> None:
    factories.product(uow, "TEA", price="26.99", stock=5, tax=1300)
    with pytest.raises(ValidationError, match="first user must be an owner"):
        users.add_user(uow, "Ann", "cashier", "1111")
    users.add_user(uow, "Olivia", "owner", "1234")
    with pytest.raises(SignInRefused, match="sign in first"):
        card_sale(uow)
    with pytest.raises(SignInRefused):
        users.add_user(uow, "Eve", "owner", "9999")  # only an owner who signed in adds people
    assert [u.name for u in users.list_users(uow)] == ["Olivia"]


def test_pins_are_checked_hashed_and_five_wrong_ones_lock_for_a_minute(uow: UnitOfWork) -> None:
    staffed(uow)
    for bad in ("12", "12345678901", "12a4", "١٢٣٤"):
        with pytest.raises(ValidationError, match="4 to 8 digits"):
            users.add_user(uow, "Zed", "cashier", bad)
    with uow.read() as session:
        stored = session.execute(text("SELECT pin_hash FROM users WHERE name = 'Ann'")).scalar_one()
    assert "1111" not in stored and stored.startswith("$argon2")
    assert users.authenticate(uow, "  ann ", "1111").name == "Ann"  # the name as typed, any case
    assert users.authenticate(uow, "BADGE-ANN", "1111").name == "Ann"  # or the badge scanned
    for _ in range(4):
        with pytest.raises(SignInRefused, match="Wrong name or PIN"):
            users.authenticate(uow, "Ann", "0000")
    with pytest.raises(SignInRefused, match="locked for 60 seconds"):
        users.authenticate(uow, "Ann", "0000")
    with pytest.raises(SignInRefused, match="locked"):
        users.authenticate(uow, "Ann", "1111")  # even the right PIN, for a minute
    later = uow.now() + timedelta(seconds=61)
    uow.clock = lambda: later
    assert users.authenticate(uow, "Ann", "1111").name == "Ann"
    failed = audit_trail.entries(uow, action="sign_in_failed")
    assert len(failed) == 5 and {r.actor for r in failed} == {"Ann"}


def test_a_cashier_refund_is_refused_and_goes_through_with_a_managers_approval(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Ann"])
    number = card_sale(uow)
    with pytest.raises(NotAllowed, match="Ann \\(cashier\\) may not give money back") as refused:
        payments.refund(uow, number, Decimal("5.00"), PaymentMethod.CARD)
    assert refused.value.permission == "refund"
    assert orders.get_order(uow, number).paid == Decimal("30.50")  # nothing happened
    with pytest.raises(ValidationError, match="cannot approve"):
        payments.refund(uow.approved_by(people["Ann"]), number, Decimal("5.00"), PaymentMethod.CARD)
    payments.refund(uow.approved_by(people["Max"]), number, Decimal("5.00"), PaymentMethod.CARD)
    row = audit_trail.entries(uow, action="refund")[0]
    assert (row.actor, row.approver, row.subject) == ("Ann", "Max", number)
    assert '"amount": "5.00"' in row.after
    assert audit_trail.entries(uow, person="Max")[0].action == "refund"  # found by the approver too


def test_discounts_beyond_the_cashiers_limit_need_a_manager_and_all_are_audited(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Ann"])
    small = LineRequest("TEA", 1, discount=Decimal("2.69"))  # 9.97 % off: within the 10 % limit
    orders.create_order(uow, OrderRequest([small]))
    big = LineRequest("TEA", 1, unit_price=Decimal("19.99"))  # a typed price 25.9 % below the shelf
    with pytest.raises(NotAllowed):
        orders.create_order(uow, OrderRequest([big]))
    orders.create_order(uow.approved_by(people["Max"]), OrderRequest([big]))
    rows = audit_trail.entries(uow)
    kinds = [(r.action, r.approver) for r in rows if r.action in ("discount", "price_override")]
    assert kinds == [("price_override", "Max"), ("discount", "")]


def test_returns_within_the_limit_are_a_cashiers_and_another_method_is_a_managers(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Ann"])
    number = card_sale(uow)
    with pytest.raises(NotAllowed, match="give money back"):
        returns.return_order(uow, number, method=PaymentMethod.CASH)  # paid by card
    done = returns.return_order(uow, number).value  # by card, as it was paid
    assert done.payments[-1].method == "card"
    big = card_sale(uow, quantity=4)  # 122.00: above the 100.00 return limit
    with pytest.raises(NotAllowed, match="return limit"):
        returns.return_order(uow, big)
    returns.return_order(uow.approved_by(people["Max"]), big)
    void = card_sale(uow)
    with pytest.raises(NotAllowed, match="void"):
        returns.return_order(uow, void, void=True)


def test_stock_adjustments_and_settings_are_for_managers_and_owners(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Ann"])
    with pytest.raises(NotAllowed):
        inventory.adjust(uow, "TEA", -1, reason="broken")
    uow.sign_in(people["Max"])
    inventory.adjust(uow, "TEA", -1, reason="broken")
    row = audit_trail.entries(uow, action="stock_adjust")[0]
    assert ('"on_hand": "50"' in row.before, '"on_hand": "49"' in row.after) == (True, True)
    settings = get_settings(uow)
    with pytest.raises(NotAllowed, match="settings"):
        save_settings(uow, replace(settings, shop_name="Max's shop"))
    uow.sign_in(people["Olivia"])
    save_settings(uow, replace(settings, shop_name="Olivia's", variance_limit=Decimal("2.00")))
    row = audit_trail.entries(uow, action="settings")[0]
    assert "Olivia's" in row.after and "2.00" in row.after


def test_the_last_owner_cannot_be_disabled_and_a_disabled_user_cannot_sign_in(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Olivia"])
    with pytest.raises(ValidationError, match="last active owner"):
        users.disable_user(uow, "Olivia")
    users.disable_user(uow, "Ann")
    with pytest.raises(SignInRefused, match="disabled"):
        users.authenticate(uow, "Ann", "1111")
    uow.sign_in(people["Max"])
    with pytest.raises(NotAllowed):
        users.disable_user(uow, "Olivia")
    users.set_pin(uow, "Max", "8765")  # one's own PIN
    assert users.authenticate(uow, "Max", "8765").name == "Max"


def test_db_check_finds_an_audit_row_edited_or_deleted_by_hand(uow: UnitOfWork) -> None:
    people = staffed(uow)
    uow.sign_in(people["Ann"])
    number = card_sale(uow)
    payments.refund(uow.approved_by(people["Max"]), number, Decimal("5.00"), PaymentMethod.CARD)
    assert health.check(uow) == []
    with uow.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET approver = '' WHERE action = 'refund'"))
    found = [str(p) for p in health.check(uow)]
    assert any("audit trail" in f and "was changed after it was written" in f for f in found), found
    with uow.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE action = 'refund'"))
        conn.execute(text("UPDATE audit_log SET seq = seq WHERE 1 = 0"))
    found = [str(p) for p in health.check(uow)]
    # the deleted row is the newest here; earlier rows are caught by the broken link or the missing number
    with uow.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    found = [str(p) for p in health.check(uow)]
    assert any("missing (deleted)" in f for f in found), found


def test_selling_beyond_the_book_stock_is_a_managers_call_and_db_check_accepts_it(uow: UnitOfWork) -> None:
    people = staffed(uow)  # 50 TEA on the book
    uow.sign_in(people["Ann"])
    total = orders.quote(uow, [LineRequest("TEA", 52)]).total
    request = OrderRequest([LineRequest("TEA", 52)], payments=[PaymentRequest(PaymentMethod.CARD, total)])
    with pytest.raises(NotAllowed, match="sell more than the book stock"):
        orders.create_order(uow, request)
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == 50  # nothing was written
    orders.create_order(uow.approved_by(people["Max"]), request)
    assert inventory.stock_levels(uow, "TEA")[0].on_hand == -2
    row = audit_trail.entries(uow, action="sell_short")[0]
    assert (row.actor, row.approver, row.subject) == ("Ann", "Max", "TEA")
    assert health.check(uow) == []
