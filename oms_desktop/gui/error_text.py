"""The core's refusals in the window's language, looked up by their code (never by reading the English).

Every code of the catalogue (`domain/messages.py`) has a template here with the same {fields}; the fields
are formatted for the window (money with the locale's separators, statuses, actions, channels and payment
methods in the user's words, a workflow reason by its own code). A code without a template, or a free-text
refusal from code not yet given a code, shows its English text. tests/gui/test_error_text.py keeps the
templates and the catalogue in step.
"""

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.messages import MESSAGES, Kind, Param, english, reason_code
from oms_desktop.gui import formatting, labels

translate = QCoreApplication.translate


def describe(error: BaseException) -> str:
    """What the window says about a refused action: a DomainError by its code, anything else as it reads."""
    if isinstance(error, DomainError):
        return message_text(error.code, error.params)
    return str(error)


def message_text(code: str, params: dict[str, Param]) -> str:
    """The refusal `code` with its fields in the window's language; English for a code without template."""
    template = templates().get(code)
    message = MESSAGES.get(code)
    if template is None or message is None:
        return english(code, params) if message is not None else str(params.get("text", code))
    return template.format(**{name: _field(kind, params[name]) for name, kind in message.params.items()})


def reason_text(reason: str) -> str:
    """A workflow reason (a `reason_*` code, or its English text from code not yet converted) in words."""
    code = reason_code(reason)
    return templates().get(code, reason) if code in MESSAGES else reason


def _field(kind: Kind, value: Param) -> str:
    if kind in (Kind.MONEY, Kind.NUMBER):
        try:
            number = Decimal(str(value))
        except ArithmeticError:  # a raise site that passed text: show it rather than fail the refusal
            return str(value)
        if kind is Kind.MONEY:
            return formatting.money(number)
        return format_decimal(number, locale=formatting.current_locale())
    if kind is Kind.STATUS:
        return labels.status(str(value))
    if kind is Kind.ACTION:
        return action_verb(str(value))
    if kind is Kind.REASON:
        return reason_text(str(value))
    if kind is Kind.CHANNEL:
        return labels.channel(str(value))
    if kind is Kind.ROLE:
        return labels.role(str(value)).lower()  # inside a sentence: "a manager must approve"
    if kind is Kind.PERMISSION:
        return labels.permission(str(value))
    if kind is Kind.PAYMENT_METHOD:
        return labels.payment_method(str(value))
    if kind is Kind.ADDRESS_PARTS:
        return labels.address_parts(str(value))
    return str(value)


def action_verb(action: str) -> str:
    """A workflow action as the verb of "Cannot {action} order ..."."""
    words = {
        "confirm": translate("CoreMessage", "confirm"),
        "pay": translate("CoreMessage", "take payment on"),
        "refund": translate("CoreMessage", "refund"),
        "pack": translate("CoreMessage", "pack"),
        "ship": translate("CoreMessage", "ship"),
        "deliver": translate("CoreMessage", "deliver"),
        "cancel": translate("CoreMessage", "cancel"),
        "return": translate("CoreMessage", "take back"),
        "return_lines": translate("CoreMessage", "take goods back from"),
        "complete": translate("CoreMessage", "complete"),
        "hold": translate("CoreMessage", "put on hold"),
        "release": translate("CoreMessage", "release"),
        "ship_part": translate("CoreMessage", "ship part of"),
        "shipped_in_full": translate("CoreMessage", "close the shipping of"),
        "expire": translate("CoreMessage", "expire"),
        # purchase orders and stocktakes
        "edit": translate("CoreMessage", "change"),
        "send": translate("CoreMessage", "send"),
        "receive": translate("CoreMessage", "receive goods on"),
        "close": translate("CoreMessage", "close short"),
        "count": translate("CoreMessage", "count on"),
        "finish": translate("CoreMessage", "finish"),
    }
    return words.get(action, action)


def templates() -> dict[str, str]:
    """code -> template in the window's language (literal strings, so that lupdate finds them)."""
    return {
        "refused": "{text}",
        # --- lookups
        "unknown_item": translate("CoreMessage", "Unknown SKU or barcode: {item}"),
        "unknown_location": translate("CoreMessage", "Unknown stock location: {location}"),
        "unknown_customer": translate("CoreMessage", "Unknown customer: {customer}"),
        "unknown_order": translate("CoreMessage", "Unknown order: {number}"),
        "unknown_return": translate("CoreMessage", "Unknown return: {number}"),
        "unknown_product_id": translate("CoreMessage", "Unknown product id {product_id}"),
        # --- products and locations
        "sku_missing": translate("CoreMessage", "A product needs a SKU"),
        "sku_malformed": translate("CoreMessage", "SKU '{sku}' must be at most 64 characters with no spaces"),
        "product_name_missing": translate("CoreMessage", "Product {sku} needs a name"),
        "price_negative": translate("CoreMessage", "The price of {sku} cannot be negative ({amount})"),
        "cost_negative": translate("CoreMessage", "The cost of {sku} cannot be negative ({amount})"),
        "wholesale_price_negative": translate(
            "CoreMessage", "The wholesale price of {sku} cannot be negative ({amount})"
        ),
        "reorder_point_negative": translate("CoreMessage", "The reorder point of {sku} cannot be negative"),
        "product_tax_rate_range": translate(
            "CoreMessage", "The tax rate of {sku} must be between 0 and 100%"
        ),
        "sku_taken": translate("CoreMessage", "SKU {sku} is already used by '{name}'"),
        "sku_is_a_barcode": translate("CoreMessage", "SKU {sku} is the barcode of {other} '{name}'"),
        "barcode_taken": translate("CoreMessage", "Barcode {barcode} is already used by {other} '{name}'"),
        "barcode_check_digit": translate(
            "CoreMessage", "Barcode {barcode} has a wrong check digit (the last digit should be {digit})"
        ),
        "barcode_malformed": translate(
            "CoreMessage",
            "Barcode '{barcode}' must be 8, 12 or 13 digits (EAN/UPC) or up to 32 printable ASCII characters",
        ),
        "location_incomplete": translate("CoreMessage", "A location needs a code and a name"),
        "location_exists": translate("CoreMessage", "Location {location} exists already"),
        # --- customers
        "customer_name_missing": translate("CoreMessage", "A customer needs a name"),
        "email_invalid": translate("CoreMessage", "'{email}' is not an e-mail address"),
        "credit_limit_negative": translate("CoreMessage", "The credit limit cannot be negative ({amount})"),
        "customer_code_taken": translate("CoreMessage", "Customer code {customer} is already used"),
        "customer_same_contact": translate("CoreMessage", "The same phone or e-mail is also on {customers}"),
        "customer_merged": translate("CoreMessage", "{customer} was merged into {into} {name}: use {into}"),
        "customer_merge_same": translate("CoreMessage", "{customer} cannot be merged into itself"),
        # --- stock
        "out_of_stock": translate(
            "CoreMessage", "Out of stock: {sku} — {asked} asked, {available} available at {location}"
        ),
        "receive_quantity_not_positive": translate(
            "CoreMessage", "The quantity to receive must be above zero (got {quantity})"
        ),
        "transfer_quantity_not_positive": translate(
            "CoreMessage", "The quantity to transfer must be above zero (got {quantity})"
        ),
        "unit_cost_negative": translate("CoreMessage", "The unit cost cannot be negative ({amount})"),
        "adjustment_zero": translate("CoreMessage", "An adjustment needs a change other than zero"),
        "adjustment_needs_reason": translate(
            "CoreMessage", "An adjustment needs a reason (e.g. 'stock count', 'damaged')"
        ),
        "adjustment_below_zero": translate(
            "CoreMessage",
            "Adjusting {sku} by {delta} would leave {after} on hand at {location}; only {on_hand} are there",
        ),
        "transfer_same_location": translate(
            "CoreMessage", "A transfer needs two different locations (both are {location})"
        ),
        "transfer_short": translate(
            "CoreMessage", "Cannot transfer {quantity} of {sku} from {location}: {available} available"
        ),
        "movement_zero": translate("CoreMessage", "A stock movement needs a quantity other than zero"),
        # --- orders
        "order_no_lines": translate("CoreMessage", "An order needs at least one line"),
        "line_quantity_not_positive": translate(
            "CoreMessage", "The quantity of {item} must be above zero (got {quantity})"
        ),
        "amount_range": translate(
            "CoreMessage",
            "{amount} is not an amount this shop can hold (at most {most})",
        ),
        "order_total_range": translate(
            "CoreMessage",
            "An order's total may be at most {most}",
        ),
        "on_hand_range": translate(
            "CoreMessage",
            "The stock of {sku} would go beyond {most} units",
        ),
        "date_range": translate(
            "CoreMessage",
            "{day} is outside the dates this shop works with ({first} to {last})",
        ),
        "text_too_long": translate(
            "CoreMessage",
            "{field} is too long: at most {most} characters (got {length})",
        ),
        "idempotency_key_reused": translate(
            "CoreMessage",
            "The key {key} was already used for order {number}, with other lines or another customer; a new sale needs a new key",
        ),
        "line_quantity_range": translate(
            "CoreMessage", "The quantity of {item} must be above 0 and at most {most} (got {quantity})"
        ),
        "line_price_negative": translate("CoreMessage", "The price of {item} cannot be negative ({amount})"),
        "line_discount_negative": translate(
            "CoreMessage", "The discount on {item} cannot be negative ({amount})"
        ),
        "discount_over_line": translate(
            "CoreMessage", "The discount on {sku} ({discount}) is more than the line ({gross})"
        ),
        "order_payment_not_positive": translate(
            "CoreMessage", "A {method} payment must be above zero (got {amount})"
        ),
        "tendered_short": translate(
            "CoreMessage", "Cash tendered {tendered} is less than the amount {amount}"
        ),
        "paid_and_confirmed": translate(
            "CoreMessage", "An order is either paid at the counter or confirmed for later, not both"
        ),
        "order_needs_customer": translate("CoreMessage", "A {channel} order needs a customer"),
        "idempotency_key_length": translate("CoreMessage", "The idempotency key must be 1 to 64 characters"),
        "product_inactive": translate("CoreMessage", "{sku} {name} is no longer sold"),
        "payments_mismatch": translate("CoreMessage", "Payments of {paid} do not match the total of {total}"),
        # --- payments
        "payment_not_positive": translate("CoreMessage", "A payment must be above zero (got {amount})"),
        "payment_over_balance": translate(
            "CoreMessage", "A payment of {amount} is more than the balance due on {number} ({balance})"
        ),
        "refund_not_positive": translate("CoreMessage", "A refund must be above zero (got {amount})"),
        "refund_over_paid": translate(
            "CoreMessage", "A refund of {amount} is more than was paid on {number} ({paid})"
        ),
        # --- shipping
        "carrier_missing": translate("CoreMessage", "Shipping needs a carrier"),
        "edit_nothing": translate(
            "CoreMessage", "Nothing to change: give a line to set or remove, or a ship-to"
        ),
        "edit_not_on_order": translate("CoreMessage", "{sku} is not on order {number}"),
        "edit_below_shipped": translate(
            "CoreMessage", "{sku} on order {number} cannot go below the {shipped} already shipped"
        ),
        "edit_product_twice": translate(
            "CoreMessage", "{sku} is on more than one line of order {number}: remove it and set it again"
        ),
        "ship_not_on_order": translate(
            "CoreMessage", "{sku} is not on order {number}: nothing of it can be shipped"
        ),
        "shipment_unknown": translate(
            "CoreMessage", "Order {number} has no shipment {shipment} (it has {count})"
        ),
        "ship_more_than_left": translate(
            "CoreMessage", "Order {number} has {left} of {sku} left to ship, not {asked}"
        ),
        "tracking_missing": translate("CoreMessage", "Shipping needs a tracking number"),
        # --- the workflow
        "illegal_transition": translate(
            "CoreMessage", "Cannot {action} order {number}: it is {status}; {reason}"
        ),
        "po_illegal_transition": translate(
            "CoreMessage", "Cannot {action} purchase order {number}: it is {status}; {reason}"
        ),
        "count_illegal_transition": translate(
            "CoreMessage", "Cannot {action} stocktake {number}: it is {status}; {reason}"
        ),
        "reason_only_draft_confirmed": translate(
            "Workflow", "only a draft order or a quotation can be confirmed"
        ),
        "reason_edit_needs_open": translate(
            "Workflow", "only a quotation, a draft or a confirmed order can be changed"
        ),
        "reason_only_quote_expires": translate("Workflow", "only a quotation expires"),
        "reason_only_draft_checked_out": translate("Workflow", "only a draft order can be checked out"),
        "reason_pay_needs_confirmed": translate("Workflow", "payment is taken on confirmed orders"),
        "reason_no_balance_due": translate("Workflow", "there is no balance due"),
        "reason_refund_needs_confirmed": translate(
            "Workflow", "only confirmed or completed orders can be refunded"
        ),
        "reason_nothing_paid": translate("Workflow", "nothing has been paid that could be refunded"),
        "reason_goods_left_use_return": translate(
            "Workflow", "its goods have left the shop: take them back with a return"
        ),
        "reason_return_needs_confirmed": translate(
            "Workflow", "only confirmed or completed orders can be returned"
        ),
        "reason_goods_here_cancel_instead": translate(
            "Workflow", "its goods have not left the shop: cancel it instead"
        ),
        "reason_pack_needs_confirmed": translate("Workflow", "only confirmed orders are packed"),
        "reason_payment_refunded": translate("Workflow", "its payment was refunded"),
        "reason_packed_already": translate("Workflow", "it has been packed already"),
        "reason_ship_needs_confirmed": translate("Workflow", "only confirmed orders are shipped"),
        "reason_shipped_already": translate("Workflow", "it has been shipped already"),
        "reason_deliver_needs_confirmed": translate("Workflow", "only confirmed orders are delivered"),
        "reason_ship_first": translate("Workflow", "it must be shipped first"),
        "reason_closed_already": translate("Workflow", "it is already closed"),
        "reason_refund_before_cancel": translate("Workflow", "refund the payments before cancelling"),
        "reason_left_the_shop": translate("Workflow", "it has left the shop"),
        "reason_complete_needs_confirmed": translate("Workflow", "only confirmed orders are completed"),
        "reason_not_fully_paid": translate("Workflow", "it is not fully paid"),
        "reason_not_delivered": translate("Workflow", "it has not been delivered"),
        "reason_not_an_order_action": translate("Workflow", "it is not an action on an existing order"),
        "reason_on_hold": translate("Workflow", "it is on hold: release it first"),
        "reason_hold_needs_open": translate("Workflow", "only a draft or confirmed order can be put on hold"),
        "reason_held_already": translate("Workflow", "it is on hold already"),
        "reason_not_held": translate("Workflow", "it is not on hold"),
        # --- suppliers
        "unknown_supplier": translate("CoreMessage", "Unknown supplier: {supplier}"),
        "supplier_name_missing": translate("CoreMessage", "A supplier needs a name"),
        "supplier_code_taken": translate("CoreMessage", "Supplier code {supplier} is already used"),
        "supplier_code_invalid": translate(
            "CoreMessage",
            "A supplier code is one word of letters, digits and signs, without spaces ({supplier} is not)",
        ),
        "lead_time_range": translate("CoreMessage", "A lead time is 0 to {most} days ({days} is not)"),
        "order_cost_negative": translate("CoreMessage", "The ordering cost cannot be negative ({amount})"),
        "pack_size_not_positive": translate(
            "CoreMessage", "{sku}: a pack holds more than 0 ({quantity} is not)"
        ),
        "min_qty_negative": translate(
            "CoreMessage", "{sku}: a minimum order cannot be negative ({quantity})"
        ),
        # --- purchase orders
        "unknown_po": translate("CoreMessage", "Unknown purchase order: {number}"),
        "po_needs_lines": translate("CoreMessage", "A purchase order needs at least one line"),
        "po_too_many_lines": translate("CoreMessage", "A purchase order has at most {most} lines"),
        "po_quantity_not_positive": translate(
            "CoreMessage", "{item}: the quantity to order must be above zero (got {quantity})"
        ),
        "receive_needs_lines": translate("CoreMessage", "Say what arrived: at least one line"),
        "receive_not_on_po": translate(
            "CoreMessage", "{item} is not on {number}: add it to a purchase order first"
        ),
        "po_status_unknown": translate(
            "CoreMessage", "Unknown purchase order status '{status}': choose from {choices}"
        ),
        "po_action_unknown": translate("CoreMessage", "That is not an action of a purchase order ({number})"),
        "reason_po_not_draft": translate("Workflow", "only a draft purchase order can be changed or sent"),
        "reason_po_not_on_order": translate(
            "Workflow", "goods are received against a sent or partly received purchase order"
        ),
        "reason_po_cancel_nothing_received": translate(
            "Workflow",
            "only a draft or sent purchase order can be cancelled (close it short once goods arrived)",
        ),
        "reason_po_close_partly_received": translate(
            "Workflow", "only a partly received purchase order is closed short"
        ),
        "note_too_long": translate("CoreMessage", "A reason or note has at most {most} characters"),
        # --- stocktakes
        "unknown_stocktake": translate("CoreMessage", "Unknown stocktake: {number}"),
        "count_nothing_to_count": translate("CoreMessage", "There is no active product to count"),
        "counted_negative": translate(
            "CoreMessage", "{item}: a counted quantity cannot be negative ({quantity})"
        ),
        "count_item_not_in_count": translate("CoreMessage", "{item} is not part of stocktake {number}"),
        "count_action_unknown": translate("CoreMessage", "That is not an action of a stocktake ({number})"),
        "reason_count_not_open": translate("Workflow", "the count is closed"),
        "count_overlaps": translate(
            "CoreMessage",
            "{item} is already being counted in {number} at {location}: finish or cancel that count first",
        ),
        # --- backorders and replenishment
        "order_backordered": translate(
            "CoreMessage",
            "{number} waits for goods: {short} of {sku} short at {location} (older orders are served first)",
        ),
        "service_level_range": translate(
            "CoreMessage", "The service level is 50 to 99.9 percent ({level} is not)"
        ),
        "holding_rate_range": translate(
            "CoreMessage", "The holding cost rate is 1 to 100 percent a year ({rate} is not)"
        ),
        "paid_unshipped_days_range": translate(
            "CoreMessage", "A paid order shows as not shipped after 1 to {most} days ({days} is not)"
        ),
        # --- receivables
        "payment_beyond_owed": translate(
            "CoreMessage", "A payment of {amount} is more than is owed ({owed})"
        ),
        "order_not_owed": translate("CoreMessage", "{number} is not an open order of {customer} on account"),
        "nothing_owed": translate("CoreMessage", "{customer} owes nothing"),
        "payment_terms_range": translate("CoreMessage", "Payment terms are 0 to 365 days ({days} is not)"),
        "credit_limit_exceeded": translate(
            "CoreMessage",
            "{customer}'s credit limit is {limit}: {owed} is owed already and {number} adds {amount}; take a payment, or a manager may approve it",
        ),
        "pays_before_goods_leave": translate(
            "CoreMessage",
            "{customer} pays before goods leave (credit limit 0): {number} has {amount} unpaid; take the payment, or a manager may approve it",
        ),
        # --- holds
        "hold_reason_unknown": translate(
            "CoreMessage", "A hold's reason is address, payment, stock or other ('{reason}' is not)"
        ),
        "hold_note_missing": translate("CoreMessage", "Say what the problem is: a hold needs a note"),
        # --- quotations
        "quote_valid_days_range": translate(
            "CoreMessage", "A quotation is valid for 1 to 365 days ({days} is not)"
        ),
        "quote_needs_customer": translate(
            "CoreMessage", "A quotation needs a customer: it is made out to them"
        ),
        "quote_paid_or_confirmed": translate(
            "CoreMessage", "A quotation is saved for later: it is neither paid nor confirmed when it is made"
        ),
        "quote_past_validity": translate(
            "CoreMessage", "Quotation {number} was valid until {day}: refresh its prices to confirm it"
        ),
        "quote_refresh_needs_quote": translate(
            "CoreMessage",
            "Only a quotation's prices are refreshed when it is confirmed; {number} is not a quotation",
        ),
        "quote_still_valid": translate(
            "CoreMessage", "Quotation {number} is valid until {day}: it expires after that day"
        ),
        "not_a_quotation": translate("CoreMessage", "{number} is not a quotation (it is {status})"),
        "quotes_as_of_future": translate(
            "CoreMessage", "Quotations are expired as of today or an earlier day, not {day}"
        ),
        # --- ship-to blocks that goods can be sent to
        "ship_to_incomplete": translate(
            "CoreMessage",
            "The ship-to of {number} lacks {missing}: give it the recipient's name, address and phone, one a line",
        ),
        "new_order_ship_to_incomplete": translate(
            "CoreMessage",
            "The ship-to of {customer}'s {channel} order lacks {missing}: give it the recipient's name, address and phone, one a line (or give the customer an address and a phone)",
        ),
        # --- shop settings
        "shop_name_missing": translate("CoreMessage", "The shop needs a name"),
        "time_zone_unknown": translate(
            "CoreMessage",
            "Unknown time zone '{zone}': give an IANA name such as Asia/Shanghai, or leave it empty for this computer's zone",
        ),
        "currency_invalid": translate(
            "CoreMessage", "'{currency}' is not a currency code (e.g. CNY, USD, EUR)"
        ),
        "paper_size_invalid": translate("CoreMessage", "Paper size must be one of {choices}"),
        "language_invalid": translate("CoreMessage", "Language must be one of {choices}"),
        "default_tax_rate_range": translate("CoreMessage", "The default tax rate must be between 0 and 100%"),
        # --- demo data
        "demo_needs_empty_database": translate(
            "CoreMessage", "Demo data goes into an empty database only; this one has products or orders"
        ),
        "demo_cancelled": translate("CoreMessage", "Demo data cancelled; nothing was written"),
        # --- the database
        "busy": translate(
            "CoreMessage",
            "The database is busy with another till's work (an import, a backup?); try again in a moment",
        ),
        "conflict": translate(
            "CoreMessage", "Another till changed the same stock at the same time; try again"
        ),
        "database_not_open": translate("CoreMessage", "The database is not open"),
        "database_closed": translate("CoreMessage", "The database is closed"),
        "backup_missing": translate("CoreMessage", "{path} does not exist"),
        "backup_not_ours": translate(
            "CoreMessage", "{path} is empty or not an OMS Desktop backup; nothing was replaced"
        ),
        "not_a_database": translate(
            "CoreMessage", "{path} is not a database file (it is not SQLite); it was left untouched"
        ),
        "database_damaged": translate(
            "CoreMessage",
            "{path} is damaged and cannot be opened ({detail}); it was left untouched. Restore a backup.",
        ),
        "foreign_sqlite_file": translate(
            "CoreMessage", "{path} is a SQLite file of another program; it was left untouched"
        ),
        "database_newer": translate(
            "CoreMessage",
            "{path} was written by a newer OMS Desktop (schema {revision}); update the program to open it",
        ),
        "disk_full": translate(
            "CoreMessage",
            "The disk holding {path} is full: free some space and try again; nothing was changed",
        ),
        "database_read_only": translate(
            "CoreMessage",
            "{path} cannot be written ({detail}): check the permissions of the file and its folder; the file itself is fine",
        ),
        "database_is_folder": translate(
            "CoreMessage",
            "{path} is a folder, not a database file",
        ),
        "data_folder_is_file": translate(
            "CoreMessage",
            "{path} is a file, not a folder: choose another data folder",
        ),
        "database_empty_file": translate(
            "CoreMessage",
            "{path} is an empty file (0 bytes), not a shop: run `oms-desktop db init` to start a new shop in it, or restore a backup",
        ),
        "database_unusable": translate(
            "CoreMessage",
            "{path} cannot be used ({detail})",
        ),
        "server_unreachable": translate(
            "CoreMessage",
            "Cannot use the database server: {detail}",
        ),
        "backup_exists": translate(
            "CoreMessage",
            "{path} already exists; give another name, or add --force to replace it",
        ),
        "backup_onto_itself": translate(
            "CoreMessage",
            "{path} is the database itself; a backup goes to another file",
        ),
        "backup_damaged": translate(
            "CoreMessage",
            "{path} is damaged ({detail}); nothing was replaced. Choose another backup",
        ),
        "database_marked_damaged": translate(
            "CoreMessage",
            "Nothing was written: {path} was found damaged ({finding}). Restore a backup (db restore), or run db check again once the file is repaired; reading and exporting still work",
        ),
        "import_file_missing": translate(
            "CoreMessage",
            "{path} is not a file",
        ),
        "restore_while_open": translate(
            "CoreMessage",
            "{path} is open in another window or till: close them first (their next order numbers would be given again), or add --force",
        ),
        "backup_target_unwritable": translate(
            "CoreMessage",
            "A backup cannot be written at {path} ({detail})",
        ),
        "database_url_invalid": translate(
            "CoreMessage",
            "{url} is not a database this program can use: give a file path, sqlite:///path or postgresql+psycopg://user@host/name",
        ),
        "foreign_tables": translate(
            "CoreMessage", "The database holds tables of another program; it was left untouched"
        ),
        "needs_sqlite_file": translate(
            "CoreMessage", "{command} needs an existing SQLite database file; {url} is not one"
        ),
        "backup_needs_sqlite": translate(
            "CoreMessage", "db backup and restore work on a SQLite file or a PostgreSQL database"
        ),
        "database_io_error": translate(
            "CoreMessage",
            "{path} could not be read or written ({detail}): check the disk it is on (full, failing or removed, or a lost network share), then run db check",
        ),
        "backup_unreadable": translate(
            "CoreMessage", "{path} cannot be read ({detail}); nothing was replaced"
        ),
        "pg_tool_missing": translate(
            "CoreMessage",
            "{tool} is not installed: backing up or restoring a PostgreSQL database needs PostgreSQL's client programs on the PATH (Debian: apt install postgresql-client)",
        ),
        "pg_dump_failed": translate(
            "CoreMessage", "pg_dump could not back up the database ({detail}); no backup was written"
        ),
        "pg_restore_failed": translate(
            "CoreMessage", "The restore failed ({detail}); the database was left as it was"
        ),
        "restore_while_connected": translate(
            "CoreMessage",
            "{count} other sessions are connected to {database} (windows or tills): close them first (their next order numbers would be given again), or add --force",
        ),
        # --- people, permissions, the audit trail, the till and its printer
        "user_name_invalid": translate(
            "CoreMessage", "A user's name must be 1 to 64 characters: '{name}' is not one"
        ),
        "pin_invalid": translate("CoreMessage", "A PIN is {low} to {high} digits"),
        "user_name_taken": translate("CoreMessage", "There is already a user named {name}"),
        "badge_taken": translate("CoreMessage", "Badge {badge} is already {name}'s"),
        "role_invalid": translate("CoreMessage", "Unknown role {role}: choose one of {choices}"),
        "unknown_user": translate("CoreMessage", "Unknown user: {name}"),
        "wrong_pin": translate("CoreMessage", "Wrong name or PIN"),
        "user_disabled": translate("CoreMessage", "{name} is disabled: an owner can enable them again"),
        "user_locked": translate(
            "CoreMessage", "{name} is locked for {seconds} seconds after {tries} wrong PINs"
        ),
        "sign_in_needed": translate("CoreMessage", "This shop has users: sign in first"),
        "first_user_is_owner": translate(
            "CoreMessage", "The first user must be an owner: they are the one who can add the others"
        ),
        "last_owner": translate("CoreMessage", "{name} is the last active owner: add another owner first"),
        "permission_needed": translate(
            "CoreMessage",
            "{user} ({role}) may not {what} on their own: it needs {needed} approval (their name and PIN)",
        ),
        "approver_lacks_role": translate(
            "CoreMessage", "{approver} ({role}) cannot approve this: it needs {needed} approval"
        ),
        "approver_is_user": translate(
            "CoreMessage", "An approval needs a second person: {name} cannot approve their own action"
        ),
        "approval_without_user": translate(
            "CoreMessage", "An approval (--approve-by) needs a signed-in user (--user)"
        ),
        "pin_without_user": translate("CoreMessage", "--pin was given without --user"),
        "discount_limit_range": translate(
            "CoreMessage", "The cashier's discount limit must be between 0 and 100%"
        ),
        "limit_negative": translate("CoreMessage", "A limit cannot be negative ({amount})"),
        "till_name_invalid": translate(
            "CoreMessage", "A till's name must be 1 to 64 characters: '{name}' is not one"
        ),
        "till_already_open": translate(
            "CoreMessage", "Till {till} is already open (since {since}, by {by}): close it first"
        ),
        "till_not_open": translate(
            "CoreMessage", "Till {till} is not open: open it with a float on the Till page (Ctrl+7)"
        ),
        "till_session_closed": translate("CoreMessage", "The session of till {till} is already closed"),
        "till_action_unknown": translate("CoreMessage", "That is not an action of a till session ({till})"),
        "float_negative": translate("CoreMessage", "The float cannot be negative ({amount})"),
        "cash_move_not_positive": translate(
            "CoreMessage", "An amount paid in or out must be more than 0 ({amount})"
        ),
        "cash_move_needs_reason": translate("CoreMessage", "Cash paid in or out needs a reason"),
        "cash_out_exceeds_drawer": translate(
            "CoreMessage", "Only {expected} should be in the drawer: {amount} cannot be paid out"
        ),
        "count_entry_invalid": translate(
            "CoreMessage", "'{entry}' is not a count: write face value x pieces, like 100x2,50x1,1x7"
        ),
        "denomination_unknown": translate(
            "CoreMessage", "{entry} is not a note or coin of {currency}: {known}"
        ),
        "count_missing": translate(
            "CoreMessage", "Count the drawer: give --count (like 100x2,50x1) or --counted AMOUNT"
        ),
        "count_negative": translate("CoreMessage", "The cash counted cannot be negative ({amount})"),
        "unknown_z_report": translate("CoreMessage", "Till {till} has no Z report number {number}"),
        "return_nothing_left": translate(
            "CoreMessage", "Everything of {number} has been brought back already"
        ),
        "return_item_not_on_order": translate(
            "CoreMessage", "{item} is not on {number}: nothing was taken back"
        ),
        "return_more_than_sold": translate(
            "CoreMessage", "{item}: {asked} cannot come back; {sold} were sold and {left} are still out"
        ),
        "return_action_unknown": translate("CoreMessage", "That is not an action of a return ({number})"),
        "exchange_needs_returned_goods": translate(
            "CoreMessage", "An exchange needs goods that come back (--return SKU:QTY)"
        ),
        "exchange_needs_new_goods": translate("CoreMessage", "An exchange needs new goods (--line SKU:QTY)"),
        "exchange_needs_payment": translate(
            "CoreMessage", "The new goods cost {amount} more: say how it is paid (--pay METHOD)"
        ),
        "exchange_not_a_payment": translate(
            "CoreMessage", "An exchange's credit is not a way to pay: choose cash, card or another method"
        ),
        "void_after_return": translate(
            "CoreMessage",
            "Part of {number} came back already: it cannot be voided; take the rest back instead",
        ),
        "store_credit_needs_customer": translate(
            "CoreMessage", "Store credit belongs to a customer: choose one for {document}"
        ),
        "store_credit_short": translate(
            "CoreMessage", "{customer} has {balance} of store credit: {amount} cannot come out of it"
        ),
        "store_credit_expire_not_positive": translate(
            "CoreMessage", "The store credit to expire must be more than 0 ({amount})"
        ),
        "credit_needs_reason": translate("CoreMessage", "Expiring store credit needs a reason"),
        "open_price_not_positive": translate(
            "CoreMessage", "An open-price item needs an amount above 0 ({amount})"
        ),
        "quantity_too_precise": translate(
            "CoreMessage", "{item}: {quantity} has more decimals than its unit allows ({decimals})"
        ),
        "unit_decimals_range": translate("CoreMessage", "A unit has 0 to {most} decimals, not {decimals}"),
        "unit_decimals_locked": translate(
            "CoreMessage",
            "{sku} has stock or orders counted to {decimals} decimals: its unit's decimals cannot become {wanted}",
        ),
        "scale_rules_invalid": translate(
            "CoreMessage",
            "Scale barcode rule '{rule}' is not understood: write PREFIX:CODE-DIGITS:weight|price:DECIMALS, like 21:5:weight:3",
        ),
        "scale_item_unknown": translate(
            "CoreMessage", "No product has the scale code {code} (barcode {barcode})"
        ),
        "scale_price_for_weighed": translate(
            "CoreMessage", "{sku} is sold by weight: give its scale a weight barcode rule, not a price one"
        ),
        "return_customer_for_credit_only": translate(
            "CoreMessage",
            "A customer is named for store credit only: add --refund-to store-credit, or leave the customer out",
        ),
        "store_credit_other_customer": translate(
            "CoreMessage", "{number} belongs to its own customer: the store credit goes to them, not another"
        ),
        "scale_rules_duplicate": translate(
            "CoreMessage", "Two scale barcode rules start with {prefix}: only the first would ever be used"
        ),
        "scale_rules_too_many": translate("CoreMessage", "At most {most} scale barcode rules"),
        "discount_reasons_invalid": translate(
            "CoreMessage",
            "Discount reasons: at most {most} of them, each a single line of at most {length} characters",
        ),
        "limit_precision": translate(
            "CoreMessage", "A limit has at most two decimals, written plainly ({amount})"
        ),
        "refund_method_differs": translate(
            "CoreMessage", "{number} was paid by {paid}: a refund by {method} needs a manager"
        ),
        "printer_setting_invalid": translate(
            "CoreMessage",
            "Receipt printer '{setting}' is not understood: use network:HOST[:PORT], usb:VENDOR:PRODUCT, serial:DEVICE[:BAUD] or file:PATH",
        ),
        "printer_not_set": translate("CoreMessage", "No receipt printer is set (Settings, or --printer)"),
        "printer_unreachable": translate(
            "CoreMessage",
            "The receipt printer {printer} does not answer ({detail}): check that it is on and connected; the sale is kept and can be reprinted",
        ),
        "payment_methods_invalid": translate(
            "CoreMessage", "Unknown payment method {methods}: choose from {choices}"
        ),
        "discount_over_sale": translate(
            "CoreMessage", "A discount of {discount} is more than the sale ({total})"
        ),
        "discount_percent_range": translate("CoreMessage", "A discount is 0 to 100% ({percent}% is not)"),
        "parked_sale_empty": translate("CoreMessage", "An empty sale cannot be parked"),
        "parked_sale_unknown": translate(
            "CoreMessage", "Parked sale {number} is not there (recalled already?)"
        ),
        "parked_sale_unreadable": translate("CoreMessage", "Parked sale {number} cannot be read ({detail})"),
        "open_sale_not_kept": translate(
            "CoreMessage",
            "The sale on the counter could not be kept in {path} ({detail}); it stays on the screen",
        ),
        # --- the command line
        "tendered_for_cash_only": translate("CoreMessage", "--tendered is for cash payments"),
        "no_orders_in_status": translate("CoreMessage", "No orders are {status}"),
        "no_products_to_label": translate("CoreMessage", "There are no active products to label"),
        # --- imports
        "import_file_unreadable": translate("CoreMessage", "{path} cannot be read ({detail})"),
        "import_file_too_large": translate(
            "CoreMessage", "{file} is larger than {most} MB: is it the right file?"
        ),
        "import_old_excel": translate(
            "CoreMessage",
            "{file} is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV and import that",
        ),
        "import_not_text": translate(
            "CoreMessage", "{file} is neither UTF-8 nor GB18030 text; save it as 'CSV UTF-8' and try again"
        ),
        "import_nul_byte": translate(
            "CoreMessage", "contains a NUL byte; is this a spreadsheet file rather than CSV text?"
        ),
        "import_field_over_lines": translate(
            "CoreMessage",
            "a field runs over several lines (an unterminated quote?); line breaks are not allowed inside fields",
        ),
        "import_cell_over_lines": translate(
            "CoreMessage", "a cell holds a line break; line breaks are not allowed inside fields"
        ),
        "import_field_too_long": translate("CoreMessage", "a field is longer than {most} characters"),
        "import_too_many_columns": translate(
            "CoreMessage", "more than {most} columns: is this the right file?"
        ),
        "import_too_many_rows": translate(
            "CoreMessage", "{file} has more than {most} rows: split it into smaller files"
        ),
        "import_quote_unclosed": translate(
            "CoreMessage", "a quote is never closed (the file ends inside it)"
        ),
        "import_csv_invalid": translate("CoreMessage", "not valid CSV ({detail})"),
        "import_file_empty": translate("CoreMessage", "the file is empty"),
        "import_workbook_unreadable": translate(
            "CoreMessage", "{file} cannot be read as an Excel workbook ({detail})"
        ),
        "import_format_not_for_kind": translate(
            "CoreMessage", "The {format} format has no {kind}: choose one of {choices}"
        ),
        "import_columns_twice": translate("CoreMessage", "the column(s) {columns} appear more than once"),
        "import_mapping_unknown_field": translate(
            "CoreMessage",
            "the mapping names {fields}, which the {layout} layout does not have; its fields: {known}",
        ),
        "import_mapping_no_column": translate(
            "CoreMessage", "the mapping reads {field} from the column {column}, which the file does not have"
        ),
        "import_columns_missing": translate("CoreMessage", "the header lacks the column(s) {columns}"),
        "import_columns_unknown": translate("CoreMessage", "unknown column(s) {columns}; known: {known}"),
        "import_mapping_unreadable": translate(
            "CoreMessage", "The mapping {path} is not a JSON object of field: column ({detail})"
        ),
        "import_value_missing": translate("CoreMessage", "{column} is empty"),
        "import_value_too_long": translate("CoreMessage", "{column} is longer than {most} characters"),
        "import_quantity_not_number": translate(
            "CoreMessage", "{column} '{value}' is not a number (like 3 or 0.255)"
        ),
        "import_quantity_too_large": translate("CoreMessage", "{column} {value} is far too large"),
        "import_quantity_not_positive": translate("CoreMessage", "{column} {value} must be above zero"),
        "import_quantity_over": translate("CoreMessage", "{column} {value} is more than {most} on one line"),
        "import_quantity_negative": translate("CoreMessage", "{column} {value} cannot be negative"),
        "import_amount_invalid": translate(
            "CoreMessage", "{column} '{value}' is not an amount (digits and one point, like 12.50)"
        ),
        "import_amount_too_large": translate(
            "CoreMessage", "{column} {value} is more than this shop can hold (at most {most})"
        ),
        "import_amount_decimals": translate(
            "CoreMessage", "{column} '{value}' has more than two decimal places"
        ),
        "import_amount_negative": translate("CoreMessage", "{column} {value} cannot be negative"),
        "import_date_invalid": translate(
            "CoreMessage",
            "{column} '{value}' is not a date: YYYY-MM-DD or YYYY-MM-DD HH:MM, with its offset (+08:00) if it has one",
        ),
        "import_choice_invalid": translate("CoreMessage", "{column} '{value}' is not one of {choices}"),
        "import_flag_invalid": translate("CoreMessage", "{column} '{value}' is not yes or no"),
        "import_fields_count": translate("CoreMessage", "{count} fields where the header has {expected}"),
        "import_order_differs": translate(
            "CoreMessage", "order {ref} has a different {column} than on line {first}"
        ),
        "import_needs_customer": translate("CoreMessage", "a {channel} order needs a {column}"),
        "import_amounts_disagree": translate(
            "CoreMessage",
            "order {ref}: its amounts do not add up: lines {lines}, discount {discount}, shipping {shipping}, taxes {taxes}, total {total}",
        ),
        "import_partly_fulfilled": translate(
            "CoreMessage",
            "order {ref} was partly fulfilled: import it once all of it has shipped, or enter it by hand",
        ),
        "import_refunded_after_shipping": translate(
            "CoreMessage",
            "order {ref} was refunded after its goods left: import it before the refund and take the goods back with a return",
        ),
        "import_partial_needs_amount": translate(
            "CoreMessage", "order {ref} is partly paid, but its {column} does not say how much is still due"
        ),
        "import_refund_needs_amount": translate(
            "CoreMessage", "order {ref} was partly refunded, but its {column} does not say how much"
        ),
        "import_no_customer": translate(
            "CoreMessage", "order {ref} names no customer: no name, phone or e-mail"
        ),
        "import_rate_invalid": translate(
            "CoreMessage", "{column} '{value}' is not a tax rate (a percent, like 13 or 9%)"
        ),
        "import_variant_without_sku": translate(
            "CoreMessage", "a variant of {handle} has a price but no {column}"
        ),
        "import_customer_not_findable": translate(
            "CoreMessage",
            "a customer row needs a code, a phone or an e-mail, so that importing it again finds the customer",
        ),
        "import_no_records": translate("CoreMessage", "the file has nothing to import below its header"),
        "import_unknown_item": translate("CoreMessage", "unknown SKU or barcode {item}"),
        "import_unknown_customer": translate("CoreMessage", "unknown customer {customer}"),
        "import_total_differs": translate(
            "CoreMessage",
            "its total in the file is {theirs}, by this shop's prices and tax rates {ours}: check the products' tax rates",
        ),
        "import_cancelled": translate("CoreMessage", "Import cancelled; nothing was imported"),
        "import_duplicate_row": translate("CoreMessage", "{key} is on line {first} already"),
        "import_new_product_needs": translate("CoreMessage", "the new product {sku} needs a {column}"),
        "import_preset_name_invalid": translate(
            "CoreMessage",
            "A preset's name is 1 to 64 letters, digits, spaces, dots, dashes or underscores: '{name}' is not one",
        ),
        "import_preset_unknown": translate(
            "CoreMessage", "{name} is neither a mapping file nor a saved import preset"
        ),
        # --- the local API
        "api_token_name_invalid": translate(
            "CoreMessage", "An API token's name must be 1 to 64 characters of text: '{name}' is not one"
        ),
        "api_token_name_taken": translate(
            "CoreMessage", "There is an API token named {name} already (a revoked token keeps its name)"
        ),
        "unknown_api_token": translate("CoreMessage", "Unknown API token: {name}"),
        "api_token_already_revoked": translate("CoreMessage", "The API token {name} was revoked already"),
        "api_token_missing": translate(
            "CoreMessage", "This needs an API token: send the header Authorization: Bearer TOKEN"
        ),
        "api_token_invalid": translate("CoreMessage", "The API token is unknown or was revoked"),
        "api_token_read_only": translate(
            "CoreMessage",
            "The API token {name} may only read: {method} {path} needs a token with the write scope",
        ),
        "api_body_too_large": translate("CoreMessage", "The request body is larger than {limit} bytes"),
        "api_bad_json": translate("CoreMessage", "The request body is not valid JSON ({detail})"),
        "api_needs_json": translate(
            "CoreMessage", "Send the body as JSON, with the header Content-Type: application/json"
        ),
        "api_bad_input": translate("CoreMessage", "Bad input at {field}: {problem}"),
        "api_no_such_path": translate("CoreMessage", "The API has no {method} {path}"),
        "api_internal_error": translate(
            "CoreMessage", "The server met an unexpected error; it is written in the server's log"
        ),
        "api_cannot_listen": translate(
            "CoreMessage", "The API cannot listen on {host} port {port}: {detail}"
        ),
        "api_remote_needs_flag": translate(
            "CoreMessage",
            "Listening on {host} lets other computers reach the API: add --allow-remote if that is meant",
        ),
        # --- automation rules, notifications and e-mail (services/automation.py)
        "rule_name_missing": translate(
            "CoreMessage",
            "A rule needs a name",
        ),
        "rule_name_invalid": translate(
            "CoreMessage",
            "A rule's name must be one line of at most {most} characters",
        ),
        "rule_action_not_for_trigger": translate(
            "CoreMessage",
            "A rule on {trigger} cannot {action}: it can {choices}",
        ),
        "rule_value_not_for_trigger": translate(
            "CoreMessage",
            "--{value} does not go with a rule on {trigger}",
        ),
        "rule_value_not_for_action": translate(
            "CoreMessage",
            "--{value} does not go with the action {action}",
        ),
        "rule_channel_unknown": translate(
            "CoreMessage",
            "Unknown channel {channel}: one of {choices}",
        ),
        "rule_days_needed": translate(
            "CoreMessage",
            "A rule on overdue orders needs the days after the due date, 1 to {most} (--days)",
        ),
        "rule_hours_needed": translate(
            "CoreMessage",
            "A rule on paid orders not shipped needs the hours since payment, 1 to {most} (--hours)",
        ),
        "rule_variance_invalid": translate(
            "CoreMessage",
            "The least variance must be an amount above zero with at most two decimals, not {amount}",
        ),
        "rule_printer_invalid": translate(
            "CoreMessage",
            "The printer must be one line of at most 200 characters",
        ),
        "rule_email_needed": translate(
            "CoreMessage",
            "An e-mail rule needs the address to send to (--to)",
        ),
        "email_address_invalid": translate(
            "CoreMessage",
            "{address} is not an e-mail address",
        ),
        "rule_email_too_long": translate(
            "CoreMessage",
            "The addresses must be at most {most} characters in all",
        ),
        "unknown_rule": translate(
            "CoreMessage",
            "Unknown rule: {rule}",
        ),
        "rule_name_taken": translate(
            "CoreMessage",
            "There is a rule named {name} already",
        ),
        "unknown_notification": translate(
            "CoreMessage",
            "Unknown notification: {number}",
        ),
        "rule_no_supplier": translate(
            "CoreMessage",
            "{sku} has no preferred supplier to order it from: give it one in Purchasing",
        ),
        "rule_till_missing": translate(
            "CoreMessage",
            "Till session {number} or its Z report is not there",
        ),
        "rule_outlets_missing": translate(
            "CoreMessage",
            "Printing and e-mail are not set up where the rules ran, so they cannot {action}",
        ),
        "rule_order_created": translate(
            "CoreMessage",
            "New {channel} order {order}: {total}",
        ),
        "rule_order_paid": translate(
            "CoreMessage",
            "Order {order} is paid: {total}",
        ),
        "rule_order_overdue": translate(
            "CoreMessage",
            "Order {order} of {customer} is {days} days past its due date {due}: {owed} still owed",
        ),
        "rule_paid_not_shipped": translate(
            "CoreMessage",
            "Order {order} was paid {hours} hours ago and is not shipped yet",
        ),
        "rule_stock_low": translate(
            "CoreMessage",
            "{sku} {name} is low: {available} available, reorder point {point}",
        ),
        "rule_stock_summary": translate(
            "CoreMessage",
            "{count} products are below their reorder point: {skus}",
        ),
        "rule_till_variance": translate(
            "CoreMessage",
            "Till {till} was closed with its cash {variance} off (Z report {z})",
        ),
        "rule_failed": translate(
            "CoreMessage",
            "The rule {rule} was given up after {attempts} tries for {subject}: {error}",
        ),
        "smtp_not_set": translate(
            "CoreMessage",
            "No mail server is set: settings set smtp-host HOST (and smtp-port, smtp-security, smtp-user)",
        ),
        "smtp_security_invalid": translate(
            "CoreMessage",
            "The mail server's security must be one of {choices}, not {security}",
        ),
        "smtp_port_range": translate(
            "CoreMessage",
            "The mail server's port must be 1 to 65535, not {port}",
        ),
        "smtp_sender_missing": translate(
            "CoreMessage",
            "E-mail needs a sender address: settings set smtp-sender ADDRESS (or the shop's e-mail)",
        ),
        "smtp_login_needs_tls": translate(
            "CoreMessage",
            "Signing in to {server} without TLS would send the password in the clear: set smtp-security to starttls or tls",
        ),
        "keyring_unavailable": translate(
            "CoreMessage",
            "This computer has no password store for the mail server's password ({detail}); e-mail that needs a sign-in cannot be sent from here",
        ),
        "smtp_password_missing": translate(
            "CoreMessage",
            "No password for {account} is kept on this computer: run oms-desktop mail password",
        ),
        "smtp_user_missing": translate(
            "CoreMessage",
            "No mail server user is set: settings set smtp-user NAME first",
        ),
        "password_empty": translate(
            "CoreMessage",
            "No password was given: nothing was kept",
        ),
        "mail_not_sent": translate(
            "CoreMessage",
            "The mail server {server} did not take the message: {detail}",
        ),
    }
