"""The words users see for the core's stored values (statuses, channels, payment methods...).

Each word is a literal `translate()` call so that lupdate finds it for the zh_CN translation.
"""

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def status(value: str) -> str:
    words = {
        "draft": translate("Status", "Draft"),
        "pending_payment": translate("Status", "Pending payment"),
        "paid": translate("Status", "Paid"),
        "to_ship": translate("Status", "To ship"),
        "shipped": translate("Status", "Shipped"),
        "completed": translate("Status", "Completed"),
        "cancelled": translate("Status", "Cancelled"),
        "returned": translate("Status", "Returned"),
    }
    return words.get(value, value)


STATUSES = ("draft", "pending_payment", "paid", "to_ship", "shipped", "completed", "cancelled", "returned")


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
        "bank_transfer": translate("PaymentMethod", "Bank transfer"),
        "mobile_wallet": translate("PaymentMethod", "Mobile wallet"),
        "store_credit": translate("PaymentMethod", "Store credit"),
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


def price_tier(value: str) -> str:
    words = {"retail": translate("PriceTier", "Retail"), "wholesale": translate("PriceTier", "Wholesale")}
    return words.get(value, value)


def action(value: str) -> str:
    words = {
        "checkout": translate("OrderAction", "Counter sale"),
        "create": translate("OrderAction", "Created"),
        "confirm": translate("OrderAction", "Confirmed"),
        "pay": translate("OrderAction", "Payment"),
        "refund": translate("OrderAction", "Refund"),
        "pack": translate("OrderAction", "Packed"),
        "ship": translate("OrderAction", "Shipped"),
        "deliver": translate("OrderAction", "Delivered"),
        "cancel": translate("OrderAction", "Cancelled"),
        "return": translate("OrderAction", "Returned"),
        "complete": translate("OrderAction", "Completed"),
    }
    return words.get(value, value)


def refusal_reason(reason: str) -> str:
    """The workflow's reason an action is not allowed (order_workflow.RULES), in the user's language."""
    words = {
        "only a draft order can be confirmed": translate("Workflow", "only a draft order can be confirmed"),
        "payment is taken on confirmed orders": translate("Workflow", "payment is taken on confirmed orders"),
        "there is no balance due": translate("Workflow", "there is no balance due"),
        "only confirmed or completed orders can be refunded": translate(
            "Workflow", "only confirmed or completed orders can be refunded"
        ),
        "nothing has been paid that could be refunded": translate(
            "Workflow", "nothing has been paid that could be refunded"
        ),
        "its goods have left the shop: take them back with a return": translate(
            "Workflow", "its goods have left the shop: take them back with a return"
        ),
        "only confirmed or completed orders can be returned": translate(
            "Workflow", "only confirmed or completed orders can be returned"
        ),
        "its goods have not left the shop: cancel it instead": translate(
            "Workflow", "its goods have not left the shop: cancel it instead"
        ),
        "only confirmed orders are packed": translate("Workflow", "only confirmed orders are packed"),
        "its payment was refunded": translate("Workflow", "its payment was refunded"),
        "it has been packed already": translate("Workflow", "it has been packed already"),
        "only confirmed orders are shipped": translate("Workflow", "only confirmed orders are shipped"),
        "it has been shipped already": translate("Workflow", "it has been shipped already"),
        "only confirmed orders are delivered": translate("Workflow", "only confirmed orders are delivered"),
        "it must be shipped first": translate("Workflow", "it must be shipped first"),
        "it is already closed": translate("Workflow", "it is already closed"),
        "refund the payments before cancelling": translate(
            "Workflow", "refund the payments before cancelling"
        ),
        "it has left the shop": translate("Workflow", "it has left the shop"),
        "only confirmed orders are completed": translate("Workflow", "only confirmed orders are completed"),
        "it is not fully paid": translate("Workflow", "it is not fully paid"),
        "it has not been delivered": translate("Workflow", "it has not been delivered"),
        "it is not an action on an existing order": translate(
            "Workflow", "it is not an action on an existing order"
        ),
    }
    return words.get(reason, reason)
