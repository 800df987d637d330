"""POST /api/v1/orders, GET /api/v1/orders/{number}, GET /api/v1/orders?status=&since=, and
POST /api/v1/orders/{number}/cancel.

An order placed here is an online order (unless the body names another channel), confirmed at once: its
stock is reserved or the order is refused with what is short. Its customer is given by code, or by name,
phone and address: the customer with that phone, else a new one (services/customers.find_or_add, in the
order's own transaction). An Idempotency-Key sent again with the same body answers the first order (200);
with another body it is refused (409).
"""

from datetime import datetime
from typing import Annotated, Self

from fastapi import APIRouter, Header, Query, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from oms_desktop.api.auth import Reader, Writer
from oms_desktop.api.errors import ERRORS
from oms_desktop.api.values import QuantityText, quantity, text_of
from oms_desktop.domain.bounds import require_date
from oms_desktop.domain.customer import address_block
from oms_desktop.domain.order import Channel, Status
from oms_desktop.services import order_pages, orders
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.records import OrderDetail, OrderSummary

router = APIRouter(prefix="/api/v1/orders", tags=["orders"], responses=ERRORS)
LINES_MOST = 1000
_STRICT = ConfigDict(extra="forbid")


class CustomerIn(BaseModel):
    """A customer of the shop by `code`, or by `name` and `phone` (and `address`, where goods go)."""

    model_config = _STRICT
    code: str | None = Field(None, min_length=1, max_length=64)
    name: str | None = Field(None, max_length=200)
    phone: str | None = Field(None, max_length=64)
    address: str = Field("", max_length=1000)
    email: str = Field("", max_length=200)

    @model_validator(mode="after")
    def _either(self) -> Self:
        contact = any((self.name, self.phone, self.address, self.email))
        if self.code is not None and contact:
            raise ValueError("give the customer's code, or their name and phone, not both")
        if self.code is None and not ((self.name or "").strip() and (self.phone or "").strip()):
            raise ValueError("give the customer's code, or their name and phone")
        return self


class LineIn(BaseModel):
    model_config = _STRICT
    sku: str = Field(min_length=1, max_length=64, description="SKU or barcode")
    quantity: QuantityText = Field(description='in the product\'s unit, as text or a number: "2", "0.255"')


class OrderIn(BaseModel):
    model_config = _STRICT
    customer: CustomerIn
    lines: list[LineIn] = Field(max_length=LINES_MOST)
    channel: Channel = Channel.ONLINE
    notes: str = Field("", max_length=2000)


class CancelIn(BaseModel):
    model_config = _STRICT
    reason: str = Field("", max_length=500)


class CustomerOut(BaseModel):
    code: str
    name: str
    phone: str


class LineOut(BaseModel):
    line_no: int
    sku: str
    name: str
    quantity: str
    unit_price: str
    discount: str
    tax_rate: str
    tax: str
    total: str
    shipped: str


class PaymentOut(BaseModel):
    kind: str  # payment or refund
    method: str
    amount: str
    reference: str
    at: datetime


class ShipmentOut(BaseModel):
    carrier: str
    tracking_number: str
    shipped_at: datetime
    delivered_at: datetime | None


class OrderOut(BaseModel):
    number: str
    status: str
    channel: str
    payment_state: str
    fulfilment_state: str
    created_at: datetime
    customer: CustomerOut | None
    ship_to: str
    notes: str
    subtotal: str
    discount: str
    tax: str
    total: str
    paid: str
    balance: str
    tax_included: bool
    lines: list[LineOut]
    payments: list[PaymentOut]
    shipments: list[ShipmentOut]
    allowed_actions: list[str]


class OrderRow(BaseModel):
    number: str
    status: str
    channel: str
    created_at: datetime
    customer_code: str | None
    customer_name: str | None
    total: str
    paid: str
    balance: str


def order_out(d: OrderDetail) -> OrderOut:
    c = d.customer
    return OrderOut(
        number=d.number,
        status=d.status,
        channel=d.channel,
        payment_state=d.payment_state,
        fulfilment_state=d.fulfilment_state,
        created_at=d.created_at,
        customer=CustomerOut(code=c.code, name=c.name, phone=c.phone) if c is not None else None,
        ship_to=d.ship_to,
        notes=d.notes,
        subtotal=text_of(d.subtotal),
        discount=text_of(d.discount),
        tax=text_of(d.tax),
        total=text_of(d.total),
        paid=text_of(d.paid),
        balance=text_of(d.balance),
        tax_included=d.tax_included,
        lines=[
            LineOut(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                quantity=text_of(ln.quantity),
                unit_price=text_of(ln.unit_price),
                discount=text_of(ln.discount),
                tax_rate=text_of(ln.tax_rate),
                tax=text_of(ln.tax),
                total=text_of(ln.total),
                shipped=text_of(ln.shipped),
            )
            for ln in d.lines
        ],
        payments=[
            PaymentOut(kind=p.kind, method=p.method, amount=text_of(p.amount), reference=p.reference, at=p.at)
            for p in d.payments
        ],
        shipments=[
            ShipmentOut(
                carrier=s.carrier,
                tracking_number=s.tracking_number,
                shipped_at=s.shipped_at,
                delivered_at=s.delivered_at,
            )
            for s in d.shipments
        ],
        allowed_actions=list(d.allowed_actions),
    )


def _row(s: OrderSummary) -> OrderRow:
    return OrderRow(
        number=s.number,
        status=s.status,
        channel=s.channel,
        created_at=s.created_at,
        customer_code=s.customer_code,
        customer_name=s.customer_name,
        total=text_of(s.total),
        paid=text_of(s.paid),
        balance=text_of(s.balance),
    )


def order_request(body: OrderIn, key: str | None) -> OrderRequest:
    who = body.customer
    contact = ship_to = None
    if who.code is None:
        name, phone, address = (who.name or "").strip(), (who.phone or "").strip(), who.address.strip()
        contact = CustomerInput(
            name=name, phone=phone, email=who.email, billing_address=address, shipping_address=address
        )
        ship_to = address_block(name, address, phone) if address else None  # where this order goes
    return OrderRequest(
        lines=[LineRequest(ln.sku, quantity(ln.quantity)) for ln in body.lines],
        channel=body.channel,
        customer_code=who.code,
        contact=contact,
        confirm=True,
        idempotency_key=key,
        ship_to=ship_to,
        notes=body.notes,
    )


@router.post(
    "",
    status_code=201,
    response_model=OrderOut,
    responses={200: {"model": OrderOut, "description": "The first order of an Idempotency-Key sent again"}},
)
def place_order(
    uow: Writer,
    body: OrderIn,
    response: Response,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", description="the same key and body again answers the first order"),
    ] = None,
) -> OrderOut:
    outcome = orders.create_order(uow, order_request(body, idempotency_key))
    if not outcome.changes.touches("orders"):  # the key's first order, answered again
        response.status_code = 200
    return order_out(outcome.value)


@router.get("", response_model=list[OrderRow])
def list_orders(
    uow: Reader,
    status: Status | None = None,
    since: Annotated[
        datetime | None, Query(description="created at or after (ISO 8601; no offset: the shop's time)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[OrderRow]:
    if since is not None:
        require_date(since.date())  # year 1 in the shop's zone would overflow when turned into UTC
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=uow.zone) if uow.zone is not None else since.astimezone()
    found = order_pages.list_orders(uow, OrderFilter(status=status, date_from=since), limit=limit)
    return [_row(s) for s in found]


@router.get("/{number}", response_model=OrderOut)
def get_order(uow: Reader, number: str) -> OrderOut:
    return order_out(orders.get_order(uow, number))


@router.post("/{number}/cancel", response_model=OrderOut)
def cancel_order(uow: Writer, number: str, body: CancelIn | None = None) -> OrderOut:
    return order_out(orders.cancel(uow, number, body.reason if body is not None else "").value)
