"""Operations on the shop settings and the demo data (Settings page, first-run wizard)."""

from datetime import tzinfo

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui.operations.op import Op, ProgressOp
from oms_desktop.gui.tasks import Progress
from oms_desktop.services import demo, settings
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.demo import DemoSummary
from oms_desktop.services.settings import ShopSettings


def get_settings() -> Op[ShopSettings]:
    return Op(settings.get_settings)


def read_shop_zone() -> Op[tzinfo | None]:
    """The shop's time zone, put on the unit of work (None: this computer's)."""
    return Op(settings.shop_zone)


def save_settings(wanted: ShopSettings) -> Op[Outcome[ShopSettings]]:
    return Op(lambda uow: settings.save_settings(uow, wanted))


def shop_is_empty() -> Op[bool]:
    """No products and no orders: a first start."""
    return Op(demo.is_empty)


def fill_demo(orders: int, products: int = 300, customers: int = 250) -> ProgressOp[Outcome[DemoSummary]]:
    """Demo products, customers and a year of orders, reported as it goes (refused unless empty)."""

    def work(uow: UnitOfWork, progress: Progress) -> Outcome[DemoSummary]:
        summary = demo.generate(
            uow, orders_count=orders, products_count=products, customers_count=customers, progress=progress
        )
        return Outcome(summary, Changes(orders=True, stock=True, products=True, customers=True))

    return ProgressOp(work)


def discount_reasons(shop: ShopSettings) -> list[str]:
    """The reasons the discount dialog offers, in the shop's order."""
    return [r.strip() for r in shop.discount_reasons.split(",") if r.strip()]


def payment_methods(shop: ShopSettings) -> list[PaymentMethod]:
    """The methods the payment dialogs offer (the shop's list; every method if the stored list is bad)."""
    try:
        return settings.offered_methods(shop)
    except DomainError:
        return list(CHOOSABLE_METHODS)
