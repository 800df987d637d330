"""Render one of each document from the sample shop into docs/samples/ (PDF + PNG at 150 dpi) and scan
every barcode on the PNGs with zbarimg.

    .venv/bin/python docs/samples/make_samples.py
"""

import subprocess
import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from oms_desktop.db.migrate import open_database  # noqa: E402
from oms_desktop.db.uow import UnitOfWork  # noqa: E402
from oms_desktop.documents import (  # noqa: E402
    RECEIPT_58,
    render_barcode_labels,
    render_invoice,
    render_packing_slip,
    render_receipt,
    render_shipping_label,
)
from oms_desktop.documents.fonts import BUNDLED_FILE, resource_dirs  # noqa: E402
from oms_desktop.documents.paging import finished  # noqa: E402
from oms_desktop.services import orders, queries  # noqa: E402
from oms_desktop.services.orders import LineRequest, OrderRequest  # noqa: E402
from tests import factories  # noqa: E402
from tests.documents.sample_shop import SHOP_EN, SHOP_ZH, build_shop  # noqa: E402

OUT = Path(__file__).resolve().parent


def make_logo(path: Path) -> None:
    """A small two-colour logo with a Chinese character, drawn with the shipped font."""
    image = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, 116, 116), radius=22, fill=(46, 110, 62))
    font = ImageFont.truetype(str(resource_dirs()[-1] / BUNDLED_FILE), 84, index=0)
    draw.text((60, 58), "茶", font=font, fill="white", anchor="mm")
    draw.text(
        (134, 60),
        "Tea Corner",
        font=ImageFont.truetype(str(resource_dirs()[-1] / BUNDLED_FILE), 44),
        fill=(46, 110, 62),
        anchor="lm",
    )
    image.save(path)


def long_order(uow: UnitOfWork) -> str:
    """A wholesale order of 45 lines, long enough for two pages."""
    lines = []
    for i in range(1, 46):
        sku = f"BULK-{i:02d}"
        factories.product(uow, sku, price=f"{i * 3}.90", stock=500, tax=900 if i % 3 else 1300,
                          name=f"散装商品 Bulk item {i} ({'ばら売り' if i % 4 == 0 else 'loose'})")  # fmt: skip
        lines.append(LineRequest(sku, 10 + i % 7, discount=Decimal(5 if i % 5 == 0 else 0)))
    buyer = factories.customer(uow, "上海李氏商贸有限公司", wholesale=True)
    request = OrderRequest(lines=lines, channel=orders.Channel.WHOLESALE, customer_code=buyer.code)
    return orders.create_order(uow, request).value.number


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        uow = UnitOfWork(open_database(f"sqlite:///{tmp}/samples.sqlite3"))
        shop = build_shop(uow)
        logo = Path(tmp) / "logo.png"
        make_logo(logo)
        zh = replace(SHOP_ZH, logo_path=str(logo))
        en = replace(SHOP_EN, logo_path=str(logo))
        products = queries.search_products(uow, "", limit=10)
        big = orders.get_order(uow, long_order(uow))
        documents = {
            "invoice-zh": render_invoice(shop.shipped, zh),
            "invoice-en-long": render_invoice(big, en),
            "receipt-80mm": render_receipt(shop.sale, zh),
            "receipt-58mm": render_receipt(shop.shipped, en, RECEIPT_58),
            "packing-slip": render_packing_slip(shop.shipped, zh),
            "shipping-label": render_shipping_label(shop.shipped, zh),
            "shipping-label-unshipped-en": render_shipping_label(shop.packed, en),
            "barcode-labels": finished(render_barcode_labels(products, zh, copies=3)),
        }
        for old in OUT.glob("*.p[dn][fg]"):
            old.unlink()
        for name, pdf in documents.items():
            (OUT / f"{name}.pdf").write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", "150", "-png", str(OUT / f"{name}.pdf"), str(OUT / name)], check=True
            )
        for png in sorted(OUT.glob("*.png")):
            found = subprocess.run(["zbarimg", "-q", str(png)], capture_output=True, text=True).stdout.split()
            print(f"{png.name}: {', '.join(found) or '-'}")


if __name__ == "__main__":
    main()
