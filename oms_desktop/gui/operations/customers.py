"""Operations of the Customers page."""

from oms_desktop.gui.operations.op import Op
from oms_desktop.services import customers
from oms_desktop.services.changes import Outcome
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.records import CustomerRecord, CustomerStats


def customer_with_stats(code: str) -> Op[tuple[CustomerRecord, CustomerStats]]:
    """A customer and what they bought, read together."""
    return Op(lambda uow: (customers.get_customer(uow, code), customers.customer_stats(uow, code)))


def add_customer(data: CustomerInput) -> Op[Outcome[CustomerRecord]]:
    return Op(lambda uow: customers.add_customer(uow, data))


def update_customer(code: str, data: CustomerInput) -> Op[Outcome[CustomerRecord]]:
    return Op(lambda uow: customers.update_customer(uow, code, data))


def same_contact(code: str) -> Op[list[CustomerRecord]]:
    """Other customers with this one's phone or e-mail (a warning, not a refusal)."""
    return Op(lambda uow: customers.same_contact(uow, code))
