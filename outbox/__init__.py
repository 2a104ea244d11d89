"""The outbound-mail outbox: every e-mail the system sends is one row, sent by one task.

See docs/outbox.md. Public interface: `outbox.services.email_enqueue`,
`outbox.services.register_outcome_handler`, `outbox.tasks.outbox_send`,
`outbox.tasks.outbox_sweep`, `outbox.selectors.email_latest_for`.
"""
