"""The moving average cost: what the goods on hand cost on average, kept up to date by every receipt."""


def moving_average(on_hand: int, cost_minor: int, received: int, unit_cost_minor: int) -> int:
    """The average unit cost after `received` units at `unit_cost_minor` join `on_hand` units at
    `cost_minor`, rounded half up to the minor unit. Stock below zero has no cost to average with: the
    receipt's cost is taken then."""
    if received <= 0:
        return cost_minor
    if on_hand <= 0:
        return unit_cost_minor
    total = on_hand * cost_minor + received * unit_cost_minor
    units = on_hand + received
    return (2 * total + units) // (2 * units)
