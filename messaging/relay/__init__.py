"""The mail relay (SPEC §4): masked addresses, inbound SMTP, sender rules, outbound mail.

- addresses.py  masked addresses: parse and resolve to an account (and an order)
- server.py     the aiosmtpd server behind `manage.py run_mail_relay`
- inbound.py    one received e-mail -> a message in its thread, through the pipeline
- auth.py       SPF / DKIM / DMARC of inbound mail (DNS injectable)
- rules.py      who may write to whom: My email addresses, the allowlist, routing
- outbound.py   messages to the other party's real address, From/Reply-To masked
"""
