"""Where goods can be sent: the one rule of a ship-to block that a parcel can go to.

A phone, wholesale or online order sends its goods somewhere, so its ship-to (domain/customer.py
`address_block` / `Customer.ship_to`: the recipient's name, the address, the phone, one a line) must hold
all three before the goods are promised or leave: when it is confirmed, packed or shipped. A counter sale
is handed over the counter and never needs one.

How a block is read (what the shipping label prints: the first line large, as the recipient):

- the first line is the recipient's name, unless nothing but a phone is on it;
- a phone is what `customer.has_phone` finds (seven digits or more, spaces and dashes between);
- the address is a line after the first with no phone in it.

So "张伟\\n上海市浦东新区人民路1号\\n13800138000" can be shipped to; "张伟\\n13800138000" lacks an address.
"""

import enum
from typing import Protocol

from oms_desktop.domain.customer import has_phone, without_phone
from oms_desktop.domain.errors import ValidationError
from oms_desktop.domain.order import Channel

# The channels whose goods go somewhere: a courier needs a name, an address and a phone.
NEEDS_SHIP_TO = frozenset({Channel.PHONE, Channel.WHOLESALE, Channel.ONLINE})


class Part(enum.StrEnum):
    """What a ship-to block must hold (messages.ADDRESS_PART_WORDS says each in English)."""

    NAME = "name"
    ADDRESS = "address"
    PHONE = "phone"


class Shippable(Protocol):
    """What the rule reads of an order (an ORM Order, or any record with these)."""

    @property
    def number(self) -> str: ...
    @property
    def channel(self) -> Channel: ...
    @property
    def ship_to(self) -> str: ...


def missing(block: str) -> tuple[Part, ...]:
    """What the block lacks to be shipped to, in the order name, address, phone (empty: nothing)."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    lacks: list[Part] = []
    if not lines or not _says_more_than_a_phone(lines[0]):
        lacks.append(Part.NAME)
    if not any(not has_phone(line) for line in lines[1:]):
        lacks.append(Part.ADDRESS)
    if not any(has_phone(line) for line in lines):
        lacks.append(Part.PHONE)
    return tuple(lacks)


def _says_more_than_a_phone(line: str) -> bool:
    return not has_phone(line) or any(ch.isalpha() for ch in without_phone(line))


def needs_ship_to(channel: Channel) -> bool:
    """Whether an order of this channel sends its goods somewhere (a counter sale never does)."""
    return channel in NEEDS_SHIP_TO


def parts_field(parts: tuple[Part, ...]) -> str:
    """The refusal's `missing` field: "address,phone" (messages.Kind.ADDRESS_PARTS)."""
    return ",".join(part.value for part in parts)


def lacks(order: Shippable) -> tuple[Part, ...]:
    """What the order's ship-to lacks for the goods to go out (nothing for a counter sale)."""
    return missing(order.ship_to or "") if needs_ship_to(order.channel) else ()


def require_shippable(order: Shippable) -> None:
    """Refuse, naming the order and what is missing, when its goods cannot be sent to its ship-to. Called
    where goods must go somewhere: confirming, packing, shipping, and changing an order's ship-to."""
    parts = lacks(order)
    if parts:
        raise ValidationError("ship_to_incomplete", number=order.number, missing=parts_field(parts))


def require_for_new_order(channel: Channel, block: str, customer: str) -> None:
    """The same rule for an order being made (it has no number yet): named by its customer and channel."""
    parts = missing(block) if needs_ship_to(channel) else ()
    if parts:
        raise ValidationError(
            "new_order_ship_to_incomplete",
            customer=customer,
            channel=channel.value,
            missing=parts_field(parts),
        )
