"""Operations of the Receivables tab: what customers owe as of a day, a payment on account, a customer's
terms and credit limit, and a customer's statement."""

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import account_payments, customers, receivables, statement_view
from oms_desktop.services.account_payments import AccountPayment
from oms_desktop.services.changes import Outcome
from oms_desktop.services.periods import Period
from oms_desktop.services.receivables import Receivables
from oms_desktop.services.records import CustomerRecord
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.statement_view import StatementView


def receivables_as_of(day: date | None) -> Op[Receivables]:
    """Per customer, the balance and its ageing as of the end of `day` (None: today), with the orders."""
    return Op(lambda uow: receivables.receivables(uow, as_of=day))


def pay_on_account(
    code: str, amount: Decimal, method: PaymentMethod, orders: Sequence[str] = (), reference: str = ""
) -> Op[Outcome[AccountPayment]]:
    """The customer's payment, shared over the ticked orders in the order given, else the oldest first."""
    return Op(
        lambda uow: account_payments.pay_on_account(
            uow, code, amount, method, orders=list(orders), reference=reference
        )
    )


def set_terms(code: str, days: int, credit_limit: Decimal) -> Op[Outcome[CustomerRecord]]:
    """A customer's payment terms and credit limit (a manager's)."""
    return Op(lambda uow: customers.set_terms(uow, code, days=days, credit_limit=credit_limit))


def get_customer(code: str) -> Op[CustomerRecord]:
    return Op(lambda uow: customers.get_customer(uow, code))


def statement(code: str, period: Period) -> Op[StatementView]:
    """What the customer's statement for `period` prints, read at once."""
    return Op(lambda uow: statement_view.statement(uow, code, period))


def render_statement_pdf(view: StatementView, settings: ShopSettings) -> Callable[[], bytes]:
    """The statement as PDF bytes: CPU work for `TaskRunner.run_cpu` (no database); reportlab is imported
    when the first one is rendered."""

    def render() -> bytes:
        from oms_desktop.documents.statement import render_statement

        return render_statement(view, settings)

    return render
