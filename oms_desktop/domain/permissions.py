"""Who may do what: each sensitive action names the least role that may do it on its own.

A person with a lesser role is refused with `permission_needed`; a manager (or owner) may approve it on the
spot with their PIN, and the audit row then carries both names. A shop with no users has no one to ask:
everything is allowed, as before users existed.
"""

import enum

from oms_desktop.domain.user import Role


class Permission(enum.StrEnum):
    SELL = "sell"  # ring up sales, take payments, park and recall
    RETURN = "return"  # take goods back, within the cashier's return limit
    OPEN_SHIFT = "open_shift"  # open and close one's own till session
    OPEN_DRAWER = "open_drawer"  # open the drawer without a sale (audited)
    RETURN_ABOVE_LIMIT = "return_above_limit"
    REFUND = "refund"  # money back without goods, or by another method than it was paid
    VOID = "void"  # take back a completed sale as if it had not happened
    DISCOUNT_ABOVE_LIMIT = "discount_above_limit"  # a discount or a lower price beyond the cashier's limit
    SELL_SHORT = "sell_short"  # sell more than the book stock says is there
    CASH_IN_OUT = "cash_in_out"
    EXPIRE_CREDIT = "expire_credit"  # write off a customer's store credit
    ADJUST_STOCK = "adjust_stock"
    PURCHASE = "purchase"  # place, send, cancel and close purchase orders
    RECEIVE_GOODS = "receive_goods"  # receive deliveries and count stock
    SET_CREDIT = "set_credit"  # a customer's credit limit and payment terms
    EXCEED_CREDIT = "exceed_credit"  # confirm or ship an order on account beyond the customer's limit
    MERGE_CUSTOMERS = "merge_customers"  # fold a duplicate customer into another (orders, balance, credit)
    CLOSE_WITH_VARIANCE = "close_with_variance"  # close a till whose count is off by more than the limit
    MANAGE_USERS = "manage_users"
    SETTINGS = "settings"
    BACKUP_RESTORE = "backup_restore"
    API_TOKENS = "api_tokens"  # create and revoke the local API's tokens (services/api_tokens.py)
    RULES = "rules"  # add and remove automation rules (services/automation.py)


LEAST_ROLE: dict[Permission, Role] = {
    Permission.SELL: Role.CASHIER,
    Permission.RETURN: Role.CASHIER,
    Permission.OPEN_SHIFT: Role.CASHIER,
    Permission.OPEN_DRAWER: Role.CASHIER,
    Permission.RETURN_ABOVE_LIMIT: Role.MANAGER,
    Permission.REFUND: Role.MANAGER,
    Permission.VOID: Role.MANAGER,
    Permission.DISCOUNT_ABOVE_LIMIT: Role.MANAGER,
    Permission.SELL_SHORT: Role.MANAGER,
    Permission.CASH_IN_OUT: Role.MANAGER,
    Permission.EXPIRE_CREDIT: Role.MANAGER,
    Permission.ADJUST_STOCK: Role.MANAGER,
    Permission.PURCHASE: Role.MANAGER,
    Permission.RECEIVE_GOODS: Role.CASHIER,
    Permission.SET_CREDIT: Role.MANAGER,
    Permission.EXCEED_CREDIT: Role.MANAGER,
    Permission.MERGE_CUSTOMERS: Role.MANAGER,
    Permission.CLOSE_WITH_VARIANCE: Role.MANAGER,
    Permission.MANAGE_USERS: Role.OWNER,
    Permission.SETTINGS: Role.OWNER,
    Permission.BACKUP_RESTORE: Role.OWNER,
    Permission.API_TOKENS: Role.OWNER,
    Permission.RULES: Role.MANAGER,
}


def allows(role: Role, permission: Permission) -> bool:
    return role.rank >= LEAST_ROLE[permission].rank
