"""Deterministic, realistic demo data, written through the same services a user calls."""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel, Order, PaymentMethod, PriceTier, Product
from oms_desktop.domain.barcode import gtin_check_digit
from oms_desktop.domain.errors import DomainError
from oms_desktop.services import catalogue, customers, inventory, orders, payments, shipping
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest

# (Chinese, English, unit price range in yuan, tax rate in basis points)
CATEGORIES: list[tuple[str, str, str, tuple[int, int], int]] = [
    ("TEA", "茶叶", "Tea", (18, 380), 900),
    ("SNK", "零食", "Snacks", (3, 45), 1300),
    ("DRK", "饮料", "Drinks", (2, 25), 1300),
    ("STA", "文具", "Stationery", (1, 60), 1300),
    ("HOM", "家居", "Home", (9, 299), 1300),
    ("PER", "个护", "Personal care", (6, 120), 1300),
    ("RIC", "粮油", "Rice & oil", (8, 160), 900),
]
ITEMS: dict[str, list[tuple[str, str]]] = {
    "TEA": [
        ("龙井绿茶", "Longjing Green Tea"),
        ("铁观音", "Tieguanyin Oolong"),
        ("普洱熟茶", "Ripe Pu-erh"),
        ("茉莉花茶", "Jasmine Tea"),
        ("正山小种", "Lapsang Souchong"),
        ("白毫银针", "Silver Needle"),
    ],
    "SNK": [
        ("牛肉干", "Beef Jerky"),
        ("瓜子", "Sunflower Seeds"),
        ("芝麻糖", "Sesame Candy"),
        ("海苔", "Seaweed Snack"),
        ("饼干", "Biscuits"),
        ("巧克力", "Chocolate"),
    ],
    "DRK": [
        ("矿泉水", "Mineral Water"),
        ("酸梅汤", "Sour Plum Drink"),
        ("豆奶", "Soy Milk"),
        ("凉茶", "Herbal Tea Drink"),
        ("橙汁", "Orange Juice"),
        ("咖啡", "Coffee"),
    ],
    "STA": [
        ("中性笔", "Gel Pen"),
        ("笔记本", "Notebook"),
        ("毛笔", "Calligraphy Brush"),
        ("便利贴", "Sticky Notes"),
        ("胶带", "Tape"),
        ("计算器", "Calculator"),
    ],
    "HOM": [
        ("保温杯", "Vacuum Flask"),
        ("毛巾", "Towel"),
        ("收纳盒", "Storage Box"),
        ("茶具套装", "Tea Set"),
        ("拖鞋", "Slippers"),
        ("台灯", "Desk Lamp"),
    ],
    "PER": [
        ("洗发水", "Shampoo"),
        ("牙膏", "Toothpaste"),
        ("香皂", "Soap"),
        ("护手霜", "Hand Cream"),
        ("面巾纸", "Tissues"),
        ("牙刷", "Toothbrush"),
    ],
    "RIC": [
        ("东北大米", "Northeast Rice"),
        ("花生油", "Peanut Oil"),
        ("面粉", "Wheat Flour"),
        ("小米", "Millet"),
        ("酱油", "Soy Sauce"),
        ("香醋", "Black Vinegar"),
    ],
}
VARIANTS = ["100g", "250g", "500g", "1kg", "小号 S", "中号 M", "大号 L", "经典 Classic", "礼盒 Gift box"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "华",
    "慧",
]
ENGLISH = [
    "Alice Smith",
    "Bob Chen",
    "Carol Wang",
    "David Lee",
    "Emma Liu",
    "Frank Zhou",
    "Grace Lin",
    "Henry Wu",
]
CITIES = [
    ("上海市", "浦东新区"),
    ("北京市", "朝阳区"),
    ("广州市", "天河区"),
    ("深圳市", "南山区"),
    ("杭州市", "西湖区"),
    ("成都市", "武侯区"),
    ("南京市", "鼓楼区"),
    ("武汉市", "洪山区"),
]
STREETS = ["人民路", "解放路", "中山路", "建设路", "和平路", "长江路", "文化路"]
COMPANIES = ["商贸有限公司", "超市", "便利店", "茶行", "百货商店", "餐饮管理有限公司"]
CARRIERS = ["SF Express 顺丰", "ZTO 中通", "YTO 圆通", "JD Logistics 京东", "EMS"]


@dataclass(frozen=True)
class DemoSummary:
    products: int
    customers: int
    orders: int


def ean13(rng: random.Random) -> str:
    body = "69" + "".join(str(rng.randrange(10)) for _ in range(10))
    return body + str(gtin_check_digit(body))


def _day_weight(day: datetime) -> float:
    weekly = 1.5 if day.weekday() >= 5 else 1.0
    seasonal = 1.0 + 0.35 * math.cos(
        2 * math.pi * (day.timetuple().tm_yday - 20) / 365
    )  # peak around New Year
    return weekly * seasonal


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def generate(
    uow: UnitOfWork,
    *,
    orders_count: int = 1500,
    seed: int = 1,
    products_count: int = 300,
    customers_count: int = 250,
    now: datetime | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database: products, customers, a year of orders in every channel and status.

    `progress(done, total)` may return False to cancel; nothing is then kept.
    """
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=365)
    clock = _Clock(start - timedelta(days=3))
    demo_uow = UnitOfWork(uow.engine, user="demo", clock=clock)
    with demo_uow.batch() as batch:
        session = batch.session  # type: ignore[attr-defined]
        if session.scalar(select(func.count(Order.id))) or session.scalar(select(func.count(Product.id))):
            raise DomainError("Demo data goes into an empty database only; this one has products or orders")
        catalogue.add_location(batch, "BACK", "Back room 后仓")
        catalogue.add_location(batch, "WH", "Warehouse 仓库")
        skus = _products(batch, rng, products_count)
        codes = _customers(batch, rng, customers_count)
        wholesale = [c for c, tier in codes if tier is PriceTier.WHOLESALE]
        retail = [c for c, tier in codes if tier is PriceTier.RETAIL]
        # Opening stock a few days before the first order.
        for sku in skus:
            inventory.receive(batch, sku, rng.randint(40, 160))
            if rng.random() < 0.2:
                inventory.receive(batch, sku, rng.randint(10, 40), location="WH")
        times = _order_times(rng, start, end, orders_count)
        for done, when in enumerate(times, start=1):
            clock.now = when
            recent = done > orders_count * 0.9  # the newest tenth is still in progress
            _one_order(batch, rng, skus, wholesale, retail, when, recent)
            if progress is not None and done % 50 == 0 and not progress(done, orders_count):
                raise DomainError("Demo data cancelled; nothing was written")
        if progress is not None:
            progress(orders_count, orders_count)
        return DemoSummary(len(skus), len(codes), orders_count)


def _products(uow: UnitOfWork, rng: random.Random, count: int) -> list[str]:
    skus = []
    barcodes: set[str] = set()
    for i in range(count):
        prefix, _zh_cat, _en_cat, (lo, hi), tax = CATEGORIES[i % len(CATEGORIES)]
        zh, en = rng.choice(ITEMS[prefix])
        variant = VARIANTS[(i // len(CATEGORIES)) % len(VARIANTS)]
        price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
        price = (price * 2).quantize(Decimal("1")) / 2 - Decimal("0.01") if price > 5 else price
        cost = (price * Decimal(rng.uniform(0.45, 0.75))).quantize(Decimal("0.01"))
        code = ean13(rng)
        while code in barcodes:
            code = ean13(rng)
        barcodes.add(code)
        sku = f"{prefix}-{i + 1:04d}"
        # Some products carry only a Chinese or only an English name, as real catalogues do.
        name = {0: f"{zh} {en} {variant}", 1: f"{zh} {variant}", 2: f"{en} {variant}"}[i % 5 % 3]
        catalogue.add_product(
            uow,
            ProductInput(
                sku=sku,
                name=name,
                price=price,
                barcode=code,
                cost=cost,
                tax_rate_bp=tax,
                reorder_point=rng.choice([5, 10, 10, 20]),
                wholesale_price=(price * Decimal("0.85")).quantize(Decimal("0.01")),
                unit="pcs" if prefix not in ("RIC",) else "bag",
            ),
        )
        skus.append(sku)
    return skus


def _customers(uow: UnitOfWork, rng: random.Random, count: int) -> list[tuple[str, PriceTier]]:
    result = []
    for i in range(count):
        city, district = rng.choice(CITIES)
        address = f"{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号"
        tier = PriceTier.WHOLESALE if i % 6 == 0 else PriceTier.RETAIL
        if tier is PriceTier.WHOLESALE:
            name = f"{city[:2]}{rng.choice(SURNAMES)}氏{rng.choice(COMPANIES)}"
        elif i % 9 == 4:
            name = rng.choice(ENGLISH)
        else:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        out = customers.add_customer(
            uow,
            CustomerInput(
                name=name,
                phone=f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}",
                email=f"customer{i + 1}@example.com" if rng.random() < 0.6 else "",
                billing_address=address,
                price_tier=tier,
                credit_limit=Decimal(rng.choice([5000, 10000, 20000]))
                if tier is PriceTier.WHOLESALE
                else Decimal(0),
            ),
        )
        result.append((out.value.code, tier))
    return result


def _order_times(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    days = [start + timedelta(days=d) for d in range((end - start).days)]
    weights = [_day_weight(d) for d in days]
    chosen = rng.choices(days, weights=weights, k=count)
    times = []
    for day in chosen:
        # Shop hours, 09:00-21:00 local China time (UTC+8), busiest at lunch and after work.
        hour = rng.choice([9, 10, 11, 11, 12, 12, 13, 14, 15, 16, 17, 17, 18, 18, 19, 20])
        local = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
        times.append(min(local - timedelta(hours=8), end - timedelta(minutes=1)))
    return sorted(times)


def _one_order(
    uow: UnitOfWork,
    rng: random.Random,
    skus: list[str],
    wholesale: list[str],
    retail: list[str],
    when: datetime,
    recent: bool,
) -> None:
    channel = rng.choices(list(Channel), weights=[60, 15, 15, 10])[0]
    size = rng.choice([1, 1, 2, 2, 3, 4]) if channel is not Channel.WHOLESALE else rng.randint(3, 8)
    picks = rng.sample(skus, size)
    lines = [
        LineRequest(sku, rng.randint(10, 40) if channel is Channel.WHOLESALE else rng.choice([1, 1, 1, 2, 3]))
        for sku in picks
    ]
    for line in lines:
        _restock(uow, rng, line.code, line.quantity)
    if channel is Channel.COUNTER:
        customer = rng.choice(retail) if rng.random() < 0.25 else None
        total = orders.quote(uow, lines, customer).total
        method = rng.choices(
            [PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE_WALLET], weights=[35, 25, 40]
        )[0]
        tendered = None
        if method is PaymentMethod.CASH:
            tendered = max(total, Decimal(math.ceil(total / 50) * 50)) if rng.random() < 0.7 else total
        orders.create_order(
            uow,
            OrderRequest(
                lines=lines,
                customer_code=customer,
                payments=[PaymentRequest(method, total, tendered)],
                idempotency_key=f"demo-{when.timestamp()}-{rng.random()}",
            ),
        )
        return
    customer = rng.choice(wholesale if channel is Channel.WHOLESALE else retail)
    out = orders.create_order(
        uow, OrderRequest(lines=lines, channel=channel, customer_code=customer, confirm=True)
    )
    number, total = out.value.number, out.value.total
    clock = uow.clock
    if rng.random() < 0.05:
        orders.cancel(uow, number, "customer changed their mind")
        return
    # The newest orders are still on their way; older ones have been delivered and paid.
    stage = rng.randrange(5) if recent else 5
    if stage == 0:
        return  # pending payment
    method = PaymentMethod.BANK_TRANSFER if channel is Channel.WHOLESALE else PaymentMethod.MOBILE_WALLET
    _advance(clock, when, hours=rng.randint(1, 20))
    if channel is Channel.WHOLESALE and rng.random() < 0.3:
        payments.pay(uow, number, PaymentRequest(method, (total / 2).quantize(Decimal("0.01"))))
    else:
        payments.pay(uow, number, PaymentRequest(method, total))
    if stage == 1:
        return  # paid, not yet packed
    _advance(clock, when, hours=rng.randint(21, 40))
    orders.pack(uow, number)
    if stage == 2:
        return  # to ship
    _advance(clock, when, hours=rng.randint(41, 60))
    carrier = rng.choice(CARRIERS)
    shipping.ship(
        uow, number, carrier=carrier, tracking=f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}"
    )
    if stage in (3, 4):
        return  # shipped
    _advance(clock, when, hours=rng.randint(72, 120))
    shipping.deliver(uow, number)
    detail = orders.get_order(uow, number)
    if detail.balance > 0:
        payments.pay(uow, number, PaymentRequest(method, detail.balance))


def _advance(clock: Callable[[], datetime], start: datetime, *, hours: int) -> None:
    if isinstance(clock, _Clock):
        clock.now = start + timedelta(hours=hours)


def _restock(uow: UnitOfWork, rng: random.Random, sku: str, wanted: int) -> None:
    level = inventory.stock_levels(uow, sku)[0]
    if level.available < wanted + 5:
        inventory.receive(uow, sku, wanted + rng.randint(30, 120))
