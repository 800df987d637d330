"""Operations of the Customers page."""

from oms_desktop.gui.operations.op import Op
from oms_desktop.services import customer_merge, customers
from oms_desktop.services.changes import Outcome
from oms_desktop.services.customer_merge import MergePlan
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


def duplicates(phone: str, email: str, besides: str | None = None) -> Op[list[CustomerRecord]]:
    """The customers a phone and e-mail about to be saved are already on (asked before saving)."""
    return Op(lambda uow: customers.duplicates(uow, phone, email, besides))


def find_customers(text: str, limit: int = 50) -> Op[list[CustomerRecord]]:
    """Customers by name, phone, code or e-mail (the merge dialog's choice)."""
    return Op(lambda uow: customers.search_customers(uow, text, limit=limit))


def merge_plan(keep: str, drop: str) -> Op[MergePlan]:
    """What merging `drop` into `keep` would move: the confirmation's figures."""
    return Op(lambda uow: customer_merge.merge_plan(uow, keep, drop))


def merge(keep: str, drop: str) -> Op[Outcome[MergePlan]]:
    """Fold the customer `drop` into `keep` (a manager's; the window asks for one when needed)."""
    return Op(lambda uow: customer_merge.merge_customers(uow, keep, drop))
