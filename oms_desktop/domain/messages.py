"""The one catalogue of refusals: code -> English template with {named} fields and the kind of each field.

The core speaks English (the CLI and the log need one language); the window says the same refusal in its
own language by looking the *code* up in `gui/error_text.py`, never by reading the English. A refusal is
raised with its code and fields (see `domain/errors.py`):

    raise ValidationError("line_quantity_not_positive", item=line.code, quantity=line.quantity)

Each field declares its kind, so that the window formats it (money with the locale's separators, a status
or an action in the user's words, a workflow reason translated by its own code) and a test can format every
entry with sample values. Codes are snake_case and stable: the window's translations are keyed on them.
Workflow reasons (`reason_*`) are entries without fields; an `illegal_transition` carries one as its
`reason` field.
"""

import enum
import string
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

Param = str | int | Decimal


class Kind(enum.Enum):
    """How a field is shown: as it is, as a number, as money, or as a stored value the window has words for."""

    TEXT = "text"
    NUMBER = "number"  # int or Decimal (a quantity, a digit, a count)
    MONEY = "money"  # Decimal amount, shown with two places and the locale's separators
    STATUS = "status"  # an order's stored status value ("pending_payment")
    ACTION = "action"  # a workflow action ("ship")
    REASON = "reason"  # a reason code of this catalogue (or, from old code, a free English text)
    CHANNEL = "channel"  # a sales channel ("phone")
    PAYMENT_METHOD = "payment_method"  # "cash", "card"...
    ROLE = "role"  # a user's role ("manager")
    PERMISSION = "permission"  # what a role may do ("refund"): PERMISSION_WORDS says it in English
    ADDRESS_PARTS = "address_parts"  # what a ship-to lacks, "address,phone" (domain/ship_to.py)


TEXT, NUMBER, MONEY = Kind.TEXT, Kind.NUMBER, Kind.MONEY


@dataclass(frozen=True)
class Message:
    text: str  # the English template
    params: Mapping[str, Kind]  # every {field} of the template, with its kind

    def fields(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.text) if name}


def _m(template: str, /, **params: Kind) -> Message:
    return Message(template, params)


REFUSED = "refused"  # a free English text from code not yet given a code of its own

MESSAGES: dict[str, Message] = {
    REFUSED: _m("{text}", text=TEXT),
    # --- lookups
    "unknown_item": _m("Unknown SKU or barcode: {item}", item=TEXT),
    "unknown_location": _m("Unknown stock location: {location}", location=TEXT),
    "unknown_customer": _m("Unknown customer: {customer}", customer=TEXT),
    "unknown_return": _m("Unknown return: {number}", number=TEXT),
    "unknown_order": _m("Unknown order: {number}", number=TEXT),
    "unknown_product_id": _m("Unknown product id {product_id}", product_id=NUMBER),
    # --- products and locations
    "sku_missing": _m("A product needs a SKU"),
    "sku_malformed": _m("SKU '{sku}' must be at most 64 characters with no spaces", sku=TEXT),
    "product_name_missing": _m("Product {sku} needs a name", sku=TEXT),
    "price_negative": _m("The price of {sku} cannot be negative ({amount})", sku=TEXT, amount=MONEY),
    "cost_negative": _m("The cost of {sku} cannot be negative ({amount})", sku=TEXT, amount=MONEY),
    "wholesale_price_negative": _m(
        "The wholesale price of {sku} cannot be negative ({amount})", sku=TEXT, amount=MONEY
    ),
    "reorder_point_negative": _m("The reorder point of {sku} cannot be negative", sku=TEXT),
    "product_tax_rate_range": _m("The tax rate of {sku} must be between 0 and 100%", sku=TEXT),
    "sku_taken": _m("SKU {sku} is already used by '{name}'", sku=TEXT, name=TEXT),
    "sku_is_a_barcode": _m("SKU {sku} is the barcode of {other} '{name}'", sku=TEXT, other=TEXT, name=TEXT),
    "barcode_taken": _m(
        "Barcode {barcode} is already used by {other} '{name}'", barcode=TEXT, other=TEXT, name=TEXT
    ),
    "barcode_check_digit": _m(
        "Barcode {barcode} has a wrong check digit (the last digit should be {digit})",
        barcode=TEXT,
        digit=NUMBER,
    ),
    "barcode_malformed": _m(
        "Barcode '{barcode}' must be 8, 12 or 13 digits (EAN/UPC) or up to 32 printable ASCII characters",
        barcode=TEXT,
    ),
    "location_incomplete": _m("A location needs a code and a name"),
    "location_exists": _m("Location {location} exists already", location=TEXT),
    # --- customers
    "customer_name_missing": _m("A customer needs a name"),
    "email_invalid": _m("'{email}' is not an e-mail address", email=TEXT),
    "credit_limit_negative": _m("The credit limit cannot be negative ({amount})", amount=MONEY),
    "customer_code_taken": _m("Customer code {customer} is already used", customer=TEXT),
    "customer_same_contact": _m("The same phone or e-mail is also on {customers}", customers=TEXT),
    "customer_merged": _m(
        "{customer} was merged into {into} {name}: use {into}", customer=TEXT, into=TEXT, name=TEXT
    ),
    "customer_merge_same": _m("{customer} cannot be merged into itself", customer=TEXT),
    # --- stock
    "out_of_stock": _m(
        "Out of stock: {sku} asked {asked}, available {available} at {location}",
        sku=TEXT,
        asked=NUMBER,
        available=NUMBER,
        location=TEXT,
    ),
    "receive_quantity_not_positive": _m(
        "The quantity to receive must be above zero (got {quantity})", quantity=NUMBER
    ),
    "transfer_quantity_not_positive": _m(
        "The quantity to transfer must be above zero (got {quantity})", quantity=NUMBER
    ),
    "unit_cost_negative": _m("The unit cost cannot be negative ({amount})", amount=MONEY),
    "adjustment_zero": _m("An adjustment needs a change other than zero"),
    "adjustment_needs_reason": _m("An adjustment needs a reason (e.g. 'stock count', 'damaged')"),
    "adjustment_below_zero": _m(
        "Adjusting {sku} by {delta} would leave {after} on hand at {location}; only {on_hand} are there",
        sku=TEXT,
        delta=NUMBER,
        after=NUMBER,
        location=TEXT,
        on_hand=NUMBER,
    ),
    "transfer_same_location": _m(
        "A transfer needs two different locations (both are {location})", location=TEXT
    ),
    "transfer_short": _m(
        "Cannot transfer {quantity} of {sku} from {location}: {available} available",
        quantity=NUMBER,
        sku=TEXT,
        location=TEXT,
        available=NUMBER,
    ),
    "movement_zero": _m("A stock movement needs a quantity other than zero"),
    # --- orders (services/orders.py)
    "order_no_lines": _m("An order needs at least one line"),
    # --- changing an order and shipping it in parts (services/order_edits.py, services/shipping.py)
    "edit_nothing": _m("Nothing to change: give a line to set or remove, or a ship-to"),
    "edit_not_on_order": _m("{sku} is not on order {number}", sku=TEXT, number=TEXT),
    "edit_below_shipped": _m(
        "{sku} on order {number} cannot go below the {shipped} already shipped",
        sku=TEXT,
        number=TEXT,
        shipped=NUMBER,
    ),
    "edit_product_twice": _m(
        "{sku} is on more than one line of order {number}: remove it and set it again",
        sku=TEXT,
        number=TEXT,
    ),
    "ship_not_on_order": _m(
        "{sku} is not on order {number}: nothing of it can be shipped", sku=TEXT, number=TEXT
    ),
    "shipment_unknown": _m(
        "Order {number} has no shipment {shipment} (it has {count})",
        number=TEXT,
        shipment=NUMBER,
        count=NUMBER,
    ),
    "ship_more_than_left": _m(
        "Order {number} has {left} of {sku} left to ship, not {asked}",
        number=TEXT,
        sku=TEXT,
        asked=NUMBER,
        left=NUMBER,
    ),
    "idempotency_key_reused": _m(
        "The key {key} was already used for order {number}, with other lines or another customer; "
        "a new sale needs a new key",
        key=TEXT,
        number=TEXT,
    ),
    "line_quantity_not_positive": _m(
        "The quantity of {item} must be above zero (got {quantity})", item=TEXT, quantity=NUMBER
    ),
    "amount_range": _m(
        "{amount} is not an amount this shop can hold (at most {most})", amount=TEXT, most=MONEY
    ),
    "order_total_range": _m("An order's total may be at most {most}", most=MONEY),
    "on_hand_range": _m("The stock of {sku} would go beyond {most} units", sku=TEXT, most=NUMBER),
    "date_range": _m(
        "{day} is outside the dates this shop works with ({first} to {last})", day=TEXT, first=TEXT, last=TEXT
    ),
    "text_too_long": _m(
        "{field} is too long: at most {most} characters (got {length})",
        field=TEXT,
        most=NUMBER,
        length=NUMBER,
    ),
    "line_quantity_range": _m(
        "The quantity of {item} must be above 0 and at most {most} (got {quantity})",
        item=TEXT,
        quantity=TEXT,
        most=NUMBER,
    ),
    "line_price_negative": _m("The price of {item} cannot be negative ({amount})", item=TEXT, amount=MONEY),
    "line_discount_negative": _m(
        "The discount on {item} cannot be negative ({amount})", item=TEXT, amount=MONEY
    ),
    "discount_over_line": _m(
        "The discount on {sku} ({discount}) is more than the line ({gross})",
        sku=TEXT,
        discount=MONEY,
        gross=MONEY,
    ),
    "order_payment_not_positive": _m(
        "A {method} payment must be above zero (got {amount})", method=Kind.PAYMENT_METHOD, amount=MONEY
    ),
    "tendered_short": _m(
        "Cash tendered {tendered} is less than the amount {amount}", tendered=MONEY, amount=MONEY
    ),
    "paid_and_confirmed": _m("An order is either paid at the counter or confirmed for later, not both"),
    "order_needs_customer": _m("A {channel} order needs a customer", channel=Kind.CHANNEL),
    "idempotency_key_length": _m("The idempotency key must be 1 to 64 characters"),
    "product_inactive": _m("{sku} '{name}' is no longer sold (inactive)", sku=TEXT, name=TEXT),
    "payments_mismatch": _m("Payments of {paid} do not match the total of {total}", paid=MONEY, total=MONEY),
    # --- payments (services/payments.py)
    "payment_not_positive": _m("A payment must be above zero (got {amount})", amount=MONEY),
    "payment_over_balance": _m(
        "A payment of {amount} is more than the balance due on {number} ({balance})",
        amount=MONEY,
        number=TEXT,
        balance=MONEY,
    ),
    "refund_not_positive": _m("A refund must be above zero (got {amount})", amount=MONEY),
    "refund_over_paid": _m(
        "A refund of {amount} is more than was paid on {number} ({paid})",
        amount=MONEY,
        number=TEXT,
        paid=MONEY,
    ),
    # --- shipping (services/shipping.py)
    "carrier_missing": _m("Shipping needs a carrier"),
    "tracking_missing": _m("Shipping needs a tracking number"),
    # --- the workflow: a refused move, and the reasons of order_workflow.RULES
    "illegal_transition": _m(
        "Cannot {action} order {number}: it is {status}; {reason}",
        action=Kind.ACTION,
        number=TEXT,
        status=Kind.STATUS,
        reason=Kind.REASON,
    ),
    # The same refusal of a purchase order or a stocktake, which used to be called an "order" too.
    "po_illegal_transition": _m(
        "Cannot {action} purchase order {number}: it is {status}; {reason}",
        action=Kind.ACTION,
        number=TEXT,
        status=Kind.STATUS,
        reason=Kind.REASON,
    ),
    "count_illegal_transition": _m(
        "Cannot {action} stocktake {number}: it is {status}; {reason}",
        action=Kind.ACTION,
        number=TEXT,
        status=Kind.STATUS,
        reason=Kind.REASON,
    ),
    "reason_only_draft_confirmed": _m("only a draft order or a quotation can be confirmed"),
    "reason_edit_needs_open": _m("only a quotation, a draft or a confirmed order can be changed"),
    "reason_only_quote_expires": _m("only a quotation expires"),
    "reason_only_draft_checked_out": _m("only a draft order can be checked out"),
    "reason_pay_needs_confirmed": _m("payment is taken on confirmed orders"),
    "reason_no_balance_due": _m("there is no balance due"),
    "reason_refund_needs_confirmed": _m("only confirmed or completed orders can be refunded"),
    "reason_nothing_paid": _m("nothing has been paid that could be refunded"),
    "reason_goods_left_use_return": _m("its goods have left the shop: take them back with a return"),
    "reason_return_needs_confirmed": _m("only confirmed or completed orders can be returned"),
    "reason_goods_here_cancel_instead": _m("its goods have not left the shop: cancel it instead"),
    "reason_pack_needs_confirmed": _m("only confirmed orders are packed"),
    "reason_payment_refunded": _m("its payment was refunded"),
    "reason_packed_already": _m("it has been packed already"),
    "reason_ship_needs_confirmed": _m("only confirmed orders are shipped"),
    "reason_shipped_already": _m("it has been shipped already"),
    "reason_deliver_needs_confirmed": _m("only confirmed orders are delivered"),
    "reason_ship_first": _m("it must be shipped first"),
    "reason_closed_already": _m("it is already closed"),
    "reason_refund_before_cancel": _m("refund the payments before cancelling"),
    "reason_left_the_shop": _m("it has left the shop"),
    "reason_complete_needs_confirmed": _m("only confirmed orders are completed"),
    "reason_not_fully_paid": _m("it is not fully paid"),
    "reason_not_delivered": _m("it has not been delivered"),
    "reason_not_an_order_action": _m("it is not an action on an existing order"),
    "reason_on_hold": _m("it is on hold: release it first"),
    "reason_hold_needs_open": _m("only a draft or confirmed order can be put on hold"),
    "reason_held_already": _m("it is on hold already"),
    "reason_not_held": _m("it is not on hold"),
    # --- suppliers (services/suppliers.py)
    "unknown_supplier": _m("Unknown supplier: {supplier}", supplier=TEXT),
    "supplier_name_missing": _m("A supplier needs a name"),
    "supplier_code_taken": _m("Supplier code {supplier} is already used", supplier=TEXT),
    "supplier_code_invalid": _m(
        "A supplier code is one word of letters, digits and signs, without spaces ({supplier} is not)",
        supplier=TEXT,
    ),
    "lead_time_range": _m("A lead time is 0 to {most} days ({days} is not)", days=NUMBER, most=NUMBER),
    "order_cost_negative": _m("The ordering cost cannot be negative ({amount})", amount=MONEY),
    "pack_size_not_positive": _m(
        "{sku}: a pack holds more than 0 ({quantity} is not)", sku=TEXT, quantity=NUMBER
    ),
    "min_qty_negative": _m(
        "{sku}: a minimum order cannot be negative ({quantity})", sku=TEXT, quantity=NUMBER
    ),
    # --- purchase orders (services/purchase_orders.py) and their workflow (domain/purchase_workflow.py)
    "unknown_po": _m("Unknown purchase order: {number}", number=TEXT),
    "po_needs_lines": _m("A purchase order needs at least one line"),
    "po_too_many_lines": _m("A purchase order has at most {most} lines", most=NUMBER),
    "po_quantity_not_positive": _m(
        "{item}: the quantity to order must be above zero (got {quantity})", item=TEXT, quantity=NUMBER
    ),
    "receive_needs_lines": _m("Say what arrived: at least one line (SKU:QTY)"),
    "receive_not_on_po": _m(
        "{item} is not on {number}: add it to a purchase order first", item=TEXT, number=TEXT
    ),
    "po_status_unknown": _m(
        "Unknown purchase order status '{status}': choose from {choices}", status=TEXT, choices=TEXT
    ),
    "po_action_unknown": _m("That is not an action of a purchase order ({number})", number=TEXT),
    "reason_po_not_draft": _m("only a draft purchase order can be changed or sent"),
    "reason_po_not_on_order": _m("goods are received against a sent or partly received purchase order"),
    "reason_po_cancel_nothing_received": _m(
        "only a draft or sent purchase order can be cancelled (close it short once goods arrived)"
    ),
    "reason_po_close_partly_received": _m("only a partly received purchase order is closed short"),
    "note_too_long": _m("A reason or note has at most {most} characters", most=NUMBER),
    # --- stocktakes (services/stocktakes.py)
    "unknown_stocktake": _m("Unknown stocktake: {number}", number=TEXT),
    "count_nothing_to_count": _m("There is no active product to count"),
    "counted_negative": _m(
        "{item}: a counted quantity cannot be negative ({quantity})", item=TEXT, quantity=NUMBER
    ),
    "count_item_not_in_count": _m("{item} is not part of stocktake {number}", item=TEXT, number=TEXT),
    "count_action_unknown": _m("That is not an action of a stocktake ({number})", number=TEXT),
    "reason_count_not_open": _m("the count is closed"),
    "count_overlaps": _m(
        "{item} is already being counted in {number} at {location}: finish or cancel that count first",
        item=TEXT,
        number=TEXT,
        location=TEXT,
    ),
    # --- backorders (services/backorders.py) and replenishment
    "order_backordered": _m(
        "{number} waits for goods: {short} of {sku} short at {location} (older orders are served first)",
        number=TEXT,
        short=NUMBER,
        sku=TEXT,
        location=TEXT,
    ),
    "service_level_range": _m("The service level is 50 to 99.9 percent ({level} is not)", level=TEXT),
    "holding_rate_range": _m("The holding cost rate is 1 to 100 percent a year ({rate} is not)", rate=TEXT),
    "paid_unshipped_days_range": _m(
        "A paid order shows as not shipped after 1 to {most} days ({days} is not)", days=NUMBER, most=NUMBER
    ),
    # --- receivables (services/receivables.py, services/account_payments.py)
    "payment_beyond_owed": _m(
        "A payment of {amount} is more than is owed ({owed})", amount=MONEY, owed=MONEY
    ),
    "order_not_owed": _m(
        "{number} is not an open order of {customer} on account", number=TEXT, customer=TEXT
    ),
    "nothing_owed": _m("{customer} owes nothing", customer=TEXT),
    "credit_limit_exceeded": _m(
        "{customer}'s credit limit is {limit}: {owed} is owed already and {number} adds {amount}; take a payment,"
        " or a manager may approve it",
        customer=TEXT,
        limit=MONEY,
        owed=MONEY,
        number=TEXT,
        amount=MONEY,
    ),
    "pays_before_goods_leave": _m(
        "{customer} pays before goods leave (credit limit 0): {number} has {amount} unpaid; take the payment,"
        " or a manager may approve it",
        customer=TEXT,
        number=TEXT,
        amount=MONEY,
    ),
    "payment_terms_range": _m("Payment terms are 0 to 365 days ({days} is not)", days=NUMBER),
    # --- holds (services/holds.py)
    "hold_reason_unknown": _m(
        "A hold's reason is address, payment, stock or other ('{reason}' is not)", reason=TEXT
    ),
    "hold_note_missing": _m("Say what the problem is: a hold needs a note"),
    # --- ship-to blocks that goods can be sent to (domain/ship_to.py)
    "ship_to_incomplete": _m(
        "The ship-to of {number} lacks {missing}: give it the recipient's name, address and phone, one a line",
        number=TEXT,
        missing=Kind.ADDRESS_PARTS,
    ),
    "new_order_ship_to_incomplete": _m(
        "The ship-to of {customer}'s {channel} order lacks {missing}: give it the recipient's name, address"
        " and phone, one a line (or give the customer an address and a phone)",
        customer=TEXT,
        channel=Kind.CHANNEL,
        missing=Kind.ADDRESS_PARTS,
    ),
    # --- quotations (services/quotes.py)
    "quote_valid_days_range": _m("A quotation is valid for 1 to 365 days ({days} is not)", days=NUMBER),
    "quote_needs_customer": _m("A quotation needs a customer: it is made out to them"),
    "quote_paid_or_confirmed": _m(
        "A quotation is saved for later: it is neither paid nor confirmed when it is made"
    ),
    "quote_past_validity": _m(
        "Quotation {number} was valid until {day}: refresh its prices to confirm it", number=TEXT, day=TEXT
    ),
    "quote_refresh_needs_quote": _m(
        "Only a quotation's prices are refreshed when it is confirmed; {number} is not a quotation",
        number=TEXT,
    ),
    "quote_still_valid": _m(
        "Quotation {number} is valid until {day}: it expires after that day", number=TEXT, day=TEXT
    ),
    "not_a_quotation": _m("{number} is not a quotation (it is {status})", number=TEXT, status=Kind.STATUS),
    "quotes_as_of_future": _m("Quotations are expired as of today or an earlier day, not {day}", day=TEXT),
    # --- shop settings
    "shop_name_missing": _m("The shop needs a name"),
    "time_zone_unknown": _m(
        "Unknown time zone '{zone}': give an IANA name such as Asia/Shanghai, or leave it empty for this computer's zone",
        zone=TEXT,
    ),
    "currency_invalid": _m("'{currency}' is not a currency code (e.g. CNY, USD, EUR)", currency=TEXT),
    "paper_size_invalid": _m("Paper size must be one of {choices}", choices=TEXT),
    "language_invalid": _m("Language must be one of {choices}", choices=TEXT),
    "default_tax_rate_range": _m("The default tax rate must be between 0 and 100%"),
    # --- demo data (services/demo.py, demo_bulk.py)
    "demo_needs_empty_database": _m(
        "Demo data goes into an empty database only; this one has products or orders"
    ),
    "demo_cancelled": _m("Demo data cancelled; nothing was written"),
    # --- the database
    "busy": _m("The database is busy with another till's work (an import, a backup?); try again in a moment"),
    "conflict": _m("Another till changed the same stock at the same time; try again"),
    "database_not_open": _m("The database is not open"),
    "database_closed": _m("The database is closed"),
    "backup_missing": _m("{path} does not exist", path=TEXT),
    "backup_target_unwritable": _m("A backup cannot be written at {path} ({detail})", path=TEXT, detail=TEXT),
    "database_url_invalid": _m(
        "{url} is not a database this program can use: give a file path, sqlite:///path or "
        "postgresql+psycopg://user@host/name",
        url=TEXT,
    ),
    "restore_while_open": _m(
        "{path} is open in another window or till: close them first (their next order numbers would be "
        "given again), or add --force",
        path=TEXT,
    ),
    "database_marked_damaged": _m(
        "Nothing was written: {path} was found damaged ({finding}). Restore a backup (db restore), or run "
        "db check again once the file is repaired; reading and exporting still work",
        path=TEXT,
        finding=TEXT,
    ),
    "backup_exists": _m("{path} already exists; give another name, or add --force to replace it", path=TEXT),
    "backup_onto_itself": _m("{path} is the database itself; a backup goes to another file", path=TEXT),
    "backup_damaged": _m(
        "{path} is damaged ({detail}); nothing was replaced. Choose another backup", path=TEXT, detail=TEXT
    ),
    "backup_not_ours": _m("{path} is empty or not an OMS Desktop backup; nothing was replaced", path=TEXT),
    "not_a_database": _m(
        "{path} is not a database file (it is not SQLite); it was left untouched", path=TEXT
    ),
    "database_damaged": _m(
        "{path} is damaged and cannot be opened ({detail}); it was left untouched. Restore a backup.",
        path=TEXT,
        detail=TEXT,
    ),
    "foreign_sqlite_file": _m("{path} is a SQLite file of another program; it was left untouched", path=TEXT),
    "database_newer": _m(
        "{path} was written by a newer OMS Desktop (schema {revision}); update the program to open it",
        path=TEXT,
        revision=TEXT,
    ),
    "foreign_tables": _m("The database holds tables of another program; it was left untouched"),
    "disk_full": _m(
        "The disk holding {path} is full: free some space and try again; nothing was changed", path=TEXT
    ),
    "database_read_only": _m(
        "{path} cannot be written ({detail}): check the permissions of the file and its folder; the file itself is fine",
        path=TEXT,
        detail=TEXT,
    ),
    "database_io_error": _m(
        "{path} could not be read or written ({detail}): check the disk it is on (full, failing or removed, "
        "or a lost network share), then run db check",
        path=TEXT,
        detail=TEXT,
    ),
    "database_is_folder": _m("{path} is a folder, not a database file", path=TEXT),
    "data_folder_is_file": _m("{path} is a file, not a folder: choose another data folder", path=TEXT),
    "database_empty_file": _m(
        "{path} is an empty file (0 bytes), not a shop: run `oms-desktop db init` to start a new shop in it, "
        "or restore a backup",
        path=TEXT,
    ),
    "database_unusable": _m("{path} cannot be used ({detail})", path=TEXT, detail=TEXT),
    "server_unreachable": _m("Cannot use the database server: {detail}", detail=TEXT),
    "needs_sqlite_file": _m(
        "{command} needs an existing SQLite database file; {url} is not one", command=TEXT, url=TEXT
    ),
    "backup_needs_sqlite": _m("db backup and restore work on a SQLite file or a PostgreSQL database"),
    "backup_unreadable": _m("{path} cannot be read ({detail}); nothing was replaced", path=TEXT, detail=TEXT),
    "pg_tool_missing": _m(
        "{tool} is not installed: backing up or restoring a PostgreSQL database needs PostgreSQL's client "
        "programs on the PATH (Debian: apt install postgresql-client)",
        tool=TEXT,
    ),
    "pg_dump_failed": _m(
        "pg_dump could not back up the database ({detail}); no backup was written", detail=TEXT
    ),
    "pg_restore_failed": _m("The restore failed ({detail}); the database was left as it was", detail=TEXT),
    "restore_while_connected": _m(
        "{count} other sessions are connected to {database} (windows or tills): close them first (their next "
        "order numbers would be given again), or add --force",
        count=NUMBER,
        database=TEXT,
    ),
    # --- people, permissions and the audit trail
    "user_name_invalid": _m("A user's name must be 1 to 64 characters: '{name}' is not one", name=TEXT),
    "pin_invalid": _m("A PIN is {low} to {high} digits", low=NUMBER, high=NUMBER),
    "user_name_taken": _m("There is already a user named {name}", name=TEXT),
    "badge_taken": _m("Badge {badge} is already {name}'s", badge=TEXT, name=TEXT),
    "role_invalid": _m("Unknown role {role}: choose one of {choices}", role=TEXT, choices=TEXT),
    "unknown_user": _m("Unknown user: {name}", name=TEXT),
    "wrong_pin": _m("Wrong name or PIN"),
    "user_disabled": _m("{name} is disabled: an owner can enable them again", name=TEXT),
    "user_locked": _m(
        "{name} is locked for {seconds} seconds after {tries} wrong PINs",
        name=TEXT,
        seconds=NUMBER,
        tries=NUMBER,
    ),
    "sign_in_needed": _m(
        "This shop has users: sign in first (the command line: --user NAME --pin PIN, or OMS_USER and OMS_PIN)"
    ),
    "first_user_is_owner": _m("The first user must be an owner: they are the one who can add the others"),
    "last_owner": _m("{name} is the last active owner: add another owner first", name=TEXT),
    "permission_needed": _m(
        "{user} ({role}) may not {what} on their own: it needs {needed} approval (their name and PIN)",
        user=TEXT,
        role=Kind.ROLE,
        what=Kind.PERMISSION,
        needed=Kind.ROLE,
    ),
    "approver_lacks_role": _m(
        "{approver} ({role}) cannot approve this: it needs {needed} approval",
        approver=TEXT,
        role=Kind.ROLE,
        needed=Kind.ROLE,
    ),
    "approver_is_user": _m(
        "An approval needs a second person: {name} cannot approve their own action", name=TEXT
    ),
    "approval_without_user": _m("An approval (--approve-by) needs a signed-in user (--user)"),
    "pin_without_user": _m("--pin was given without --user"),
    "payment_methods_invalid": _m(
        "Unknown payment method {methods}: choose from {choices}", methods=TEXT, choices=TEXT
    ),
    "discount_over_sale": _m(
        "A discount of {discount} is more than the sale ({total})", discount=MONEY, total=MONEY
    ),
    "discount_percent_range": _m("A discount is 0 to 100% ({percent}% is not)", percent=NUMBER),
    "discount_limit_range": _m("The cashier's discount limit must be between 0 and 100%"),
    "limit_negative": _m("A limit cannot be negative ({amount})", amount=MONEY),
    # --- till sessions and cash-up
    "till_name_invalid": _m("A till's name must be 1 to 64 characters: '{name}' is not one", name=TEXT),
    "till_already_open": _m(
        "Till {till} is already open (since {since}, by {by}): close it first", till=TEXT, since=TEXT, by=TEXT
    ),
    "till_not_open": _m(
        "Till {till} is not open: open it with a float first (till open --float 200.00)", till=TEXT
    ),
    "till_session_closed": _m("The session of till {till} is already closed", till=TEXT),
    "till_action_unknown": _m("That is not an action of a till session ({till})", till=TEXT),
    "float_negative": _m("The float cannot be negative ({amount})", amount=MONEY),
    "cash_move_not_positive": _m("An amount paid in or out must be more than 0 ({amount})", amount=MONEY),
    "cash_move_needs_reason": _m("Cash paid in or out needs a reason"),
    "cash_out_exceeds_drawer": _m(
        "Only {expected} should be in the drawer: {amount} cannot be paid out", expected=MONEY, amount=MONEY
    ),
    "count_entry_invalid": _m(
        "'{entry}' is not a count: write face value x pieces, like 100x2,50x1,1x7", entry=TEXT
    ),
    "denomination_unknown": _m(
        "{entry} is not a note or coin of {currency}: {known}", entry=TEXT, currency=TEXT, known=TEXT
    ),
    "count_missing": _m("Count the drawer: give --count (like 100x2,50x1) or --counted AMOUNT"),
    "count_negative": _m("The cash counted cannot be negative ({amount})", amount=MONEY),
    "unknown_z_report": _m("Till {till} has no Z report number {number}", till=TEXT, number=NUMBER),
    "refund_method_differs": _m(
        "{number} was paid by {paid}: a refund by {method} needs a manager",
        number=TEXT,
        paid=TEXT,
        method=TEXT,
    ),
    # --- returns, exchanges and store credit
    "return_nothing_left": _m("Everything of {number} has been brought back already", number=TEXT),
    "return_item_not_on_order": _m(
        "{item} is not on {number}: nothing was taken back", item=TEXT, number=TEXT
    ),
    "return_more_than_sold": _m(
        "{item}: {asked} cannot come back; {sold} were sold and {left} are still out",
        item=TEXT,
        asked=NUMBER,
        sold=NUMBER,
        left=NUMBER,
    ),
    "return_action_unknown": _m("That is not an action of a return ({number})", number=TEXT),
    "exchange_needs_returned_goods": _m("An exchange needs goods that come back (--return SKU:QTY)"),
    "exchange_needs_new_goods": _m("An exchange needs new goods (--line SKU:QTY)"),
    "exchange_needs_payment": _m(
        "The new goods cost {amount} more: say how it is paid (--pay METHOD)", amount=MONEY
    ),
    "exchange_not_a_payment": _m(
        "An exchange's credit is not a way to pay: choose cash, card or another method"
    ),
    "void_after_return": _m(
        "Part of {number} came back already: it cannot be voided; take the rest back instead", number=TEXT
    ),
    "store_credit_needs_customer": _m(
        "Store credit belongs to a customer: choose one for {document}", document=TEXT
    ),
    "store_credit_short": _m(
        "{customer} has {balance} of store credit: {amount} cannot come out of it",
        customer=TEXT,
        balance=MONEY,
        amount=MONEY,
    ),
    "store_credit_expire_not_positive": _m(
        "The store credit to expire must be more than 0 ({amount})", amount=MONEY
    ),
    "credit_needs_reason": _m("Expiring store credit needs a reason"),
    "open_price_not_positive": _m("An open-price item needs an amount above 0 ({amount})", amount=MONEY),
    # --- quantities by weight or length, and scale barcodes
    "quantity_too_precise": _m(
        "{item}: {quantity} has more decimals than its unit allows ({decimals})",
        item=TEXT,
        decimals=NUMBER,
        quantity=TEXT,
    ),
    "unit_decimals_range": _m(
        "A unit has 0 to {most} decimals, not {decimals}", most=NUMBER, decimals=NUMBER
    ),
    "unit_decimals_locked": _m(
        "{sku} has stock or orders counted to {decimals} decimals: its unit's decimals cannot become {wanted}",
        sku=TEXT,
        decimals=NUMBER,
        wanted=NUMBER,
    ),
    "scale_rules_invalid": _m(
        "Scale barcode rule '{rule}' is not understood: write PREFIX:CODE-DIGITS:weight|price:DECIMALS, like 21:5:weight:3",
        rule=TEXT,
    ),
    "scale_item_unknown": _m(
        "No product has the scale code {code} (barcode {barcode})", code=TEXT, barcode=TEXT
    ),
    "scale_price_for_weighed": _m(
        "{sku} is sold by weight: give its scale a weight barcode rule, not a price one", sku=TEXT
    ),
    "return_customer_for_credit_only": _m(
        "A customer is named for store credit only: add --refund-to store-credit, or leave the customer out"
    ),
    "store_credit_other_customer": _m(
        "{number} belongs to its own customer: the store credit goes to them, not another", number=TEXT
    ),
    "scale_rules_duplicate": _m(
        "Two scale barcode rules start with {prefix}: only the first would ever be used", prefix=TEXT
    ),
    "scale_rules_too_many": _m("At most {most} scale barcode rules", most=NUMBER),
    "discount_reasons_invalid": _m(
        "Discount reasons: at most {most} of them, each a single line of at most {length} characters",
        most=NUMBER,
        length=NUMBER,
    ),
    "limit_precision": _m("A limit has at most two decimals, written plainly ({amount})", amount=TEXT),
    # --- parked sales
    "parked_sale_empty": _m("An empty sale cannot be parked"),
    "parked_sale_unknown": _m("Parked sale {number} is not there (recalled already?)", number=NUMBER),
    "parked_sale_unreadable": _m(
        "Parked sale {number} cannot be read ({detail})", number=NUMBER, detail=TEXT
    ),
    "open_sale_not_kept": _m(
        "The sale on the counter could not be kept in {path} ({detail}); it stays on the screen",
        path=TEXT,
        detail=TEXT,
    ),
    # --- receipt printer and drawer
    "printer_setting_invalid": _m(
        "Receipt printer '{setting}' is not understood: use network:HOST[:PORT], usb:VENDOR:PRODUCT, "
        "serial:DEVICE[:BAUD] or file:PATH",
        setting=TEXT,
    ),
    "printer_not_set": _m("No receipt printer is set (Settings, or --printer)"),
    "printer_unreachable": _m(
        "The receipt printer {printer} does not answer ({detail}): check that it is on and connected; "
        "the sale is kept and can be reprinted",
        printer=TEXT,
        detail=TEXT,
    ),
    # --- the command line
    "tendered_for_cash_only": _m("--tendered is for cash payments"),
    "import_file_missing": _m("{path} is not a file", path=TEXT),
    "no_orders_in_status": _m("No orders are {status}", status=Kind.STATUS),
    "no_products_to_label": _m("There are no active products to label"),
    # --- imports (services/imports.py and the files it reads)
    "import_file_unreadable": _m("{path} cannot be read ({detail})", path=TEXT, detail=TEXT),
    "import_file_too_large": _m(
        "{file} is larger than {most} MB: is it the right file?", file=TEXT, most=NUMBER
    ),
    "import_old_excel": _m(
        "{file} is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV and import that", file=TEXT
    ),
    "import_not_text": _m(
        "{file} is neither UTF-8 nor GB18030 text; save it as 'CSV UTF-8' and try again", file=TEXT
    ),
    "import_nul_byte": _m("contains a NUL byte; is this a spreadsheet file rather than CSV text?"),
    "import_field_over_lines": _m(
        "a field runs over several lines (an unterminated quote?); line breaks are not allowed inside fields"
    ),
    "import_cell_over_lines": _m("a cell holds a line break; line breaks are not allowed inside fields"),
    "import_field_too_long": _m("a field is longer than {most} characters", most=NUMBER),
    "import_too_many_columns": _m("more than {most} columns: is this the right file?", most=NUMBER),
    "import_too_many_rows": _m(
        "{file} has more than {most} rows: split it into smaller files", file=TEXT, most=NUMBER
    ),
    "import_quote_unclosed": _m("a quote is never closed (the file ends inside it)"),
    "import_csv_invalid": _m("not valid CSV ({detail})", detail=TEXT),
    "import_file_empty": _m("the file is empty"),
    "import_workbook_unreadable": _m(
        "{file} cannot be read as an Excel workbook ({detail})", file=TEXT, detail=TEXT
    ),
    "import_format_not_for_kind": _m(
        "The {format} format has no {kind}: choose one of {choices}", format=TEXT, kind=TEXT, choices=TEXT
    ),
    "import_columns_twice": _m("the column(s) {columns} appear more than once", columns=TEXT),
    "import_mapping_unknown_field": _m(
        "the mapping names {fields}, which the {layout} layout does not have; its fields: {known}",
        fields=TEXT,
        layout=TEXT,
        known=TEXT,
    ),
    "import_mapping_no_column": _m(
        "the mapping reads {field} from the column {column}, which the file does not have",
        field=TEXT,
        column=TEXT,
    ),
    "import_columns_missing": _m("the header lacks the column(s) {columns}", columns=TEXT),
    "import_columns_unknown": _m("unknown column(s) {columns}; known: {known}", columns=TEXT, known=TEXT),
    "import_mapping_unreadable": _m(
        "The mapping {path} is not a JSON object of field: column ({detail})", path=TEXT, detail=TEXT
    ),
    "import_value_missing": _m("{column} is empty", column=TEXT),
    "import_value_too_long": _m("{column} is longer than {most} characters", column=TEXT, most=NUMBER),
    "import_quantity_not_number": _m(
        "{column} '{value}' is not a number (like 3 or 0.255)", column=TEXT, value=TEXT
    ),
    "import_quantity_too_large": _m("{column} {value} is far too large", column=TEXT, value=TEXT),
    "import_quantity_not_positive": _m("{column} {value} must be above zero", column=TEXT, value=TEXT),
    "import_quantity_over": _m(
        "{column} {value} is more than {most} on one line", column=TEXT, value=TEXT, most=NUMBER
    ),
    "import_quantity_negative": _m("{column} {value} cannot be negative", column=TEXT, value=TEXT),
    "import_amount_invalid": _m(
        "{column} '{value}' is not an amount (digits and one point, like 12.50)", column=TEXT, value=TEXT
    ),
    "import_amount_too_large": _m(
        "{column} {value} is more than this shop can hold (at most {most})",
        column=TEXT,
        value=TEXT,
        most=MONEY,
    ),
    "import_amount_decimals": _m(
        "{column} '{value}' has more than two decimal places", column=TEXT, value=TEXT
    ),
    "import_amount_negative": _m("{column} {value} cannot be negative", column=TEXT, value=TEXT),
    "import_date_invalid": _m(
        "{column} '{value}' is not a date: YYYY-MM-DD or YYYY-MM-DD HH:MM, with its offset (+08:00) if it has one",
        column=TEXT,
        value=TEXT,
    ),
    "import_choice_invalid": _m(
        "{column} '{value}' is not one of {choices}", column=TEXT, value=TEXT, choices=TEXT
    ),
    "import_flag_invalid": _m("{column} '{value}' is not yes or no", column=TEXT, value=TEXT),
    "import_fields_count": _m(
        "{count} fields where the header has {expected}", count=NUMBER, expected=NUMBER
    ),
    "import_order_differs": _m(
        "order {ref} has a different {column} than on line {first}", ref=TEXT, column=TEXT, first=NUMBER
    ),
    "import_needs_customer": _m("a {channel} order needs a {column}", channel=Kind.CHANNEL, column=TEXT),
    "import_amounts_disagree": _m(
        "order {ref}: its amounts do not add up: lines {lines}, discount {discount}, shipping {shipping}, taxes {taxes}, total {total}",
        ref=TEXT,
        lines=MONEY,
        discount=MONEY,
        shipping=MONEY,
        taxes=MONEY,
        total=MONEY,
    ),
    "import_partly_fulfilled": _m(
        "order {ref} was partly fulfilled: import it once all of it has shipped, or enter it by hand",
        ref=TEXT,
    ),
    "import_refunded_after_shipping": _m(
        "order {ref} was refunded after its goods left: import it before the refund and take the goods back with a return",
        ref=TEXT,
    ),
    "import_partial_needs_amount": _m(
        "order {ref} is partly paid, but its {column} does not say how much is still due",
        ref=TEXT,
        column=TEXT,
    ),
    "import_refund_needs_amount": _m(
        "order {ref} was partly refunded, but its {column} does not say how much", ref=TEXT, column=TEXT
    ),
    "import_no_customer": _m("order {ref} names no customer: no name, phone or e-mail", ref=TEXT),
    "import_rate_invalid": _m(
        "{column} '{value}' is not a tax rate (a percent, like 13 or 9%)", column=TEXT, value=TEXT
    ),
    "import_variant_without_sku": _m(
        "a variant of {handle} has a price but no {column}", handle=TEXT, column=TEXT
    ),
    "import_customer_not_findable": _m(
        "a customer row needs a code, a phone or an e-mail, so that importing it again finds the customer"
    ),
    "import_no_records": _m("the file has nothing to import below its header"),
    "import_unknown_item": _m("unknown SKU or barcode {item}", item=TEXT),
    "import_unknown_customer": _m("unknown customer {customer}", customer=TEXT),
    "import_total_differs": _m(
        "its total in the file is {theirs}, by this shop's prices and tax rates {ours}: check the products' tax rates",
        theirs=MONEY,
        ours=MONEY,
    ),
    "import_cancelled": _m("Import cancelled; nothing was imported"),
    "import_duplicate_row": _m("{key} is on line {first} already", key=TEXT, first=NUMBER),
    "import_new_product_needs": _m("the new product {sku} needs a {column}", sku=TEXT, column=TEXT),
    "import_preset_name_invalid": _m(
        "A preset's name is 1 to 64 letters, digits, spaces, dots, dashes or underscores: '{name}' is not one",
        name=TEXT,
    ),
    "import_preset_unknown": _m("{name} is neither a mapping file nor a saved import preset", name=TEXT),
    # --- the local API (services/api_tokens.py, oms_desktop/api)
    "api_token_name_invalid": _m(
        "An API token's name must be 1 to 64 characters of text: '{name}' is not one", name=TEXT
    ),
    "api_token_name_taken": _m(
        "There is an API token named {name} already (a revoked token keeps its name)", name=TEXT
    ),
    "unknown_api_token": _m("Unknown API token: {name}", name=TEXT),
    "api_token_already_revoked": _m("The API token {name} was revoked already", name=TEXT),
    "api_token_missing": _m("This needs an API token: send the header Authorization: Bearer TOKEN"),
    "api_token_invalid": _m("The API token is unknown or was revoked"),
    "api_token_read_only": _m(
        "The API token {name} may only read: {method} {path} needs a token with the write scope",
        name=TEXT,
        method=TEXT,
        path=TEXT,
    ),
    "api_body_too_large": _m("The request body is larger than {limit} bytes", limit=NUMBER),
    "api_bad_json": _m("The request body is not valid JSON ({detail})", detail=TEXT),
    "api_needs_json": _m("Send the body as JSON, with the header Content-Type: application/json"),
    "api_bad_input": _m("Bad input at {field}: {problem}", field=TEXT, problem=TEXT),
    "api_no_such_path": _m("The API has no {method} {path}", method=TEXT, path=TEXT),
    "api_internal_error": _m("The server met an unexpected error; it is written in the server's log"),
    "api_cannot_listen": _m(
        "The API cannot listen on {host} port {port}: {detail}", host=TEXT, port=NUMBER, detail=TEXT
    ),
    "api_remote_needs_flag": _m(
        "Listening on {host} lets other computers reach the API: add --allow-remote if that is meant",
        host=TEXT,
    ),
    # --- automation rules and their notifications (services/automation.py)
    "rule_name_missing": _m("A rule needs a name"),
    "rule_name_invalid": _m("A rule's name must be one line of at most {most} characters", most=NUMBER),
    "rule_action_not_for_trigger": _m(
        "A rule on {trigger} cannot {action}: it can {choices}", trigger=TEXT, action=TEXT, choices=TEXT
    ),
    "rule_value_not_for_trigger": _m(
        "--{value} does not go with a rule on {trigger}", value=TEXT, trigger=TEXT
    ),
    "rule_value_not_for_action": _m(
        "--{value} does not go with the action {action}", value=TEXT, action=TEXT
    ),
    "rule_channel_unknown": _m("Unknown channel {channel}: one of {choices}", channel=TEXT, choices=TEXT),
    "rule_days_needed": _m(
        "A rule on overdue orders needs the days after the due date, 1 to {most} (--days)", most=NUMBER
    ),
    "rule_hours_needed": _m(
        "A rule on paid orders not shipped needs the hours since payment, 1 to {most} (--hours)", most=NUMBER
    ),
    "rule_variance_invalid": _m(
        "The least variance must be an amount above zero with at most two decimals, not {amount}",
        amount=TEXT,
    ),
    "rule_printer_invalid": _m("The printer must be one line of at most 200 characters"),
    "rule_email_needed": _m("An e-mail rule needs the address to send to (--to)"),
    "email_address_invalid": _m("{address} is not an e-mail address", address=TEXT),
    "rule_email_too_long": _m("The addresses must be at most {most} characters in all", most=NUMBER),
    "unknown_rule": _m("Unknown rule: {rule}", rule=TEXT),
    "rule_name_taken": _m("There is a rule named {name} already", name=TEXT),
    "unknown_notification": _m("Unknown notification: {number}", number=NUMBER),
    "rule_no_supplier": _m(
        "{sku} has no preferred supplier to order it from: give it one in Purchasing", sku=TEXT
    ),
    "rule_till_missing": _m("Till session {number} or its Z report is not there", number=NUMBER),
    "rule_outlets_missing": _m(
        "Printing and e-mail are not set up where the rules ran, so they cannot {action}", action=TEXT
    ),
    "rule_order_created": _m(
        "New {channel} order {order}: {total}", channel=Kind.CHANNEL, order=TEXT, total=MONEY
    ),
    "rule_order_paid": _m("Order {order} is paid: {total}", order=TEXT, total=MONEY),
    "rule_order_overdue": _m(
        "Order {order} of {customer} is {days} days past its due date {due}: {owed} still owed",
        order=TEXT,
        customer=TEXT,
        days=NUMBER,
        due=TEXT,
        owed=MONEY,
    ),
    "rule_paid_not_shipped": _m(
        "Order {order} was paid {hours} hours ago and is not shipped yet", order=TEXT, hours=NUMBER
    ),
    "rule_stock_low": _m(
        "{sku} {name} is low: {available} available, reorder point {point}",
        sku=TEXT,
        name=TEXT,
        available=NUMBER,
        point=NUMBER,
    ),
    "rule_stock_summary": _m(
        "{count} products are below their reorder point: {skus}", count=NUMBER, skus=TEXT
    ),
    "rule_till_variance": _m(
        "Till {till} was closed with its cash {variance} off (Z report {z})",
        till=TEXT,
        variance=MONEY,
        z=NUMBER,
    ),
    "rule_failed": _m(
        "The rule {rule} was given up after {attempts} tries for {subject}: {error}",
        rule=TEXT,
        attempts=NUMBER,
        subject=TEXT,
        error=TEXT,
    ),
    # --- e-mail through the shop's mail server (oms_desktop/mailer.py, oms_desktop/keychain.py)
    "smtp_not_set": _m(
        "No mail server is set: settings set smtp-host HOST (and smtp-port, smtp-security, smtp-user)"
    ),
    "smtp_security_invalid": _m(
        "The mail server's security must be one of {choices}, not {security}", choices=TEXT, security=TEXT
    ),
    "smtp_port_range": _m("The mail server's port must be 1 to 65535, not {port}", port=NUMBER),
    "smtp_sender_missing": _m(
        "E-mail needs a sender address: settings set smtp-sender ADDRESS (or the shop's e-mail)"
    ),
    "smtp_login_needs_tls": _m(
        "Signing in to {server} without TLS would send the password in the clear: set smtp-security to "
        "starttls or tls",
        server=TEXT,
    ),
    "keyring_unavailable": _m(
        "This computer has no password store for the mail server's password ({detail}); e-mail that needs a "
        "sign-in cannot be sent from here",
        detail=TEXT,
    ),
    "smtp_password_missing": _m(
        "No password for {account} is kept on this computer: run oms-desktop mail password", account=TEXT
    ),
    "smtp_user_missing": _m("No mail server user is set: settings set smtp-user NAME first"),
    "password_empty": _m("No password was given: nothing was kept"),
    "mail_not_sent": _m(
        "The mail server {server} did not take the message: {detail}", server=TEXT, detail=TEXT
    ),
}

# What each permission (domain/permissions.Permission) lets a person do, as the refusal says it.
PERMISSION_WORDS = {
    "sell": "sell",
    "return": "take goods back",
    "open_shift": "open or close a till",
    "open_drawer": "open the drawer without a sale",
    "return_above_limit": "take back goods worth more than the cashier's return limit",
    "refund": "give money back",
    "void": "void a completed sale",
    "discount_above_limit": "give a discount or a price beyond the cashier's limit",
    "sell_short": "sell more than the book stock",
    "cash_in_out": "pay cash into or out of the till",
    "expire_credit": "expire a customer's store credit",
    "adjust_stock": "adjust stock",
    "purchase": "place or change purchase orders",
    "receive_goods": "receive deliveries or count stock",
    "set_credit": "change a customer's credit limit or payment terms",
    "exceed_credit": "sell on account beyond a customer's credit limit",
    "merge_customers": "merge two customers into one",
    "close_with_variance": "close a till whose count is off by more than the limit",
    "manage_users": "add or change users",
    "settings": "change the shop's settings",
    "backup_restore": "back up or restore the database",
    "api_tokens": "create or revoke API tokens",
    "rules": "add or remove automation rules",
}

# What a ship-to block can lack (domain/ship_to.Part), as a refusal lists it.
ADDRESS_PART_WORDS = {"name": "a recipient name", "address": "an address", "phone": "a phone"}


def english_list(words: list[str]) -> str:
    """The words as one list: a; a and b; a, b and c."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# Actions whose value is not the English verb of "Cannot {action} order ..." (the rest read as they are).
ACTION_WORDS = {
    "return_lines": "take goods back from",
    "hold": "put on hold",
    "release": "release",
    "edit": "change",
    "ship_part": "ship part of",
    "shipped_in_full": "close the shipping of",
}

REASONS = frozenset(code for code in MESSAGES if code.startswith("reason_"))
_BY_TEXT = {message.text: code for code, message in MESSAGES.items() if code in REASONS}


def reason_code(text: str) -> str:
    """The code of a workflow reason given as its code or (from code not yet converted) its English text;
    the text unchanged when it is neither."""
    return text if text in REASONS else _BY_TEXT.get(text, text)


def visible(text: str) -> str:
    """`text` with its control and format characters written as escapes (a newline as \\n, U+202E as
    \\u202e): a refusal quoting what was typed stays one line, and cannot be turned around or coloured by
    what it quotes."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def english_param(kind: Kind, value: Param) -> str:
    """A field as the English text shows it."""
    if kind is Kind.STATUS:
        return str(value).replace("_", " ")
    if kind is Kind.PERMISSION:
        return PERMISSION_WORDS.get(str(value), str(value))
    if kind is Kind.ACTION:
        return ACTION_WORDS.get(str(value), str(value))
    if kind is Kind.ADDRESS_PARTS:
        return english_list([ADDRESS_PART_WORDS.get(p, p) for p in str(value).split(",") if p] or ["-"])
    if kind is Kind.REASON:
        known = MESSAGES.get(str(value))
        return known.text if known is not None and str(value) in REASONS else str(value)
    return str(value)


def english(code: str, params: Mapping[str, Param]) -> str:
    """The English text of a refusal (what `str(error)` and the CLI show)."""
    message = MESSAGES[code]
    # A free text (REFUSED) is the code's own and may hold its line breaks; a field is what someone typed.
    shown = english_param if code == REFUSED else lambda kind, value: visible(english_param(kind, value))
    return message.text.format(**{name: shown(kind, params[name]) for name, kind in message.params.items()})
