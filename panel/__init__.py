"""Seller-panel pages that compose several apps: the order page (the order, its
conversation, the report of invalid buyer details) and the offer page (with Ask a
question). They sit above the apps they compose (pyproject.toml's layers, beside config/
and demo/), so orders imports neither messaging nor moderation; their URLs keep the
`orders` namespace (urls_orders.py)."""
