"""The mail relay (SPEC §4): masked addresses, inbound SMTP, sender rules, outbound mail.

- addresses.py  masked addresses: parse and resolve to an account (and an order)
- server.py     the aiosmtpd server behind `manage.py run_mail_relay`
- session.py    its SMTP session class (aiosmtpd's, a cheaper address parse)
- authresults.py  Authentication-Results headers of a trusted upstream MTA (RFC 8601)
- inbound.py    one received e-mail -> a message in its thread, waiting for the pipeline
- handover.py   the stored messages handed to the pipeline's task in batches
- rows.py       the per-message lookups and INSERT as statements prepared once
- auth.py       SPF / DKIM / DMARC of inbound mail (DNS injectable)
- rules.py      who may write to whom: My email addresses, the allowlist, routing
- outbound.py   messages to the other party's real address, From/Reply-To masked
"""
