"""An order shipped in two parcels prints two labels and two packing slips, each with what its parcel held."""

import re

import pytest

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.documents.packing_slip import render_packing_slip
from oms_desktop.documents.parcels import shipment_parcel
from oms_desktop.documents.shipping_label import render_shipping_label
from oms_desktop.domain import Channel
from oms_desktop.domain.errors import ValidationError
from oms_desktop.services import orders, shipping
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.shipping import ShipItem
from tests import factories
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_EN


def _flat(pdf: bytes) -> str:
    return re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))


def test_each_parcel_has_its_label_and_packing_slip(sqlite_uow: UnitOfWork) -> None:
    uow = sqlite_uow
    factories.product(uow, "TEA", stock=20, name="Jasmine tea")
    factories.product(uow, "CUP", stock=20, name="Tea cup")
    buyer = factories.customer(uow, "Golden Dragon").code
    number = orders.create_order(
        uow,
        OrderRequest(
            lines=[LineRequest("TEA", 10), LineRequest("CUP", 4)],
            channel=Channel.WHOLESALE,
            customer_code=buyer,
            confirm=True,
        ),
    ).value.number
    part = shipping.ship(uow, number, carrier="SF", tracking="SF0001", items=[ShipItem("TEA", 6)]).value
    still = _flat(render_packing_slip(part, SHOP_EN))  # what is left to pack
    assert "1 TEA Jasmine tea 4" in still and "2 CUP Tea cup 4" in still and "2 lines, 8 pieces" in still

    done = shipping.ship(uow, number, carrier="EMS", tracking="EA0002CN").value
    first, second = shipment_parcel(done, 1), shipment_parcel(done, 2)
    one = _flat(render_shipping_label(first, SHOP_EN))
    assert "SF0001" in one and "1 line, 6 pieces" in one and "EA0002CN" not in one
    two = _flat(render_shipping_label(done, SHOP_EN))  # the last parcel by default
    assert "EA0002CN" in two and "2 lines, 8 pieces" in two
    assert pdf_tools.barcodes(render_shipping_label(first, SHOP_EN))[-1] == "CODE-128:SF0001"
    slip = _flat(render_packing_slip(second, SHOP_EN))
    assert "1 TEA Jasmine tea 4" in slip and "2 CUP Tea cup 4" in slip
    whole = _flat(render_packing_slip(done, SHOP_EN))  # shipped: the whole order
    assert "1 TEA Jasmine tea 10" in whole
    with pytest.raises(ValidationError, match="has no shipment 3 \\(it has 2\\)"):
        shipment_parcel(done, 3)
