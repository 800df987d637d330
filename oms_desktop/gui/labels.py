"""The words users see for the core's stored values (statuses, channels, payment methods...).

Each word is a literal `translate()` call so that lupdate finds it for the zh_CN translation.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def status(value: str) -> str:
    words = {
        "quote": translate("Status", "Quotation"),
        "draft": translate("Status", "Draft"),
        "pending_payment": translate("Status", "Pending payment"),
        "paid": translate("Status", "Paid"),
        "to_ship": translate("Status", "To ship"),
        "partly_shipped": translate("Status", "Partly shipped"),
        "shipped": translate("Status", "Shipped"),
        "completed": translate("Status", "Completed"),
        "cancelled": translate("Status", "Cancelled"),
        "returned": translate("Status", "Returned"),
        "expired": translate("Status", "Expired"),
        # purchase orders
        "sent": translate("Status", "Sent"),
        "partly_received": translate("Status", "Partly received"),
        "received": translate("Status", "Received"),
        "closed_short": translate("Status", "Closed short"),
        # stocktakes
        "open": translate("Status", "Open"),
        "finished": translate("Status", "Finished"),
    }
    return words.get(value, value)


STATUSES = (
    "quote",
    "draft",
    "pending_payment",
    "paid",
    "to_ship",
    "partly_shipped",
    "shipped",
    "completed",
    "cancelled",
    "returned",
    "expired",
)
PO_STATUSES = ("draft", "sent", "partly_received", "received", "cancelled", "closed_short")


def channel(value: str) -> str:
    words = {
        "counter": translate("Channel", "Counter"),
        "phone": translate("Channel", "Phone"),
        "wholesale": translate("Channel", "Wholesale"),
        "online": translate("Channel", "Online"),
    }
    return words.get(value, value)


CHANNELS = ("counter", "phone", "wholesale", "online")


def payment_method(value: str) -> str:
    words = {
        "cash": translate("PaymentMethod", "Cash"),
        "card": translate("PaymentMethod", "Card"),
        "wechat_pay": translate("PaymentMethod", "WeChat Pay"),
        "alipay": translate("PaymentMethod", "Alipay"),
        "unionpay": translate("PaymentMethod", "UnionPay card"),
        "bank_transfer": translate("PaymentMethod", "Bank transfer"),
        "mobile_wallet": translate("PaymentMethod", "Mobile wallet"),
        "store_credit": translate("PaymentMethod", "Store credit"),
        "exchange": translate("PaymentMethod", "Exchange"),
    }
    return words.get(value, value)


def payment_kind(value: str) -> str:
    words = {"payment": translate("PaymentKind", "Payment"), "refund": translate("PaymentKind", "Refund")}
    return words.get(value, value)


def payment_state(value: str) -> str:
    words = {
        "unpaid": translate("PaymentState", "Unpaid"),
        "partially_paid": translate("PaymentState", "Partially paid"),
        "paid": translate("PaymentState", "Paid"),
        "refunded": translate("PaymentState", "Refunded"),
    }
    return words.get(value, value)


def fulfilment_state(value: str) -> str:
    words = {
        "unfulfilled": translate("FulfilmentState", "Not packed"),
        "packed": translate("FulfilmentState", "Packed"),
        "partly_shipped": translate("FulfilmentState", "Partly shipped"),
        "shipped": translate("FulfilmentState", "Shipped"),
        "delivered": translate("FulfilmentState", "Delivered"),
    }
    return words.get(value, value)


def movement_kind(value: str) -> str:
    words = {
        "receipt": translate("MovementKind", "Receipt"),
        "sale": translate("MovementKind", "Sale"),
        "return": translate("MovementKind", "Return"),
        "adjustment": translate("MovementKind", "Adjustment"),
        "transfer_out": translate("MovementKind", "Transfer out"),
        "transfer_in": translate("MovementKind", "Transfer in"),
    }
    return words.get(value, value)


def hold_reason(value: str) -> str:
    """Why an order is on hold (services/holds.py), as the hold dialog offers it."""
    words = {
        "address": translate("HoldReason", "Address"),
        "payment": translate("HoldReason", "Payment"),
        "stock": translate("HoldReason", "Stock"),
        "other": translate("HoldReason", "Other"),
    }
    return words.get(value, value)


HOLD_REASONS = ("address", "payment", "stock", "other")


def address_parts(value: str) -> str:
    """What a ship-to lacks (domain/ship_to.py: "address,phone"), as a refusal lists it."""
    words = {
        "name": translate("AddressPart", "a recipient name"),
        "address": translate("AddressPart", "an address"),
        "phone": translate("AddressPart", "a phone"),
    }
    parts = [words.get(p, p) for p in value.split(",") if p] or ["-"]
    if len(parts) == 1:
        return parts[0]
    return translate("AddressPart", "{first} and {last}").format(
        first=translate("AddressPart", ", ").join(parts[:-1]), last=parts[-1]
    )


def problem(value: str) -> str:
    """An order's problem (services/order_problems.py), as the Orders page's Problems view names it."""
    words = {
        "held": translate("Problem", "On hold"),
        "overdue_payment": translate("Problem", "Payment overdue"),
        "backordered": translate("Problem", "Backordered"),
        "paid_not_shipped": translate("Problem", "Paid, not shipped"),
        "no_address": translate("Problem", "No address"),
    }
    return words.get(value, value)


def problems(values: tuple[str, ...] | list[str]) -> str:
    """Several problems in one cell: "On hold · Backordered"."""
    return " · ".join(problem(v) for v in values)


def price_tier(value: str) -> str:
    words = {"retail": translate("PriceTier", "Retail"), "wholesale": translate("PriceTier", "Wholesale")}
    return words.get(value, value)


def action(value: str) -> str:
    words = {
        "checkout": translate("OrderAction", "Counter sale"),
        "create": translate("OrderAction", "Created"),
        "quote": translate("OrderAction", "Quoted"),
        "expire": translate("OrderAction", "Expired"),
        "confirm": translate("OrderAction", "Confirmed"),
        "pay": translate("OrderAction", "Payment"),
        "refund": translate("OrderAction", "Refund"),
        "pack": translate("OrderAction", "Packed"),
        "ship": translate("OrderAction", "Shipped"),
        "ship_part": translate("OrderAction", "Part shipped"),
        "shipped_in_full": translate("OrderAction", "Shipped in full"),
        "edit": translate("OrderAction", "Changed"),
        "deliver": translate("OrderAction", "Delivered"),
        "cancel": translate("OrderAction", "Cancelled"),
        "return": translate("OrderAction", "Returned"),
        "return_lines": translate("OrderAction", "Goods returned"),
        "complete": translate("OrderAction", "Completed"),
        "hold": translate("OrderAction", "Put on hold"),
        "release": translate("OrderAction", "Released"),
    }
    return words.get(value, value)


def role(value: str) -> str:
    words = {
        "cashier": translate("Role", "Cashier"),
        "manager": translate("Role", "Manager"),
        "owner": translate("Role", "Owner"),
    }
    return words.get(value, value)


def permission(value: str) -> str:
    """What a permission lets a person do, as a refusal says it ("may not {what} on their own")."""
    words = {
        "sell": translate("Permission", "sell"),
        "return": translate("Permission", "take goods back"),
        "open_shift": translate("Permission", "open or close a till"),
        "open_drawer": translate("Permission", "open the drawer without a sale"),
        "return_above_limit": translate(
            "Permission", "take back goods worth more than the cashier's return limit"
        ),
        "refund": translate("Permission", "give money back"),
        "void": translate("Permission", "void a completed sale"),
        "discount_above_limit": translate(
            "Permission", "give a discount or a price beyond the cashier's limit"
        ),
        "sell_short": translate("Permission", "sell more than the book stock"),
        "cash_in_out": translate("Permission", "pay cash into or out of the till"),
        "expire_credit": translate("Permission", "expire a customer's store credit"),
        "adjust_stock": translate("Permission", "adjust stock"),
        "purchase": translate("Permission", "place or change purchase orders"),
        "receive_goods": translate("Permission", "receive deliveries or count stock"),
        "set_credit": translate("Permission", "change a customer's credit limit or payment terms"),
        "exceed_credit": translate("Permission", "sell on account beyond a customer's credit limit"),
        "merge_customers": translate("Permission", "merge two customers into one"),
        "close_with_variance": translate(
            "Permission", "close a till whose count is off by more than the limit"
        ),
        "manage_users": translate("Permission", "add or change users"),
        "settings": translate("Permission", "change the shop's settings"),
        "backup_restore": translate("Permission", "back up or restore the database"),
        "api_tokens": translate("Permission", "create or revoke API tokens"),
        "rules": translate("Permission", "add or remove automation rules"),
    }
    return words.get(value, value)


def lines(count: int) -> str:
    """ "1 line" / "3 lines" (Chinese has one form; English needs two)."""
    return (
        translate("Count", "1 line")
        if count == 1
        else translate("Count", "{count} lines").format(count=count)
    )


def orders(count: int) -> str:
    """ "1 order" / "1,234 orders" (thousands grouped, as the Orders page counts them)."""
    return (
        translate("Count", "1 order")
        if count == 1
        else translate("Count", "{count} orders").format(count=f"{count:,}")
    )


def items(count: int) -> str:
    return (
        translate("Count", "1 item")
        if count == 1
        else translate("Count", "{count} items").format(count=count)
    )
