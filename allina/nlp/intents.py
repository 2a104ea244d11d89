"""Allina's topics (SPEC §5). `None` (JSON null) means she stays silent."""

INTENTS = (
    "delivery_status",
    "delivery_eta",
    "delivery_options",
    "payment_retry",
    "payment_status",
    "invoice",
    "invoice_data_change",
    "complaint",
    "return",
    "cancellation",
    "product_question",
)
