"""What an import file's columns mean: the layouts we read, found from the header, and mappings.

A layout is one kind of data (orders, products, customers, stock counts) as one system exports it (ours,
Shopify's, WooCommerce's): the fields it has, by our names, each with the header names it goes by. `detect`
picks the layout whose signature columns the header has (auto); `resolve` finds each field's column, and a
mapping (our field -> their column, from a JSON file or a preset the wizard saved) overrides what it finds,
so that any spreadsheet can be read as one of the layouts. docs/import-formats.md describes every layout.
"""

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from oms_desktop.domain.errors import ValidationError


class Kind(enum.StrEnum):
    ORDERS = "orders"
    PRODUCTS = "products"
    CUSTOMERS = "customers"
    STOCK = "stock"


class Format(enum.StrEnum):
    OMS = "oms"
    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"


AUTO = "auto"
SHOWN_COLUMNS = 12  # unknown columns a refusal names; the rest are counted


@dataclass(frozen=True)
class Field:
    name: str  # ours
    columns: tuple[str, ...]  # the header names it goes by in this layout, the usual one first
    required: bool = False


def _f(name: str, *columns: str, required: bool = False) -> Field:
    return Field(name, columns or (name,), required)


@dataclass(frozen=True)
class Layout:
    kind: Kind
    format: Format
    title: str  # what the CLI and the wizard call it
    fields: tuple[Field, ...]
    signature: tuple[str, ...] = ()  # fields whose columns must all be there for auto-detection
    strict: bool = False  # unknown columns are refused (ours: a typo in a header is a lost column)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _address(prefix: str, title: str) -> tuple[Field, ...]:
    """Shopify's address columns: "Billing Name", "Billing Address1"..."""
    return (
        _f(f"{prefix}_name", f"{title} Name"),
        _f(f"{prefix}_address1", f"{title} Address1", f"{title} Street"),
        _f(f"{prefix}_address2", f"{title} Address2"),
        _f(f"{prefix}_company", f"{title} Company"),
        _f(f"{prefix}_city", f"{title} City"),
        _f(f"{prefix}_zip", f"{title} Zip"),
        _f(f"{prefix}_province", f"{title} Province Name", f"{title} Province"),
        _f(f"{prefix}_country", f"{title} Country"),
        _f(f"{prefix}_phone", f"{title} Phone"),
    )


def _woo_address(prefix: str, title: str) -> tuple[Field, ...]:
    """WooCommerce's: "Billing First Name", "Billing Address 1"..."""
    return (
        _f(f"{prefix}_first_name", f"{title} First Name"),
        _f(f"{prefix}_last_name", f"{title} Last Name"),
        _f(f"{prefix}_company", f"{title} Company"),
        _f(f"{prefix}_address1", f"{title} Address 1", f"{title} Address 1&2"),
        _f(f"{prefix}_address2", f"{title} Address 2"),
        _f(f"{prefix}_city", f"{title} City"),
        _f(f"{prefix}_state", f"{title} State", f"{title} State Name"),
        _f(f"{prefix}_postcode", f"{title} Postcode", f"{title} Zip Code", f"{title} Zip"),
        _f(f"{prefix}_country", f"{title} Country"),
        _f(f"{prefix}_phone", f"{title} Phone", f"{title} Phone Number"),
    )


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        Kind.ORDERS,
        Format.OMS,
        "OMS Desktop orders",
        (
            _f("order_ref", required=True),
            _f("date"),
            _f("channel"),
            _f("customer_code"),
            _f("sku", required=True),
            _f("quantity", required=True),
            _f("unit_price"),
            _f("discount"),
            _f("payment_method"),
            _f("notes"),
            _f("status"),
            _f("carrier"),
            _f("tracking"),
        ),
        signature=("order_ref", "sku", "quantity"),
        strict=True,
    ),
    Layout(
        Kind.ORDERS,
        Format.SHOPIFY,
        "Shopify orders export",
        (
            _f("ref", "Name", required=True),
            _f("email", "Email"),
            _f("financial_status", "Financial Status"),
            _f("paid_at", "Paid at"),
            _f("fulfillment_status", "Fulfillment Status"),
            _f("fulfilled_at", "Fulfilled at"),
            _f("shipping", "Shipping"),
            _f("taxes", "Taxes"),
            _f("total", "Total"),
            _f("discount", "Discount Amount"),
            _f("shipping_method", "Shipping Method"),
            _f("created_at", "Created at", required=True),
            _f("quantity", "Lineitem quantity", required=True),
            _f("item_name", "Lineitem name"),
            _f("price", "Lineitem price", required=True),
            _f("sku", "Lineitem sku", required=True),
            _f("line_discount", "Lineitem discount"),
            *_address("billing", "Billing"),
            *_address("shipping", "Shipping"),
            _f("notes", "Notes"),
            _f("cancelled_at", "Cancelled at"),
            _f("payment_method", "Payment Method", "Payment Gateway"),
            _f("refunded_amount", "Refunded Amount"),
            _f("outstanding", "Outstanding Balance"),
            _f("phone", "Phone"),
        ),
        signature=("ref", "financial_status", "quantity", "sku"),
    ),
    Layout(
        Kind.ORDERS,
        Format.WOOCOMMERCE,
        "WooCommerce orders export",
        (
            _f("ref", "Order ID", "Order Number", required=True),
            _f("created_at", "Order Date", required=True),
            _f("status", "Order Status", required=True),
            *_woo_address("billing", "Billing"),
            _f("email", "Billing Email", "Billing Email Address", "Customer Email"),
            *_woo_address("shipping", "Shipping"),
            _f("payment_method", "Payment Method Title", "Payment Method"),
            _f("paid_at", "Date Paid", "Paid Date", "Order Paid Date"),
            _f("completed_at", "Date Completed", "Completed Date", "Order Completed Date"),
            _f("shipping", "Order Shipping Amount", "Shipping Total", "Order Shipping"),
            _f(
                "discount", "Cart Discount Amount", "Order Discount Amount", "Discount Total", "Cart Discount"
            ),
            _f("taxes", "Order Total Tax Amount", "Order Total Tax", "Tax Total"),
            _f("total", "Order Total Amount", "Order Total"),
            _f("refunded_amount", "Order Refund Amount", "Refund Amount"),
            _f("sku", "Item SKU", "SKU", required=True),
            _f("item_name", "Item Name", "Product Name"),
            _f("quantity", "Quantity", "Item Quantity", "Quantity (- Refund)", required=True),
            _f("price", "Item Cost", "Item Price", required=True),
            _f("notes", "Customer Note", "Customer Provided Note"),
            _f("shipping_method", "Shipping Method Title", "Shipping Method"),
        ),
        signature=("ref", "status", "sku", "quantity"),
    ),
    Layout(
        Kind.PRODUCTS,
        Format.OMS,
        "OMS Desktop products",
        (
            _f("sku", required=True),
            _f("name"),
            _f("price"),
            _f("barcode"),
            _f("unit"),
            _f("decimals"),
            _f("cost"),
            _f("tax_rate"),
            _f("wholesale_price"),
            _f("reorder_point"),
            _f("active"),
            _f("allow_backorder"),
            _f("notes"),
            _f("on_hand", "on_hand", "counted"),
        ),
        signature=("sku",),
        strict=True,
    ),
    Layout(
        Kind.PRODUCTS,
        Format.SHOPIFY,
        "Shopify products export",
        (
            _f("handle", "Handle", required=True),
            _f("title", "Title"),
            _f("option1", "Option1 Value"),
            _f("option2", "Option2 Value"),
            _f("option3", "Option3 Value"),
            _f("sku", "Variant SKU", required=True),
            _f("price", "Variant Price"),
            _f("barcode", "Variant Barcode"),
            _f("on_hand", "Variant Inventory Qty"),
            _f("taxable", "Variant Taxable"),
            _f("cost", "Cost per item"),
            _f("status", "Status"),
        ),
        signature=("handle", "sku"),
    ),
    Layout(
        Kind.CUSTOMERS,
        Format.OMS,
        "OMS Desktop customers",
        (
            _f("code"),
            _f("name", required=True),
            _f("phone"),
            _f("email"),
            _f("billing_address"),
            _f("shipping_address"),
            _f("price_tier"),
            _f("credit_limit"),
            _f("payment_terms_days"),
            _f("notes"),
        ),
        signature=("name",),
        strict=True,
    ),
    Layout(
        Kind.STOCK,
        Format.OMS,
        "OMS Desktop stock count",
        (_f("sku", required=True), _f("on_hand", "on_hand", "counted", required=True), _f("location")),
        signature=("sku", "on_hand"),
        strict=True,
    ),
)


def layouts(kind: Kind) -> list[Layout]:
    return [layout for layout in LAYOUTS if layout.kind is kind]


def layout_of(kind: Kind, fmt: Format) -> Layout:
    found = [layout for layout in LAYOUTS if layout.kind is kind and layout.format is fmt]
    if not found:
        choices = ", ".join(layout.format.value for layout in layouts(kind))
        raise ValidationError(
            "import_format_not_for_kind", format=fmt.value, kind=kind.value, choices=choices
        )
    return found[0]


def _key(column: str) -> str:
    return " ".join(column.split()).casefold()


def _find(header: list[str], columns: tuple[str, ...]) -> int | None:
    keys = {_key(h): i for i, h in reversed(list(enumerate(header)))}
    for column in columns:
        if _key(column) in keys:
            return keys[_key(column)]
    return None


def detect(kind: Kind, header: list[str]) -> Layout:
    """The layout of `kind` whose signature columns the header has (another system's before ours, which
    asks least); ours when none fits, so that its missing columns are named."""
    ours = layout_of(kind, Format.OMS)
    for layout in sorted(layouts(kind), key=lambda lay: lay.format is Format.OMS):
        if all(_find(header, layout.field(name).columns) is not None for name in layout.signature):
            return layout
    return ours


@dataclass(frozen=True)
class Columns:
    """Where each field of a layout is in a file: its column's index and name (fields not there: absent)."""

    layout: Layout
    index: Mapping[str, int]
    names: Mapping[str, str]
    ignored: tuple[str, ...] = ()  # the file's columns no field reads

    def name(self, field_name: str) -> str:
        """The column as the file calls it (for messages), or our field's usual column when absent."""
        return self.names.get(field_name) or self.layout.field(field_name).columns[0]


@dataclass
class Resolved:
    columns: Columns
    problems: list[ValidationError] = field(default_factory=list)  # all about the header: line 1


def resolve(layout: Layout, header: list[str], mapping: Mapping[str, str] | None = None) -> Resolved:
    """Each field's column: the mapping's when it names one, else the first of the field's header names
    found. A column twice, a required field without a column, a mapping naming a field or a column that
    is not there, and (ours, without a mapping) a column no field reads are problems of the header."""
    problems: list[ValidationError] = []
    twice = sorted({h for h in header if h and sum(1 for o in header if _key(o) == _key(h)) > 1})
    if twice:
        problems.append(ValidationError("import_columns_twice", columns=", ".join(twice)))
    index: dict[str, int] = {}
    mapping = dict(mapping or {})
    unknown = [name for name in mapping if name not in layout.field_names]
    if unknown:
        problems.append(
            ValidationError(
                "import_mapping_unknown_field",
                fields=", ".join(unknown),
                layout=layout.title,
                known=", ".join(layout.field_names),
            )
        )
    for f in layout.fields:
        given = mapping.get(f.name)
        if given is not None and given.strip():
            at = _find(header, (given,))
            if at is None:
                problems.append(ValidationError("import_mapping_no_column", field=f.name, column=given))
                continue
        else:
            at = _find(header, f.columns)
        if at is not None:
            index[f.name] = at
    missing = [layout.field(f.name).columns[0] for f in layout.fields if f.required and f.name not in index]
    if missing and not any(p.code == "import_mapping_no_column" for p in problems):
        problems.append(ValidationError("import_columns_missing", columns=", ".join(missing)))
    used = set(index.values())
    ignored = tuple(h for i, h in enumerate(header) if i not in used and h)
    if layout.strict and not mapping and ignored and not missing:  # a file of another kind: say what it lacks
        shown = ", ".join(ignored[:SHOWN_COLUMNS]) + (
            f" and {len(ignored) - SHOWN_COLUMNS} more" if len(ignored) > SHOWN_COLUMNS else ""
        )
        problems.append(
            ValidationError(
                "import_columns_unknown",
                columns=shown,
                known=", ".join(layout.field(n).columns[0] for n in layout.field_names),
            )
        )
    names = {name: header[i] for name, i in index.items()}
    return Resolved(Columns(layout, index, names, ignored), problems)


@dataclass(frozen=True)
class MappingFile:
    """A mapping as saved: our field -> their column, and optionally the kind and format it is for."""

    columns: dict[str, str]
    kind: Kind | None = None
    format: Format | None = None


def parse_mapping(text: str, where: str) -> MappingFile:
    """A mapping's JSON: {"field": "column", ...}, or {"kind": ..., "format": ..., "columns": {...}}."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError("import_mapping_unreadable", path=where, detail=str(exc)[:200]) from None
    if not isinstance(data, dict):
        raise ValidationError("import_mapping_unreadable", path=where, detail="not a JSON object")
    kind = fmt = None
    if "columns" in data:
        try:
            kind = Kind(data["kind"]) if data.get("kind") else None
            fmt = Format(data["format"]) if data.get("format") else None
        except (ValueError, TypeError):
            raise ValidationError(
                "import_mapping_unreadable", path=where, detail="its kind or format is not known"
            ) from None
        data = data["columns"]
        if not isinstance(data, dict):
            raise ValidationError("import_mapping_unreadable", path=where, detail="columns is not an object")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValidationError(
            "import_mapping_unreadable", path=where, detail="every field names a column as text"
        )
    return MappingFile({k: v for k, v in data.items() if v.strip()}, kind, fmt)


def read_mapping(path: Path) -> MappingFile:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("import_mapping_unreadable", path=str(path), detail=str(exc)[:200]) from None
    return parse_mapping(text, str(path))


def mapping_json(columns: Mapping[str, str], kind: Kind, fmt: Format) -> str:
    """A mapping as a preset saves it (and as `parse_mapping` reads it back)."""
    return json.dumps(
        {"kind": kind.value, "format": fmt.value, "columns": dict(columns)}, indent=2, ensure_ascii=False
    )
