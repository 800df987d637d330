"""Entities and the rules they carry. Plain SQLAlchemy, no Qt."""

from oms_desktop.domain.api_token import ApiToken
from oms_desktop.domain.audit import AuditEntry
from oms_desktop.domain.audit_log import AuditRecord
from oms_desktop.domain.automation import Notification, Rule, RuleFiring
from oms_desktop.domain.base import Base
from oms_desktop.domain.customer import Customer, PriceTier
from oms_desktop.domain.order import Channel, FulfilmentState, Lifecycle, Order, OrderLine, PaymentState
from oms_desktop.domain.parked_sale import ParkedSale
from oms_desktop.domain.payment import Payment, PaymentKind, PaymentMethod
from oms_desktop.domain.product import Product
from oms_desktop.domain.purchase_order import (
    DeliveryLine,
    POState,
    PurchaseDelivery,
    PurchaseLine,
    PurchaseOrder,
)
from oms_desktop.domain.sale_return import RefundTo, ReturnLine, SaleReturn
from oms_desktop.domain.sequence import Sequence
from oms_desktop.domain.setting import Setting
from oms_desktop.domain.shipment import Shipment, ShipmentLine
from oms_desktop.domain.stock import Location, MovementKind, StockLevel, StockMovement
from oms_desktop.domain.stocktake import CountLine, CountState, Stocktake
from oms_desktop.domain.store_credit import CreditKind, StoreCreditMove
from oms_desktop.domain.supplier import ProductSupplier, Supplier
from oms_desktop.domain.text_limits import require_length  # registers the length check on every entity
from oms_desktop.domain.till import CashMove, TillSession
from oms_desktop.domain.user import Role, User

__all__ = [
    "ApiToken",
    "AuditEntry",
    "AuditRecord",
    "Base",
    "CashMove",
    "Channel",
    "CountLine",
    "CountState",
    "CreditKind",
    "Customer",
    "DeliveryLine",
    "FulfilmentState",
    "Lifecycle",
    "Location",
    "MovementKind",
    "Notification",
    "Order",
    "OrderLine",
    "POState",
    "ParkedSale",
    "Payment",
    "PaymentKind",
    "PaymentMethod",
    "PaymentState",
    "PriceTier",
    "Product",
    "ProductSupplier",
    "PurchaseDelivery",
    "PurchaseLine",
    "PurchaseOrder",
    "RefundTo",
    "ReturnLine",
    "Role",
    "Rule",
    "RuleFiring",
    "SaleReturn",
    "Sequence",
    "Setting",
    "Shipment",
    "ShipmentLine",
    "StockLevel",
    "StockMovement",
    "Stocktake",
    "StoreCreditMove",
    "Supplier",
    "TillSession",
    "User",
    "require_length",
]
