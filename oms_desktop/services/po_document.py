"""A purchase order as its document shows it (PODocument): the PO, its supplier, where the goods go and the
unit of each line, read in one transaction so the page never mixes two moments.

The PO and the supplier come from their services' own record builders (`po_record`, `supplier_record`);
this module only adds what the PO record does not carry: the location's name and the products' units.
"""

from dataclasses import dataclass, field

from sqlalchemy import select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Location, Product
from oms_desktop.services.purchase_orders import PORecord, po_by_number, po_record
from oms_desktop.services.suppliers import SupplierRecord, supplier_record


@dataclass(frozen=True)
class PODocument:
    po: PORecord
    supplier: SupplierRecord
    location_code: str
    location_name: str
    units: dict[str, str] = field(default_factory=dict)  # our SKU -> the product's unit ("pcs", "kg")

    def unit(self, sku: str) -> str:
        return self.units.get(sku, "")

    @property
    def any_received(self) -> bool:
        """Whether goods have arrived against it (the document then shows what has, line by line)."""
        return any(line.received > 0 for line in self.po.lines)


def po_document(uow: UnitOfWork, number: str) -> PODocument:
    """Everything the purchase order's PDF prints, for the PO `number`; NotFound when there is none."""
    with uow.read() as session:
        po = po_by_number(session, number)
        record = po_record(session, po)
        location = session.get_one(Location, po.location_id)
        product_ids = {line.product_id: line.sku for line in po.lines}
        units = {
            product_ids[pid]: unit
            for pid, unit in session.execute(
                select(Product.id, Product.unit).where(Product.id.in_(list(product_ids)))
            )
        }
        return PODocument(
            po=record,
            supplier=supplier_record(po.supplier),
            location_code=location.code,
            location_name=location.name,
            units=units,
        )
