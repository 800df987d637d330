<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountPaymentDialog</name>
    <message>
        <source>Payment on account: {name}</source>
        <translation>赊账收款：{name}</translation>
    </message>
    <message>
        <source>Book the payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>{name} ({code}) owes {amount}</source>
        <translation>{name}（{code}）欠款 {amount}</translation>
    </message>
    <message>
        <source>optional: the bank&apos;s reference, a cheque number</source>
        <translation>可选：银行流水号、支票号</translation>
    </message>
    <message>
        <source>{number} · due {due} · owes {owed}</source>
        <translation>{number} · 到期 {due} · 欠 {owed}</translation>
    </message>
    <message>
        <source>Tick the orders it pays, or none: the oldest are paid first.</source>
        <translation>勾选要付的订单；不勾选则先付最早的订单。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Type the amount received</source>
        <translation>请输入收到的金额</translation>
    </message>
</context>
<context>
    <name>AddressPart</name>
    <message>
        <source>a recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>a phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Negative takes stock away, positive adds it</source>
        <translation>负数减少库存，正数增加库存</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>lost or stolen</source>
        <translation>丢失或被盗</translation>
    </message>
    <message>
        <source>found</source>
        <translation>找回</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Change (±)</source>
        <translation>调整数量 (±)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The change must be above or below zero</source>
        <translation>调整数量不能为零</translation>
    </message>
    <message>
        <source>Give a reason (e.g. stock count, damaged)</source>
        <translation>请填写原因（如：盘点、损坏）</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The window is now in {language}</source>
        <translation>窗口语言已切换为{language}</translation>
    </message>
    <message>
        <source>Opening the database and checking it for damage…</source>
        <translation>正在打开数据库并检查是否损坏…</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Name or badge</source>
        <translation>姓名或工牌</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Type the manager&apos;s name or scan their badge</source>
        <translation>请输入店长姓名或扫描其工牌</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Till opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Drawer opened (no sale)</source>
        <translation>开钱箱（无销售）</translation>
    </message>
    <message>
        <source>Till closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Price override</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>Stock adjusted</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>授权人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Who did or approved it</source>
        <translation>操作员或授权人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the trail again (F5)</source>
        <translation>重新读取日志 (F5)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>The newest {count} rows: narrow the person, action or period to see older ones</source>
        <translation>仅显示最新的 {count} 条记录：缩小人员、操作或日期范围可查看更早的记录</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>共 {count} 条记录</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation>取消订单 {number}</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>e.g. customer changed their mind</source>
        <translation>如：客户改变主意</translation>
    </message>
    <message>
        <source>Reserved stock is released. This cannot be undone.</source>
        <translation>已预留的库存将被释放。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>双击或按 F2 修改</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percent</source>
        <translation>“{text}”不是百分比</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: {why}</source>
        <translation>“{text}”不是有效金额：{why}</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>Close till {till}</source>
        <translation>交班：收银台 {till}</translation>
    </message>
    <message>
        <source>Close till</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Count the cash in the drawer: the pieces of each note and coin, or type the total. What the drawer should hold is shown only after closing.</source>
        <translation>清点钱箱中的现金：填写每种纸币和硬币的数量，或直接输入合计。钱箱应有现金在交班后才会显示。</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Pieces of {face}</source>
        <translation>{face} 的数量</translation>
    </message>
    <message>
        <source>or type the total counted</source>
        <translation>或输入清点合计</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Or the total</source>
        <translation>或输入合计</translation>
    </message>
    <message>
        <source>{amount} (typed)</source>
        <translation>{amount}（手动输入）</translation>
    </message>
    <message>
        <source>The total counted is not an amount</source>
        <translation>清点合计不是有效金额</translation>
    </message>
    <message>
        <source>Count the notes and coins, or type the total (0 when the drawer is empty)</source>
        <translation>请清点纸币和硬币，或输入合计（钱箱为空时输入 0）</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <source>Cash in: till {till}</source>
        <translation>存入现金：收银台 {till}</translation>
    </message>
    <message>
        <source>Pay in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>Cash put into the drawer that is not a sale, e.g. more change from the bank.</source>
        <translation>放入钱箱但不属于销售的现金，如从银行换来的零钱。</translation>
    </message>
    <message>
        <source>change from the bank</source>
        <translation>银行换零钱</translation>
    </message>
    <message>
        <source>float top-up</source>
        <translation>补充备用金</translation>
    </message>
    <message>
        <source>Cash out: till {till}</source>
        <translation>取出现金：收银台 {till}</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>Cash taken out of the drawer that is not a refund, e.g. a bank deposit.</source>
        <translation>从钱箱取出但不属于退款的现金，如存入银行。</translation>
    </message>
    <message>
        <source>bank deposit</source>
        <translation>存入银行</translation>
    </message>
    <message>
        <source>supplier paid</source>
        <translation>支付供应商</translation>
    </message>
    <message>
        <source>petty cash</source>
        <translation>零用现金</translation>
    </message>
    <message>
        <source>required: what the cash is for</source>
        <translation>必填：这笔现金的用途</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Type an amount above 0</source>
        <translation>请输入大于 0 的金额</translation>
    </message>
    <message>
        <source>Give a reason (e.g. bank deposit)</source>
        <translation>请填写原因（如：存入银行）</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Counter</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网店</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By sales</source>
        <translation>按销售额</translation>
    </message>
    <message>
        <source>By units sold</source>
        <translation>按销量</translation>
    </message>
    <message>
        <source>Show {count}</source>
        <translation>显示前 {count} 名</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>将报表导出为 CSV</translation>
    </message>
    <message>
        <source>Export report as Excel</source>
        <translation>将报表导出为 Excel</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Sales over time</source>
        <translation>销售趋势</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>重要客户</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>履约状态</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>库存金额</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>库存预警</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>库存周转率</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the numbers again (F5)</source>
        <translation>重新读取数据 (F5)</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Headline numbers as CSV…</source>
        <translation>核心指标导出为 CSV…</translation>
    </message>
    <message>
        <source>Headline numbers as Excel…</source>
        <translation>核心指标导出为 Excel…</translation>
    </message>
    <message>
        <source>All reports as one Excel workbook…</source>
        <translation>全部报表导出为一个 Excel 工作簿…</translation>
    </message>
    <message>
        <source>compared with {start} – {end}</source>
        <translation>对比 {start} – {end}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Export headline numbers</source>
        <translation>导出核心指标</translation>
    </message>
    <message>
        <source>Export all reports</source>
        <translation>导出全部报表</translation>
    </message>
    <message>
        <source>Reading every report for {period}…</source>
        <translation>正在读取{period}的全部报表…</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>take payment on</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>确认送达</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>take back</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>take goods back from</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>release</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>ship part of</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>close the shipping of</source>
        <translation>结束发货</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>使过期</translation>
    </message>
    <message>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>send</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>receive goods on</source>
        <translation>收货于</translation>
    </message>
    <message>
        <source>close short</source>
        <translation>短缺结案</translation>
    </message>
    <message>
        <source>count on</source>
        <translation>盘点于</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Unknown SKU or barcode: {item}</source>
        <translation>未知的货号或条码：{item}</translation>
    </message>
    <message>
        <source>Unknown stock location: {location}</source>
        <translation>未知库位：{location}</translation>
    </message>
    <message>
        <source>Unknown customer: {customer}</source>
        <translation>未知客户：{customer}</translation>
    </message>
    <message>
        <source>Unknown return: {number}</source>
        <translation>未知的退货单：{number}</translation>
    </message>
    <message>
        <source>Unknown product id {product_id}</source>
        <translation>未知的商品编号 {product_id}</translation>
    </message>
    <message>
        <source>A product needs a SKU</source>
        <translation>商品需要填写货号</translation>
    </message>
    <message>
        <source>SKU &apos;{sku}&apos; must be at most 64 characters with no spaces</source>
        <translation>货号“{sku}”最多 64 个字符，且不能含空格</translation>
    </message>
    <message>
        <source>Product {sku} needs a name</source>
        <translation>商品 {sku} 需要填写名称</translation>
    </message>
    <message>
        <source>The price of {sku} cannot be negative ({amount})</source>
        <translation>{sku} 的价格不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>The cost of {sku} cannot be negative ({amount})</source>
        <translation>{sku} 的成本不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>The wholesale price of {sku} cannot be negative ({amount})</source>
        <translation>{sku} 的批发价不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>The reorder point of {sku} cannot be negative</source>
        <translation>{sku} 的再订货点不能为负数</translation>
    </message>
    <message>
        <source>The tax rate of {sku} must be between 0 and 100%</source>
        <translation>{sku} 的税率必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>SKU {sku} is already used by &apos;{name}&apos;</source>
        <translation>货号 {sku} 已被“{name}”使用</translation>
    </message>
    <message>
        <source>SKU {sku} is the barcode of {other} &apos;{name}&apos;</source>
        <translation>货号 {sku} 是 {other}“{name}”的条码</translation>
    </message>
    <message>
        <source>Barcode {barcode} is already used by {other} &apos;{name}&apos;</source>
        <translation>条码 {barcode} 已被 {other}“{name}”使用</translation>
    </message>
    <message>
        <source>Barcode {barcode} has a wrong check digit (the last digit should be {digit})</source>
        <translation>条码 {barcode} 校验位错误（最后一位应为 {digit}）</translation>
    </message>
    <message>
        <source>Barcode &apos;{barcode}&apos; must be 8, 12 or 13 digits (EAN/UPC) or up to 32 printable ASCII characters</source>
        <translation>条码“{barcode}”必须是 8、12 或 13 位数字（EAN/UPC），或最多 32 个可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>A location needs a code and a name</source>
        <translation>库位需要填写代码和名称</translation>
    </message>
    <message>
        <source>Location {location} exists already</source>
        <translation>库位 {location} 已存在</translation>
    </message>
    <message>
        <source>A customer needs a name</source>
        <translation>客户需要填写名称</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address</source>
        <translation>“{email}”不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative ({amount})</source>
        <translation>信用额度不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>Customer code {customer} is already used</source>
        <translation>客户编号 {customer} 已被使用</translation>
    </message>
    <message>
        <source>The same phone or e-mail is also on {customers}</source>
        <translation>以下客户的电话或电子邮箱相同：{customers}</translation>
    </message>
    <message>
        <source>{customer} was merged into {into} {name}: use {into}</source>
        <translation>{customer} 已合并到 {into} {name}：请使用 {into}</translation>
    </message>
    <message>
        <source>{customer} cannot be merged into itself</source>
        <translation>{customer} 不能合并到自身</translation>
    </message>
    <message>
        <source>Out of stock: {sku} — {asked} asked, {available} available at {location}</source>
        <translation>缺货：{sku} 需要 {asked}，{location} 可用数量仅 {available}</translation>
    </message>
    <message>
        <source>The quantity to receive must be above zero (got {quantity})</source>
        <translation>入库数量必须大于零（收到 {quantity}）</translation>
    </message>
    <message>
        <source>The quantity to transfer must be above zero (got {quantity})</source>
        <translation>调拨数量必须大于零（收到 {quantity}）</translation>
    </message>
    <message>
        <source>{amount} is not an amount this shop can hold (at most {most})</source>
        <translation>{amount} 超出本店可记录的金额（最多 {most}）</translation>
    </message>
    <message>
        <source>An order&apos;s total may be at most {most}</source>
        <translation>一张订单的总额最多为 {most}</translation>
    </message>
    <message>
        <source>The stock of {sku} would go beyond {most} units</source>
        <translation>{sku} 的库存将超过 {most} 件</translation>
    </message>
    <message>
        <source>{day} is outside the dates this shop works with ({first} to {last})</source>
        <translation>{day} 不在本店可用的日期范围内（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>{field} is too long: at most {most} characters (got {length})</source>
        <translation>{field} 太长：最多 {most} 个字符（实际 {length} 个）</translation>
    </message>
    <message>
        <source>The key {key} was already used for order {number}, with other lines or another customer; a new sale needs a new key</source>
        <translation>键 {key} 已用于订单 {number}（商品或客户不同）；新的销售需要新的键</translation>
    </message>
    <message>
        <source>Nothing to change: give a line to set or remove, or a ship-to</source>
        <translation>没有要修改的内容：请给出要设置或删除的行，或收货地址</translation>
    </message>
    <message>
        <source>{sku} is not on order {number}</source>
        <translation>{sku} 不在订单 {number} 中</translation>
    </message>
    <message>
        <source>{sku} on order {number} cannot go below the {shipped} already shipped</source>
        <translation>订单 {number} 中的 {sku} 不能少于已发货的 {shipped}</translation>
    </message>
    <message>
        <source>{sku} is on more than one line of order {number}: remove it and set it again</source>
        <translation>{sku} 在订单 {number} 中有多行：请删除后重新设置</translation>
    </message>
    <message>
        <source>{sku} is not on order {number}: nothing of it can be shipped</source>
        <translation>{sku} 不在订单 {number} 中，无法发货</translation>
    </message>
    <message>
        <source>Order {number} has no shipment {shipment} (it has {count})</source>
        <translation>订单 {number} 没有第 {shipment} 个包裹（共 {count} 个）</translation>
    </message>
    <message>
        <source>Order {number} has {left} of {sku} left to ship, not {asked}</source>
        <translation>订单 {number} 的 {sku} 还剩 {left} 待发货，不是 {asked}</translation>
    </message>
    <message>
        <source>Cannot {action} purchase order {number}: it is {status}; {reason}</source>
        <translation>采购单 {number} 无法{action}：当前状态为{status}；{reason}</translation>
    </message>
    <message>
        <source>Cannot {action} stocktake {number}: it is {status}; {reason}</source>
        <translation>盘点 {number} 无法{action}：当前状态为{status}；{reason}</translation>
    </message>
    <message>
        <source>Unknown supplier: {supplier}</source>
        <translation>未知供应商：{supplier}</translation>
    </message>
    <message>
        <source>A supplier needs a name</source>
        <translation>供应商需要名称</translation>
    </message>
    <message>
        <source>Supplier code {supplier} is already used</source>
        <translation>供应商代码 {supplier} 已被使用</translation>
    </message>
    <message>
        <source>A supplier code is one word of letters, digits and signs, without spaces ({supplier} is not)</source>
        <translation>供应商编码须为一个不含空格的词，由字母、数字和符号组成（{supplier} 不符合）</translation>
    </message>
    <message>
        <source>A lead time is 0 to {most} days ({days} is not)</source>
        <translation>交货期为 0 到 {most} 天（{days} 不行）</translation>
    </message>
    <message>
        <source>The ordering cost cannot be negative ({amount})</source>
        <translation>订货成本不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>{sku}: a pack holds more than 0 ({quantity} is not)</source>
        <translation>{sku}：每包数量必须大于 0（{quantity} 不行）</translation>
    </message>
    <message>
        <source>{sku}: a minimum order cannot be negative ({quantity})</source>
        <translation>{sku}：最小订货量不能为负数（{quantity}）</translation>
    </message>
    <message>
        <source>Unknown purchase order: {number}</source>
        <translation>未知采购单：{number}</translation>
    </message>
    <message>
        <source>A purchase order needs at least one line</source>
        <translation>采购单至少需要一行</translation>
    </message>
    <message>
        <source>A purchase order has at most {most} lines</source>
        <translation>采购单最多 {most} 行</translation>
    </message>
    <message>
        <source>{item}: the quantity to order must be above zero (got {quantity})</source>
        <translation>{item}：订货数量必须大于零（输入的是 {quantity}）</translation>
    </message>
    <message>
        <source>Say what arrived: at least one line</source>
        <translation>请说明到货内容：至少一行</translation>
    </message>
    <message>
        <source>{item} is not on {number}: add it to a purchase order first</source>
        <translation>{item} 不在 {number} 上：请先把它加入采购单</translation>
    </message>
    <message>
        <source>Unknown purchase order status &apos;{status}&apos;: choose from {choices}</source>
        <translation>未知采购单状态“{status}”：可选 {choices}</translation>
    </message>
    <message>
        <source>That is not an action of a purchase order ({number})</source>
        <translation>这不是采购单的操作（{number}）</translation>
    </message>
    <message>
        <source>A reason or note has at most {most} characters</source>
        <translation>原因或备注最多 {most} 个字符</translation>
    </message>
    <message>
        <source>Unknown stocktake: {number}</source>
        <translation>未知盘点：{number}</translation>
    </message>
    <message>
        <source>There is no active product to count</source>
        <translation>没有可盘点的在售商品</translation>
    </message>
    <message>
        <source>{item}: a counted quantity cannot be negative ({quantity})</source>
        <translation>{item}：盘点数量不能为负数（{quantity}）</translation>
    </message>
    <message>
        <source>{item} is not part of stocktake {number}</source>
        <translation>{item} 不在盘点 {number} 范围内</translation>
    </message>
    <message>
        <source>That is not an action of a stocktake ({number})</source>
        <translation>这不是盘点的操作（{number}）</translation>
    </message>
    <message>
        <source>{item} is already being counted in {number} at {location}: finish or cancel that count first</source>
        <translation>{item} 已在 {location} 的盘点 {number} 中：请先完成或取消该盘点</translation>
    </message>
    <message>
        <source>{number} waits for goods: {short} of {sku} short at {location} (older orders are served first)</source>
        <translation>{number} 等待到货：{location} 的 {sku} 缺 {short}（先到的订单先配货）</translation>
    </message>
    <message>
        <source>The service level is 50 to 99.9 percent ({level} is not)</source>
        <translation>服务水平为 50% 到 99.9%（{level} 不行）</translation>
    </message>
    <message>
        <source>The holding cost rate is 1 to 100 percent a year ({rate} is not)</source>
        <translation>持有成本率为每年 1% 到 100%（{rate} 不行）</translation>
    </message>
    <message>
        <source>A paid order shows as not shipped after 1 to {most} days ({days} is not)</source>
        <translation>已付款未发货的提醒天数为 1 到 {most} 天（{days} 不在范围内）</translation>
    </message>
    <message>
        <source>A payment of {amount} is more than is owed ({owed})</source>
        <translation>付款 {amount} 超过了欠款（{owed}）</translation>
    </message>
    <message>
        <source>{number} is not an open order of {customer} on account</source>
        <translation>{number} 不是客户 {customer} 的未结赊账订单</translation>
    </message>
    <message>
        <source>{customer} owes nothing</source>
        <translation>{customer} 没有欠款</translation>
    </message>
    <message>
        <source>Payment terms are 0 to 365 days ({days} is not)</source>
        <translation>付款期限为 0 到 365 天（{days} 不行）</translation>
    </message>
    <message>
        <source>{customer}&apos;s credit limit is {limit}: {owed} is owed already and {number} adds {amount}; take a payment, or a manager may approve it</source>
        <translation>{customer} 的信用额度为 {limit}：已欠 {owed}，{number} 再加 {amount}；请先收款，或由店长批准</translation>
    </message>
    <message>
        <source>{customer} pays before goods leave (credit limit 0): {number} has {amount} unpaid; take the payment, or a manager may approve it</source>
        <translation>{customer} 须先付款后发货（信用额度为 0）：{number} 尚有 {amount} 未付；请先收款，或由店长批准</translation>
    </message>
    <message>
        <source>A hold&apos;s reason is address, payment, stock or other (&apos;{reason}&apos; is not)</source>
        <translation>挂起原因只能是地址、付款、库存或其他（“{reason}”不是）</translation>
    </message>
    <message>
        <source>Say what the problem is: a hold needs a note</source>
        <translation>请说明问题：挂起订单需要填写备注</translation>
    </message>
    <message>
        <source>A quotation is valid for 1 to 365 days ({days} is not)</source>
        <translation>报价单有效期为 1 到 365 天（{days} 不在此范围内）</translation>
    </message>
    <message>
        <source>A quotation needs a customer: it is made out to them</source>
        <translation>报价单需要客户：报价是开给客户的</translation>
    </message>
    <message>
        <source>A quotation is saved for later: it is neither paid nor confirmed when it is made</source>
        <translation>报价单只是先保存：开报价单时既不付款，也不确认订单</translation>
    </message>
    <message>
        <source>Quotation {number} was valid until {day}: refresh its prices to confirm it</source>
        <translation>报价单 {number} 的有效期至 {day}，已过期：请刷新价格后再确认</translation>
    </message>
    <message>
        <source>Only a quotation&apos;s prices are refreshed when it is confirmed; {number} is not a quotation</source>
        <translation>只有报价单在确认时才能刷新价格；{number} 不是报价单</translation>
    </message>
    <message>
        <source>Quotation {number} is valid until {day}: it expires after that day</source>
        <translation>报价单 {number} 的有效期至 {day}：过了这一天才会过期</translation>
    </message>
    <message>
        <source>{number} is not a quotation (it is {status})</source>
        <translation>{number} 不是报价单（状态为{status}）</translation>
    </message>
    <message>
        <source>Quotations are expired as of today or an earlier day, not {day}</source>
        <translation>只能按今天或更早的日期将报价单设为过期，不能按 {day}</translation>
    </message>
    <message>
        <source>The ship-to of {number} lacks {missing}: give it the recipient&apos;s name, address and phone, one a line</source>
        <translation>订单 {number} 的收货信息缺少{missing}：请填写收件人姓名、地址和电话，每项一行</translation>
    </message>
    <message>
        <source>The ship-to of {customer}&apos;s {channel} order lacks {missing}: give it the recipient&apos;s name, address and phone, one a line (or give the customer an address and a phone)</source>
        <translation>{customer} 的{channel}订单的收货信息缺少{missing}：请填写收件人姓名、地址和电话，每项一行（或为该客户补充地址和电话）</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{zone}&apos;: give an IANA name such as Asia/Shanghai, or leave it empty for this computer&apos;s zone</source>
        <translation>未知的时区“{zone}”：请填写 IANA 名称，例如 Asia/Shanghai；留空则使用本机时区</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>数据库尚未打开</translation>
    </message>
    <message>
        <source>The database is closed</source>
        <translation>数据库已关闭</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>{path} is empty or not an OMS Desktop backup; nothing was replaced</source>
        <translation>{path} 为空或不是 OMS Desktop 的备份；未替换任何数据</translation>
    </message>
    <message>
        <source>{path} is not a database file (it is not SQLite); it was left untouched</source>
        <translation>{path} 不是数据库文件（不是 SQLite）；未做任何改动</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({detail}); it was left untouched. Restore a backup.</source>
        <translation>{path} 已损坏，无法打开（{detail}）；未做任何改动。请恢复备份。</translation>
    </message>
    <message>
        <source>{path} is a SQLite file of another program; it was left untouched</source>
        <translation>{path} 是其他程序的 SQLite 文件；未做任何改动</translation>
    </message>
    <message>
        <source>{path} was written by a newer OMS Desktop (schema {revision}); update the program to open it</source>
        <translation>{path} 由更新版本的 OMS Desktop 写入（结构版本 {revision}）；请升级程序后再打开</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some space and try again; nothing was changed</source>
        <translation>{path} 所在的磁盘已满：请腾出空间后重试；没有任何改动</translation>
    </message>
    <message>
        <source>{path} cannot be written ({detail}): check the permissions of the file and its folder; the file itself is fine</source>
        <translation>无法写入 {path}（{detail}）：请检查该文件及其文件夹的权限；文件本身完好</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose another data folder</source>
        <translation>{path} 是文件，不是文件夹：请另选数据文件夹</translation>
    </message>
    <message>
        <source>{path} is an empty file (0 bytes), not a shop: run `oms-desktop db init` to start a new shop in it, or restore a backup</source>
        <translation>{path} 是空文件（0 字节），不是店铺数据：运行 `oms-desktop db init` 在其中新建店铺，或恢复备份</translation>
    </message>
    <message>
        <source>{path} cannot be used ({detail})</source>
        <translation>无法使用 {path}（{detail}）</translation>
    </message>
    <message>
        <source>Cannot use the database server: {detail}</source>
        <translation>无法使用数据库服务器：{detail}</translation>
    </message>
    <message>
        <source>{path} already exists; give another name, or add --force to replace it</source>
        <translation>{path} 已存在；请换一个名称，或加上 --force 覆盖</translation>
    </message>
    <message>
        <source>{path} is the database itself; a backup goes to another file</source>
        <translation>{path} 就是数据库本身；备份要写到另一个文件</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); nothing was replaced. Choose another backup</source>
        <translation>{path} 已损坏（{detail}）；没有替换任何内容。请选择其他备份</translation>
    </message>
    <message>
        <source>Nothing was written: {path} was found damaged ({finding}). Restore a backup (db restore), or run db check again once the file is repaired; reading and exporting still work</source>
        <translation>没有写入任何内容：{path} 被检查出已损坏（{finding}）。请恢复备份（db restore），或在文件修复后再次运行 db check；查阅和导出仍可使用</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <source>{path} is open in another window or till: close them first (their next order numbers would be given again), or add --force</source>
        <translation>{path} 正在另一个窗口或收银台中打开：请先关闭它们（否则它们的后续订单号会被重复使用），或加上 --force</translation>
    </message>
    <message>
        <source>A backup cannot be written at {path} ({detail})</source>
        <translation>无法在 {path} 写入备份（{detail}）</translation>
    </message>
    <message>
        <source>{url} is not a database this program can use: give a file path, sqlite:///path or postgresql+psycopg://user@host/name</source>
        <translation>{url} 不是本程序可用的数据库：请提供文件路径、sqlite:///路径 或 postgresql+psycopg://用户@主机/库名</translation>
    </message>
    <message>
        <source>The database holds tables of another program; it was left untouched</source>
        <translation>数据库中有其他程序的表；未做任何改动</translation>
    </message>
    <message>
        <source>{command} needs an existing SQLite database file; {url} is not one</source>
        <translation>{command} 需要一个已有的 SQLite 数据库文件；{url} 不是</translation>
    </message>
    <message>
        <source>db backup and restore work on a SQLite file or a PostgreSQL database</source>
        <translation>备份和恢复只适用于 SQLite 文件或 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>{path} could not be read or written ({detail}): check the disk it is on (full, failing or removed, or a lost network share), then run db check</source>
        <translation>无法读写 {path}（{detail}）：请检查它所在的磁盘（已满、故障或已拔出，或网络共享已断开），然后运行 db check</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}); nothing was replaced</source>
        <translation>无法读取 {path}（{detail}）；未替换任何内容</translation>
    </message>
    <message>
        <source>{tool} is not installed: backing up or restoring a PostgreSQL database needs PostgreSQL&apos;s client programs on the PATH (Debian: apt install postgresql-client)</source>
        <translation>未安装 {tool}：备份或恢复 PostgreSQL 数据库需要 PATH 中有 PostgreSQL 的客户端程序（Debian：apt install postgresql-client）</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database ({detail}); no backup was written</source>
        <translation>pg_dump 无法备份数据库（{detail}）；未写入任何备份</translation>
    </message>
    <message>
        <source>The restore failed ({detail}); the database was left as it was</source>
        <translation>恢复失败（{detail}）；数据库保持原样</translation>
    </message>
    <message>
        <source>{count} other sessions are connected to {database} (windows or tills): close them first (their next order numbers would be given again), or add --force</source>
        <translation>另有 {count} 个会话连接着 {database}（窗口或收银台）：请先关闭它们（否则它们的下一个订单号会被重复使用），或加上 --force</translation>
    </message>
    <message>
        <source>A user&apos;s name must be 1 to 64 characters: &apos;{name}&apos; is not one</source>
        <translation>用户姓名必须为 1 到 64 个字符：“{name}”不符合</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits</source>
        <translation>密码为 {low} 到 {high} 位数字</translation>
    </message>
    <message>
        <source>There is already a user named {name}</source>
        <translation>已有名为 {name} 的用户</translation>
    </message>
    <message>
        <source>Badge {badge} is already {name}&apos;s</source>
        <translation>工牌 {badge} 已属于 {name}</translation>
    </message>
    <message>
        <source>Unknown role {role}: choose one of {choices}</source>
        <translation>未知角色 {role}：请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>Unknown user: {name}</source>
        <translation>未知用户：{name}</translation>
    </message>
    <message>
        <source>Wrong name or PIN</source>
        <translation>姓名或密码错误</translation>
    </message>
    <message>
        <source>{name} is disabled: an owner can enable them again</source>
        <translation>{name} 已被停用：店主可以重新启用</translation>
    </message>
    <message>
        <source>{name} is locked for {seconds} seconds after {tries} wrong PINs</source>
        <translation>{name} 连续 {tries} 次输错密码，已锁定 {seconds} 秒</translation>
    </message>
    <message>
        <source>This shop has users: sign in first</source>
        <translation>本店已设置用户：请先登录</translation>
    </message>
    <message>
        <source>The first user must be an owner: they are the one who can add the others</source>
        <translation>第一个用户必须是店主：由店主添加其他人员</translation>
    </message>
    <message>
        <source>{name} is the last active owner: add another owner first</source>
        <translation>{name} 是最后一位启用中的店主：请先添加另一位店主</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {what} on their own: it needs {needed} approval (their name and PIN)</source>
        <translation>{user}（{role}）不能独自{what}：需要{needed}授权（输入其姓名和密码）</translation>
    </message>
    <message>
        <source>{approver} ({role}) cannot approve this: it needs {needed} approval</source>
        <translation>{approver}（{role}）无权授权此操作：需要{needed}授权</translation>
    </message>
    <message>
        <source>An approval needs a second person: {name} cannot approve their own action</source>
        <translation>授权需要另一个人：{name} 不能为自己的操作授权</translation>
    </message>
    <message>
        <source>An approval (--approve-by) needs a signed-in user (--user)</source>
        <translation>授权（--approve-by）需要有已登录的用户（--user）</translation>
    </message>
    <message>
        <source>--pin was given without --user</source>
        <translation>给出了 --pin 却没有给出 --user</translation>
    </message>
    <message>
        <source>The cashier&apos;s discount limit must be between 0 and 100%</source>
        <translation>收银员折扣上限必须在 0 到 100% 之间</translation>
    </message>
    <message>
        <source>A limit cannot be negative ({amount})</source>
        <translation>上限不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>A till&apos;s name must be 1 to 64 characters: &apos;{name}&apos; is not one</source>
        <translation>收银台名称必须为 1 到 64 个字符：“{name}”不符合</translation>
    </message>
    <message>
        <source>Till {till} is already open (since {since}, by {by}): close it first</source>
        <translation>收银台 {till} 已开班（{since} 由 {by} 开班）：请先交班</translation>
    </message>
    <message>
        <source>Till {till} is not open: open it with a float on the Till page (Ctrl+7)</source>
        <translation>收银台 {till} 尚未开班：请在“交接班”页面 (Ctrl+7) 输入备用金开班</translation>
    </message>
    <message>
        <source>The session of till {till} is already closed</source>
        <translation>收银台 {till} 的班次已经交班</translation>
    </message>
    <message>
        <source>That is not an action of a till session ({till})</source>
        <translation>这不是收银台班次的操作（{till}）</translation>
    </message>
    <message>
        <source>The float cannot be negative ({amount})</source>
        <translation>备用金不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>An amount paid in or out must be more than 0 ({amount})</source>
        <translation>存入或取出的金额必须大于 0（{amount}）</translation>
    </message>
    <message>
        <source>Cash paid in or out needs a reason</source>
        <translation>存入或取出现金需要填写原因</translation>
    </message>
    <message>
        <source>Only {expected} should be in the drawer: {amount} cannot be paid out</source>
        <translation>钱箱中应有现金只有 {expected}：无法取出 {amount}</translation>
    </message>
    <message>
        <source>&apos;{entry}&apos; is not a count: write face value x pieces, like 100x2,50x1,1x7</source>
        <translation>“{entry}”不是有效的点数：请按“面额x数量”填写，如 100x2,50x1,1x7</translation>
    </message>
    <message>
        <source>{entry} is not a note or coin of {currency}: {known}</source>
        <translation>{entry} 不是 {currency} 的纸币或硬币面额：{known}</translation>
    </message>
    <message>
        <source>Count the drawer: give --count (like 100x2,50x1) or --counted AMOUNT</source>
        <translation>请清点钱箱：给出 --count（如 100x2,50x1）或 --counted 金额</translation>
    </message>
    <message>
        <source>The cash counted cannot be negative ({amount})</source>
        <translation>实点现金不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>Till {till} has no Z report number {number}</source>
        <translation>收银台 {till} 没有编号为 {number} 的Z报表</translation>
    </message>
    <message>
        <source>Everything of {number} has been brought back already</source>
        <translation>{number} 的商品已全部退回</translation>
    </message>
    <message>
        <source>{item} is not on {number}: nothing was taken back</source>
        <translation>{item} 不在 {number} 中：未退回任何商品</translation>
    </message>
    <message>
        <source>{item}: {asked} cannot come back; {sold} were sold and {left} are still out</source>
        <translation>{item}：无法退回 {asked} 件；共售出 {sold} 件，尚可退 {left} 件</translation>
    </message>
    <message>
        <source>That is not an action of a return ({number})</source>
        <translation>这不是退货单的操作（{number}）</translation>
    </message>
    <message>
        <source>An exchange needs goods that come back (--return SKU:QTY)</source>
        <translation>换货需要有退回的商品（--return 货号:数量）</translation>
    </message>
    <message>
        <source>An exchange needs new goods (--line SKU:QTY)</source>
        <translation>换货需要有换出的新商品（--line 货号:数量）</translation>
    </message>
    <message>
        <source>The new goods cost {amount} more: say how it is paid (--pay METHOD)</source>
        <translation>新商品贵 {amount}：请说明差价的付款方式（--pay 方式）</translation>
    </message>
    <message>
        <source>An exchange&apos;s credit is not a way to pay: choose cash, card or another method</source>
        <translation>换货抵扣不是付款方式：请选择现金、银行卡或其他方式</translation>
    </message>
    <message>
        <source>Part of {number} came back already: it cannot be voided; take the rest back instead</source>
        <translation>{number} 已有部分退货，不能作废；请改为退回剩余商品</translation>
    </message>
    <message>
        <source>Store credit belongs to a customer: choose one for {document}</source>
        <translation>储值余额属于客户：请为 {document} 选择客户</translation>
    </message>
    <message>
        <source>{customer} has {balance} of store credit: {amount} cannot come out of it</source>
        <translation>{customer} 的储值余额为 {balance}：无法扣除 {amount}</translation>
    </message>
    <message>
        <source>The store credit to expire must be more than 0 ({amount})</source>
        <translation>作废的储值金额必须大于 0（{amount}）</translation>
    </message>
    <message>
        <source>Expiring store credit needs a reason</source>
        <translation>作废储值余额需要填写原因</translation>
    </message>
    <message>
        <source>An open-price item needs an amount above 0 ({amount})</source>
        <translation>无码商品的金额必须大于 0（{amount}）</translation>
    </message>
    <message>
        <source>{item}: {quantity} has more decimals than its unit allows ({decimals})</source>
        <translation>{item} 最多 {decimals} 位小数：{quantity} 超出了</translation>
    </message>
    <message>
        <source>A unit has 0 to {most} decimals, not {decimals}</source>
        <translation>计量单位的小数位数为 0 到 {most}，不能是 {decimals}</translation>
    </message>
    <message>
        <source>{sku} has stock or orders counted to {decimals} decimals: its unit&apos;s decimals cannot become {wanted}</source>
        <translation>{sku} 已有按 {decimals} 位小数计的库存或订单：不能改为 {wanted} 位</translation>
    </message>
    <message>
        <source>Scale barcode rule &apos;{rule}&apos; is not understood: write PREFIX:CODE-DIGITS:weight|price:DECIMALS, like 21:5:weight:3</source>
        <translation>无法识别电子秤条码规则“{rule}”：请写成 前缀:商品码位数:weight|price:小数位，如 21:5:weight:3</translation>
    </message>
    <message>
        <source>No product has the scale code {code} (barcode {barcode})</source>
        <translation>没有商品的秤码为 {code}（条码 {barcode}）</translation>
    </message>
    <message>
        <source>{sku} is sold by weight: give its scale a weight barcode rule, not a price one</source>
        <translation>{sku} 按重量销售：请为电子秤设置称重条码规则，而不是金额条码规则</translation>
    </message>
    <message>
        <source>A customer is named for store credit only: add --refund-to store-credit, or leave the customer out</source>
        <translation>只有退到储值余额时才需指定客户：请加 --refund-to store-credit，或不指定客户</translation>
    </message>
    <message>
        <source>{number} belongs to its own customer: the store credit goes to them, not another</source>
        <translation>{number} 属于其本人：储值余额只能退给该客户，不能给他人</translation>
    </message>
    <message>
        <source>Two scale barcode rules start with {prefix}: only the first would ever be used</source>
        <translation>有两条电子秤条码规则以 {prefix} 开头：只有第一条会生效</translation>
    </message>
    <message>
        <source>At most {most} scale barcode rules</source>
        <translation>电子秤条码规则最多 {most} 条</translation>
    </message>
    <message>
        <source>Discount reasons: at most {most} of them, each a single line of at most {length} characters</source>
        <translation>折扣原因：最多 {most} 条，每条为一行且不超过 {length} 个字符</translation>
    </message>
    <message>
        <source>A limit has at most two decimals, written plainly ({amount})</source>
        <translation>金额上限最多两位小数，且须直接书写（{amount}）</translation>
    </message>
    <message>
        <source>{number} was paid by {paid}: a refund by {method} needs a manager</source>
        <translation>{number} 是用{paid}支付的：用{method}退款需要店长授权</translation>
    </message>
    <message>
        <source>Receipt printer &apos;{setting}&apos; is not understood: use network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD] or file:PATH</source>
        <translation>无法识别小票打印机设置“{setting}”：请使用 network:主机[:端口]、usb:厂商ID:产品ID、serial:设备[:波特率] 或 file:路径</translation>
    </message>
    <message>
        <source>No receipt printer is set (Settings, or --printer)</source>
        <translation>未设置小票打印机（请在“设置”中设置，或使用 --printer）</translation>
    </message>
    <message>
        <source>The receipt printer {printer} does not answer ({detail}): check that it is on and connected; the sale is kept and can be reprinted</source>
        <translation>小票打印机 {printer} 无响应（{detail}）：请检查打印机是否已开机并连接；该笔销售已保存，可以重新打印</translation>
    </message>
    <message>
        <source>Unknown payment method {methods}: choose from {choices}</source>
        <translation>未知的付款方式 {methods}：可选 {choices}</translation>
    </message>
    <message>
        <source>A discount of {discount} is more than the sale ({total})</source>
        <translation>折扣 {discount} 超过了整单金额（{total}）</translation>
    </message>
    <message>
        <source>A discount is 0 to 100% ({percent}% is not)</source>
        <translation>折扣须在 0 到 100% 之间（{percent}% 不行）</translation>
    </message>
    <message>
        <source>An empty sale cannot be parked</source>
        <translation>空的销售单不能挂单</translation>
    </message>
    <message>
        <source>Parked sale {number} is not there (recalled already?)</source>
        <translation>挂单 {number} 不存在（可能已取回）</translation>
    </message>
    <message>
        <source>Parked sale {number} cannot be read ({detail})</source>
        <translation>挂单 {number} 无法读取（{detail}）</translation>
    </message>
    <message>
        <source>The sale on the counter could not be kept in {path} ({detail}); it stays on the screen</source>
        <translation>收银台上的销售单无法保存到 {path}（{detail}）；它仍显示在屏幕上</translation>
    </message>
    <message>
        <source>--tendered is for cash payments</source>
        <translation>--tendered 只用于现金付款</translation>
    </message>
    <message>
        <source>No orders are {status}</source>
        <translation>没有{status}的订单</translation>
    </message>
    <message>
        <source>There are no active products to label</source>
        <translation>没有在售商品可打印标签</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail})</source>
        <translation>无法读取 {path}（{detail}）</translation>
    </message>
    <message>
        <source>{file} is larger than {most} MB: is it the right file?</source>
        <translation>{file} 大于 {most} MB：是不是选错了文件？</translation>
    </message>
    <message>
        <source>{file} is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV and import that</source>
        <translation>{file} 是 Excel 97-2003 工作簿（.xls）：请另存为 .xlsx 或 CSV 再导入</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GB18030 text; save it as &apos;CSV UTF-8&apos; and try again</source>
        <translation>{file} 既不是 UTF-8 也不是 GB18030 文本；请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>contains a NUL byte; is this a spreadsheet file rather than CSV text?</source>
        <translation>含有 NUL 字节；这是不是表格文件而不是 CSV 文本？</translation>
    </message>
    <message>
        <source>a field runs over several lines (an unterminated quote?); line breaks are not allowed inside fields</source>
        <translation>有一个字段跨了多行（引号没有闭合？）；字段内不允许换行</translation>
    </message>
    <message>
        <source>a cell holds a line break; line breaks are not allowed inside fields</source>
        <translation>有单元格含有换行；字段内不允许换行</translation>
    </message>
    <message>
        <source>a field is longer than {most} characters</source>
        <translation>有字段长于 {most} 个字符</translation>
    </message>
    <message>
        <source>more than {most} columns: is this the right file?</source>
        <translation>超过 {most} 列：是不是选错了文件？</translation>
    </message>
    <message>
        <source>{file} has more than {most} rows: split it into smaller files</source>
        <translation>{file} 超过 {most} 行：请拆分成较小的文件</translation>
    </message>
    <message>
        <source>a quote is never closed (the file ends inside it)</source>
        <translation>引号没有闭合（文件在引号内结束）</translation>
    </message>
    <message>
        <source>not valid CSV ({detail})</source>
        <translation>不是有效的 CSV（{detail}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook ({detail})</source>
        <translation>{file} 无法作为 Excel 工作簿读取（{detail}）</translation>
    </message>
    <message>
        <source>The {format} format has no {kind}: choose one of {choices}</source>
        <translation>{format} 格式没有{kind}：请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>the column(s) {columns} appear more than once</source>
        <translation>列 {columns} 出现了不止一次</translation>
    </message>
    <message>
        <source>the mapping names {fields}, which the {layout} layout does not have; its fields: {known}</source>
        <translation>映射中的 {fields} 不是 {layout} 格式的字段；它的字段有：{known}</translation>
    </message>
    <message>
        <source>the mapping reads {field} from the column {column}, which the file does not have</source>
        <translation>映射要从列 {column} 读取 {field}，但文件中没有这一列</translation>
    </message>
    <message>
        <source>the header lacks the column(s) {columns}</source>
        <translation>表头缺少列 {columns}</translation>
    </message>
    <message>
        <source>unknown column(s) {columns}; known: {known}</source>
        <translation>未知的列 {columns}；可用的列：{known}</translation>
    </message>
    <message>
        <source>The mapping {path} is not a JSON object of field: column ({detail})</source>
        <translation>映射 {path} 不是“字段: 列”的 JSON 对象（{detail}）</translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation>{column} 为空</translation>
    </message>
    <message>
        <source>{column} is longer than {most} characters</source>
        <translation>{column} 长于 {most} 个字符</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not a number (like 3 or 0.255)</source>
        <translation>{column}“{value}”不是数字（例如 3 或 0.255）</translation>
    </message>
    <message>
        <source>{column} {value} is far too large</source>
        <translation>{column} {value} 太大了</translation>
    </message>
    <message>
        <source>{column} {value} must be above zero</source>
        <translation>{column} {value} 必须大于零</translation>
    </message>
    <message>
        <source>{column} {value} is more than {most} on one line</source>
        <translation>{column} {value} 超过了单行上限 {most}</translation>
    </message>
    <message>
        <source>{column} {value} cannot be negative</source>
        <translation>{column} {value} 不能为负数</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not an amount (digits and one point, like 12.50)</source>
        <translation>{column}“{value}”不是金额（数字和一个小数点，例如 12.50）</translation>
    </message>
    <message>
        <source>{column} {value} is more than this shop can hold (at most {most})</source>
        <translation>{column} {value} 超出了本店可记录的范围（最多 {most}）</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; has more than two decimal places</source>
        <translation>{column}“{value}”的小数超过两位</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not a date: YYYY-MM-DD or YYYY-MM-DD HH:MM, with its offset (+08:00) if it has one</source>
        <translation>{column}“{value}”不是日期：应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM，可带时区偏移（+08:00）</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not one of {choices}</source>
        <translation>{column}“{value}”不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not yes or no</source>
        <translation>{column}“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <source>{count} fields where the header has {expected}</source>
        <translation>有 {count} 个字段，而表头有 {expected} 个</translation>
    </message>
    <message>
        <source>order {ref} has a different {column} than on line {first}</source>
        <translation>订单 {ref} 的{column}与第 {first} 行不同</translation>
    </message>
    <message>
        <source>a {channel} order needs a {column}</source>
        <translation>{channel}订单需要{column}</translation>
    </message>
    <message>
        <source>order {ref}: its amounts do not add up: lines {lines}, discount {discount}, shipping {shipping}, taxes {taxes}, total {total}</source>
        <translation>订单 {ref}：金额对不上：商品 {lines}，折扣 {discount}，运费 {shipping}，税 {taxes}，合计 {total}</translation>
    </message>
    <message>
        <source>order {ref} was partly fulfilled: import it once all of it has shipped, or enter it by hand</source>
        <translation>订单 {ref} 只发了部分货：请在全部发货后再导入，或手工录入</translation>
    </message>
    <message>
        <source>order {ref} was refunded after its goods left: import it before the refund and take the goods back with a return</source>
        <translation>订单 {ref} 在发货后退了款：请导入退款前的订单，再用退货把商品收回</translation>
    </message>
    <message>
        <source>order {ref} is partly paid, but its {column} does not say how much is still due</source>
        <translation>订单 {ref} 部分付款，但{column}没有写明还欠多少</translation>
    </message>
    <message>
        <source>order {ref} was partly refunded, but its {column} does not say how much</source>
        <translation>订单 {ref} 部分退款，但{column}没有写明退了多少</translation>
    </message>
    <message>
        <source>order {ref} names no customer: no name, phone or e-mail</source>
        <translation>订单 {ref} 没有客户：没有姓名、电话或电子邮件</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not a tax rate (a percent, like 13 or 9%)</source>
        <translation>{column}“{value}”不是税率（百分比，例如 13 或 9%）</translation>
    </message>
    <message>
        <source>a variant of {handle} has a price but no {column}</source>
        <translation>{handle} 的一个款式有价格但没有{column}</translation>
    </message>
    <message>
        <source>a customer row needs a code, a phone or an e-mail, so that importing it again finds the customer</source>
        <translation>客户行需要编号、电话或电子邮件，这样再次导入时才能找到该客户</translation>
    </message>
    <message>
        <source>the file has nothing to import below its header</source>
        <translation>文件表头下面没有可导入的内容</translation>
    </message>
    <message>
        <source>unknown SKU or barcode {item}</source>
        <translation>未知的货号或条码 {item}</translation>
    </message>
    <message>
        <source>unknown customer {customer}</source>
        <translation>未知客户 {customer}</translation>
    </message>
    <message>
        <source>its total in the file is {theirs}, by this shop&apos;s prices and tax rates {ours}: check the products&apos; tax rates</source>
        <translation>文件中的合计为 {theirs}，按本店价格和税率为 {ours}：请检查商品的税率</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>导入已取消；没有导入任何内容</translation>
    </message>
    <message>
        <source>{key} is on line {first} already</source>
        <translation>{key} 已在第 {first} 行出现</translation>
    </message>
    <message>
        <source>the new product {sku} needs a {column}</source>
        <translation>新商品 {sku} 需要{column}</translation>
    </message>
    <message>
        <source>A preset&apos;s name is 1 to 64 letters, digits, spaces, dots, dashes or underscores: &apos;{name}&apos; is not one</source>
        <translation>预设名称应为 1 到 64 个字母、数字、空格、点、短横线或下划线：“{name}”不符合</translation>
    </message>
    <message>
        <source>{name} is neither a mapping file nor a saved import preset</source>
        <translation>{name} 既不是映射文件，也不是已保存的导入预设</translation>
    </message>
    <message>
        <source>An API token&apos;s name must be 1 to 64 characters of text: &apos;{name}&apos; is not one</source>
        <translation>API 令牌的名称须为 1 到 64 个字符的文本：“{name}”不符合</translation>
    </message>
    <message>
        <source>There is an API token named {name} already (a revoked token keeps its name)</source>
        <translation>已有名为 {name} 的 API 令牌（已吊销的令牌仍保留其名称）</translation>
    </message>
    <message>
        <source>Unknown API token: {name}</source>
        <translation>未知的 API 令牌：{name}</translation>
    </message>
    <message>
        <source>The API token {name} was revoked already</source>
        <translation>API 令牌 {name} 已被吊销</translation>
    </message>
    <message>
        <source>This needs an API token: send the header Authorization: Bearer TOKEN</source>
        <translation>需要 API 令牌：请发送请求头 Authorization: Bearer TOKEN</translation>
    </message>
    <message>
        <source>The API token is unknown or was revoked</source>
        <translation>API 令牌未知或已被吊销</translation>
    </message>
    <message>
        <source>The API token {name} may only read: {method} {path} needs a token with the write scope</source>
        <translation>API 令牌 {name} 只能读取：{method} {path} 需要具有写入权限的令牌</translation>
    </message>
    <message>
        <source>The request body is larger than {limit} bytes</source>
        <translation>请求内容超过 {limit} 字节</translation>
    </message>
    <message>
        <source>The request body is not valid JSON ({detail})</source>
        <translation>请求内容不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <source>Send the body as JSON, with the header Content-Type: application/json</source>
        <translation>请以 JSON 发送请求内容，并带上请求头 Content-Type: application/json</translation>
    </message>
    <message>
        <source>Bad input at {field}: {problem}</source>
        <translation>{field} 输入有误：{problem}</translation>
    </message>
    <message>
        <source>The API has no {method} {path}</source>
        <translation>API 没有 {method} {path}</translation>
    </message>
    <message>
        <source>The server met an unexpected error; it is written in the server&apos;s log</source>
        <translation>服务器遇到意外错误，详情已写入服务器日志</translation>
    </message>
    <message>
        <source>The API cannot listen on {host} port {port}: {detail}</source>
        <translation>API 无法在 {host} 的端口 {port} 上监听：{detail}</translation>
    </message>
    <message>
        <source>Listening on {host} lets other computers reach the API: add --allow-remote if that is meant</source>
        <translation>在 {host} 上监听会让其他电脑访问 API：如确有此意，请加上 --allow-remote</translation>
    </message>
    <message>
        <source>A rule needs a name</source>
        <translation>规则需要一个名称</translation>
    </message>
    <message>
        <source>A rule&apos;s name must be one line of at most {most} characters</source>
        <translation>规则名称必须是一行，最多 {most} 个字符</translation>
    </message>
    <message>
        <source>A rule on {trigger} cannot {action}: it can {choices}</source>
        <translation>针对 {trigger} 的规则不能执行 {action}：可执行的是 {choices}</translation>
    </message>
    <message>
        <source>--{value} does not go with a rule on {trigger}</source>
        <translation>--{value} 不适用于针对 {trigger} 的规则</translation>
    </message>
    <message>
        <source>--{value} does not go with the action {action}</source>
        <translation>--{value} 不适用于动作 {action}</translation>
    </message>
    <message>
        <source>Unknown channel {channel}: one of {choices}</source>
        <translation>未知渠道 {channel}：可选 {choices}</translation>
    </message>
    <message>
        <source>A rule on overdue orders needs the days after the due date, 1 to {most} (--days)</source>
        <translation>逾期订单规则需要到期后的天数，1 到 {most}（--days）</translation>
    </message>
    <message>
        <source>A rule on paid orders not shipped needs the hours since payment, 1 to {most} (--hours)</source>
        <translation>已付款未发货规则需要付款后的小时数，1 到 {most}（--hours）</translation>
    </message>
    <message>
        <source>The least variance must be an amount above zero with at most two decimals, not {amount}</source>
        <translation>最小差额必须是大于零、最多两位小数的金额，而不是 {amount}</translation>
    </message>
    <message>
        <source>The printer must be one line of at most 200 characters</source>
        <translation>打印机设置必须是一行，最多 200 个字符</translation>
    </message>
    <message>
        <source>An e-mail rule needs the address to send to (--to)</source>
        <translation>电子邮件规则需要收件地址（--to）</translation>
    </message>
    <message>
        <source>{address} is not an e-mail address</source>
        <translation>{address} 不是电子邮件地址</translation>
    </message>
    <message>
        <source>The addresses must be at most {most} characters in all</source>
        <translation>地址总长度最多 {most} 个字符</translation>
    </message>
    <message>
        <source>Unknown rule: {rule}</source>
        <translation>未知规则：{rule}</translation>
    </message>
    <message>
        <source>There is a rule named {name} already</source>
        <translation>已有名为 {name} 的规则</translation>
    </message>
    <message>
        <source>Unknown notification: {number}</source>
        <translation>未知通知：{number}</translation>
    </message>
    <message>
        <source>{sku} has no preferred supplier to order it from: give it one in Purchasing</source>
        <translation>{sku} 没有首选供应商可供订货：请在采购中为其指定一个</translation>
    </message>
    <message>
        <source>Till session {number} or its Z report is not there</source>
        <translation>收银班次 {number} 或其 Z 报表不存在</translation>
    </message>
    <message>
        <source>Printing and e-mail are not set up where the rules ran, so they cannot {action}</source>
        <translation>运行规则的地方未设置打印和电子邮件，因此无法执行 {action}</translation>
    </message>
    <message>
        <source>New {channel} order {order}: {total}</source>
        <translation>新的{channel}订单 {order}：{total}</translation>
    </message>
    <message>
        <source>Order {order} is paid: {total}</source>
        <translation>订单 {order} 已付清：{total}</translation>
    </message>
    <message>
        <source>Order {order} of {customer} is {days} days past its due date {due}: {owed} still owed</source>
        <translation>{customer} 的订单 {order} 已超过到期日 {due} {days} 天：尚欠 {owed}</translation>
    </message>
    <message>
        <source>Order {order} was paid {hours} hours ago and is not shipped yet</source>
        <translation>订单 {order} 已于 {hours} 小时前付款，尚未发货</translation>
    </message>
    <message>
        <source>{sku} {name} is low: {available} available, reorder point {point}</source>
        <translation>{sku} {name} 库存不足：可用 {available}，再订货点 {point}</translation>
    </message>
    <message>
        <source>{count} products are below their reorder point: {skus}</source>
        <translation>{count} 种商品低于再订货点：{skus}</translation>
    </message>
    <message>
        <source>Till {till} was closed with its cash {variance} off (Z report {z})</source>
        <translation>收银台 {till} 结班时现金差额 {variance}（Z 报表 {z}）</translation>
    </message>
    <message>
        <source>The rule {rule} was given up after {attempts} tries for {subject}: {error}</source>
        <translation>规则 {rule} 对 {subject} 尝试 {attempts} 次后已放弃：{error}</translation>
    </message>
    <message>
        <source>No mail server is set: settings set smtp-host HOST (and smtp-port, smtp-security, smtp-user)</source>
        <translation>未设置邮件服务器：settings set smtp-host 主机（以及 smtp-port、smtp-security、smtp-user）</translation>
    </message>
    <message>
        <source>The mail server&apos;s security must be one of {choices}, not {security}</source>
        <translation>邮件服务器的安全方式必须是 {choices} 之一，而不是 {security}</translation>
    </message>
    <message>
        <source>The mail server&apos;s port must be 1 to 65535, not {port}</source>
        <translation>邮件服务器端口必须在 1 到 65535 之间，而不是 {port}</translation>
    </message>
    <message>
        <source>E-mail needs a sender address: settings set smtp-sender ADDRESS (or the shop&apos;s e-mail)</source>
        <translation>电子邮件需要发件地址：settings set smtp-sender 地址（或店铺的电子邮件）</translation>
    </message>
    <message>
        <source>Signing in to {server} without TLS would send the password in the clear: set smtp-security to starttls or tls</source>
        <translation>不使用 TLS 登录 {server} 会以明文发送密码：请将 smtp-security 设为 starttls 或 tls</translation>
    </message>
    <message>
        <source>This computer has no password store for the mail server&apos;s password ({detail}); e-mail that needs a sign-in cannot be sent from here</source>
        <translation>这台电脑没有可保存邮件服务器密码的密码库（{detail}）；需要登录的电子邮件无法从这里发送</translation>
    </message>
    <message>
        <source>No password for {account} is kept on this computer: run oms-desktop mail password</source>
        <translation>这台电脑上没有保存 {account} 的密码：请运行 oms-desktop mail password</translation>
    </message>
    <message>
        <source>No mail server user is set: settings set smtp-user NAME first</source>
        <translation>未设置邮件服务器用户：请先运行 settings set smtp-user 用户名</translation>
    </message>
    <message>
        <source>No password was given: nothing was kept</source>
        <translation>未输入密码：未保存任何内容</translation>
    </message>
    <message>
        <source>The mail server {server} did not take the message: {detail}</source>
        <translation>邮件服务器 {server} 未接收该邮件：{detail}</translation>
    </message>
    <message>
        <source>Unknown order: {number}</source>
        <translation>未知订单：{number}</translation>
    </message>
    <message>
        <source>Cannot {action} order {number}: it is {status}; {reason}</source>
        <translation>订单 {number} 无法{action}：当前状态为{status}；{reason}</translation>
    </message>
    <message>
        <source>{sku} {name} is no longer sold</source>
        <translation>{sku} {name} 已停售</translation>
    </message>
    <message>
        <source>The unit cost cannot be negative ({amount})</source>
        <translation>单位成本不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>An adjustment needs a change other than zero</source>
        <translation>库存调整的变动数量不能为零</translation>
    </message>
    <message>
        <source>An adjustment needs a reason (e.g. &apos;stock count&apos;, &apos;damaged&apos;)</source>
        <translation>库存调整需要填写原因（如“盘点”“损坏”）</translation>
    </message>
    <message>
        <source>Adjusting {sku} by {delta} would leave {after} on hand at {location}; only {on_hand} are there</source>
        <translation>将 {sku} 调整 {delta} 后，{location} 的在库数量会变为 {after}；目前只有 {on_hand}</translation>
    </message>
    <message>
        <source>A transfer needs two different locations (both are {location})</source>
        <translation>调拨需要两个不同的库位（两者都是 {location}）</translation>
    </message>
    <message>
        <source>Cannot transfer {quantity} of {sku} from {location}: {available} available</source>
        <translation>无法从 {location} 调拨 {quantity} 件 {sku}：可用数量仅 {available}</translation>
    </message>
    <message>
        <source>A stock movement needs a quantity other than zero</source>
        <translation>库存流水的数量不能为零</translation>
    </message>
    <message>
        <source>An order needs at least one line</source>
        <translation>订单至少需要一行商品</translation>
    </message>
    <message>
        <source>The quantity of {item} must be above zero (got {quantity})</source>
        <translation>{item} 的数量必须大于零（输入的是 {quantity}）</translation>
    </message>
    <message>
        <source>The quantity of {item} must be above 0 and at most {most} (got {quantity})</source>
        <translation>{item} 的数量必须大于 0 且不超过 {most}（收到 {quantity}）</translation>
    </message>
    <message>
        <source>The price of {item} cannot be negative ({amount})</source>
        <translation>{item} 的价格不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>The discount on {item} cannot be negative ({amount})</source>
        <translation>{item} 的折扣不能为负数（{amount}）</translation>
    </message>
    <message>
        <source>The discount on {sku} ({discount}) is more than the line ({gross})</source>
        <translation>{sku} 的折扣（{discount}）超过了该行金额（{gross}）</translation>
    </message>
    <message>
        <source>A {method} payment must be above zero (got {amount})</source>
        <translation>{method}付款金额必须大于零（输入的是 {amount}）</translation>
    </message>
    <message>
        <source>Cash tendered {tendered} is less than the amount {amount}</source>
        <translation>实收现金 {tendered} 少于应付金额 {amount}</translation>
    </message>
    <message>
        <source>An order is either paid at the counter or confirmed for later, not both</source>
        <translation>订单要么在收银台付款，要么确认后稍后处理，不能两者都选</translation>
    </message>
    <message>
        <source>A {channel} order needs a customer</source>
        <translation>{channel}订单需要选择客户</translation>
    </message>
    <message>
        <source>The idempotency key must be 1 to 64 characters</source>
        <translation>幂等键必须为 1 到 64 个字符</translation>
    </message>
    <message>
        <source>Payments of {paid} do not match the total of {total}</source>
        <translation>付款合计 {paid} 与订单总额 {total} 不符</translation>
    </message>
    <message>
        <source>A payment must be above zero (got {amount})</source>
        <translation>付款金额必须大于零（输入的是 {amount}）</translation>
    </message>
    <message>
        <source>A payment of {amount} is more than the balance due on {number} ({balance})</source>
        <translation>付款 {amount} 超过了订单 {number} 的待付余额（{balance}）</translation>
    </message>
    <message>
        <source>A refund must be above zero (got {amount})</source>
        <translation>退款金额必须大于零（输入的是 {amount}）</translation>
    </message>
    <message>
        <source>A refund of {amount} is more than was paid on {number} ({paid})</source>
        <translation>退款 {amount} 超过了订单 {number} 的已付金额（{paid}）</translation>
    </message>
    <message>
        <source>Shipping needs a carrier</source>
        <translation>发货需要填写承运商</translation>
    </message>
    <message>
        <source>Shipping needs a tracking number</source>
        <translation>发货需要填写快递单号</translation>
    </message>
    <message>
        <source>&apos;{currency}&apos; is not a currency code (e.g. CNY, USD, EUR)</source>
        <translation>“{currency}”不是货币代码（如 CNY、USD、EUR）</translation>
    </message>
    <message>
        <source>Paper size must be one of {choices}</source>
        <translation>纸张大小必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>Language must be one of {choices}</source>
        <translation>语言必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>Another till changed the same stock at the same time; try again</source>
        <translation>另一台收银机同时修改了相同的库存，请重试</translation>
    </message>
    <message>
        <source>The database is busy with another till&apos;s work (an import, a backup?); try again in a moment</source>
        <translation>数据库正忙于另一台收银机的工作（导入或备份？），请稍后重试</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was written</source>
        <translation>演示数据已取消，未写入任何数据</translation>
    </message>
    <message>
        <source>Demo data goes into an empty database only; this one has products or orders</source>
        <translation>演示数据只能填入空数据库；当前数据库已有商品或订单</translation>
    </message>
    <message>
        <source>The shop needs a name</source>
        <translation>店铺需要填写名称</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 and 100%</source>
        <translation>默认税率必须在 0 到 100% 之间</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>1 line</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 个订单</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} 个订单</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} 件</translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Books then</source>
        <translation>盘点时账面</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Counted by {user}; the books said {book} then</source>
        <translation>盘点人 {user}；当时账面为 {book}</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Scan a barcode, or type a name or SKU (F2)</source>
        <translation>扫描条码，或输入商品名称、货号 (F2)</translation>
    </message>
    <message>
        <source>Scan or search products (F2). Enter adds; 3*code adds three.</source>
        <translation>扫描或搜索商品 (F2)。回车加入购物车；输入 3*条码 一次加入三件。</translation>
    </message>
    <message>
        <source>Counter sale, or an order saved for later (F6)</source>
        <translation>门店收银，或保存订单稍后处理 (F6)</translation>
    </message>
    <message>
        <source>Counter sale — paid now</source>
        <translation>门店收银 — 当场付款</translation>
    </message>
    <message>
        <source>Phone order — confirmed, paid later</source>
        <translation>电话订单 — 确认订单，稍后付款</translation>
    </message>
    <message>
        <source>Wholesale order — confirmed, paid later</source>
        <translation>批发订单 — 确认订单，稍后付款</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Keep this sale type for the next sale</source>
        <translation>下一单保持此销售类型</translation>
    </message>
    <message>
        <source>Customer: walk-in, or choose by name, phone or code (F4)</source>
        <translation>客户：散客，或按姓名、电话、编号选择 (F4)</translation>
    </message>
    <message>
        <source>Choose a customer (F4)</source>
        <translation>选择客户 (F4)</translation>
    </message>
    <message>
        <source>Double-click a quantity, price or discount to change it</source>
        <translation>双击数量、价格或折扣即可修改</translation>
    </message>
    <message>
        <source>Shipping address (required for phone and wholesale orders)</source>
        <translation>收货地址（电话订单和批发订单必填）</translation>
    </message>
    <message>
        <source>Notes for the order</source>
        <translation>订单备注</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save as a quotation, valid for</source>
        <translation>保存为报价单，有效期</translation>
    </message>
    <message>
        <source>Offer these prices for some days; confirm it into an order later</source>
        <translation>按这些价格报价若干天，之后再确认为订单</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the selected cart lines (Del)</source>
        <translation>删除选中的购物车行 (Del)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the search, then the cart (Esc); Ctrl+Z puts it back</source>
        <translation>先清空搜索，再清空购物车 (Esc)；Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Print or preview the last sale&apos;s receipt (F9)</source>
        <translation>打印或预览上一笔销售的小票 (F9)</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退换货…</translation>
    </message>
    <message>
        <source>Take goods back or exchange them (F12)</source>
        <translation>办理退货或换货 (F12)</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货抵扣</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Matching products (↑↓ and Enter)</source>
        <translation>匹配的商品（↑↓ 选择，回车确认）</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Save quotation (F8)</source>
        <translation>保存报价单 (F8)</translation>
    </message>
    <message>
        <source>Save a quotation for the customer: nothing reserved, confirmed later (F8)</source>
        <translation>为客户保存报价单：不预留库存，稍后再确认 (F8)</translation>
    </message>
    <message>
        <source>Quotation {number} for {customer}: {total}, valid until {day}; nothing reserved</source>
        <translation>已为 {customer} 保存报价单 {number}：{total}，有效期至 {day}；未预留库存</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢惠顾！</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: nothing was added</source>
        <translation>未知条码 {code}：未加入任何商品</translation>
    </message>
    <message>
        <source>No product matches &apos;{text}&apos;</source>
        <translation>没有与“{text}”匹配的商品</translation>
    </message>
    <message>
        <source>Several products match &apos;{text}&apos;: pick one with ↑↓ and Enter</source>
        <translation>有多个商品与“{text}”匹配：请用 ↑↓ 选择并回车</translation>
    </message>
    <message>
        <source>Added {name} ({sku}) × {quantity}</source>
        <translation>已加入 {name}（{sku}）× {quantity}</translation>
    </message>
    <message>
        <source>Exchange cancelled: nothing was taken back</source>
        <translation>已取消换货：未退回任何商品</translation>
    </message>
    <message>
        <source>Clear the sale?</source>
        <translation>清空销售单？</translation>
    </message>
    <message>
        <source>Clear the sale of {lines}? Ctrl+Z puts it back.</source>
        <translation>清空这 {lines} 的销售单？按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>To give back</source>
        <translation>应退</translation>
    </message>
    <message>
        <source>{lines}, {units}</source>
        <translation>{lines}，{units}</translation>
    </message>
    <message>
        <source>Cart cleared. Ctrl+Z puts it back.</source>
        <translation>购物车已清空。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <source>Cart restored</source>
        <translation>购物车已恢复</translation>
    </message>
    <message>
        <source>No receipt printer is set for this computer (Settings)</source>
        <translation>本机未设置小票打印机（请在“设置”中设置）</translation>
    </message>
    <message>
        <source>Receipt {number} printed</source>
        <translation>小票 {number} 已打印</translation>
    </message>
    <message>
        <source>Discount of {amount} on the sale</source>
        <translation>整单折扣 {amount}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>store credit {amount}</source>
        <translation>储值余额 {amount}</translation>
    </message>
    <message>
        <source>Pay (F8)</source>
        <translation>收款 (F8)</translation>
    </message>
    <message>
        <source>Take payment and complete the sale (F8)</source>
        <translation>收款并完成销售 (F8)</translation>
    </message>
    <message>
        <source>Save order (F8)</source>
        <translation>保存订单 (F8)</translation>
    </message>
    <message>
        <source>Save the order as confirmed; its stock is reserved (F8)</source>
        <translation>保存为已确认订单，并预留库存 (F8)</translation>
    </message>
    <message>
        <source>The cart is empty: scan or search a product first</source>
        <translation>购物车是空的：请先扫描或搜索商品</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>正在记录销售…</translation>
    </message>
    <message>
        <source>This order needs a customer: press F4 to choose one</source>
        <translation>此订单需要客户：请按 F4 选择</translation>
    </message>
    <message>
        <source>A phone or wholesale order needs a shipping address</source>
        <translation>电话订单或批发订单需要收货地址</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>正在保存订单…</translation>
    </message>
    <message>
        <source>Sale {number} completed: {total}. Change due: {change}</source>
        <translation>销售 {number} 已完成：{total}。找零：{change}</translation>
    </message>
    <message>
        <source>Order {number} confirmed for {customer}: {total}; stock reserved</source>
        <translation>已为{customer}确认订单 {number}：{total}；库存已预留</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
</context>
<context>
    <name>CounterParking</name>
    <message>
        <source>The sale in progress was kept: {lines}</source>
        <translation>已恢复未完成的销售单：{lines}</translation>
    </message>
    <message>
        <source>The cart is empty: there is nothing to park</source>
        <translation>购物车是空的：没有可挂的单</translation>
    </message>
    <message>
        <source>Sale parked as #{number}; Shift+F7 recalls it</source>
        <translation>已挂单 #{number}；按 Shift+F7 取回</translation>
    </message>
    <message>
        <source>Finish or park the sale on the counter first (F7), then recall another</source>
        <translation>请先完成或挂起当前销售单（F7），再取回其他挂单</translation>
    </message>
    <message>
        <source>Parked sale recalled: {lines}</source>
        <translation>已取回挂单：{lines}</translation>
    </message>
</context>
<context>
    <name>CounterReturnDialog</name>
    <message>
        <source>Return or exchange</source>
        <translation>退货或换货</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s barcode or type the order number</source>
        <translation>扫描小票条码或输入订单号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>可退</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Everything still out comes back</source>
        <translation>退回全部可退商品</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>尺码不合适</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Damaged: not back on the shelf</source>
        <translation>已损坏：不退回货架</translation>
    </message>
    <message>
        <source>The way it was paid</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>尚未选择客户</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>换货…</translation>
    </message>
    <message>
        <source>Ring up the new goods on the counter; pay the difference with F8</source>
        <translation>在收银台扫入新商品；按 F8 结算差价</translation>
    </message>
    <message>
        <source>Receipt or order</source>
        <translation>小票或订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Money back to</source>
        <translation>退款至</translation>
    </message>
    <message>
        <source>What comes back</source>
        <translation>退回的商品</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>{number} of {date}, {who}: paid {paid}</source>
        <translation>{number}（{date}，{who}）：已付 {paid}</translation>
    </message>
    <message>
        <source>Back: {amount}</source>
        <translation>退回金额：{amount}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Taking the goods back…</source>
        <translation>正在办理退货…</translation>
    </message>
</context>
<context>
    <name>CounterReturns</name>
    <message>
        <source>An exchange is on the counter: pay it with F8, or clear it with Esc</source>
        <translation>收银台上有一笔换货：按 F8 结算，或按 Esc 取消</translation>
    </message>
    <message>
        <source>Return {number} of {order}: {amount} back ({how})</source>
        <translation>退货单 {number}（{order}）：退回 {amount}（{how}）</translation>
    </message>
    <message>
        <source>Store credit now {balance}.</source>
        <translation>储值余额现为 {balance}。</translation>
    </message>
    <message>
        <source>Exchange for {order}: {amount} to spend. Scan the new goods, then F8.</source>
        <translation>{order} 换货：可抵扣 {amount}。请扫入新商品，然后按 F8。</translation>
    </message>
    <message>
        <source>Scan the new goods first: an exchange needs something in return</source>
        <translation>请先扫入新商品：换货需要换出商品</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>The new goods cost {less} less: give it back the way {order} was paid?</source>
        <translation>新商品便宜 {less}：按 {order} 的原付款方式退还？</translation>
    </message>
    <message>
        <source>Recording the exchange…</source>
        <translation>正在记录换货…</translation>
    </message>
    <message>
        <source>Exchange {number}: new sale {sale}</source>
        <translation>换货 {number}：新销售单 {sale}</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>补付 {amount}</translation>
    </message>
    <message>
        <source>given back {how}</source>
        <translation>退还 {how}</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>编辑 {code}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>same as the billing address</source>
        <translation>与账单地址相同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{warning}. Save anyway?</source>
        <translation>{warning}。仍要保存吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>The customer needs a name</source>
        <translation>客户需要填写名称</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>顾客显示屏</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>CustomerSearchDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation>选择客户</translation>
    </message>
    <message>
        <source>Name, phone or customer code</source>
        <translation>姓名、电话或客户编号</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>CustomerTermsDialog</name>
    <message>
        <source>Terms of {name}</source>
        <translation>{name} 的付款条件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An order on account is due its day plus these days. 0 days: it is due at once.</source>
        <translation>赊账订单的到期日为下单日加上这些天数。0 天：立即到期。</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Type the credit limit (0 for none)</source>
        <translation>请输入信用额度（0 表示不赊账）</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name, phone, code or e-mail (Ctrl+F)</source>
        <translation>姓名、电话、编号或电子邮箱 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>添加客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected customer (Ctrl+E)</source>
        <translation>编辑选中的客户 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Fold a duplicate into the selected customer (a manager&apos;s)</source>
        <translation>将重复客户合并到所选客户（需经理权限）</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>请选择一位客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Order history (double-click to open)</source>
        <translation>历史订单（双击打开）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未下单</translation>
    </message>
    <message>
        <source>{name} saved; the same phone or e-mail is also on: {others}</source>
        <translation>已保存 {name}；相同的电话或电子邮件也用于：{others}</translation>
    </message>
    <message>
        <source>{drop} ({drop_code}) merged into {keep}: {orders} orders moved</source>
        <translation>{drop}（{drop_code}）已合并到 {keep}：转移了 {orders} 个订单</translation>
    </message>
    <message>
        <source>{name} saved</source>
        <translation>{name} 已保存</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>到货内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DemandChartDialog</name>
    <message>
        <source>Demand and reorder point: {sku}</source>
        <translation>需求与再订货点：{sku}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Try the program on a shop with products, customers and a year of orders.</source>
        <translation>用一家有商品、客户和一年订单的店铺来试用本程序。</translation>
    </message>
    <message>
        <source>Fill the shop with demo data</source>
        <translation>为店铺填充演示数据</translation>
    </message>
    <message>
        <source>About 300 products, 250 customers and a year of counter sales and orders, so that every page and chart has something to show. It takes less than a minute. Leave it unticked to start with an empty shop and enter your own products.</source>
        <translation>约 300 个商品、250 位客户以及一年的门店销售和订单，让每个页面和图表都有内容可看。用时不到一分钟。如不勾选，将从空店铺开始，由您录入自己的商品。</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print / Preview {number}</source>
        <translation>打印 / 预览 {number}</translation>
    </message>
    <message>
        <source>Print / Preview {count} orders</source>
        <translation>打印 / 预览 {count} 个订单</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成单据…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Preparing {count} documents…</source>
        <translation>正在生成 {count} 份单据…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation>快递面单</translation>
    </message>
</context>
<context>
    <name>DraftLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <source>Open the drawer: till {till}</source>
        <translation>开钱箱：收银台 {till}</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>开钱箱</translation>
    </message>
    <message>
        <source>No sale: the drawer&apos;s opening is recorded with your name.</source>
        <translation>无销售开钱箱：本次开钱箱会记录在您的名下。</translation>
    </message>
    <message>
        <source>optional, e.g. change for a customer</source>
        <translation>选填，如：为顾客换零钱</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>The last action could not be finished. Your data is safe: every change is saved completely or not at all.</source>
        <translation>刚才的操作未能完成。您的数据是安全的：每项更改要么完整保存，要么完全不保存。</translation>
    </message>
    <message>
        <source>{error}

The details were written to {log}.</source>
        <translation>{error}

详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up OMS Desktop</source>
        <translation>设置 OMS Desktop</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
    <message>
        <source>Creating demo products, customers and a year of orders…</source>
        <translation>正在创建演示商品、客户和一年的订单…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>FulfilmentState</name>
    <message>
        <source>Not packed</source>
        <translation>未打包</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Put order {number} on hold</source>
        <translation>挂起订单 {number}</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>e.g. no such street: call the customer</source>
        <translation>如：查无此街道，需致电客户</translation>
    </message>
    <message>
        <source>It is neither packed nor shipped until it is released.</source>
        <translation>解除挂起之前，该订单不能打包或发货。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>OMS Desktop orders</source>
        <translation>OMS Desktop 订单</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <source>WooCommerce orders export</source>
        <translation>WooCommerce 订单导出</translation>
    </message>
    <message>
        <source>OMS Desktop products</source>
        <translation>OMS Desktop 商品</translation>
    </message>
    <message>
        <source>Shopify products export</source>
        <translation>Shopify 商品导出</translation>
    </message>
    <message>
        <source>OMS Desktop customers</source>
        <translation>OMS Desktop 客户</translation>
    </message>
    <message>
        <source>OMS Desktop stock count</source>
        <translation>OMS Desktop 库存盘点</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>订单参考号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号 (SKU)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>付款状态</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>On hand (counted)</source>
        <translation>在库数量（盘点）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle（商品标识）</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>配送方式</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>行折扣</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>未付余额</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Decimals of the unit</source>
        <translation>单位小数位</translation>
    </message>
    <message>
        <source>Wholesale price</source>
        <translation>批发价</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Sold (active)</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Sold when out of stock</source>
        <translation>缺货时仍可销售</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>选项 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>选项 2</translation>
    </message>
    <message>
        <source>Option 3</source>
        <translation>选项 3</translation>
    </message>
    <message>
        <source>Taxed</source>
        <translation>应税</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Price tier</source>
        <translation>价格等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>address line 1</source>
        <translation>地址第 1 行</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>地址第 2 行</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>province or state</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Billing: {part}</source>
        <translation>账单：{part}</translation>
    </message>
    <message>
        <source>Shipping: {part}</source>
        <translation>收货：{part}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>order {ref}: {reason}</source>
        <translation>订单 {ref}：{reason}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Previous: {value}</source>
        <translation>上期：{value}</translation>
    </message>
    <message>
        <source>{caption}: {now} this period, {before} in the previous period</source>
        <translation>{caption}：本期 {now}，上期 {before}</translation>
    </message>
</context>
<context>
    <name>KpiTiles</name>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>销量</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>持平</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Refund payments: {count}</source>
        <translation>退款笔数：{count}</translation>
    </message>
    <message>
        <source>Margin –</source>
        <translation>毛利率 –</translation>
    </message>
    <message>
        <source>Margin {percent} ({change})</source>
        <translation>毛利率 {percent}（{change}）</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OMS Desktop — {shop}</source>
        <translation>OMS Desktop — {shop}</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Products &amp; Stock</source>
        <translation>商品与库存</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>数据库：{db}</translation>
    </message>
    <message>
        <source>User: {user}</source>
        <translation>操作员：{user}</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>User: {user} ({role})</source>
        <translation>操作员：{user}（{role}）</translation>
    </message>
    <message>
        <source>Database damaged: nothing can be saved</source>
        <translation>数据库已损坏：无法保存任何内容</translation>
    </message>
    <message>
        <source>Restore the newest backup, {backup}: close this window, then run
oms-desktop --data-dir &quot;{folder}&quot; db restore &quot;{backup}&quot;</source>
        <translation>恢复最新的备份 {backup}：关闭此窗口，然后运行
oms-desktop --data-dir &quot;{folder}&quot; db restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>There is no backup in {folder}: copy the file and ask for help before going on.</source>
        <translation>{folder} 中没有备份：请先复制该文件并寻求帮助，再继续使用。</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The check after opening found damage in the shop&apos;s file ({finding}). Nothing more is saved until a backup is restored. You can still look things up and export.

{remedy}</source>
        <translation>打开后的检查发现店铺文件已损坏（{finding}）。在恢复备份之前不会再保存任何内容。您仍然可以查阅和导出。

{remedy}</translation>
    </message>
    <message>
        <source>Backup failed: {problem}</source>
        <translation>备份失败：{problem}</translation>
    </message>
    <message>
        <source>Backup not copied to the second folder: {problem}</source>
        <translation>备份未能复制到第二个文件夹：{problem}</translation>
    </message>
    <message>
        <source>Backed up today</source>
        <translation>今天已备份</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Saved {number}</source>
        <translation>已保存 {number}</translation>
    </message>
</context>
<context>
    <name>MergeCustomerDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation>将重复客户合并到 {name}</translation>
    </message>
    <message>
        <source>Choose the duplicate to fold into {name} ({code}). Its orders, balance and store credit move to {name}; the duplicate leaves the lists and its code is no longer used.</source>
        <translation>选择要合并到 {name}（{code}）的重复客户。其订单、欠款和储值余额将转到 {name}；该重复客户将从列表中消失，其编号不再使用。</translation>
    </message>
    <message>
        <source>Name, phone, code or e-mail</source>
        <translation>姓名、电话、编号或电子邮箱</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Customers matching the search</source>
        <translation>符合搜索条件的客户</translation>
    </message>
    <message>
        <source>Customers with the same phone or e-mail</source>
        <translation>电话或电子邮箱相同的客户</translation>
    </message>
    <message>
        <source>No customer found: search by name, phone, code or e-mail</source>
        <translation>未找到客户：请按姓名、电话、编号或电子邮箱搜索</translation>
    </message>
    <message>
        <source>{drop} ({drop_code}) will be merged into {keep} ({keep_code}).</source>
        <translation>{drop}（{drop_code}）将合并到 {keep}（{keep_code}）。</translation>
    </message>
    <message>
        <source>Orders that move: {count}</source>
        <translation>转移的订单：{count}</translation>
    </message>
    <message>
        <source>Returns that move: {count}</source>
        <translation>转移的退货：{count}</translation>
    </message>
    <message>
        <source>Owed on account: {owed} (then {total} in all)</source>
        <translation>挂账欠款：{owed}（合并后共 {total}）</translation>
    </message>
    <message>
        <source>Store credit: {amount} (then {total} in all)</source>
        <translation>储值余额：{amount}（合并后共 {total}）</translation>
    </message>
    <message>
        <source>Parked sales: {count}</source>
        <translation>挂单：{count}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Filled in from {drop}: {fields}</source>
        <translation>从 {drop} 补全：{fields}</translation>
    </message>
    <message>
        <source>{drop}&apos;s orders will be due by {keep}&apos;s payment terms ({days} days).</source>
        <translation>{drop} 的订单将按 {keep} 的账期（{days} 天）计算到期日。</translation>
    </message>
    <message>
        <source>{keep}&apos;s credit limit and payment terms stay. {drop_code} can no longer be used. This cannot be undone.</source>
        <translation>{keep} 的信用额度和账期保持不变。{drop_code} 将不能再使用。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Merge {drop} into {keep}?</source>
        <translation>将 {drop} 合并到 {keep}？</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售出库</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货入库</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>库存调整</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>调拨出库</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>调拨入库</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作员</translation>
    </message>
</context>
<context>
    <name>NewPODialog</name>
    <message>
        <source>New purchase order</source>
        <translation>新建采购单</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Where the goods arrive: received stock is booked there</source>
        <translation>货物送达的库位：收货入库记在这里</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or a name, then Enter</source>
        <translation>扫描条码，或输入货号或名称后按回车</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>optional: for the supplier</source>
        <translation>可选：给供应商的说明</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>送货到</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing found for &apos;{text}&apos;</source>
        <translation>没有找到“{text}”</translation>
    </message>
    <message>
        <source>{count} products match &apos;{text}&apos;: pick one (Enter or double-click)</source>
        <translation>有 {count} 个商品符合“{text}”：请选择一个（回车或双击）</translation>
    </message>
    <message>
        <source>{sku} · {name}: {quantity} on the order</source>
        <translation>{sku} · {name}：订购 {quantity}</translation>
    </message>
    <message>
        <source>{lines}, total {total}</source>
        <translation>{lines}，合计 {total}</translation>
    </message>
    <message>
        <source>Add a supplier first (Suppliers tab)</source>
        <translation>请先添加供应商（供应商标签页）</translation>
    </message>
    <message>
        <source>Add at least one line: scan a product or type its SKU or name</source>
        <translation>至少添加一行：扫描商品或输入其货号或名称</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>{count} unread: click to see them</source>
        <translation>{count} 条未读：点击查看</translation>
    </message>
    <message>
        <source>Notifications: none unread</source>
        <translation>通知：没有未读</translation>
    </message>
</context>
<context>
    <name>NotificationList</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Nothing yet. Rules you add in Settings leave their notifications here.</source>
        <translation>暂无通知。在设置中添加的规则会把通知留在这里。</translation>
    </message>
    <message>
        <source>rule {rule}</source>
        <translation>规则 {rule}</translation>
    </message>
    <message>
        <source>Click to open order {number}</source>
        <translation>点击打开订单 {number}</translation>
    </message>
    <message>
        <source>Click to open product {sku}</source>
        <translation>点击打开商品 {sku}</translation>
    </message>
    <message>
        <source>Click to open Products &amp; Stock</source>
        <translation>点击打开商品与库存</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Due amount</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>OpenPriceDialog</name>
    <message>
        <source>Open price</source>
        <translation>无码商品（手输金额）</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>添加 (Enter)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Type the amount to charge, e.g. 12.50</source>
        <translation>请输入收款金额，如 12.50</translation>
    </message>
</context>
<context>
    <name>OrderAction</name>
    <message>
        <source>Counter sale</source>
        <translation>门店收银</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Part shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped in full</source>
        <translation>全部发货</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>确认送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Goods returned</source>
        <translation>部分退货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>解除挂起</translation>
    </message>
</context>
<context>
    <name>OrderActionBar</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认订单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Pac&amp;k</source>
        <translation>打包(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>发货(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>确认送达(&amp;D)</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>取消订单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>退款(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>退货(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>挂起(&amp;H)…</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>解除挂起(&amp;E)</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>修改(&amp;G)…</translation>
    </message>
    <message>
        <source>Print / Preview…</source>
        <translation>打印 / 预览…</translation>
    </message>
    <message>
        <source>Invoice, receipt, packing slip or shipping label (Ctrl+P)</source>
        <translation>发票、小票、装箱单或快递面单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>请先选择一个订单</translation>
    </message>
    <message>
        <source>Allowed for an order that is {status} (Alt+{key})</source>
        <translation>订单为{status}时可用 (Alt+{key})</translation>
    </message>
    <message>
        <source>Print quotation…</source>
        <translation>打印报价单…</translation>
    </message>
    <message>
        <source>The quotation: its prices and the last day they are valid (Ctrl+P)</source>
        <translation>报价单：所报价格及其有效期（Ctrl+P）</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>无法操作：{reason}</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <source>On hold ({reason}): {note}</source>
        <translation>已挂起（{reason}）：{note}</translation>
    </message>
    <message>
        <source>Owed back to the customer: {amount}</source>
        <translation>应退还客户：{amount}</translation>
    </message>
    <message>
        <source>{sku} short {short} of {ordered} at {location}</source>
        <translation>{sku} 缺 {short}（共 {ordered}，{location}）</translation>
    </message>
    <message>
        <source>Backordered, waiting for: {lines}</source>
        <translation>缺货待补，等待：{lines}</translation>
    </message>
    <message>
        <source>{problem} (due {day}, {amount} owed)</source>
        <translation>{problem}（{day} 到期，欠款 {amount}）</translation>
    </message>
    <message>
        <source>{problem} ({days} days)</source>
        <translation>{problem}（{days} 天）</translation>
    </message>
    <message>
        <source>{problem}: the ship-to lacks {missing}</source>
        <translation>{problem}：收货信息缺少{missing}</translation>
    </message>
    <message>
        <source>Problems: {problems}</source>
        <translation>问题：{problems}</translation>
    </message>
    <message>
        <source>Quotation {number} confirmed; stock reserved</source>
        <translation>报价单 {number} 已确认为订单；库存已预留</translation>
    </message>
    <message>
        <source>{number} confirmed; stock reserved</source>
        <translation>{number} 已确认；库存已预留</translation>
    </message>
    <message>
        <source>{number} packed, ready to ship</source>
        <translation>{number} 已打包，等待发货</translation>
    </message>
    <message>
        <source>{number} delivered</source>
        <translation>{number} 已送达</translation>
    </message>
    <message>
        <source>{number} released: it can be packed and shipped</source>
        <translation>{number} 已解除挂起，可以打包发货</translation>
    </message>
    <message>
        <source>{number} on hold: neither packed nor shipped until released</source>
        <translation>{number} 已挂起：解除之前不能打包或发货</translation>
    </message>
    <message>
        <source>Payment recorded on {number}</source>
        <translation>已为 {number} 记录收款</translation>
    </message>
    <message>
        <source>{number} changed: {what}</source>
        <translation>{number} 已修改：{what}</translation>
    </message>
    <message>
        <source>{number} shipped in part; the rest stays reserved</source>
        <translation>{number} 已部分发货；其余仍预留</translation>
    </message>
    <message>
        <source>{number} shipped</source>
        <translation>{number} 已发货</translation>
    </message>
    <message>
        <source>{number} cancelled; reserved stock released</source>
        <translation>{number} 已取消；预留库存已释放</translation>
    </message>
    <message>
        <source>Refund recorded on {number}</source>
        <translation>已为 {number} 记录退款</translation>
    </message>
    <message>
        <source>{number} returned; stock back, payment refunded</source>
        <translation>{number} 已退货；商品已退回库存，货款已退还</translation>
    </message>
</context>
<context>
    <name>OrderEditDialog</name>
    <message>
        <source>Change order {number}</source>
        <translation>修改订单 {number}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>{number} · {customer} · {status}</source>
        <translation>{number} · {customer} · {status}</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU or a name, then Enter: one more of it</source>
        <translation>扫描条码，或输入货号或名称后按回车：数量加一</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Recipient name, address and phone, one a line</source>
        <translation>收件人姓名、地址和电话，每项一行</translation>
    </message>
    <message>
        <source>Why a price is lowered (kept in the audit trail)</source>
        <translation>降价原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The change is being saved: scan {code} again afterwards</source>
        <translation>正在保存修改：请稍后再扫描 {code}</translation>
    </message>
    <message>
        <source>Nothing found for &apos;{text}&apos;: nothing added</source>
        <translation>没有找到“{text}”：未添加</translation>
    </message>
    <message>
        <source>{count} products match &apos;{text}&apos;: pick one (Enter or double-click)</source>
        <translation>有 {count} 个商品符合“{text}”：请选择一个（回车或双击）</translation>
    </message>
    <message>
        <source>{sku} · {name}: {quantity} on the order</source>
        <translation>{sku} · {name}：订购 {quantity}</translation>
    </message>
    <message>
        <source>{shipped} of {sku} shipped already: it stays on the order</source>
        <translation>{sku} 已发货 {shipped}：不能从订单删除</translation>
    </message>
    <message>
        <source>Take the selected line off the order (Del)</source>
        <translation>从订单删除所选行（Del）</translation>
    </message>
    <message>
        <source>{sku} taken off (saved with the change)</source>
        <translation>{sku} 已删除（随修改一起保存）</translation>
    </message>
    <message>
        <source>{sku} taken off</source>
        <translation>{sku} 已删除</translation>
    </message>
    <message>
        <source>{lines} · {amount} tax included (was {before})</source>
        <translation>{lines} · 含税 {amount}（原为 {before}）</translation>
    </message>
    <message>
        <source>{lines} · {amount} before tax (was {before})</source>
        <translation>{lines} · 不含税 {amount}（原为 {before}）</translation>
    </message>
    <message>
        <source>A price is lowered: say why (kept in the audit trail)</source>
        <translation>价格已降低：请说明原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Asked when a price is lowered or a discount given</source>
        <translation>降价或给折扣时填写</translation>
    </message>
</context>
<context>
    <name>OrderEditLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>{shipped} of it shipped already: the line cannot go below that</source>
        <translation>已发货 {shipped}：数量不能少于此数</translation>
    </message>
    <message>
        <source>Added in this change</source>
        <translation>本次修改新增</translation>
    </message>
    <message>
        <source>Charged less than before ({price} less {discount}): say why under Reason</source>
        <translation>低于原来的价格（{price}，折扣 {discount}）：请在“原因”中说明</translation>
    </message>
</context>
<context>
    <name>OrderHeader</name>
    <message>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>待付余额</translation>
    </message>
    <message>
        <source>Expired: it was valid until {day}</source>
        <translation>已过期：有效期至 {day}</translation>
    </message>
    <message>
        <source>Valid until {day}: passed (confirm with new prices)</source>
        <translation>有效期至 {day}：已过期（需按新价格确认）</translation>
    </message>
    <message>
        <source>Valid until {day}</source>
        <translation>有效期至 {day}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Payment: {payment} · Fulfilment: {fulfilment}</source>
        <translation>付款：{payment} · 履约：{fulfilment}</translation>
    </message>
    <message>
        <source>Ship to: {address}</source>
        <translation>收货地址：{address}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>备注：{notes}</translation>
    </message>
    <message>
        <source>Returned: {amount} ({numbers})</source>
        <translation>已退货：{amount}（{numbers}）</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
</context>
<context>
    <name>OrderTabs</name>
    <message>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作记录</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>散客</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Order number, customer name or phone (Ctrl+F)</source>
        <translation>订单号、客户姓名或电话 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Confirmed orders not yet shipped: waiting for goods, or ready to ship; or orders on hold</source>
        <translation>已确认未发货的订单：等待到货，或可发货；或已挂起的订单</translation>
    </message>
    <message>
        <source>Any fulfilment</source>
        <translation>全部备货状态</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺货待补</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>可发货</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>On hold, payment overdue, backordered, paid but not shipped after the days set in Settings, or no address to ship to</source>
        <translation>已挂起、付款逾期、缺货待补、已付款但超过设置的天数仍未发货，或没有可发货的地址</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>我的订单</translation>
    </message>
    <message>
        <source>Only the orders assigned to you</source>
        <translation>只显示分配给您的订单</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Print selected</source>
        <translation>打印所选</translation>
    </message>
    <message>
        <source>Packing slips, shipping labels or invoices of the selected orders, in one PDF</source>
        <translation>所选订单的装箱单、快递面单或发票，合并为一个 PDF</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>快递面单</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Orders from a Shopify or WooCommerce export, or from a spreadsheet (also products and stock)</source>
        <translation>从 Shopify 或 WooCommerce 导出的文件或电子表格导入订单（也可导入商品和库存）</translation>
    </message>
    <message>
        <source>Reading {count} orders…</source>
        <translation>正在读取 {count} 个订单…</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New PO…</source>
        <translation>新建采购单…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Select a purchase order</source>
        <translation>请选择采购单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>到货记录</translation>
    </message>
    <message>
        <source>{number} · {supplier} · {status}</source>
        <translation>{number} · {supplier} · {status}</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>合计 {total}</translation>
    </message>
    <message>
        <source>to {location}</source>
        <translation>到 {location}</translation>
    </message>
    <message>
        <source>created {when} by {user}</source>
        <translation>{user} 于 {when} 创建</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>{when} 发出</translation>
    </message>
    <message>
        <source>{quantity} still to come</source>
        <translation>还有 {quantity} 未到</translation>
    </message>
    <message>
        <source>{quantity} more than ordered arrived</source>
        <translation>到货比订购多 {quantity}</translation>
    </message>
    <message>
        <source>{number} sent: its lines are on order</source>
        <translation>{number} 已发出：各行已计入在途</translation>
    </message>
    <message>
        <source>{number} closed short: nothing more is on order</source>
        <translation>{number} 已短缺结案：不再有在途数量</translation>
    </message>
    <message>
        <source>{number} cancelled</source>
        <translation>{number} 已取消</translation>
    </message>
    <message>
        <source>Delivery booked on {number}: {status}, {quantity} still to come</source>
        <translation>{number} 已登记到货：{status}，还有 {quantity} 未到</translation>
    </message>
    <message>
        <source>Delivery booked on {number}: {status}</source>
        <translation>{number} 已登记到货：{status}</translation>
    </message>
    <message>
        <source>{number} drafted for {supplier}: send it when it is complete</source>
        <translation>已为 {supplier} 创建草稿 {number}：确认无误后发出</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>The owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Optional: leave the name empty for a one-person shop without sign-in.</source>
        <translation>选填：一人经营、无需登录的小店，姓名留空即可。</translation>
    </message>
    <message>
        <source>With an owner, the window opens on a sign-in screen, each sale and refund records who did it, and the owner adds cashiers and managers in Settings.</source>
        <translation>设置店主后，窗口启动时先显示登录界面，每笔销售和退款都会记录经手人，店主可在“设置”中添加收银员和店长。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>密码（4-8 位数字）</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits</source>
        <translation>密码为 4 到 8 位数字</translation>
    </message>
    <message>
        <source>The two PINs differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>POActionBar</name>
    <message>
        <source>&amp;Send</source>
        <translation>发出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>收货(&amp;R)…</translation>
    </message>
    <message>
        <source>Cance&amp;l PO…</source>
        <translation>取消采购单(&amp;L)…</translation>
    </message>
    <message>
        <source>Close s&amp;hort…</source>
        <translation>短缺结案(&amp;H)…</translation>
    </message>
    <message>
        <source>Print / Preview…</source>
        <translation>打印 / 预览…</translation>
    </message>
    <message>
        <source>The purchase order as the supplier gets it: save as PDF or print (Ctrl+P)</source>
        <translation>供应商收到的采购单：另存为 PDF 或打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Select a purchase order first</source>
        <translation>请先选择采购单</translation>
    </message>
    <message>
        <source>Allowed for a purchase order that is {status}</source>
        <translation>状态为{status}的采购单可以执行</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>无法执行：{reason}</translation>
    </message>
</context>
<context>
    <name>POLinesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>超收</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{over} more than ordered arrived</source>
        <translation>到货比订购多 {over}</translation>
    </message>
    <message>
        <source>{outstanding} of {ordered} still on order</source>
        <translation>订购 {ordered}，仍有 {outstanding} 在途</translation>
    </message>
</context>
<context>
    <name>POListModel</name>
    <message>
        <source>PO</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发出时间</translation>
    </message>
</context>
<context>
    <name>POPreview</name>
    <message>
        <source>Purchase order {number}</source>
        <translation>采购单 {number}</translation>
    </message>
    <message>
        <source>Print / Preview {what}</source>
        <translation>打印 / 预览 {what}</translation>
    </message>
    <message>
        <source>Preparing the purchase order…</source>
        <translation>正在生成采购单…</translation>
    </message>
</context>
<context>
    <name>POReasonDialog</name>
    <message>
        <source>Close {number} short</source>
        <translation>短缺结案 {number}</translation>
    </message>
    <message>
        <source>Close short</source>
        <translation>短缺结案</translation>
    </message>
    <message>
        <source>What is still to come will not come: nothing of it stays on order.</source>
        <translation>未到的货不会再来：不再计入在途。</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>取消 {number}</translation>
    </message>
    <message>
        <source>Cancel the PO</source>
        <translation>取消采购单</translation>
    </message>
    <message>
        <source>The supplier will send nothing of it: nothing of it stays on order.</source>
        <translation>供应商不会发任何货：不再计入在途。</translation>
    </message>
    <message>
        <source>optional: why</source>
        <translation>可选：原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park the sale</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Park (Enter)</source>
        <translation>挂单 (Enter)</translation>
    </message>
    <message>
        <source>optional: who it is for, what they went to fetch</source>
        <translation>可选：顾客是谁、去取什么</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Remove this payment method</source>
        <translation>移除此支付方式</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>收款 (回车)</translation>
    </message>
    <message>
        <source>Add a payment method (split payment)</source>
        <translation>添加支付方式（组合付款）</translation>
    </message>
    <message>
        <source>exact amount</source>
        <translation>金额刚好</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>&amp;Exact</source>
        <translation>正好(&amp;E)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>尚欠金额</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Each payment method can be used once</source>
        <translation>每种支付方式只能使用一次</translation>
    </message>
    <message>
        <source>Every payment needs an amount above zero</source>
        <translation>每笔付款金额都必须大于零</translation>
    </message>
    <message>
        <source>The payments are {extra} more than the amount due</source>
        <translation>付款金额比应收金额多 {extra}</translation>
    </message>
    <message>
        <source>{missing} is still to pay</source>
        <translation>还需支付 {missing}</translation>
    </message>
    <message>
        <source>Cash tendered is less than the cash amount ({cash})</source>
        <translation>实收现金少于现金支付金额（{cash}）</translation>
    </message>
</context>
<context>
    <name>PaymentKind</name>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>UnionPay card</source>
        <translation>银联卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货抵扣</translation>
    </message>
</context>
<context>
    <name>PaymentState</name>
    <message>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>保存单据</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Sent to {printer}</source>
        <translation>已发送到 {printer}</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 到 8 位数字</translation>
    </message>
    <message>
        <source>optional: scan their badge</source>
        <translation>选填：扫描其工牌</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Set new PIN</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Nobody yet: the first person you add is the owner</source>
        <translation>尚无人员：第一个添加的人员将成为店主</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>密码已修改</translation>
    </message>
    <message>
        <source>Choose a person in the list first</source>
        <translation>请先在列表中选择一位人员</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>sell</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>take goods back</source>
        <translation>办理退货</translation>
    </message>
    <message>
        <source>open or close a till</source>
        <translation>开班或交班</translation>
    </message>
    <message>
        <source>open the drawer without a sale</source>
        <translation>在无销售时开钱箱</translation>
    </message>
    <message>
        <source>take back goods worth more than the cashier&apos;s return limit</source>
        <translation>办理超过收银员退货金额上限的退货</translation>
    </message>
    <message>
        <source>give money back</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>void a completed sale</source>
        <translation>作废已完成的销售</translation>
    </message>
    <message>
        <source>give a discount or a price beyond the cashier&apos;s limit</source>
        <translation>给出超过收银员上限的折扣或改价</translation>
    </message>
    <message>
        <source>sell more than the book stock</source>
        <translation>超出账面库存销售</translation>
    </message>
    <message>
        <source>pay cash into or out of the till</source>
        <translation>向钱箱存入或从钱箱取出现金</translation>
    </message>
    <message>
        <source>expire a customer&apos;s store credit</source>
        <translation>作废客户的储值余额</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>调整库存</translation>
    </message>
    <message>
        <source>place or change purchase orders</source>
        <translation>下达或修改采购单</translation>
    </message>
    <message>
        <source>receive deliveries or count stock</source>
        <translation>收货或盘点库存</translation>
    </message>
    <message>
        <source>change a customer&apos;s credit limit or payment terms</source>
        <translation>修改客户的信用额度或付款条件</translation>
    </message>
    <message>
        <source>sell on account beyond a customer&apos;s credit limit</source>
        <translation>超出客户信用额度赊销</translation>
    </message>
    <message>
        <source>merge two customers into one</source>
        <translation>将两个客户合并为一个</translation>
    </message>
    <message>
        <source>close a till whose count is off by more than the limit</source>
        <translation>在现金差额超过上限时交班</translation>
    </message>
    <message>
        <source>add or change users</source>
        <translation>添加或修改用户</translation>
    </message>
    <message>
        <source>change the shop&apos;s settings</source>
        <translation>修改店铺设置</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>create or revoke API tokens</source>
        <translation>创建或吊销 API 令牌</translation>
    </message>
    <message>
        <source>add or remove automation rules</source>
        <translation>添加或删除自动化规则</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Pin the reorder point of {sku}</source>
        <translation>固定 {sku} 的再订货点</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>too little history to compute one</source>
        <translation>历史数据太少，无法计算</translation>
    </message>
    <message>
        <source>Replenishment uses this number instead of d̄ · LT + SS until it is unpinned.</source>
        <translation>取消固定之前，补货计算使用此数值，而不是 d̄ · LT + SS。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
</context>
<context>
    <name>PriceTier</name>
    <message>
        <source>Retail</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发价</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>付款逾期</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>缺货待补</translation>
    </message>
    <message>
        <source>Paid, not shipped</source>
        <translation>已付款未发货</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>缺少地址</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Edit {sku}</source>
        <translation>编辑 {sku}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>EAN-13, UPC-A, EAN-8 or your own code</source>
        <translation>EAN-13、UPC-A、EAN-8 或自编码</translation>
    </message>
    <message>
        <source>same as the price</source>
        <translation>与零售价相同</translation>
    </message>
    <message>
        <source>0 for pieces; 3 for kilograms weighed to the gram</source>
        <translation>按件卖填 0；按公斤称重精确到克填 3</translation>
    </message>
    <message>
        <source>Sold (active)</source>
        <translation>在售（启用）</translation>
    </message>
    <message>
        <source>May be sold when out of stock (backorder)</source>
        <translation>缺货时仍可销售（预售）</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price (before tax)</source>
        <translation>价格（不含税）</translation>
    </message>
    <message>
        <source>Price (tax included)</source>
        <translation>价格（含税）</translation>
    </message>
    <message>
        <source>Wholesale price (before tax)</source>
        <translation>批发价（不含税）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Unit decimals</source>
        <translation>单位小数位</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Check digit correct</source>
        <translation>校验位正确</translation>
    </message>
    <message>
        <source>The SKU is required and cannot contain spaces</source>
        <translation>货号必填，且不能包含空格</translation>
    </message>
    <message>
        <source>The product needs a name</source>
        <translation>商品需要填写名称</translation>
    </message>
    <message>
        <source>The price is required (e.g. 12.50)</source>
        <translation>价格必填（如 12.50）</translation>
    </message>
    <message>
        <source>Tax rate: {why}</source>
        <translation>税率：{why}</translation>
    </message>
</context>
<context>
    <name>ProductSuppliersModel</name>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>每包</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小订货量</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>交货期（天）</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>批发价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库数量</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Low stock: {available} available, {on_order} on order, reorder point {point}</source>
        <translation>库存预警：可用数量 {available}，在途 {on_order}，再订货点 {point}</translation>
    </message>
    <message>
        <source>Low stock: {available} available, reorder point {point}</source>
        <translation>库存预警：可用数量 {available}，再订货点 {point}</translation>
    </message>
</context>
<context>
    <name>PurchasingPage</name>
    <message>
        <source>To reorder</source>
        <translation>待补货</translation>
    </message>
    <message>
        <source>Purchase orders</source>
        <translation>采购单</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
</context>
<context>
    <name>QuantityCostLinesModel</name>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>双击或按 F2 修改</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity</source>
        <translation>“{text}”不是数量</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity above zero</source>
        <translation>“{text}”不是大于零的数量</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount</source>
        <translation>“{text}”不是金额</translation>
    </message>
</context>
<context>
    <name>QuoteConfirmDialog</name>
    <message>
        <source>Confirm quotation {number}</source>
        <translation>确认报价单 {number}</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Keep the quoted prices ({total}, valid until {day})</source>
        <translation>保留报价价格（{total}，有效期至 {day}）</translation>
    </message>
    <message>
        <source>Refresh the prices: every line priced as today</source>
        <translation>刷新价格：每一行按今天的价格重新计价</translation>
    </message>
    <message>
        <source>Its goods are reserved and the customer&apos;s credit is checked.</source>
        <translation>确认后将预留货品，并检查客户的信用额度。</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>无法操作：{reason}</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall a parked sale</source>
        <translation>取回挂单</translation>
    </message>
    <message>
        <source>Every till</source>
        <translation>所有收银台</translation>
    </message>
    <message>
        <source>Recall (Enter)</source>
        <translation>取回 (Enter)</translation>
    </message>
    <message>
        <source>Parked sales, oldest first</source>
        <translation>挂单（最早的在前）</translation>
    </message>
    <message>
        <source>#{number}  {when}  {lines}  {total}  {user} · {till}  {note}</source>
        <translation>#{number}  {when}  {lines}  {total}  {user} · {till}  {note}</translation>
    </message>
    <message>
        <source>No sale is parked here</source>
        <translation>本收银台没有挂单</translation>
    </message>
</context>
<context>
    <name>ReceivablesModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期 90 天以上</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Owes more than the credit limit</source>
        <translation>欠款超过信用额度</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <source>Payment on account…</source>
        <translation>赊账收款…</translation>
    </message>
    <message>
        <source>Terms…</source>
        <translation>付款条件…</translation>
    </message>
    <message>
        <source>Payment terms and credit limit (a manager&apos;s)</source>
        <translation>付款期限和信用额度（需主管）</translation>
    </message>
    <message>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <source>Select a customer to see the orders behind the balance</source>
        <translation>选择客户，查看构成余额的订单</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Customers owing: {count} · {total} owed, {late} of it past due</source>
        <translation>欠款客户：{count} · 共欠 {total}，其中逾期 {late}</translation>
    </message>
    <message>
        <source>Open orders of {name} ({code}), the oldest first (double-click to open)</source>
        <translation>{name}（{code}）的未结订单，最早的在前（双击打开）</translation>
    </message>
    <message>
        <source>{amount} by {method} booked: {shares}. Still owed: {left}</source>
        <translation>已登记 {amount}（{method}）：{shares}。仍欠：{left}</translation>
    </message>
    <message>
        <source>{name}: {days} days, credit limit {limit}</source>
        <translation>{name}：{days} 天，信用额度 {limit}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
</context>
<context>
    <name>ReceiveLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>此前已到</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Arriving now</source>
        <translation>本次到货</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>{over} more than is still to come</source>
        <translation>比未到数量多 {over}</translation>
    </message>
</context>
<context>
    <name>ReceivePODialog</name>
    <message>
        <source>Receive {number}</source>
        <translation>收货 {number}</translation>
    </message>
    <message>
        <source>Book delivery</source>
        <translation>登记到货</translation>
    </message>
    <message>
        <source>{number} · {supplier} · {status}</source>
        <translation>{number} · {supplier} · {status}</translation>
    </message>
    <message>
        <source>Scan a barcode or type a SKU, then Enter: one more of it</source>
        <translation>扫描条码或输入货号后按回车：数量加一</translation>
    </message>
    <message>
        <source>All that is to come</source>
        <translation>全部未到数量</translation>
    </message>
    <message>
        <source>Every line arrives in full (then correct what differs)</source>
        <translation>每行按未到数量全部到货（再修改不同之处）</translation>
    </message>
    <message>
        <source>optional: delivery note number, remarks</source>
        <translation>可选：送货单号、备注</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The delivery is being booked: scan {code} again afterwards</source>
        <translation>正在登记到货：请稍后再扫描 {code}</translation>
    </message>
    <message>
        <source>{sku} · {name}: {quantity} arriving</source>
        <translation>{sku} · {name}：本次到货 {quantity}</translation>
    </message>
    <message>
        <source>{sku} · {name} is not on {number}: nothing added</source>
        <translation>{sku} · {name} 不在 {number} 上：未添加</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: nothing added</source>
        <translation>未知条码 {code}：未添加</translation>
    </message>
    <message>
        <source>Arriving: {units} on {lines}</source>
        <translation>本次到货：{units}，共 {lines}</translation>
    </message>
    <message>
        <source>Nothing is arriving yet: scan the goods or type their quantities</source>
        <translation>尚无到货：请扫描商品或输入数量</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund order {number}</source>
        <translation>订单 {number} 退款</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The refund needs an amount above zero</source>
        <translation>退款金额必须大于零</translation>
    </message>
    <message>
        <source>A refund cannot be more than was paid</source>
        <translation>退款金额不能超过已付金额</translation>
    </message>
</context>
<context>
    <name>ReorderTab</name>
    <message>
        <source>All suppliers</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <source>Only what to order</source>
        <translation>只看需订货的</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Create draft POs</source>
        <translation>生成采购单草稿</translation>
    </message>
    <message>
        <source>One draft PO per preferred supplier with the quantities to order (an open draft is extended)</source>
        <translation>每个首选供应商一张采购单草稿，按建议数量（已有草稿则追加）</translation>
    </message>
    <message>
        <source>Pin reorder point…</source>
        <translation>固定再订货点…</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>取消固定</translation>
    </message>
    <message>
        <source>{count} to order · service level {level}% (z = {z}) · holding cost {rate}% a year · demand over the last 90 days. Hover a header or a figure for its formula with the numbers.</source>
        <translation>需订货 {count} 个 · 服务水平 {level}%（z = {z}）· 持有成本每年 {rate}% · 需求取最近 90 天。鼠标停在表头或数字上可看到公式及代入的数值。</translation>
    </message>
    <message>
        <source>Select a product first</source>
        <translation>请先选择商品</translation>
    </message>
    <message>
        <source>Your own reorder point for {sku}, instead of the computed one</source>
        <translation>为 {sku} 设定自己的再订货点，代替计算值</translation>
    </message>
    <message>
        <source>The reorder point of {sku} is computed, not pinned</source>
        <translation>{sku} 的再订货点是计算得出的，未固定</translation>
    </message>
    <message>
        <source>Compute the reorder point of {sku} again</source>
        <translation>重新计算 {sku} 的再订货点</translation>
    </message>
    <message>
        <source>Nothing to order: no product is at or below its reorder point</source>
        <translation>无需订货：没有商品处于或低于再订货点</translation>
    </message>
    <message>
        <source>Nothing to order</source>
        <translation>无需订货</translation>
    </message>
    <message>
        <source>{number} for {supplier}: {lines}</source>
        <translation>{number}（{supplier}）：{lines}</translation>
    </message>
    <message>
        <source>{done}. No supplier to order from: {skus}</source>
        <translation>{done}。没有可订货的供应商：{skus}</translation>
    </message>
    <message>
        <source>Reorder point of {sku} pinned at {quantity}</source>
        <translation>{sku} 的再订货点已固定为 {quantity}</translation>
    </message>
    <message>
        <source>The reorder point of {sku} is computed again</source>
        <translation>{sku} 的再订货点恢复为计算值</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>短款 {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>长款 {amount}</translation>
    </message>
    <message>
        <source>{amount}: the count matches</source>
        <translation>{amount}：账实相符</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>hidden (blind count)</source>
        <translation>已隐藏（盲点）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}（{who}）</translation>
    </message>
    <message>
        <source>{closed}, approved by {manager}</source>
        <translation>{closed}，授权人：{manager}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Sales: {method}</source>
        <translation>销售：{method}</translation>
    </message>
    <message>
        <source>{amount} ({count})</source>
        <translation>{amount}（{count} 笔）</translation>
    </message>
    <message>
        <source>Refunds: {method}</source>
        <translation>退款：{method}</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Manager approvals</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>无销售开钱箱</translation>
    </message>
    <message>
        <source>Cashiers</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>sales: {sales} · taken: {taken} · refunded: {refunded}</source>
        <translation>销售：{sales} · 收款：{taken} · 退款：{refunded}</translation>
    </message>
    <message>
        <source>Cash moves</source>
        <translation>现金存取</translation>
    </message>
    <message>
        <source>{what}: {reason} ({who})</source>
        <translation>{what}：{reason}（{who}）</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return order {number}</source>
        <translation>订单 {number} 退货</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>确认退货</translation>
    </message>
    <message>
        <source>The ways it was paid</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <source>The goods go back into stock. This cannot be undone.</source>
        <translation>商品将退回库存。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Refund by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>退货原因</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptPreview</name>
    <message>
        <source>Return {number}</source>
        <translation>退货单 {number}</translation>
    </message>
    <message>
        <source>Print / Preview {what}</source>
        <translation>打印 / 预览 {what}</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在准备小票…</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
</context>
<context>
    <name>RulesBox</name>
    <message>
        <source>An order is made ({channel})</source>
        <translation>新建订单（{channel}）</translation>
    </message>
    <message>
        <source>An order is made</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>An order is paid in full ({channel})</source>
        <translation>订单已付清（{channel}）</translation>
    </message>
    <message>
        <source>An order is paid in full</source>
        <translation>订单已付清</translation>
    </message>
    <message>
        <source>An order is unpaid {days} days after its due date</source>
        <translation>订单到期后 {days} 天仍未付款</translation>
    </message>
    <message>
        <source>A paid order is not shipped after {hours} hours</source>
        <translation>已付款订单 {hours} 小时后仍未发货</translation>
    </message>
    <message>
        <source>A product is below its reorder point</source>
        <translation>商品低于再订货点</translation>
    </message>
    <message>
        <source>Once a day: how many products are low</source>
        <translation>每天一次：多少商品库存不足</translation>
    </message>
    <message>
        <source>A till closes {amount} or more off</source>
        <translation>收银台结班差额达到 {amount} 或以上</translation>
    </message>
    <message>
        <source>A till closes with its cash off</source>
        <translation>收银台结班现金有差额</translation>
    </message>
    <message>
        <source>notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>e-mail {to}</source>
        <translation>发邮件给 {to}</translation>
    </message>
    <message>
        <source>print on {printer}</source>
        <translation>在 {printer} 打印</translation>
    </message>
    <message>
        <source>print here</source>
        <translation>在本机打印</translation>
    </message>
    <message>
        <source>put the order on hold</source>
        <translation>暂停订单</translation>
    </message>
    <message>
        <source>add to a draft purchase order</source>
        <translation>加入采购单草稿</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <source>e.g. Unpaid 7 days</source>
        <translation>例如：7 天未付款</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任何渠道</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>A rule acts on what happens after it is made, once per event; the window runs the rules every minute. E-mail goes through the shop&apos;s mail server, which is set up on the command line.</source>
        <translation>规则只处理创建之后发生的事，每件事只处理一次；窗口每分钟运行一次规则。电子邮件通过店铺的邮件服务器发送，邮件服务器在命令行中设置。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>To</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>An order is unpaid N days after its due date</source>
        <translation>订单到期后 N 天仍未付款</translation>
    </message>
    <message>
        <source>A paid order is not shipped after N hours</source>
        <translation>已付款订单 N 小时后仍未发货</translation>
    </message>
    <message>
        <source>Notify (the bell)</source>
        <translation>通知（铃铛）</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>发送电子邮件</translation>
    </message>
    <message>
        <source>Print the receipt or Z report</source>
        <translation>打印小票或 Z 报表</translation>
    </message>
    <message>
        <source>Put the order on hold</source>
        <translation>暂停订单</translation>
    </message>
    <message>
        <source>Add to a draft purchase order</source>
        <translation>加入采购单草稿</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>owner@example.com, several with commas</source>
        <translation>owner@example.com，多个地址用逗号分隔</translation>
    </message>
    <message>
        <source>empty: this computer&apos;s receipt printer; or network:HOST:PORT</source>
        <translation>留空：本机小票打印机；或 network:主机:端口</translation>
    </message>
    <message>
        <source>The least variance must be an amount, e.g. 5.00</source>
        <translation>最小差额必须是金额，例如 5.00</translation>
    </message>
    <message>
        <source>#{id} {name}: {when} → {does}   (done {done}, waiting {waiting}, failed {failed})</source>
        <translation>#{id} {name}：{when} → {does}   （完成 {done}，等待 {waiting}，失败 {failed}）</translation>
    </message>
    <message>
        <source>No rules yet: add one below</source>
        <translation>还没有规则：请在下方添加</translation>
    </message>
    <message>
        <source>Rule added: {name}</source>
        <translation>已添加规则：{name}</translation>
    </message>
    <message>
        <source>Choose a rule in the list first</source>
        <translation>请先在列表中选择一条规则</translation>
    </message>
    <message>
        <source>Rule removed: {name}</source>
        <translation>已删除规则：{name}</translation>
    </message>
</context>
<context>
    <name>SaleDiscountDialog</name>
    <message>
        <source>Discount the sale</source>
        <translation>整单折扣</translation>
    </message>
    <message>
        <source>Apply (Enter)</source>
        <translation>应用 (Enter)</translation>
    </message>
    <message>
        <source>10% or 5.00</source>
        <translation>10% 或 5.00</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Why: kept with the discount in the audit trail</source>
        <translation>原因：随折扣记入审计日志</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a percent</source>
        <translation>“{text}”不是百分比</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount: {why}</source>
        <translation>“{text}”不是金额：{why}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>The language of invoices, receipts and packing slips, on every till</source>
        <translation>发票、小票和装箱单使用的语言（所有收银台通用）</translation>
    </message>
    <message>
        <source>This computer&apos;s ({zone})</source>
        <translation>本机时区（{zone}）</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>What today, a business day and an order number&apos;s year are, on every till and report</source>
        <translation>决定所有收银台和报表中的“今天”、营业日以及订单号的年份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A paid order not shipped this many days after it was paid shows in the Orders page&apos;s Problems</source>
        <translation>已付款的订单在付款后超过这么多天仍未发货，会显示在订单页的“问题”视图中</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Shop (printed on invoices and receipts)</source>
        <translation>店铺信息（打印在发票和小票上）</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Default tax rate % (new products)</source>
        <translation>默认税率 %（用于新商品）</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Invoice notes</source>
        <translation>发票备注</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>店铺标志</translation>
    </message>
    <message>
        <source>Payment methods at the counter</source>
        <translation>收银台的付款方式</translation>
    </message>
    <message>
        <source>Cashier&apos;s discount limit %</source>
        <translation>收银员折扣上限 %</translation>
    </message>
    <message>
        <source>Discount reasons</source>
        <translation>折扣原因</translation>
    </message>
    <message>
        <source>Cashier&apos;s return limit</source>
        <translation>收银员退货金额上限</translation>
    </message>
    <message>
        <source>Cash-up variance limit</source>
        <translation>交班差额上限</translation>
    </message>
    <message>
        <source>Paid, not shipped: a problem after</source>
        <translation>已付款未发货，视为问题的天数</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save the shop settings (Ctrl+S)</source>
        <translation>保存店铺设置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The language of this program&apos;s window. Documents use the document language above.</source>
        <translation>本程序窗口使用的语言。单据使用上面的单据语言。</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>错误日志</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>当前操作员</translation>
    </message>
    <message>
        <source>none: backups stay in the data folder only</source>
        <translation>无：备份只保存在数据文件夹中</translation>
    </message>
    <message>
        <source>Prices include tax (the shelf price is what the customer pays)</source>
        <translation>价格含税（标价即顾客实付）</translation>
    </message>
    <message>
        <source>Offered when a discount is given, separated by commas</source>
        <translation>打折时可选的原因，用逗号分隔</translation>
    </message>
    <message>
        <source>Wholesale prices are always before tax. Orders already taken keep their own rule.</source>
        <translation>批发价始终不含税。已有订单保持原来的计价方式。</translation>
    </message>
    <message>
        <source>The daily backup is also copied here: a USB stick or a network folder (saved with Save)</source>
        <translation>每日备份也会复制到这里：U 盘或网络文件夹（点击“保存”后生效）</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data…</source>
        <translation>为空数据库填充演示数据…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The default tax rate must be a number, e.g. 13</source>
        <translation>默认税率必须是数字，如 13</translation>
    </message>
    <message>
        <source>A limit must be a number, e.g. 10 or 100.00</source>
        <translation>上限必须是数字，如 10 或 100.00</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>正在保存设置…</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <source>Window language saved</source>
        <translation>窗口语言已保存</translation>
    </message>
    <message>
        <source>The window changes to {language} when OMS Desktop starts again</source>
        <translation>OMS Desktop 重新启动后，窗口将切换为{language}</translation>
    </message>
    <message>
        <source>Choose the shop logo</source>
        <translation>选择店铺标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose a second folder for the daily backup</source>
        <translation>选择每日备份的第二个文件夹</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
    <message>
        <source>Creating demo products, customers and a year of orders…</source>
        <translation>正在创建演示商品、客户和一年的订单…</translation>
    </message>
    <message>
        <source>Demo data created: {products} products, {customers} customers, {orders} orders</source>
        <translation>演示数据已创建：{products} 个商品，{customers} 位客户，{orders} 个订单</translation>
    </message>
</context>
<context>
    <name>ShipDialog</name>
    <message>
        <source>Ship order {number}</source>
        <translation>订单 {number} 发货</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Tracking number from the carrier&apos;s label</source>
        <translation>快递面单上的快递单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>All that is left</source>
        <translation>全部待发</translation>
    </message>
    <message>
        <source>Every line ships what is left of it (what the shelf lacks stays behind)</source>
        <translation>每行发出全部待发数量（缺货部分留待以后）</translation>
    </message>
    <message>
        <source>All that is left ships now</source>
        <translation>本次发出全部待发商品</translation>
    </message>
    <message>
        <source>A part ships now ({units}); the rest stays reserved for a later parcel</source>
        <translation>本次部分发货（{units}）；其余仍预留，待下次发货</translation>
    </message>
    <message>
        <source>Choose or type the carrier</source>
        <translation>选择或输入快递公司</translation>
    </message>
    <message>
        <source>Type the tracking number</source>
        <translation>输入快递单号</translation>
    </message>
    <message>
        <source>Nothing ships yet: type how much of a line leaves now</source>
        <translation>尚无发货数量：请输入本次发出的数量</translation>
    </message>
</context>
<context>
    <name>ShipLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>本次发货</translation>
    </message>
    <message>
        <source>Only {left} left to ship</source>
        <translation>仅剩 {left} 待发</translation>
    </message>
    <message>
        <source>{short} short on the shelf: waiting for goods</source>
        <translation>货架缺 {short}：等待到货</translation>
    </message>
</context>
<context>
    <name>ShipmentsModel</name>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>包裹内容</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>整个订单</translation>
    </message>
    <message>
        <source>{sku} ×{quantity}</source>
        <translation>{sku} ×{quantity}</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <source>Printed on invoices, receipts and shipping labels.</source>
        <translation>这些信息会打印在发票、小票和快递面单上。</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Default tax rate % (new products)</source>
        <translation>默认税率 %（用于新商品）</translation>
    </message>
    <message>
        <source>Shelf prices</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <source>The name on your sign and on your invoices</source>
        <translation>招牌和发票上的店名</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>include tax: what the customer pays (untick if prices are before tax)</source>
        <translation>含税：即顾客实付（如标价不含税请取消勾选）</translation>
    </message>
    <message>
        <source>The language of invoices, receipts and packing slips</source>
        <translation>发票、小票和装箱单使用的语言</translation>
    </message>
    <message>
        <source>The default tax rate must be a number, e.g. 13</source>
        <translation>默认税率必须是数字，如 13</translation>
    </message>
    <message>
        <source>The default tax rate must be between 0 and 100%</source>
        <translation>默认税率必须在 0 到 100% 之间</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Sign in: type your name or scan your badge, then your PIN.</source>
        <translation>登录：输入姓名或扫描工牌，再输入密码。</translation>
    </message>
    <message>
        <source>Name or badge</source>
        <translation>姓名或工牌</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Type your name or scan your badge</source>
        <translation>请输入姓名或扫描工牌</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <source>Statement of {name}</source>
        <translation>{name} 的对账单</translation>
    </message>
    <message>
        <source>Print / Preview {what}</source>
        <translation>打印 / 预览 {what}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The period ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>Preparing the statement…</source>
        <translation>正在生成对账单…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>待发货</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Closed short</source>
        <translation>短缺结案</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>StockLevelsModel</name>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>库位名称</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>在库数量</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途数量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用数量</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>Low stock at {location}: {available} available, reorder point {point}</source>
        <translation>{location} 库存预警：可用数量 {available}，再订货点 {point}</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Search by SKU, barcode or name (Ctrl+F)</source>
        <translation>按货号、条码或名称搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>新建商品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>库存调整…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Demand…</source>
        <translation>需求…</translation>
    </message>
    <message>
        <source>Red rows: available below the reorder point</source>
        <translation>红色行：可用数量低于再订货点</translation>
    </message>
    <message>
        <source>Stock by location</source>
        <translation>各库位库存</translation>
    </message>
    <message>
        <source>Movements (ledger)</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Select a product to see its stock</source>
        <translation>选择商品以查看其库存</translation>
    </message>
    <message>
        <source>{sku} · {name}: {available} available of {on_hand} on hand</source>
        <translation>{sku} · {name}：在库 {on_hand}，可用 {available}</translation>
    </message>
    <message>
        <source>{sku} added</source>
        <translation>已添加 {sku}</translation>
    </message>
    <message>
        <source>{sku} saved</source>
        <translation>{sku} 已保存</translation>
    </message>
    <message>
        <source>{quantity} of {sku} received</source>
        <translation>{sku} 已入库 {quantity}</translation>
    </message>
    <message>
        <source>{sku} adjusted by {quantity}</source>
        <translation>{sku} 库存调整 {quantity}</translation>
    </message>
    <message>
        <source>{quantity} of {sku} transferred</source>
        <translation>{sku} 已调拨 {quantity}</translation>
    </message>
    <message>
        <source>{number} stays open: Stocktake… continues it</source>
        <translation>{number} 仍未结束：点“盘点…”继续</translation>
    </message>
    <message>
        <source>{number} finished: {count} adjustments booked</source>
        <translation>{number} 已完成：记入 {count} 笔库存调整</translation>
    </message>
    <message>
        <source>{number} cancelled: nothing booked</source>
        <translation>{number} 已取消：未记入任何调整</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Continue this count</source>
        <translation>继续此盘点</translation>
    </message>
    <message>
        <source>Counts still open</source>
        <translation>未完成的盘点</translation>
    </message>
    <message>
        <source>Every active product</source>
        <translation>全部在售商品</translation>
    </message>
    <message>
        <source>Only the products selected on the Stock page (none is)</source>
        <translation>仅“商品与库存”页中选中的商品（当前未选）</translation>
    </message>
    <message>
        <source>The selected product ({skus})</source>
        <translation>选中的商品（{skus}）</translation>
    </message>
    <message>
        <source>The {count} selected products</source>
        <translation>选中的 {count} 种商品</translation>
    </message>
    <message>
        <source>optional, e.g. year-end count</source>
        <translation>可选，例如：年终盘点</translation>
    </message>
    <message>
        <source>Start count</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>New count</source>
        <translation>新盘点</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On hand is noted when the count starts. Sales and deliveries go on while you count: each product is compared with what the books say at the moment it is counted.</source>
        <translation>开始盘点时记下在库数量。盘点期间照常销售和收货：每种商品与其盘点那一刻的账面数量比较。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{number} · {location} · started {time} by {user}</source>
        <translation>{number} · {location} · {user} 于 {time} 开始</translation>
    </message>
    <message>
        <source>Starting the count…</source>
        <translation>正在开始盘点…</translation>
    </message>
    <message>
        <source>Scan a barcode, or type a SKU and Enter: one more counted</source>
        <translation>扫描条码，或输入货号后按回车：数量加一</translation>
    </message>
    <message>
        <source>To set a quantity, type it in the Counted column.</source>
        <translation>要直接设定数量，请在“实盘数量”列输入。</translation>
    </message>
    <message>
        <source>Finish and book differences…</source>
        <translation>完成并记入差异…</translation>
    </message>
    <message>
        <source>Cancel count…</source>
        <translation>取消盘点…</translation>
    </message>
    <message>
        <source>Close (keep counting later)</source>
        <translation>关闭（稍后继续）</translation>
    </message>
    <message>
        <source>Stocktake {number}</source>
        <translation>盘点 {number}</translation>
    </message>
    <message>
        <source>{counted} of {total} counted · {differences} differences</source>
        <translation>已盘 {counted} / {total} · 差异 {differences} 项</translation>
    </message>
    <message>
        <source>{text} is not a quantity</source>
        <translation>{text} 不是有效数量</translation>
    </message>
    <message>
        <source>{sku}: {counted} counted</source>
        <translation>{sku}：实盘 {counted}</translation>
    </message>
    <message>
        <source>Finish the count</source>
        <translation>完成盘点</translation>
    </message>
    <message>
        <source>Book {differences} differences of {number} as stock adjustments (reason: stocktake)? Products not counted ({missing}) are left as they are.</source>
        <translation>将 {number} 的 {differences} 项差异记为库存调整（原因：盘点）？未盘点的商品（{missing} 种）保持不变。</translation>
    </message>
    <message>
        <source>Finish and book</source>
        <translation>完成并记入</translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation>取消盘点</translation>
    </message>
    <message>
        <source>Abandon {number}? Nothing is booked; what was counted is dropped.</source>
        <translation>放弃 {number}？不记入任何调整，已盘数量将作废。</translation>
    </message>
    <message>
        <source>Abandon the count</source>
        <translation>放弃盘点</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>SKU</source>
        <translation>货号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>d̄ / day</source>
        <translation>d̄ / 天</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>LT (days)</source>
        <translation>交货期（天）</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <source>EOQ</source>
        <translation>经济批量</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>建议订货</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Available = on hand − reserved, all locations</source>
        <translation>可用 = 在库 − 预留，所有库位</translation>
    </message>
    <message>
        <source>On order = what sent POs still bring + what draft POs hold</source>
        <translation>在途 = 已发出采购单未到数量 + 草稿采购单数量</translation>
    </message>
    <message>
        <source>d̄ = units sold net of returns in the last 90 days ÷ 90</source>
        <translation>d̄ = 最近 90 天销量（扣除退货）÷ 90</translation>
    </message>
    <message>
        <source>σ = √(Σ(dᵢ − d̄)² ÷ 89), over all 90 days (days without sales are 0)</source>
        <translation>σ = √(Σ(dᵢ − d̄)² ÷ 89)，取全部 90 天（无销售的日子计为 0）</translation>
    </message>
    <message>
        <source>LT = the product&apos;s lead time at this supplier, else the supplier&apos;s default</source>
        <translation>LT = 该商品在此供应商的交货期，否则取供应商默认交货期</translation>
    </message>
    <message>
        <source>SS = z · σ · √LT (z from the service level)</source>
        <translation>SS = z · σ · √LT（z 由服务水平决定）</translation>
    </message>
    <message>
        <source>ROP = d̄ · LT + SS (or the owner&apos;s pinned reorder point)</source>
        <translation>ROP = d̄ · LT + SS（或店主固定的再订货点）</translation>
    </message>
    <message>
        <source>EOQ = √(2 · D · S ÷ H), D = d̄ · 365, S = ordering cost, H = unit cost × holding rate</source>
        <translation>EOQ = √(2 · D · S ÷ H)，D = d̄ · 365，S = 订货成本，H = 单位成本 × 持有成本率</translation>
    </message>
    <message>
        <source>When available + on order ≤ ROP: max(EOQ, ROP − (available + on order)), rounded up to the pack size, at least the minimum order</source>
        <translation>当 可用 + 在途 ≤ ROP 时：max(EOQ, ROP − (可用 + 在途))，按每包数量向上取整，且不少于最小订货量</translation>
    </message>
    <message>
        <source>Pinned reorder point</source>
        <translation>再订货点已固定</translation>
    </message>
    <message>
        <source>too little history: sold on {days} of {window} days</source>
        <translation>历史少：{window} 天中 {days} 天有销售</translation>
    </message>
    <message>
        <source>Too little history: sold on {days} of {window} days</source>
        <translation>历史数据太少：{window} 天中仅 {days} 天有销售</translation>
    </message>
    <message>
        <source>no supplier</source>
        <translation>无供应商</translation>
    </message>
    <message>
        <source>no unit cost: no EOQ</source>
        <translation>无单位成本：无 EOQ</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{formula}
= {on_hand} − {reserved} = {available}</source>
        <translation>{formula}
= {on_hand} − {reserved} = {available}</translation>
    </message>
    <message>
        <source>{formula}
= {sent} + {draft} = {total}</source>
        <translation>{formula}
= {sent} + {draft} = {total}</translation>
    </message>
    <message>
        <source>{formula}
= {total} ÷ {days} = {mean} (sold on {sale_days} days)</source>
        <translation>{formula}
= {total} ÷ {days} = {mean}（{sale_days} 天有销售）</translation>
    </message>
    <message>
        <source>{formula}
= {std}</source>
        <translation>{formula}
= {std}</translation>
    </message>
    <message>
        <source>{formula}
= {days} days</source>
        <translation>{formula}
= {days} 天</translation>
    </message>
    <message>
        <source>{formula}
Not computed: {note}</source>
        <translation>{formula}
未计算：{note}</translation>
    </message>
    <message>
        <source>{formula}
= {z} × {std} × √{lt} = {ss}  (z for a {level}% service level)</source>
        <translation>{formula}
= {z} × {std} × √{lt} = {ss}（z 对应 {level}% 服务水平）</translation>
    </message>
    <message>
        <source>{formula}
= {rop}, pinned by the owner</source>
        <translation>{formula}
= {rop}，由店主固定</translation>
    </message>
    <message>
        <source>{formula}
= {mean} × {lt} + {ss} = {rop}</source>
        <translation>{formula}
= {mean} × {lt} + {ss} = {rop}</translation>
    </message>
    <message>
        <source>{formula}
No unit cost to hold (H = {cost} × {rate}% = 0): no EOQ</source>
        <translation>{formula}
没有可持有的单位成本（H = {cost} × {rate}% = 0）：无 EOQ</translation>
    </message>
    <message>
        <source>{formula}
D = {mean} × {year} = {annual}; S = {order_cost}; H = {cost} × {rate}% = {holding}
EOQ = √(2 × {annual} × {order_cost} ÷ {holding}) = {eoq}</source>
        <translation>{formula}
D = {mean} × {year} = {annual}；S = {order_cost}；H = {cost} × {rate}% = {holding}
EOQ = √(2 × {annual} × {order_cost} ÷ {holding}) = {eoq}</translation>
    </message>
    <message>
        <source>{formula}
Available + on order = {position} &gt; ROP {rop}: nothing to order</source>
        <translation>{formula}
可用 + 在途 = {position} &gt; ROP {rop}：无需订货</translation>
    </message>
    <message>
        <source>{formula}
Available + on order = {position} ≤ ROP {rop}
max(EOQ {eoq}, {rop} − {position} = {gap}) in packs of {pack}, at least {least} → {qty}</source>
        <translation>{formula}
可用 + 在途 = {position} ≤ ROP {rop}
max(EOQ {eoq}, {rop} − {position} = {gap})，每包 {pack}，至少 {least} → {qty}</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Supplier {code}</source>
        <translation>供应商 {code}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>optional: given as SUP-001 when empty</source>
        <translation>可选：留空时自动编为 SUP-001</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>What placing one order costs (S in the EOQ)</source>
        <translation>每下一次订单的成本（EOQ 中的 S）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Ordering cost</source>
        <translation>订货成本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A supplier needs a name</source>
        <translation>供应商需要名称</translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>交货期（天）</translation>
    </message>
    <message>
        <source>Ordering cost</source>
        <translation>订货成本</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品数</translation>
    </message>
    <message>
        <source>S in the EOQ: what placing one order with this supplier costs</source>
        <translation>EOQ 中的 S：向此供应商下一次订单的成本</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <source>New supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>A product&apos;s suppliers: scan or type its SKU, then Enter</source>
        <translation>商品的供应商：扫描或输入货号后按回车</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Add a supplier for it…</source>
        <translation>为其添加供应商…</translation>
    </message>
    <message>
        <source>Change terms…</source>
        <translation>修改条件…</translation>
    </message>
    <message>
        <source>Choose a product first</source>
        <translation>请先选择商品</translation>
    </message>
    <message>
        <source>Add a supplier first</source>
        <translation>请先添加供应商</translation>
    </message>
    <message>
        <source>What a supplier sells {sku} for</source>
        <translation>供应商销售 {sku} 的价格与条件</translation>
    </message>
    <message>
        <source>{code} · {name} saved</source>
        <translation>{code} · {name} 已保存</translation>
    </message>
    <message>
        <source>{sku} at {supplier}: {cost}</source>
        <translation>{sku} 在 {supplier}：{cost}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <source>{sku} at a supplier</source>
        <translation>{sku} 的供应商条件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>the supplier&apos;s</source>
        <translation>供应商默认</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Preferred supplier (replenishment orders from it)</source>
        <translation>首选供应商（补货时向其订货）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Supplier&apos;s SKU</source>
        <translation>供应商货号</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>每包数量</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>最小订货量</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <source>Add a supplier first</source>
        <translation>请先添加供应商</translation>
    </message>
    <message>
        <source>Give the supplier&apos;s cost</source>
        <translation>请输入供应商的成本</translation>
    </message>
</context>
<context>
    <name>ThisComputerBox</name>
    <message>
        <source>This till</source>
        <translation>本收银台</translation>
    </message>
    <message>
        <source>network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD] or file:PATH; empty: none</source>
        <translation>network:主机[:端口]、usb:厂商ID:产品ID、serial:设备[:波特率] 或 file:路径；留空：不使用</translation>
    </message>
    <message>
        <source>Chinese font in the printer (GB18030)</source>
        <translation>打印机内置中文字库 (GB18030)</translation>
    </message>
    <message>
        <source>Printed as a picture (any printer)</source>
        <translation>以图片方式打印（适用于任何打印机）</translation>
    </message>
    <message>
        <source>Characters per line: 42 on 80 mm paper, 32 on 58 mm</source>
        <translation>每行字符数：80 毫米纸为 42，58 毫米纸为 32</translation>
    </message>
    <message>
        <source>Print the receipt when a sale is paid</source>
        <translation>收款后自动打印小票</translation>
    </message>
    <message>
        <source>Customer display: a second window for a second screen (Ctrl+Shift+D)</source>
        <translation>顾客显示屏：用于第二块屏幕的第二个窗口 (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Save for this till</source>
        <translation>保存本收银台设置</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>收银台名称</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>小票打印机</translation>
    </message>
    <message>
        <source>Printer text</source>
        <translation>文字打印方式</translation>
    </message>
    <message>
        <source>Characters per line</source>
        <translation>每行字符数</translation>
    </message>
    <message>
        <source>Lock when untouched for</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <source>Cannot save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <source>Saved; the till name and lock time apply from the next start</source>
        <translation>已保存；收银台名称和锁定时间在下次启动后生效</translation>
    </message>
</context>
<context>
    <name>TillMove</name>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>No sale</source>
        <translation>开钱箱（无销售）</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>Till</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Open the till</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>The cash put in the drawer to give change from (0 for none)</source>
        <translation>放入钱箱用于找零的现金（没有则填 0）</translation>
    </message>
    <message>
        <source>Open till</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Count the change put in the drawer and type it here.</source>
        <translation>清点放入钱箱的零钱，并在此输入金额。</translation>
    </message>
    <message>
        <source>X report: this session so far</source>
        <translation>X报表：本班次截至目前</translation>
    </message>
    <message>
        <source>Cash in…</source>
        <translation>存入现金…</translation>
    </message>
    <message>
        <source>Cash out…</source>
        <translation>取出现金…</translation>
    </message>
    <message>
        <source>Open drawer…</source>
        <translation>开钱箱…</translation>
    </message>
    <message>
        <source>Close till…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <source>Print X report…</source>
        <translation>打印X报表…</translation>
    </message>
    <message>
        <source>Print PDF / preview…</source>
        <translation>打印 PDF / 预览…</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>在小票打印机上打印</translation>
    </message>
    <message>
        <source>Z reports of this till</source>
        <translation>本收银台的Z报表</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>重新打印…</translation>
    </message>
    <message>
        <source>The selected Z report as it was closed (Enter)</source>
        <translation>按交班时的原样重新打印所选Z报表 (回车)</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>收银台 {till}</translation>
    </message>
    <message>
        <source>This computer has no till name</source>
        <translation>本机尚未设置收银台名称</translation>
    </message>
    <message>
        <source>Closed: open it with a float to take cash</source>
        <translation>未开班：输入备用金开班后才能收取现金</translation>
    </message>
    <message>
        <source>Open since {when}, opened by {who}</source>
        <translation>{when} 开班，开班人：{who}</translation>
    </message>
    <message>
        <source>Closed: Z report {number}</source>
        <translation>已交班：Z报表 {number}</translation>
    </message>
    <message>
        <source>Type the float: the cash in the drawer to give change (0 for none)</source>
        <translation>请输入备用金：钱箱中用于找零的现金（没有则填 0）</translation>
    </message>
    <message>
        <source>Opening the till…</source>
        <translation>正在开班…</translation>
    </message>
    <message>
        <source>Till {till} opened with a float of {amount}</source>
        <translation>收银台 {till} 已开班，备用金 {amount}</translation>
    </message>
    <message>
        <source>{amount} paid in: {reason}</source>
        <translation>已存入 {amount}：{reason}</translation>
    </message>
    <message>
        <source>{amount} paid out: {reason}</source>
        <translation>已取出 {amount}：{reason}</translation>
    </message>
    <message>
        <source>Drawer opened (no sale, recorded)</source>
        <translation>钱箱已打开（无销售，已记录）</translation>
    </message>
    <message>
        <source>Closing the till…</source>
        <translation>正在交班…</translation>
    </message>
    <message>
        <source>Till {till} closed: Z report {number}</source>
        <translation>收银台 {till} 已交班：Z报表 {number}</translation>
    </message>
</context>
<context>
    <name>TillReportPreview</name>
    <message>
        <source>X report: till {till}</source>
        <translation>X报表：收银台 {till}</translation>
    </message>
    <message>
        <source>Z report {number}: till {till}</source>
        <translation>Z报表 {number}：收银台 {till}</translation>
    </message>
    <message>
        <source>Print / Preview {what}</source>
        <translation>打印 / 预览 {what}</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer stock</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>From</source>
        <translation>调出库位</translation>
    </message>
    <message>
        <source>To</source>
        <translation>调入库位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Choose two different locations</source>
        <translation>请选择两个不同的库位</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to OMS Desktop</source>
        <translation>欢迎使用 OMS Desktop</translation>
    </message>
    <message>
        <source>A few questions to set up your shop. Everything can be changed later in Settings.</source>
        <translation>回答几个问题即可设置好您的店铺。所有内容之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>OMS Desktop takes counter sales and orders, keeps your stock and customers, and prints invoices, receipts and shipping labels. It works without internet: your data stays on this computer.</source>
        <translation>OMS Desktop 可以处理门店收银和订单，管理库存和客户，并打印发票、小票和快递面单。无需联网即可使用：您的数据保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>The language of this program on this computer. Documents have their own language, on the next page.</source>
        <translation>本程序在这台电脑上使用的语言。单据有单独的语言设置，在下一页。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>only a draft order or a quotation can be confirmed</source>
        <translation>只有草稿订单或报价单可以确认</translation>
    </message>
    <message>
        <source>only a quotation, a draft or a confirmed order can be changed</source>
        <translation>只有报价单、草稿或已确认的订单可以修改</translation>
    </message>
    <message>
        <source>only a quotation expires</source>
        <translation>只有报价单会过期</translation>
    </message>
    <message>
        <source>only a draft order can be checked out</source>
        <translation>只有草稿订单才能在收银台结账</translation>
    </message>
    <message>
        <source>payment is taken on confirmed orders</source>
        <translation>只有已确认的订单才能收款</translation>
    </message>
    <message>
        <source>there is no balance due</source>
        <translation>没有待付余额</translation>
    </message>
    <message>
        <source>only confirmed or completed orders can be refunded</source>
        <translation>只有已确认或已完成的订单才能退款</translation>
    </message>
    <message>
        <source>nothing has been paid that could be refunded</source>
        <translation>尚无可退的已付款项</translation>
    </message>
    <message>
        <source>its goods have left the shop: take them back with a return</source>
        <translation>货物已离店：请通过退货收回</translation>
    </message>
    <message>
        <source>only confirmed or completed orders can be returned</source>
        <translation>只有已确认或已完成的订单才能退货</translation>
    </message>
    <message>
        <source>its goods have not left the shop: cancel it instead</source>
        <translation>货物尚未离店：请改为取消订单</translation>
    </message>
    <message>
        <source>only confirmed orders are packed</source>
        <translation>只有已确认的订单才能打包</translation>
    </message>
    <message>
        <source>its payment was refunded</source>
        <translation>该订单的款项已退还</translation>
    </message>
    <message>
        <source>it has been packed already</source>
        <translation>该订单已经打包</translation>
    </message>
    <message>
        <source>only confirmed orders are shipped</source>
        <translation>只有已确认的订单才能发货</translation>
    </message>
    <message>
        <source>it has been shipped already</source>
        <translation>该订单已经发货</translation>
    </message>
    <message>
        <source>only confirmed orders are delivered</source>
        <translation>只有已确认的订单才能确认送达</translation>
    </message>
    <message>
        <source>it must be shipped first</source>
        <translation>必须先发货</translation>
    </message>
    <message>
        <source>it is already closed</source>
        <translation>该订单已关闭</translation>
    </message>
    <message>
        <source>refund the payments before cancelling</source>
        <translation>请先退款再取消</translation>
    </message>
    <message>
        <source>it has left the shop</source>
        <translation>货物已离店</translation>
    </message>
    <message>
        <source>only confirmed orders are completed</source>
        <translation>只有已确认的订单才能完成</translation>
    </message>
    <message>
        <source>it is not fully paid</source>
        <translation>该订单尚未付清</translation>
    </message>
    <message>
        <source>it has not been delivered</source>
        <translation>该订单尚未送达</translation>
    </message>
    <message>
        <source>it is not an action on an existing order</source>
        <translation>这不是针对现有订单的操作</translation>
    </message>
    <message>
        <source>it is on hold: release it first</source>
        <translation>该订单已挂起：请先解除挂起</translation>
    </message>
    <message>
        <source>only a draft or confirmed order can be put on hold</source>
        <translation>只有草稿或已确认的订单才能挂起</translation>
    </message>
    <message>
        <source>it is on hold already</source>
        <translation>该订单已经挂起</translation>
    </message>
    <message>
        <source>it is not on hold</source>
        <translation>该订单未挂起</translation>
    </message>
    <message>
        <source>only a draft purchase order can be changed or sent</source>
        <translation>只有草稿采购单可以修改或发出</translation>
    </message>
    <message>
        <source>goods are received against a sent or partly received purchase order</source>
        <translation>只能对已发出或部分到货的采购单收货</translation>
    </message>
    <message>
        <source>only a draft or sent purchase order can be cancelled (close it short once goods arrived)</source>
        <translation>只有草稿或已发出的采购单可以取消（已有到货时请短缺结案）</translation>
    </message>
    <message>
        <source>only a partly received purchase order is closed short</source>
        <translation>只有部分到货的采购单可以短缺结案</translation>
    </message>
    <message>
        <source>the count is closed</source>
        <translation>盘点已结束</translation>
    </message>
</context>
<context>
    <name>ZReportsModel</name>
    <message>
        <source>Z report</source>
        <translation>Z报表</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班时间</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <source>Check and import</source>
        <translation>核对并导入</translation>
    </message>
    <message>
        <source>A dry run checks every row against the shop — products, stock, customers, prices, the order states — and writes nothing. Importing the same file again adds nothing.</source>
        <translation>试运行会用本店数据核对每一行——商品、库存、客户、价格、订单状态——但不写入任何内容。同一文件再次导入不会重复添加。</translation>
    </message>
    <message>
        <source>Skip bad rows: import the good ones and list the others</source>
        <translation>跳过有问题的行：导入正确的行，列出其余的行</translation>
    </message>
    <message>
        <source>Dry run again</source>
        <translation>再次试运行</translation>
    </message>
    <message>
        <source>Checking {file} against the shop…</source>
        <translation>正在用本店数据核对 {file}…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>正在核对 {file}…</translation>
    </message>
    <message>
        <source>Nothing to import: the shop has all of it already.</source>
        <translation>没有要导入的内容：本店已全部有了。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>Refused lines: {count}. As it is, nothing would be imported: correct the file, or skip the bad rows.</source>
        <translation>被拒绝的行：{count}。照现在这样，什么都不会导入：请修改文件，或跳过有问题的行。</translation>
    </message>
    <message>
        <source>Refused lines: {count}. Nothing was imported.</source>
        <translation>被拒绝的行：{count}。没有导入任何内容。</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <source>Would add {added} orders</source>
        <translation>将添加 {added} 个订单</translation>
    </message>
    <message>
        <source>Added {added} orders</source>
        <translation>已添加 {added} 个订单</translation>
    </message>
    <message>
        <source>Imported before, skipped: {count}</source>
        <translation>以前已导入，跳过：{count}</translation>
    </message>
    <message>
        <source>Total {total}, paid {paid}; {customers} new customers</source>
        <translation>合计 {total}，已付 {paid}；新客户 {customers} 位</translation>
    </message>
    <message>
        <source>Would add {added}, update {updated}; {unchanged} unchanged</source>
        <translation>将添加 {added}，更新 {updated}；{unchanged} 项不变</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}; {unchanged} unchanged</source>
        <translation>已添加 {added}，更新 {updated}；{unchanged} 项不变</translation>
    </message>
    <message>
        <source>Stock counts booked as adjustments: {count}</source>
        <translation>按盘点记入库存调整：{count}</translation>
    </message>
    <message>
        <source>Refused lines: {count} (nothing is imported while there are any)</source>
        <translation>被拒绝的行：{count}（只要还有，就什么都不导入）</translation>
    </message>
    <message>
        <source>Refused lines: {count}, left out</source>
        <translation>被拒绝的行：{count}，已跳过</translation>
    </message>
</context>
<context>
    <name>_ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>How the file is read: choose the column of any field the format did not find, and look at the first rows. Nothing is checked against the shop yet.</source>
        <translation>文件将如何读取：为格式没有找到的字段选择对应的列，并查看前几行。此时尚未与本店数据核对。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>保存为预设…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>{file} 无法导入。</translation>
    </message>
    <message>
        <source>found from the header</source>
        <translation>按表头识别</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>按所选</translation>
    </message>
    <message>
        <source>{layout} ({how}) · {encoding} · {rows} rows read as {records} records</source>
        <translation>{layout}（{how}）· {encoding} · {rows} 行，读出 {records} 条记录</translation>
    </message>
    <message>
        <source>Lines that cannot be read as they are: {count} (listed below the rows)</source>
        <translation>无法按原样读取的行：{count}（列在数据下方）</translation>
    </message>
    <message>
        <source>Every row could be read.</source>
        <translation>所有行都能读取。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>保存为预设</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>Saved as the preset {name}</source>
        <translation>已保存为预设 {name}</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, GB18030/GBK as Chinese Excel saves it, or UTF-16) or an Excel .xlsx workbook: our own layout, a Shopify export or a WooCommerce export.</source>
        <translation>CSV 文件（UTF-8、中文 Excel 保存的 GB18030/GBK，或 UTF-16）或 Excel .xlsx 工作簿：本系统的格式、Shopify 导出或 WooCommerce 导出。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>库存盘点</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Found from the header</source>
        <translation>按表头自动识别</translation>
    </message>
    <message>
        <source>OMS Desktop</source>
        <translation>OMS Desktop</translation>
    </message>
    <message>
        <source>Shopify export</source>
        <translation>Shopify 导出</translation>
    </message>
    <message>
        <source>WooCommerce export</source>
        <translation>WooCommerce 导出</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Saved columns (preset)</source>
        <translation>已保存的列对应（预设）</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
</context>
</TS>
