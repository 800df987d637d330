"""POST /api/v1/orders/{number}/payments: a payment against an order (services/payments.pay)."""

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, field_validator

from oms_desktop.api.auth import Writer
from oms_desktop.api.errors import ERRORS
from oms_desktop.api.orders import OrderOut, order_out
from oms_desktop.api.values import AmountText, amount
from oms_desktop.domain.payment import CHOOSABLE_METHODS, PaymentMethod
from oms_desktop.services import payments
from oms_desktop.services.orders import PaymentRequest

router = APIRouter(prefix="/api/v1/orders", tags=["payments"], responses=ERRORS)
METHODS = [m.value for m in CHOOSABLE_METHODS]


class PaymentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    method: str = Field(description="one of " + ", ".join(METHODS))
    amount: AmountText = Field(description='exact text with at most two decimals: "12.50"')
    reference: str = Field("", max_length=200, description="the payment's reference at the bank or wallet")

    @field_validator("method")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in METHODS:
            raise ValueError(f"'{value[:30]}' is not a payment method: {', '.join(METHODS)}")
        return value


@router.post("/{number}/payments", status_code=201, response_model=OrderOut)
def take_payment(uow: Writer, number: str, body: PaymentIn) -> OrderOut:
    request = PaymentRequest(PaymentMethod(body.method), amount(body.amount), reference=body.reference)
    return order_out(payments.pay(uow, number, request).value)
