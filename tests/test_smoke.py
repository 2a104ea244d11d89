def test_factories_build_a_consistent_order(order, thread):
    assert order.payment.amount == order.total
    assert thread.seller_id == order.seller_id
