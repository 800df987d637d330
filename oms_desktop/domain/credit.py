"""Credit control: how much a customer may owe. Money is in minor units.

A customer's credit limit is what they may owe on account at most. Confirming an order on account is
refused when what they owe already plus the order's unpaid part would pass the limit; shipping too. A limit
of 0 means the customer pays before goods leave: the order may be confirmed (nothing is owed for goods
still in the shop), but not shipped while any of it is unpaid. A manager may approve either.
"""

from enum import Enum


class CreditRefusal(Enum):
    OVER_LIMIT = "credit_limit_exceeded"
    PAY_FIRST = "pays_before_goods_leave"


def refusal(
    limit_minor: int, owed_minor: int, order_minor: int, *, goods_leave: bool
) -> CreditRefusal | None:
    """Why putting `order_minor` more on account is refused, or None when it may go. `owed_minor` is what
    the customer owes already on other orders; `goods_leave`: shipping (else confirming)."""
    if order_minor <= 0:
        return None
    if limit_minor == 0:
        return CreditRefusal.PAY_FIRST if goods_leave else None
    return CreditRefusal.OVER_LIMIT if owed_minor + order_minor > limit_minor else None
