"""A payment on account: money a customer pays against what they owe, shared over their open orders (the
oldest first, or the orders they name), in one transaction: all the shares are booked, or none."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.bounds import require_amount
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.services import payments, receivables
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.orders import PaymentRequest


@dataclass(frozen=True)
class Share:
    number: str
    amount: Decimal


@dataclass(frozen=True)
class AccountPayment:
    customer: str
    amount: Decimal
    method: str
    shares: list[Share]
    balance_after: Decimal


def allocate(owed: Sequence[tuple[str, int]], amount_minor: int) -> list[tuple[str, int]]:
    """Share a payment over (number, owed) pairs in the order given, each paid up to what it owes; more than
    all of them owe is refused."""
    left = amount_minor
    shares: list[tuple[str, int]] = []
    for number, due in owed:
        if left <= 0:
            break
        part = min(due, left)
        if part > 0:
            shares.append((number, part))
            left -= part
    if left > 0:
        raise ValidationError(
            "payment_beyond_owed", amount=from_minor(amount_minor), owed=from_minor(sum(d for _, d in owed))
        )
    return shares


def pay_on_account(
    uow: UnitOfWork,
    customer: str,
    amount: Decimal,
    method: PaymentMethod,
    *,
    orders: Sequence[str] = (),
    reference: str = "",
) -> Outcome[AccountPayment]:
    """Book a customer's payment against their open orders: the named ones in the order given, else the
    oldest first. Each share is an ordinary payment of its order (the same rules, the same history)."""
    require_amount(amount)
    minor = to_minor(amount)
    if minor <= 0:
        raise ValidationError("payment_not_positive", amount=amount)
    changes = Changes()
    with uow.batch() as batch:
        owed = receivables.receivables(batch, customer=customer)
        open_orders = [(o.number, to_minor(o.balance)) for c in owed.customers for o in c.orders]
        if orders:
            by_number = dict(open_orders)
            wanted = [n.strip().upper() for n in orders]
            for number in wanted:
                if number not in by_number:
                    raise ValidationError(
                        "order_not_owed", number=number[:40], customer=customer.strip()[:40]
                    )
            open_orders = [(n, by_number[n]) for n in dict.fromkeys(wanted)]
        if not open_orders:
            raise ValidationError("nothing_owed", customer=customer.strip()[:40])
        shares = allocate(open_orders, minor)
        for number, part in shares:
            outcome = payments.pay(
                batch, number, PaymentRequest(method, from_minor(part), reference=reference)
            )
            changes = changes | outcome.changes
        left = receivables.receivables(batch, customer=customer)
        balance = left.customers[0].balance if left.customers else Decimal("0.00")
        code = owed.customers[0].code
    return Outcome(
        AccountPayment(
            code, from_minor(minor), method.value, [Share(n, from_minor(p)) for n, p in shares], balance
        ),
        changes,
    )
