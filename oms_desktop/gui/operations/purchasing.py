"""Operations of the Purchasing page: what to reorder, purchase orders (create, send, receive, cancel,
close short) and suppliers with a product's terms at each."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.errors import NotFound
from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui.operations.op import Op
from oms_desktop.services import catalogue, product_search, purchase_orders, replenishment, suppliers
from oms_desktop.services import po_document as po_document_service
from oms_desktop.services.changes import Outcome
from oms_desktop.services.po_document import PODocument
from oms_desktop.services.purchase_orders import PORecord, POSummary, ReceiveLineInput
from oms_desktop.services.records import ProductRecord
from oms_desktop.services.replenishment import CreatedPOs, Suggestion
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.suppliers import ProductSupplierRecord, SupplierInput, SupplierRecord

SEARCH_ROWS = 20


@dataclass(frozen=True)
class ProductTerms:
    """A product found for a PO line, with what the chosen supplier sells it for (else its average cost)."""

    product: ProductRecord
    cost: Decimal
    pack_size: Quantity = 1


@dataclass(frozen=True)
class ReceiveView:
    """A PO to receive against, with every code a scanner may read for its products (-> SKU)."""

    po: PORecord
    codes: dict[str, str]


# --- what to reorder -----------------------------------------------------------------------------------


def suggestions(supplier: str | None = None, *, only_needed: bool = False) -> Op[list[Suggestion]]:
    return Op(lambda uow: replenishment.suggest(uow, supplier=supplier, only_needed=only_needed))


def create_draft_pos(supplier: str | None = None) -> Op[Outcome[CreatedPOs]]:
    """The suggestions turned into draft POs, one per preferred supplier (an open draft is extended)."""
    return Op(lambda uow: replenishment.create_pos(uow, supplier=supplier))


def pin_reorder_point(sku: str, quantity: Quantity | None) -> Op[Outcome[Suggestion]]:
    """The owner's own reorder point (None: computed again)."""
    return Op(lambda uow: replenishment.pin_reorder_point(uow, sku, quantity))


# --- purchase orders -----------------------------------------------------------------------------------


def list_pos(status: str | None = None) -> Op[list[POSummary]]:
    return Op(lambda uow: purchase_orders.list_pos(uow, status=status))


def get_po(number: str) -> Op[PORecord]:
    return Op(lambda uow: purchase_orders.get_po(uow, number))


def receive_view(number: str) -> Op[ReceiveView]:
    """The PO and its scannable codes, read together when the Receive dialog opens."""

    def read(uow: UnitOfWork) -> ReceiveView:
        return ReceiveView(purchase_orders.get_po(uow, number), purchase_orders.line_codes(uow, number))

    return Op(read)


def create_po(
    supplier: str,
    lines: Sequence[purchase_orders.POLineInput],
    notes: str = "",
    location: str | None = None,
) -> Op[Outcome[PORecord]]:
    """A draft PO; its goods arrive at `location` (a location code; None: the main one)."""
    wanted = list(lines)
    return Op(lambda uow: purchase_orders.create_po(uow, supplier, wanted, location=location, notes=notes))


def send_po(number: str) -> Op[Outcome[PORecord]]:
    return Op(lambda uow: purchase_orders.send_po(uow, number))


def receive_po(number: str, lines: Sequence[ReceiveLineInput], note: str = "") -> Op[Outcome[PORecord]]:
    """One delivery booked in one call: every line that arrived, with its cost."""
    arrived = list(lines)
    return Op(lambda uow: purchase_orders.receive_po(uow, number, arrived, note=note))


def cancel_po(number: str, reason: str = "") -> Op[Outcome[PORecord]]:
    return Op(lambda uow: purchase_orders.cancel_po(uow, number, reason=reason))


def close_po(number: str, reason: str = "") -> Op[Outcome[PORecord]]:
    return Op(lambda uow: purchase_orders.close_po(uow, number, reason=reason))


def po_document(number: str) -> Op[PODocument]:
    """What the PO's PDF prints (the PO, its supplier, the location's name, the units), read at once."""
    return Op(lambda uow: po_document_service.po_document(uow, number))


def render_po_pdf(doc: PODocument, settings: ShopSettings) -> Callable[[], bytes]:
    """The purchase order as PDF bytes: CPU work for `TaskRunner.run_cpu` (no database). reportlab is
    imported when the first one is rendered, not when the window opens."""

    def render() -> bytes:
        from oms_desktop.documents.purchase_order import render_purchase_order

        return render_purchase_order(doc, settings)

    return render


def find_for_po(code: str, supplier: str) -> Op[list[ProductTerms]]:
    """What a scan or a search typed into a new PO finds: the product of an exact SKU or barcode, else
    the products whose name or SKU holds the text; each with the supplier's cost for it."""

    def read(uow: UnitOfWork) -> list[ProductTerms]:
        try:
            found = [catalogue.find_product(uow, code)]
        except NotFound:
            found = product_search.search_products(uow, code, limit=SEARCH_ROWS, active_only=True)
        return [_terms(uow, product, supplier) for product in found]

    return Op(read)


def _terms(uow: UnitOfWork, product: ProductRecord, supplier: str) -> ProductTerms:
    for terms in suppliers.product_suppliers(uow, product.sku):
        if terms.supplier_code == supplier:
            return ProductTerms(product, terms.cost, terms.pack_size)
    return ProductTerms(product, product.cost)


def find_product(code: str) -> Op[ProductRecord]:
    """Exact lookup by SKU or barcode (a scan of something not on a PO: say what it is)."""
    return Op(lambda uow: catalogue.find_product(uow, code))


# --- suppliers -----------------------------------------------------------------------------------------


def list_suppliers(search: str = "") -> Op[list[SupplierRecord]]:
    return Op(lambda uow: suppliers.list_suppliers(uow, search))


def add_supplier(data: SupplierInput) -> Op[Outcome[SupplierRecord]]:
    return Op(lambda uow: suppliers.add_supplier(uow, data))


def update_supplier(code: str, data: SupplierInput) -> Op[Outcome[SupplierRecord]]:
    return Op(lambda uow: suppliers.update_supplier(uow, code, data))


def product_suppliers(code: str) -> Op[list[ProductSupplierRecord]]:
    return Op(lambda uow: suppliers.product_suppliers(uow, code))


@dataclass(frozen=True)
class TermsInput:
    """A product's terms at a supplier, as the terms dialog gives them."""

    sku: str
    supplier: str
    cost: Decimal
    pack_size: Quantity = 1
    min_qty: Quantity = 0
    lead_time_days: int | None = None  # None: the supplier's default
    preferred: bool = False
    supplier_sku: str = ""


def set_product_supplier(terms: TermsInput) -> Op[Outcome[ProductSupplierRecord]]:
    t = terms
    return Op(
        lambda uow: suppliers.set_product_supplier(
            uow,
            t.sku,
            t.supplier,
            cost=t.cost,
            pack_size=t.pack_size,
            min_qty=t.min_qty,
            lead_time_days=t.lead_time_days,
            preferred=t.preferred,
            supplier_sku=t.supplier_sku,
        )
    )
