"""Entities and the rules they carry. Plain SQLAlchemy, no Qt."""

from oms_desktop.domain.audit import AuditEntry
from oms_desktop.domain.audit_log import AuditRecord
from oms_desktop.domain.base import Base
from oms_desktop.domain.customer import Customer, PriceTier
from oms_desktop.domain.order import Channel, FulfilmentState, Lifecycle, Order, OrderLine, PaymentState
from oms_desktop.domain.parked_sale import ParkedSale
from oms_desktop.domain.payment import Payment, PaymentKind, PaymentMethod
from oms_desktop.domain.product import Product
from oms_desktop.domain.sequence import Sequence
from oms_desktop.domain.setting import Setting
from oms_desktop.domain.shipment import Shipment
from oms_desktop.domain.stock import Location, MovementKind, StockLevel, StockMovement
from oms_desktop.domain.text_limits import require_length  # registers the length check on every entity
from oms_desktop.domain.till import CashMove, TillSession
from oms_desktop.domain.user import Role, User

__all__ = [
    "AuditEntry",
    "AuditRecord",
    "Base",
    "CashMove",
    "Channel",
    "Customer",
    "FulfilmentState",
    "Lifecycle",
    "Location",
    "MovementKind",
    "Order",
    "OrderLine",
    "ParkedSale",
    "Payment",
    "PaymentKind",
    "PaymentMethod",
    "PaymentState",
    "PriceTier",
    "Product",
    "Role",
    "Sequence",
    "Setting",
    "Shipment",
    "StockLevel",
    "StockMovement",
    "TillSession",
    "User",
    "require_length",
]
