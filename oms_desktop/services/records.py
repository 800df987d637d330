"""Plain read models handed to the CLI, the GUI, documents and charts. Money is Decimal, never float."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from oms_desktop.domain.quantity import Quantity

CENT = Decimal("0.01")

NOTHING_DUE = ("cancelled", "returned", "quote", "expired")  # a quotation owes nothing


@dataclass(frozen=True)
class ProductRecord:
    id: int
    sku: str
    barcode: str | None
    name: str
    unit: str
    price: Decimal
    wholesale_price: Decimal | None
    cost: Decimal
    tax_rate: Decimal  # percent, e.g. Decimal("13")
    reorder_point: Quantity  # quantities in the product's unit (domain/quantity.py)
    active: bool
    allow_backorder: bool
    on_hand: Quantity = 0
    reserved: Quantity = 0
    decimals: int = 0  # the unit's precision: 3 for kilograms to the gram
    on_order: Quantity = 0  # what sent purchase orders still bring (services/on_order.py)

    @property
    def available(self) -> Quantity:
        return self.on_hand - self.reserved

    @property
    def low(self) -> bool:
        return self.available < self.reorder_point


@dataclass(frozen=True)
class LocationRecord:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class StockLevelRecord:
    product_id: int
    sku: str
    name: str
    location_code: str
    location_name: str
    on_hand: Quantity  # in the product's unit
    reserved: Quantity
    reorder_point: Quantity
    version: int
    decimals: int = 0
    on_order: Quantity = 0  # what sent purchase orders still bring here

    @property
    def available(self) -> Quantity:
        return self.on_hand - self.reserved

    @property
    def low(self) -> bool:
        return self.available < self.reorder_point


@dataclass(frozen=True)
class MovementRecord:
    id: int
    at: datetime
    sku: str
    location_code: str
    kind: str
    quantity: Quantity  # in the product's unit
    unit_cost: Decimal | None
    reason: str
    order_number: str | None
    user: str


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    code: str
    name: str
    phone: str
    email: str
    billing_address: str
    shipping_address: str
    price_tier: str
    credit_limit: Decimal
    notes: str
    store_credit: Decimal = Decimal("0")  # what the shop owes the customer in goods
    payment_terms_days: int = 30  # an order on account is due its day plus these


@dataclass(frozen=True)
class CustomerStats:
    order_count: int
    lifetime_value: Decimal
    last_order_at: datetime | None


@dataclass(frozen=True)
class OrderLineRecord:
    line_no: int
    product_id: int
    sku: str
    name: str
    quantity: Quantity  # in the product's unit (0.255 kg)
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal  # percent
    tax: Decimal
    total: Decimal
    returned: Quantity = 0  # brought back by returns so far
    decimals: int = 0  # the unit's precision: quantities are whole for 0
    shipped: Quantity = 0  # left in shipments so far (all of it once the order is shipped)

    @property
    def to_ship(self) -> Quantity:
        """What of the line has not left yet."""
        return self.quantity - self.shipped

    @property
    def gross(self) -> Decimal:
        """Quantity x unit price, rounded half up to the cent as the line was (domain/quantity.amount_for)."""
        return (Decimal(self.quantity) * self.unit_price).quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def pieces(self) -> int:
        """What the line adds to a parcel's count: its pieces, or one for a weighed line."""
        return int(self.quantity) if self.decimals == 0 else 1

    @property
    def net(self) -> Decimal:
        return self.total - self.tax


@dataclass(frozen=True)
class PaymentRecord:
    kind: str  # "payment" or "refund"
    method: str
    amount: Decimal
    tendered: Decimal | None
    change: Decimal
    reference: str
    at: datetime


@dataclass(frozen=True)
class ShipmentRecord:
    carrier: str
    tracking_number: str
    shipped_at: datetime
    delivered_at: datetime | None
    # What the parcel carried: (line no, quantity in the product's unit); empty: the whole order.
    lines: tuple[tuple[int, Quantity], ...] = ()


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    action: str
    from_status: str
    to_status: str
    user: str
    detail: str


@dataclass(frozen=True)
class TaxBand:
    rate: Decimal  # percent
    net: Decimal
    tax: Decimal


@dataclass(frozen=True)
class OrderSummary:
    id: int
    number: str
    channel: str
    status: str
    created_at: datetime
    customer_code: str | None
    customer_name: str | None
    total: Decimal
    paid: Decimal
    returned: Decimal = Decimal("0.00")  # what the goods brought back so far were worth
    problems: tuple[str, ...] = ()  # in the problems view: services/order_problems.Problem values

    @property
    def balance(self) -> Decimal:
        """What the customer still owes: nothing on a cancelled or returned order."""
        return Decimal("0.00") if self.status in NOTHING_DUE else self.total - self.returned - self.paid


@dataclass(frozen=True)
class OrderDetail:
    id: int
    number: str
    channel: str
    status: str
    lifecycle: str
    payment_state: str
    fulfilment_state: str
    created_at: datetime
    customer: CustomerRecord | None
    bill_to: str
    ship_to: str
    notes: str
    location_code: str
    subtotal: Decimal
    discount: Decimal
    tax: Decimal
    total: Decimal
    paid: Decimal
    lines: list[OrderLineRecord] = field(default_factory=list)
    payments: list[PaymentRecord] = field(default_factory=list)
    shipments: list[ShipmentRecord] = field(default_factory=list)
    history: list[AuditRecord] = field(default_factory=list)
    allowed_actions: list[str] = field(default_factory=list)
    tax_bands: list[TaxBand] = field(default_factory=list)
    returned: Decimal = Decimal("0.00")  # what the goods brought back so far were worth
    returns: list[str] = field(default_factory=list)  # the numbers of those returns
    tax_included: bool = False  # the prices include tax: the tax is shown as part of the total
    hold_state: str = "none"  # "held": stopped until released (services/holds.py)
    hold_reason: str = ""  # address, payment, stock or other
    hold_note: str = ""
    assigned_to: str = ""  # who looks after it ("" nobody)
    valid_until: date | None = None  # a quotation's last valid day (services/quotes.py)

    @property
    def balance(self) -> Decimal:
        """What the customer still owes: nothing on a cancelled or returned order, nor on a quotation."""
        return Decimal("0.00") if self.status in NOTHING_DUE else self.total - self.returned - self.paid

    @property
    def owed_back(self) -> Decimal:
        """What the shop owes the customer: paid beyond what the order now costs (an edit lowered it)."""
        return max(-self.balance, Decimal("0.00"))

    @property
    def change_given(self) -> Decimal:
        return sum((p.change for p in self.payments), Decimal("0.00"))
