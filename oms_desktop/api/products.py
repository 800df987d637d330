"""GET /api/v1/products?search= and GET /api/v1/products/{sku} (with stock per location)."""

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from oms_desktop.api.auth import Reader
from oms_desktop.api.errors import ERRORS
from oms_desktop.api.values import text_of
from oms_desktop.services import catalogue, inventory, product_search
from oms_desktop.services.records import ProductRecord, StockLevelRecord

router = APIRouter(prefix="/api/v1/products", tags=["products"], responses=ERRORS)


class Product(BaseModel):
    sku: str
    barcode: str | None
    name: str
    unit: str
    price: str  # before or including tax, as the shop's setting says (exact text: "12.50")
    tax_rate: str  # percent
    active: bool
    on_hand: str  # quantities in the product's unit, as text ("3", "0.255")
    reserved: str
    available: str


class Level(BaseModel):
    location: str
    location_name: str
    on_hand: str
    reserved: str
    available: str


class ProductWithStock(Product):
    locations: list[Level]


def _product(p: ProductRecord) -> dict[str, object]:
    return {
        "sku": p.sku,
        "barcode": p.barcode,
        "name": p.name,
        "unit": p.unit,
        "price": text_of(p.price),
        "tax_rate": text_of(p.tax_rate),
        "active": p.active,
        "on_hand": text_of(p.on_hand),
        "reserved": text_of(p.reserved),
        "available": text_of(p.available),
    }


def _level(lv: StockLevelRecord) -> Level:
    return Level(
        location=lv.location_code,
        location_name=lv.location_name,
        on_hand=text_of(lv.on_hand),
        reserved=text_of(lv.reserved),
        available=text_of(lv.available),
    )


@router.get("", response_model=list[Product])
def list_products(
    uow: Reader,
    search: Annotated[str, Query(max_length=200, description="SKU, barcode or part of a name")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[Product]:
    found = product_search.search_products(uow, search, limit=limit, offset=offset)
    return [Product.model_validate(_product(p)) for p in found]


@router.get("/{sku}", response_model=ProductWithStock)
def get_product(uow: Reader, sku: str) -> ProductWithStock:
    product = catalogue.find_product(uow, sku, with_on_order=False)
    levels = inventory.stock_levels(uow, product.sku)
    return ProductWithStock.model_validate({**_product(product), "locations": [_level(lv) for lv in levels]})
