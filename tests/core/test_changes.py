"""`Changes` carries any kind a module names: combining and testing work without editing existing kinds."""

from oms_desktop.services.changes import NOTHING, Changes


def test_a_new_kind_travels_with_the_old_ones_and_keeps_its_ids() -> None:
    sale = Changes.for_order(7, [3, 4], stock=True)
    suppliers = Changes.of("suppliers", [12])
    both = sale | suppliers | Changes.of("suppliers", [13])
    assert both.orders and both.stock and both.touches("suppliers")
    assert not both.customers and not both.touches("till_sessions")
    assert both.ids_of("suppliers") == {12, 13}
    assert both.order_ids == {7} and both.product_ids == {3, 4}


def test_nothing_is_false_and_equal_changes_are_equal() -> None:
    assert not NOTHING and not (NOTHING | NOTHING)
    assert Changes.of("store_credit")
    assert Changes(customers=True) == NOTHING.with_customers()
    assert Changes(orders=True, order_ids={1}) | Changes(orders=True, order_ids={2}) == Changes(
        orders=True, order_ids={1, 2}
    )
    assert hash(Changes.of("suppliers", [1])) == hash(Changes(kinds={"suppliers"}, ids={"suppliers": [1]}))
