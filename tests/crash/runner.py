"""Run one OMS Desktop command in this process after saying "ready", so that a test can kill it at a chosen
moment of its real work (not of Python's start-up). `sales DB N`: N counter sales, each number printed once
committed; anything else: the command line's arguments."""

import sys
from decimal import Decimal

from oms_desktop.cli import main


def sales(db: str, count: int) -> None:
    from oms_desktop.db.migrate import open_database
    from oms_desktop.db.uow import UnitOfWork
    from oms_desktop.domain import PaymentMethod
    from oms_desktop.services import orders
    from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest

    uow = UnitOfWork(open_database(f"sqlite:///{db}"))
    lines = [LineRequest("TEA-1", 1), LineRequest("PEN-1", 2)]
    total = orders.quote(uow, lines).total
    print("ready", flush=True)
    for _ in range(count):
        sale = OrderRequest(
            lines=lines, payments=[PaymentRequest(PaymentMethod.CASH, total, total + Decimal(5))]
        )
        print(orders.create_order(uow, sale).value.number, flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "sales":
        sales(sys.argv[2], int(sys.argv[3]))
    else:
        print("ready", flush=True)
        sys.exit(main(sys.argv[1:]))
