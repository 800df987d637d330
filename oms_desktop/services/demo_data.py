"""What the demo shop sells and who buys there: deterministic specs, written by demo.py or demo_bulk.py."""

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from oms_desktop.domain.barcode import gtin_check_digit
from oms_desktop.domain.customer import PriceTier
from oms_desktop.domain.order import Channel
from oms_desktop.domain.order_workflow import Action
from oms_desktop.domain.payment import PaymentMethod

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
CANCEL_REASON = "customer changed their mind"
CARRIERS = ["SF Express 顺丰", "ZTO 中通", "YTO 圆通", "JD Logistics 京东", "EMS"]


@dataclass(frozen=True)
class ProductSpec:
    sku: str
    name: str
    price: Decimal
    wholesale_price: Decimal
    cost: Decimal
    barcode: str
    tax_rate_bp: int
    reorder_point: int
    unit: str


@dataclass(frozen=True)
class CustomerSpec:
    name: str
    phone: str
    email: str
    address: str
    tier: PriceTier
    credit_limit: Decimal


def ean13(rng: random.Random) -> str:
    body = "69" + "".join(str(rng.randrange(10)) for _ in range(10))
    return body + str(gtin_check_digit(body))


def day_weight(day: datetime) -> float:
    weekly = 1.5 if day.weekday() >= 5 else 1.0
    seasonal = 1.0 + 0.35 * math.cos(
        2 * math.pi * (day.timetuple().tm_yday - 20) / 365
    )  # peak around New Year
    return weekly * seasonal


def product_specs(rng: random.Random, count: int) -> list[ProductSpec]:
    """`count` products across the categories, each with a unique valid EAN-13."""
    specs = []
    barcodes: set[str] = set()
    for i in range(count):
        prefix, _zh_cat, _en_cat, (lo, hi), tax = CATEGORIES[i % len(CATEGORIES)]
        zh, en = rng.choice(ITEMS[prefix])
        variant = VARIANTS[(i // len(CATEGORIES)) % len(VARIANTS)]
        price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
        price = (price * 2).quantize(Decimal("1")) / 2 - Decimal("0.01") if price > 5 else price
        code = ean13(rng)
        while code in barcodes:
            code = ean13(rng)
        barcodes.add(code)
        # Some products carry only a Chinese or only an English name, as real catalogues do.
        name = {0: f"{zh} {en} {variant}", 1: f"{zh} {variant}", 2: f"{en} {variant}"}[i % 5 % 3]
        specs.append(
            ProductSpec(
                sku=f"{prefix}-{i + 1:04d}" if count < 10000 else f"{prefix}-{i + 1:06d}",
                name=name,
                price=price,
                wholesale_price=(price * Decimal("0.85")).quantize(Decimal("0.01")),
                cost=(price * Decimal(rng.uniform(0.45, 0.75))).quantize(Decimal("0.01")),
                barcode=code,
                tax_rate_bp=tax,
                reorder_point=rng.choice([5, 10, 10, 20]),
                unit="bag" if prefix == "RIC" else "pcs",
            )
        )
    return specs


def customer_specs(rng: random.Random, count: int) -> list[CustomerSpec]:
    """`count` customers; one in six is a wholesale business."""
    specs = []
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
        specs.append(
            CustomerSpec(
                name=name,
                phone=f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}",
                email=f"customer{i + 1}@example.com" if rng.random() < 0.6 else "",
                address=address,
                tier=tier,
                credit_limit=Decimal(rng.choice([5000, 10000, 20000]))
                if tier is PriceTier.WHOLESALE
                else Decimal(0),
            )
        )
    return specs


def order_times(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    days = [start + timedelta(days=d) for d in range((end - start).days)]
    weights = [day_weight(d) for d in days]
    chosen = rng.choices(days, weights=weights, k=count)
    times = []
    for day in chosen:
        # Shop hours, 09:00-21:00 local China time (UTC+8), busiest at lunch and after work.
        hour = rng.choice([9, 10, 11, 11, 12, 12, 13, 14, 15, 16, 17, 17, 18, 18, 19, 20])
        local = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
        times.append(min(local - timedelta(hours=8), end - timedelta(minutes=1)))
    return sorted(times)


@dataclass(frozen=True)
class StoryStep:
    """One action of a demo order's life, `hours` after it was taken; PAY takes half or the balance."""

    action: Action
    hours: int = 0
    half: bool = False


@dataclass(frozen=True)
class Story:
    """How one demo order lives: its channel, lines' size, payment method and actions. demo.py tells it to
    the services; demo_bulk.py to the bulk writer; both through the one workflow table."""

    channel: Channel
    size: int
    wholesale_quantities: bool
    method: PaymentMethod
    steps: tuple[StoryStep, ...]
    round_cash_to: int = 0  # cash tendered rounded up to this many yuan (0: exact)
    carrier: str = ""
    tracking: str = ""


def order_story(rng: random.Random, recent: bool) -> Story:
    """The life of one demo order; the newest orders (`recent`) are still on their way."""
    channel = rng.choices(list(Channel), weights=[60, 15, 15, 10])[0]
    wholesale = channel is Channel.WHOLESALE
    size = rng.randint(3, 8) if wholesale else rng.choice([1, 1, 2, 2, 3, 4])
    if channel is Channel.COUNTER:
        method = rng.choices(
            [PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.MOBILE_WALLET], weights=[35, 25, 40]
        )[0]
        rounding = 50 if method is PaymentMethod.CASH and rng.random() < 0.7 else 0
        return Story(
            channel, size, False, method, (StoryStep(Action.CREATE), StoryStep(Action.CHECKOUT)), rounding
        )
    method = PaymentMethod.BANK_TRANSFER if wholesale else PaymentMethod.MOBILE_WALLET
    steps = [StoryStep(Action.CREATE), StoryStep(Action.CONFIRM)]
    if rng.random() < 0.05:
        return Story(channel, size, wholesale, method, (*steps, StoryStep(Action.CANCEL, rng.randint(1, 20))))
    stage = rng.randrange(5) if recent else 5
    half_paid = False
    if stage >= 1:
        pay = StoryStep(Action.PAY, rng.randint(1, 20), half=wholesale and rng.random() < 0.3)
        half_paid = pay.half
        steps.append(pay)
    if stage >= 2:
        steps.append(StoryStep(Action.PACK, rng.randint(21, 40)))
    carrier = tracking = ""
    if stage >= 3:
        carrier = rng.choice(CARRIERS)
        tracking = f"{carrier[:2].upper()}{rng.randint(10**11, 10**12 - 1)}"
        steps.append(StoryStep(Action.SHIP, rng.randint(41, 60)))
    if stage >= 5:
        delivered = rng.randint(72, 120)
        steps.append(StoryStep(Action.DELIVER, delivered))
        if half_paid:
            steps.append(StoryStep(Action.PAY, delivered))
    return Story(channel, size, wholesale, method, tuple(steps), 0, carrier, tracking)


def line_quantity(rng: random.Random, wholesale: bool) -> int:
    return rng.randint(10, 40) if wholesale else rng.choice([1, 1, 1, 2, 3])


def tendered(total_minor: int, story: Story) -> int | None:
    """Cash handed over for `total_minor`: rounded up to a note of `round_cash_to` yuan, or exact; None for
    other methods."""
    if story.method is not PaymentMethod.CASH:
        return None
    if not story.round_cash_to:
        return total_minor
    note = story.round_cash_to * 100
    return max(total_minor, -(-total_minor // note) * note)
