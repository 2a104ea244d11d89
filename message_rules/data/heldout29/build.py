"""Held-out set 29: digital goods and electronics, often written as e-mails.

Author: helper session h29, 2026-12-07.

Angle: phones, laptops, consoles, game accounts and in-game items, software
licences and keys, gift cards and top-up vouchers, streaming subscriptions,
crypto hardware wallets, smart-home devices, repairs and unlocking; many
messages are written in the register of e-mail (greeting, signature block with
a name and company line, "Sent from my iPhone", quoted earlier replies, pasted
order details) next to short chat lines. The offences live in that setting:
stolen or blacklisted phones (changed IMEI, iCloud-locked "easy to bypass"),
cracked software and grey-market keys, account selling with the login handed
over, cloned gift cards, carding, SIM-swap and 2FA-code requests, fake payment
screenshots, "pay with gift cards", contact moved off the site (numbers in
digits, words and disguised, messenger handles, e-mails), outside links and
bare domains (file-sharing links with "the real photos"), fake support and
"site security team" phishing, credential requests (Apple ID, Steam Guard code,
bank login, card + CVC, BLIK) and insults or threats between buyers and sellers.
ALLOW is the hard part: ordinary electronics conversation with the same
vocabulary used legitimately (IMEI checks offered to the buyer, factory resets,
iCloud removed by the owner, licences transferred officially, model numbers and
partly shown serials, "never give the code to anyone", reports of suspicious
messages, refusals, quoted rules, complaints, signatures with name, role and
company only).
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
    shared.build(HERE, "heldout29")


if __name__ == "__main__":
    main()
