"""The sale being rung up at the counter: plain Python, no database and no Qt.

Everything the cashier has chosen so far (lines, customer, sale type, ship-to, notes) and the idempotency
key that makes a second submit of the same sale return the first order. Prices, tax and stock are the
core's business: the sale is turned into an `OrderRequest` (or line requests for a quote) and the services
price and check it. `to_dict()` / `from_dict()` give a JSON-safe copy (money as exact strings), so that a
sale can be parked, saved and restored.
"""

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from oms_desktop.domain import Channel
from oms_desktop.domain.bounds import QUANTITY_MAX, require_amount, require_quantity
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.money import from_minor, to_minor
from oms_desktop.domain.pricing import percent_of, require_discount_within, spread
from oms_desktop.domain.quantity import Quantity, amount_for, counted_units, parse_quantity, to_units
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import ProductRecord

SALE_TYPES = (Channel.COUNTER, Channel.PHONE, Channel.WHOLESALE)
FORMAT = 1  # of to_dict(); bumped when a field changes meaning
QUANTITY_PREFIX = re.compile(r"^(\d{1,5})\s*[*xX]\s*(\S.*)$")
ZERO = Decimal("0.00")


def parse_scan(text: str) -> tuple[int, str]:
    """What a scan or typed code asks for: "3*code" is three of code, anything else one."""
    raw = text.strip()
    prefixed = QUANTITY_PREFIX.match(raw)
    if prefixed:
        return int(prefixed.group(1)), prefixed.group(2).strip()
    return 1, raw


def new_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class SaleLine:
    """One product in the sale and what the cashier set on it; `list_price` is the last price quoted."""

    product_id: int
    sku: str
    barcode: str | None
    name: str
    list_price: Decimal
    quantity: Quantity = 1  # in the product's unit (0.255 kg)
    price_override: Decimal | None = None
    discount: Decimal = ZERO
    decimals: int = 0  # the product's unit precision

    @property
    def unit_price(self) -> Decimal:
        return self.list_price if self.price_override is None else self.price_override

    @property
    def units(self) -> int:
        """The quantity in the product's smallest unit."""
        return to_units(self.sku, self.quantity, self.decimals)

    @property
    def gross_minor(self) -> int:
        """Quantity x unit price in minor units, rounded as the order will round it."""
        return amount_for(self.units, to_minor(self.unit_price), self.decimals)

    def request(self) -> LineRequest:
        return LineRequest(self.sku, self.quantity, self.price_override, self.discount)

    def matches(self, code: str) -> bool:
        return code in (self.sku, self.barcode)

    def to_dict(self) -> dict[str, Any]:
        return {
            "product_id": self.product_id,
            "sku": self.sku,
            "barcode": self.barcode,
            "name": self.name,
            "list_price": str(self.list_price),
            "quantity": str(self.quantity) if self.decimals else self.quantity,
            "price_override": None if self.price_override is None else str(self.price_override),
            "discount": str(self.discount),
            "decimals": self.decimals,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "SaleLine":
        override = data.get("price_override")
        decimals = int(data.get("decimals", 0))
        return SaleLine(
            product_id=int(data["product_id"]),
            sku=str(data["sku"]),
            barcode=data.get("barcode"),
            name=str(data["name"]),
            list_price=_amount(data["list_price"]),
            quantity=_quantity(str(data["sku"]), data["quantity"], decimals),
            price_override=None if override is None else _amount(override),
            discount=_amount(data.get("discount", "0.00")),
            decimals=decimals,
        )


class Sale:
    """The sale being rung up. Methods refuse bad input with a `ValidationError` and change nothing then."""

    def __init__(self, key: str | None = None) -> None:
        self.key = key or new_key()
        self.lines: list[SaleLine] = []
        self.sale_type: Channel = Channel.COUNTER
        self.customer_code: str | None = None
        self.customer_name = ""
        self.ship_to = ""
        self.notes = ""
        self.discount_reason = ""  # why the prices were lowered (the shop's reason list, or typed)

    def completed(self) -> None:
        """The sale was recorded: start the next one (new key; the sale type stays, nothing else)."""
        sale_type = self.sale_type
        self.__init__()  # type: ignore[misc]
        self.sale_type = sale_type

    # --- lines -----------------------------------------------------------------------------------------

    def add_product(self, product: ProductRecord, quantity: Quantity = 1) -> int:
        """Add `quantity` of a product (more of it when it is already in the sale); the line's index."""
        if not product.active:
            raise ValidationError("product_inactive", sku=product.sku, name=product.name)
        for index, line in enumerate(self.lines):
            if line.product_id == product.id:
                total = _quantity(product.sku, line.quantity + quantity, product.decimals)
                self.lines[index] = replace(
                    line, sku=product.sku, barcode=product.barcode, name=product.name, quantity=total
                )
                return index
        line = SaleLine(
            product.id,
            product.sku,
            product.barcode,
            product.name,
            product.price,
            _quantity(product.sku, quantity, product.decimals),
            decimals=product.decimals,
        )
        self.lines.append(line)
        return len(self.lines) - 1

    def add_open_price(self, product: ProductRecord, price: Decimal) -> int:
        """A line of its own at a typed price (the open-price key); the line's index."""
        if price <= 0:
            raise ValidationError("open_price_not_positive", amount=price)
        require_amount(price)
        self.lines.append(
            SaleLine(
                product.id,
                product.sku,
                product.barcode,
                product.name,
                product.price,
                1,
                price_override=price,
                decimals=product.decimals,
            )
        )
        return len(self.lines) - 1

    def add_again(self, code: str, quantity: Quantity = 1) -> int | None:
        """More of a product already in the sale, found by SKU or barcode; None when it is not there."""
        for index, line in enumerate(self.lines):
            if line.matches(code):
                more = _quantity(line.sku, line.quantity + quantity, line.decimals)
                self.lines[index] = replace(line, quantity=more)
                return index
        return None

    def quantity_of(self, product_id: int) -> Quantity:
        return sum(line.quantity for line in self.lines if line.product_id == product_id)

    def set_quantity(self, index: int, quantity: Quantity | str) -> None:
        """A line's quantity as typed or given, in the product's unit (refused beyond its decimals)."""
        line = self.lines[index]
        self.lines[index] = replace(line, quantity=_quantity(line.sku, quantity, line.decimals))

    def set_price(self, index: int, price: Decimal) -> None:
        line = self.lines[index]
        if price < 0:
            raise ValidationError("line_price_negative", item=line.sku, amount=price)
        self.lines[index] = replace(line, price_override=price)

    def set_discount(self, index: int, discount: Decimal) -> None:
        line = self.lines[index]
        if discount < 0:
            raise ValidationError("line_discount_negative", item=line.sku, amount=discount)
        require_discount_within(line.sku, to_minor(discount), line.gross_minor)
        self.lines[index] = replace(line, discount=discount)

    def set_discount_percent(self, index: int, percent: Decimal) -> None:
        """A line's discount as a percent of the line ("10%"), rounded half up to the cent."""
        line = self.lines[index]
        gross = line.gross_minor
        self.set_discount(index, from_minor(percent_of(gross, percent)))

    def discount_sale(
        self, *, amount: Decimal | None = None, percent: Decimal | None = None, reason: str = ""
    ) -> Decimal:
        """A discount on the whole sale, as an amount or a percent, shared over the lines in proportion to
        each line's amount, to the cent (domain.pricing.spread); it replaces the lines' own discounts. The
        discount given, in total."""
        weights = [line.gross_minor for line in self.lines]
        whole = sum(weights)
        if percent is not None:
            wanted = percent_of(whole, percent)
        else:
            wanted = to_minor(amount or Decimal("0"))
            if wanted < 0:
                raise ValidationError("line_discount_negative", item="", amount=amount or Decimal("0"))
            if wanted > whole:
                raise ValidationError(
                    "discount_over_sale", discount=from_minor(wanted), total=from_minor(whole)
                )
        for index, part in enumerate(spread(wanted, weights)):
            self.lines[index] = replace(self.lines[index], discount=from_minor(part))
        self.discount_reason = reason.strip()[:200]
        return from_minor(wanted)

    def remove(self, indexes: Sequence[int]) -> None:
        for index in sorted(set(indexes), reverse=True):
            if 0 <= index < len(self.lines):
                del self.lines[index]

    def clear(self) -> list[SaleLine]:
        """Empty the sale (a new key: what follows is another sale); the lines, to put them back."""
        lines, self.lines = self.lines, []
        self.key = new_key()
        return lines

    def restore(self, lines: Sequence[SaleLine]) -> None:
        self.lines = list(lines)

    def apply_prices(self, prices: Sequence[Decimal]) -> None:
        """Remember the prices the core quoted (lines in the same order), for discounts and display."""
        for index, price in enumerate(prices[: len(self.lines)]):
            line = self.lines[index]
            if line.price_override is None and line.list_price != price:
                self.lines[index] = replace(line, list_price=price)

    @property
    def units(self) -> int:
        """Items in the sale: the pieces, and one for each weighed line."""
        return sum(counted_units(line.units, line.decimals) for line in self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    # --- who, how, where -------------------------------------------------------------------------------

    def set_customer(self, code: str | None, name: str = "") -> None:
        self.customer_code = code or None
        self.customer_name = name if code else ""

    def set_sale_type(self, sale_type: Channel | str) -> None:
        kind = Channel(sale_type)
        if kind not in SALE_TYPES:
            raise ValidationError(f"A sale at the counter cannot be a {kind.value} order")
        self.sale_type = kind

    # --- to the core -----------------------------------------------------------------------------------

    def requests(self) -> list[LineRequest]:
        return [line.request() for line in self.lines]

    def to_request(self, payments: Sequence[PaymentRequest] = ()) -> OrderRequest:
        """The order this sale makes: a counter sale paid now, or a phone/wholesale order confirmed."""
        if self.sale_type is Channel.COUNTER:
            return OrderRequest(
                lines=self.requests(),
                channel=Channel.COUNTER,
                customer_code=self.customer_code,
                payments=tuple(payments),
                idempotency_key=self.key,
                notes=self.notes,
                discount_reason=self.discount_reason,
            )
        return OrderRequest(
            lines=self.requests(),
            channel=self.sale_type,
            customer_code=self.customer_code,
            confirm=True,
            ship_to=self.ship_to.strip() or None,
            notes=self.notes.strip(),
            idempotency_key=self.key,
            discount_reason=self.discount_reason,
        )

    def copy(self) -> "Sale":
        return Sale.from_dict(self.to_dict())

    # --- parking ---------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe copy: only str, int, None, lists and dicts; money as exact decimal strings."""
        return {
            "format": FORMAT,
            "key": self.key,
            "sale_type": self.sale_type.value,
            "customer_code": self.customer_code,
            "customer_name": self.customer_name,
            "ship_to": self.ship_to,
            "notes": self.notes,
            "discount_reason": self.discount_reason,
            "lines": [line.to_dict() for line in self.lines],
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "Sale":
        """The sale `to_dict()` saved; a dict from a newer version, or a damaged one, is refused."""
        if data.get("format") != FORMAT:
            raise ValidationError(f"A parked sale in format {data.get('format')!r} cannot be read")
        try:
            sale = Sale(str(data["key"]))
            sale.set_sale_type(data.get("sale_type", Channel.COUNTER.value))
            sale.set_customer(data.get("customer_code"), str(data.get("customer_name", "")))
            sale.ship_to = str(data.get("ship_to", ""))
            sale.notes = str(data.get("notes", ""))
            sale.discount_reason = str(data.get("discount_reason", ""))[:200]
            sale.lines = [SaleLine.from_dict(line) for line in data.get("lines", [])]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(f"A parked sale cannot be read: {exc}") from exc
        return sale


def _quantity(sku: str, value: object, decimals: int = 0) -> Quantity:
    """A line's quantity in the product's unit: above 0, within the bounds, no more decimals than the
    product is sold in (a typed "2,5" is read as 2.5)."""
    try:
        quantity: Quantity = value if isinstance(value, int | Decimal) else parse_quantity(str(value))
    except ValueError:
        quantity = 0
    if quantity <= 0:
        raise ValidationError("line_quantity_range", item=sku, quantity=str(value)[:20], most=QUANTITY_MAX)
    require_quantity(sku, quantity)
    to_units(sku, quantity, decimals)  # refuses 0.5 of a piece, 0.2555 kg
    return int(quantity) if quantity == int(quantity) else quantity


def _amount(value: object) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    return amount
