"""The words charts print, in English and Simplified Chinese (terms from the project glossary)."""

WORDS: dict[str, tuple[str, str]] = {
    # chart titles
    "kpis": ("Headline numbers", "经营概览"),
    "sales-over-time": ("Sales over time", "销售趋势"),
    "top-products": ("Top products", "商品排行"),
    "top-customers": ("Top customers", "客户排行"),
    "channels": ("Sales by channel", "各渠道销售额"),
    "payment-methods": ("Payments by method", "各支付方式收款"),
    "order-status": ("Orders by status", "订单状态分布"),
    "fulfilment": ("Order processing", "订单处理"),
    "stock-value": ("Stock value at cost", "库存成本金额"),
    "low-stock": ("Low stock", "库存预警"),
    "turnover": ("Inventory turnover", "库存周转率"),
    "demand": ("Demand and reorder point", "需求与再订货点"),
    # measures
    "sales": ("Sales", "销售额"),
    "orders": ("Orders", "订单数"),
    "average_order_value": ("Average order value", "客单价"),
    "units": ("Units sold", "销量"),
    "gross_margin": ("Gross margin", "毛利"),
    "margin_percent": ("Gross margin %", "毛利率"),
    "refunds": ("Refunds", "退款"),
    "received": ("Received", "收款"),
    "refunded": ("Refunded", "退款"),
    "hours": ("Hours from order to shipment", "下单至发货时长（小时）"),
    "average": ("Average", "平均"),
    "completion": ("Completion rate", "完成率"),
    "completed": ("Completed", "已完成"),
    "in_progress": ("In progress", "处理中"),
    "cancelled": ("Cancelled or returned", "已取消或退货"),
    "stock_value": ("Value at cost", "成本金额"),
    "stock_units": ("Units on hand", "在库数量"),
    "available": ("Available", "可用数量"),
    "reorder_point": ("Reorder point", "再订货点"),
    "turnover_ratio": ("Turnover (COGS / average inventory)", "周转率（销货成本 / 平均库存）"),
    "fastest": ("Fastest movers", "周转最快"),
    "slowest": ("Slow movers (with stock)", "滞销商品（有库存）"),
    "this_period": ("This period", "本期"),
    "previous_period": ("Previous period", "上期"),
    "previous": ("previous", "上期"),
    "versus_previous": ("{change} vs previous", "较上期 {change}"),
    "top_n": ("top {n}", "前 {n} 名"),
    "no_data": ("Nothing to show for this period", "本期没有数据"),
    "no_low_stock": ("No product is below its reorder point", "没有低于再订货点的商品"),
    "total": ("Total", "合计"),
    "orders_count": ("{n} orders", "{n} 笔订单"),
    "shipped_count": ("{n} shipped", "已发货 {n} 笔"),
    "overall": ("Overall {value}", "总体 {value}"),
    "pp": ("pp", "个百分点"),
    "walk_in": ("Walk-in", "散客"),
    "below_reorder": ("{n} products below their reorder point now", "当前 {n} 种商品低于再订货点"),
    "showing": ("showing {n}", "显示 {n} 种"),
    "by_day": ("by day", "按日"),
    "by_week": ("by week", "按周"),
    "by_month": ("by month", "按月"),
    "by_revenue": ("by sales", "按销售额"),
    "by_quantity": ("by units sold", "按销量"),
    "share_of_sales": ("{share} of sales", "占销售额 {share}"),
    "units_short": ("{n} units", "{n} 件"),
    # the demand chart of one product
    "daily_demand": ("Daily demand, last {n} days ({unit})", "近 {n} 天每日需求（{unit}）"),
    "demand_a_day": ("Demand ({unit} a day)", "需求（{unit}/天）"),
    "mean_demand": ("Mean {value} a day", "日均 {value}"),
    "stock_over_lead_time": ("Stock over the lead time ({n} days)", "补货周期内库存（{n} 天）"),
    "stock_in_unit": ("Stock ({unit})", "库存（{unit}）"),
    "projected": ("On hand projected (available + on order)", "预计库存（可用 + 在途）"),
    "safety_stock": ("Safety stock", "安全库存"),
    "today": ("Today", "今天"),
    "days_ahead": ("days from today", "距今天数"),
    "demand_figures": (
        "mean demand {mean} a day · σ {std} · lead time {lead} days · available {available} + on order {on_order}",
        "日均需求 {mean} · 标准差 {std} · 补货周期 {lead} 天 · 可用 {available} + 在途 {on_order}",
    ),
    "little_history": (
        "too little history (sold on {days} of {n} days)",
        "历史数据不足（{n} 天中仅 {days} 天有销售）",
    ),
    "pinned": ("reorder point set by hand", "再订货点为手动设定"),
    "no_sales": ("No sales in the last {n} days", "近 {n} 天没有销售"),
}

STATUS = {
    "quote": ("Quotation", "报价单"),
    "draft": ("Draft", "草稿"),
    "pending_payment": ("Pending payment", "待付款"),
    "paid": ("Paid", "已付款"),
    "to_ship": ("To ship", "待发货"),
    "partly_shipped": ("Partly shipped", "部分发货"),
    "shipped": ("Shipped", "已发货"),
    "completed": ("Completed", "已完成"),
    "cancelled": ("Cancelled", "已取消"),
    "returned": ("Returned", "已退货"),
    "expired": ("Expired", "已过期"),
}
CHANNEL = {
    "counter": ("Counter", "门店收银"),
    "phone": ("Phone", "电话订单"),
    "wholesale": ("Wholesale", "批发"),
    "online": ("Online", "线上"),
}
METHOD = {
    "cash": ("Cash", "现金"),
    "card": ("Card", "刷卡"),
    "wechat_pay": ("WeChat Pay", "微信支付"),
    "alipay": ("Alipay", "支付宝"),
    "unionpay": ("UnionPay card", "银联卡"),
    "bank_transfer": ("Bank transfer", "银行转账"),
    "mobile_wallet": ("Mobile wallet", "移动支付"),
    "store_credit": ("Store credit", "储值余额"),
    "exchange": ("Exchange", "换货抵扣"),
}


def is_chinese(language: str) -> bool:
    """ "zh", "zh_CN", "zh-Hans"... are Chinese; anything else is English."""
    return language.lower().startswith("zh")


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if is_chinese(language) else pair[0]


def word(key: str, language: str = "en", **values: object) -> str:
    """The text for `key` in `language`, with {placeholders} filled; an unknown key is returned as is."""
    pair = WORDS.get(key)
    text = key if pair is None else _pick(pair, language)
    return text.format(**values) if values else text


def status(value: str, language: str = "en") -> str:
    return _pick(STATUS.get(value, (value, value)), language)


def channel(value: str, language: str = "en") -> str:
    return _pick(CHANNEL.get(value, (value, value)), language)


def method(value: str, language: str = "en") -> str:
    return _pick(METHOD.get(value, (value, value)), language)
