"""The words printed on documents, in English and Simplified Chinese (terms from GLOSSARY.md)."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Words:
    invoice: str = "Invoice"
    receipt: str = "Receipt"
    packing_slip: str = "Packing slip"
    shipping_label: str = "Shipping label"
    invoice_no: str = "Invoice no."
    order_no: str = "Order no."
    invoice_date: str = "Invoice date"
    order_date: str = "Order date"
    customer_no: str = "Customer no."
    tax_id: str = "Tax ID"
    phone: str = "Tel."
    email: str = "Email"
    bill_to: str = "Bill to"
    ship_to: str = "Ship to"
    walk_in: str = "Walk-in customer"
    line_no: str = "No."
    sku: str = "SKU"
    item: str = "Item"
    quantity: str = "Qty"
    unit_price: str = "Unit price"
    discount: str = "Discount"
    tax_rate: str = "Tax %"
    tax: str = "Tax"
    amount: str = "Amount"
    subtotal: str = "Subtotal"
    net: str = "Net after discount"
    tax_band: str = "Tax {rate} on {net}"
    total: str = "Total"
    paid: str = "Paid"
    balance_due: str = "Balance due"
    payment_terms: str = "Payment terms"
    notes: str = "Notes"
    page_of: str = "Page {page} of {pages}"
    continued: str = "(continued)"
    packed: str = "Packed"
    pieces: str = "{lines} line{lines_s}, {pieces} piece{pieces_s}"
    sender: str = "From"
    recipient: str = "To"
    carrier: str = "Carrier"
    tracking_no: str = "Tracking no."
    not_shipped: str = "not shipped yet"
    tendered: str = "Tendered"
    change: str = "Change"
    refund: str = "Refund"
    thanks: str = "Thank you for shopping with us!"
    incl_tax: str = "incl. {rate} tax"
    no_barcode: str = "no barcode"
    code_too_long: str = "code too long for a barcode"
    methods: dict[str, str] = field(
        default_factory=lambda: {
            "cash": "Cash",
            "card": "Card",
            "bank_transfer": "Bank transfer",
            "mobile_wallet": "Mobile wallet",
            "store_credit": "Store credit",
        }
    )

    def contents(self, lines: int, pieces: int, count: Callable[[int], str]) -> str:
        """What a parcel holds: "3 lines, 13 pieces" ("1 line, 1 piece"); `count` formats a number."""
        plural = {"lines_s": "" if lines == 1 else "s", "pieces_s": "" if pieces == 1 else "s"}
        return self.pieces.format(lines=count(lines), pieces=count(pieces), **plural)

    def method(self, code: str) -> str:
        """A payment method's printed name; an unknown code is printed as stored."""
        return self.methods.get(code, code.replace("_", " "))


ENGLISH = Words()

CHINESE = Words(
    invoice="发票",
    receipt="购物小票",
    packing_slip="装箱单",
    shipping_label="快递面单",
    invoice_no="发票号",
    order_no="订单号",
    invoice_date="开票日期",
    order_date="下单日期",
    customer_no="客户编号",
    tax_id="税号",
    phone="电话",
    email="邮箱",
    bill_to="账单地址",
    ship_to="收货地址",
    walk_in="散客",
    line_no="序号",
    sku="货号",
    item="商品",
    quantity="数量",
    unit_price="单价",
    discount="折扣",
    tax_rate="税率",
    tax="税额",
    amount="金额",
    subtotal="小计",
    net="折后金额",
    tax_band="税额 {rate}（计税金额 {net}）",
    total="合计",
    paid="已付款",
    balance_due="待付金额",
    payment_terms="付款条件",
    notes="备注",
    page_of="第 {page} 页，共 {pages} 页",
    continued="（续）",
    packed="已装箱",
    pieces="{lines} 种商品，共 {pieces} 件",
    sender="寄件人",
    recipient="收件人",
    carrier="快递公司",
    tracking_no="快递单号",
    not_shipped="尚未发货",
    tendered="实收",
    change="找零",
    refund="退款",
    thanks="谢谢惠顾，欢迎再次光临！",
    incl_tax="含税 {rate}",
    no_barcode="无条码",
    code_too_long="编码过长，无法打印条码",
    methods={
        "cash": "现金",
        "card": "刷卡",
        "bank_transfer": "银行转账",
        "mobile_wallet": "移动支付",
        "store_credit": "储值余额",
    },
)


def words_for(language: str) -> Words:
    """The words for a shop language ("zh_CN", "zh", "en"...); anything but Chinese gets English."""
    return CHINESE if language.lower().startswith("zh") else ENGLISH
