"""The words printed on documents, in English and Simplified Chinese (terms from GLOSSARY.md)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oms_desktop.services.settings import ShopSettings


@dataclass(frozen=True)
class Words:
    invoice: str = "Invoice"
    receipt: str = "Receipt"
    return_receipt: str = "Return"
    return_no: str = "Return no."
    returned_total: str = "Goods back"
    money_back: str = "Money back"
    new_sale: str = "New sale"
    store_credit_now: str = "Store credit now"
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
    tax_band_included: str = "Incl. tax {rate} (net {net})"
    amount_included: str = "Amount incl. tax"
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
    # A quotation (services/quotes.py): the invoice's layout, valid until a day, no payments
    quotation: str = "Quotation"
    quotation_no: str = "Quotation no."
    quotation_date: str = "Date"
    valid_until: str = "Valid until"
    expired_on: str = "{day} (expired)"
    quotation_validity: str = (
        "These prices are offered until {day}. Nothing is reserved until the order is confirmed; "
        "after that day the prices are those of the day it is confirmed."
    )
    # The purchase order sent to a supplier
    purchase_order: str = "Purchase order"
    po_no: str = "PO no."
    po_date: str = "Date"
    supplier: str = "Supplier"
    supplier_no: str = "Supplier no."
    attention: str = "Attn."
    deliver_to: str = "Deliver to"
    location: str = "Location"
    our_sku: str = "Our SKU"
    supplier_sku: str = "Supplier SKU"
    unit_cost: str = "Unit cost"
    line_total: str = "Amount"
    received: str = "Received"
    po_total: str = "Total ({currency})"
    received_once: str = "Received so far: one delivery, on {day}."
    received_many: str = "Received so far: {count} deliveries, the last on {day}."
    po_request: str = "Please confirm this order and quote our PO number on your delivery note and invoice."
    # A customer's statement of account
    statement: str = "Statement"
    statement_period: str = "Period"
    period_range: str = "{start} – {end}"
    statement_date: str = "Balance as of"
    terms_days: str = "{days} days"
    terms_on_receipt: str = "Due on receipt"
    credit_limit: str = "Credit limit"
    customer: str = "Customer"
    account_summary: str = "Account summary"
    date: str = "Date"
    document: str = "Document"
    description: str = "Description"
    due_date: str = "Due"
    debit: str = "Debit"
    credit: str = "Credit"
    running_balance: str = "Balance"
    opening_balance: str = "Opening balance on {day}"
    closing_balance: str = "Closing balance on {day}"
    line_order: str = "Order"
    line_payment: str = "Payment, {method}"
    line_payment_ref: str = "Payment, {method}\nref. {reference}"
    line_return: str = "Return, {order}"
    charged: str = "Orders on account"
    credited: str = "Payments and returns"
    ageing_title: str = "Ageing of the balance on {day} (days past due)"
    ageing_total: str = "Total owed"
    no_movements: str = "No orders, payments or returns in this period."
    statement_request: str = "Please pay what is past due, quoting your customer number."
    buckets: dict[str, str] = field(
        default_factory=lambda: {
            "not_due": "Not yet due",
            "days_1_30": "1–30 days",
            "days_31_60": "31–60 days",
            "days_61_90": "61–90 days",
            "over_90": "Over 90 days",
        }
    )
    # The till's X and Z reports
    z_report: str = "Z report No. {number}"
    x_report: str = "X report (not closed)"
    till: str = "Till"
    currency: str = "Currency"
    opened_by: str = "Opened by"
    opened_at: str = "Opened at"
    closed_by: str = "Closed by"
    closed_at: str = "Closed at"
    approved_by: str = "Approved by"
    sales_by_method: str = "Sales by payment method"
    refunds_by_method: str = "Refunds by payment method"
    net_sales: str = "Net sales"
    cash_drawer: str = "Cash drawer"
    float_amount: str = "Float"
    cash_sales: str = "Cash sales"
    cash_refunds: str = "Cash refunds"
    cash_in: str = "Cash in"
    cash_out: str = "Cash out"
    expected_cash: str = "Expected cash"
    counted_cash: str = "Counted cash"
    variance: str = "Variance"
    blind_count: str = "Blind count: expected cash not shown"
    counted_by_face: str = "Counted by denomination"
    face: str = "Face"
    count_pieces: str = "Pieces"
    counts: str = "Counts"
    sales_count: str = "Sales"
    returns_count: str = "Returns"
    voids: str = "Voids"
    overrides: str = "Manager overrides"
    no_sales: str = "Drawer opened without sale"
    discounts_given: str = "Discounts given"
    by_cashier: str = "By cashier"
    cashier: str = "Cashier"
    cashier_sales: str = "Sales"
    taken: str = "Taken"
    refunded: str = "Refunded"
    cash_moves: str = "Cash in and out"
    move_approved: str = "approved by {name}"
    audit_chain: str = "Audit chain"
    none: str = "none"
    methods: dict[str, str] = field(
        default_factory=lambda: {
            "cash": "Cash",
            "card": "Card",
            "wechat_pay": "WeChat Pay",
            "alipay": "Alipay",
            "unionpay": "UnionPay card",
            "bank_transfer": "Bank transfer",
            "mobile_wallet": "Mobile wallet",
            "store_credit": "Store credit",
            "exchange": "Exchange",
        }
    )
    move_kinds: dict[str, str] = field(
        default_factory=lambda: {"cash_in": "Cash in", "cash_out": "Cash out", "no_sale": "No sale"}
    )
    units: dict[str, str] = field(default_factory=dict)  # a product's unit as printed; others as stored

    def contents(self, lines: int, pieces: int, count: Callable[[int], str]) -> str:
        """What a parcel holds: "3 lines, 13 pieces" ("1 line, 1 piece"); `count` formats a number."""
        plural = {"lines_s": "" if lines == 1 else "s", "pieces_s": "" if pieces == 1 else "s"}
        return self.pieces.format(lines=count(lines), pieces=count(pieces), **plural)

    def tax_of(self, rate: str, included: bool) -> str:
        """A receipt's tax line: "Tax 13%" added on top, or "incl. 13% tax" inside the total."""
        return self.incl_tax.format(rate=rate) if included else f"{self.tax} {rate}"

    def move_kind(self, code: str) -> str:
        """A till cash move's printed kind (cash in, cash out, drawer opened without a sale)."""
        return self.move_kinds.get(code, code.replace("_", " "))

    def unit(self, code: str) -> str:
        """A product's unit as printed after a quantity ("pcs" is "件" in Chinese)."""
        return self.units.get(code, code)

    def deliveries(self, count: int, day: str) -> str:
        """How much of a PO has come, in how many deliveries: "Received so far: 2 deliveries, the last on ..."."""
        if count == 1:
            return self.received_once.format(day=day)
        return self.received_many.format(count=count, day=day)

    def bucket(self, code: str) -> str:
        """An ageing bucket's printed name (receivables.BUCKETS)."""
        return self.buckets.get(code, code.replace("_", " "))

    def terms(self, days: int) -> str:
        """A customer's payment terms: "30 days", or due on receipt for 0."""
        return self.terms_days.format(days=days) if days else self.terms_on_receipt

    def method(self, code: str) -> str:
        """A payment method's printed name; an unknown code is printed as stored."""
        return self.methods.get(code, code.replace("_", " "))


ENGLISH = Words()

CHINESE = Words(
    invoice="发票",
    receipt="购物小票",
    return_receipt="退货单",
    return_no="退货单号",
    returned_total="退货金额",
    money_back="退款",
    new_sale="换货新单",
    store_credit_now="当前储值余额",
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
    tax_band_included="含税 {rate}（不含税金额 {net}）",
    amount_included="含税金额",
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
    quotation="报价单",
    quotation_no="报价单号",
    quotation_date="报价日期",
    valid_until="有效期至",
    expired_on="{day}（已过期）",
    quotation_validity="以上报价有效期至 {day}。订单确认前不预留货品；逾期确认的，按确认当日价格计算。",
    purchase_order="采购订单",
    po_no="采购单号",
    po_date="日期",
    supplier="供应商",
    supplier_no="供应商编号",
    attention="联系人",
    deliver_to="送货地址",
    location="收货库位",
    our_sku="本店货号",
    supplier_sku="供应商货号",
    unit_cost="单价",
    line_total="金额",
    received="已到货",
    po_total="合计（{currency}）",
    received_once="已到货：1 批，于 {day}。",
    received_many="已到货：{count} 批，最近一批于 {day}。",
    po_request="请确认此订单，并在送货单和发票上注明我方采购单号。",
    statement="对账单",
    statement_period="对账期间",
    period_range="{start} 至 {end}",
    statement_date="余额截至",
    terms_days="{days} 天",
    terms_on_receipt="货到付款",
    credit_limit="信用额度",
    customer="客户",
    account_summary="账户摘要",
    date="日期",
    document="单据",
    description="摘要",
    due_date="到期日",
    debit="借方（应收）",
    credit="贷方（已收）",
    running_balance="余额",
    opening_balance="期初余额（{day}）",
    closing_balance="期末余额（{day}）",
    line_order="赊账订单",
    line_payment="收款，{method}",
    line_payment_ref="收款，{method}\n凭证 {reference}",
    line_return="{order} 退货",
    charged="本期赊账订单",
    credited="本期收款及退货",
    ageing_title="{day} 余额账龄（逾期天数）",
    ageing_total="欠款合计",
    no_movements="本期间没有订单、收款或退货。",
    statement_request="请支付已逾期的款项，并注明您的客户编号。",
    buckets={
        "not_due": "未到期",
        "days_1_30": "逾期 1–30 天",
        "days_31_60": "逾期 31–60 天",
        "days_61_90": "逾期 61–90 天",
        "over_90": "逾期 90 天以上",
    },
    z_report="Z报表（交班报表）第 {number} 号",
    x_report="X报表（未交班）",
    till="收银台",
    currency="币种",
    opened_by="开班人",
    opened_at="开班时间",
    closed_by="交班人",
    closed_at="交班时间",
    approved_by="批准人",
    sales_by_method="按支付方式销售额",
    refunds_by_method="按支付方式退款",
    net_sales="净销售额",
    cash_drawer="钱箱",
    float_amount="备用金",
    cash_sales="现金销售",
    cash_refunds="现金退款",
    cash_in="现金存入",
    cash_out="现金取出",
    expected_cash="应有现金",
    counted_cash="实点现金",
    variance="差额",
    blind_count="盲点：不显示应有现金",
    counted_by_face="按面额清点",
    face="面额",
    count_pieces="数量",
    counts="笔数统计",
    sales_count="销售笔数",
    returns_count="退货笔数",
    voids="作废笔数",
    overrides="主管授权次数",
    no_sales="无销售开钱箱次数",
    discounts_given="折扣总额",
    by_cashier="按收银员",
    cashier="收银员",
    cashier_sales="笔数",
    taken="收款",
    refunded="退款",
    cash_moves="现金存取",
    move_approved="批准人 {name}",
    audit_chain="审计链",
    none="无",
    methods={
        "cash": "现金",
        "card": "刷卡",
        "wechat_pay": "微信支付",
        "alipay": "支付宝",
        "unionpay": "银联卡",
        "bank_transfer": "银行转账",
        "mobile_wallet": "移动支付",
        "store_credit": "储值余额",
        "exchange": "换货抵扣",
    },
    move_kinds={"cash_in": "现金存入", "cash_out": "现金取出", "no_sale": "无销售开钱箱"},
    units={"pcs": "件", "pc": "件", "kg": "千克", "g": "克", "box": "箱", "m": "米", "l": "升"},
)


def words_for(language: str) -> Words:
    """The words for a shop language ("zh_CN", "zh", "en"...); anything but Chinese gets English."""
    return CHINESE if language.lower().startswith("zh") else ENGLISH


def shop_lines(settings: "ShopSettings", words: Words) -> list[str]:
    """The shop's address, phone, e-mail and tax id as printed under its name, on paper and on the roll."""
    lines = [ln.strip() for ln in settings.address.splitlines() if ln.strip()]
    if settings.phone:
        lines.append(f"{words.phone} {settings.phone}")
    if settings.email:
        lines.append(f"{words.email} {settings.email}")
    if settings.tax_id:
        lines.append(f"{words.tax_id} {settings.tax_id}")
    return lines
