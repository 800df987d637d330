"""Many orders into one PDF, with progress and cancel, as the GUI's "print selected" uses it."""

import re

from oms_desktop.documents.batch import OrderDocument, render_order, render_orders
from tests.documents import pdf_tools
from tests.documents.sample_shop import SHOP_ZH, Shop


def test_packing_slips_for_several_orders_one_per_page(shop: Shop) -> None:
    chosen = [shop.shipped, shop.packed, shop.sale]
    calls: list[tuple[int, int]] = []
    pdf = render_orders(
        OrderDocument.PACKING_SLIP, chosen, SHOP_ZH, progress=lambda d, t: calls.append((d, t)) or True
    )
    assert pdf is not None
    assert pdf_tools.page_count(pdf) == 3
    for page, order in enumerate(chosen, start=1):
        assert pdf_tools.barcodes(pdf, page=page) == [f"CODE-128:{order.number}"]
        assert "第 1 页，共 1 页" in pdf_tools.text(pdf, page=page)  # each slip is paged on its own
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_labels_and_receipts_in_batch(shop: Shop) -> None:
    labels = render_orders(OrderDocument.SHIPPING_LABEL, [shop.shipped, shop.packed], SHOP_ZH)
    assert labels is not None
    assert sorted(pdf_tools.barcodes(labels)) == sorted(
        [f"QR-Code:{shop.shipped.number}", "CODE-128:SF1234567890123", f"QR-Code:{shop.packed.number}"]
    )
    receipts = render_orders(OrderDocument.RECEIPT, [shop.sale, shop.shipped], SHOP_ZH)
    assert receipts is not None
    heights = [h for _, h in pdf_tools.page_sizes_mm(receipts)]
    assert heights[0] < heights[1]  # each page as long as its own receipt


def test_cancel_stops_and_returns_nothing(shop: Shop) -> None:
    for kind in OrderDocument:
        seen: list[int] = []

        def progress(done: int, total: int, seen: list[int] = seen) -> bool:
            seen.append(done)
            return done < 1  # cancel when asked about the second order

        assert (
            render_orders(kind, [shop.shipped, shop.packed, shop.sale], SHOP_ZH, progress=progress) is None
        ), kind
        assert seen == [0, 1], kind


def test_render_order_gives_the_same_document_as_the_single_functions(shop: Shop) -> None:
    pdf = render_order(OrderDocument.INVOICE, shop.shipped, SHOP_ZH)
    assert "合计 ¥272.88" in re.sub(r"[ \t]+", " ", pdf_tools.text(pdf))
