"""Held-out set 37: second-hand household goods, moving house and disputes after delivery.

Author: helper session h37, 2026-12-07.

Angle: the goods are second-hand furniture and household appliances, things
sold off when moving house, tools and workshop equipment, car parts, wheels
and tyres, pet supplies and garden machinery. The situations are disputes
after delivery (damaged goods, the wrong item, partial refund negotiations,
returns), collection in person (addresses, times, who comes, gates and
stairs), a seller on holiday and a buyer abroad. The writers include
business sellers with templates, people writing in a second language and
angry-but-polite customers. The offences take the same shapes, disguised and
indirect: meeting "to settle it in cash and cancel the order", phone numbers
inside addresses or given as a gate code, fake courier links, overpayment
refunds ("I sent too much, return the difference"), "confirm your identity
with a photo of your card", stolen or untaxed goods slipped into an offer,
and insults and threats in the heat of a dispute. A threat to write an honest
or bad review is not profanity; only insults and threats of harm are. ALLOW
is the hard half: real disputes, refunds and returns through the site,
collection arrangements without phone numbers, public pickup points, talk of
payments, couriers and locker codes "from the app" without asking for them,
quoted requests that are turned down, scam warnings and refusals. About a
third of the ordinary messages come from templates; the rest are written by
hand, and about a third of all texts lack diacritics.
"""

import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    spec = importlib.util.spec_from_file_location(
        "heldout_sets", os.path.join(HERE, os.pardir, "heldout_sets.py")
    )
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    shared.build(HERE, "heldout37")


if __name__ == "__main__":
    main()
