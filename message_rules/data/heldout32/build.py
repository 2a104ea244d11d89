"""Held-out set 32: collectibles, antiques, art, books, music and militaria.

Author: helper session h32, 2026-12-07.

Angle: coins and banknotes, stamps, antiques, furniture, paintings and prints,
sculptures, vinyl records, CDs, films, books and comics, board games, trading
cards, collectors' toys, militaria and uniforms, medals, metal-detecting
finds, minerals and fossils, watches and jewellery and musical instruments,
written in the registers of that setting: collectors' jargon and
abbreviations (UNC, VF, PSA 10, 1st press, MS63), dealers' formal letters,
auction-house style, older collectors' long polite messages, very short chat
replies, voice-to-text lines and text without diacritics. The offences live in
that setting: looted archaeological and unreported detector finds, items from
protected sites, ivory, tortoiseshell and other CITES items without papers,
stolen art and church items, forged paintings with fake provenance or
certificates, counterfeit coins and banknotes, re-sealed grading slabs,
pirated films, music and e-books and bootleg pressings sold as originals, live
ammunition, "deactivated" weapons that still fire, banned extremist symbols
where the law forbids selling them and grave goods; contact moved off the site
(numbers in digits, words and disguised, messenger handles, e-mails, bank
transfers, "meet at the fair, cash, and cancel the listing"), outside links
and bare domains (auction sites, forums, galleries), fake escrow and auction
houses, "authentication fees" before shipping, overpayment by cheque, fake
payment confirmations, paid "expert" valuations and customs for items from
abroad, requests for BLIK/SMS codes, card and CVC, bank logins and ID photos
"for the provenance", and insults and threats between collectors.
ALLOW is the hard part: ordinary conversation using the same vocabulary
legitimately: provenance questions, certificates from known experts, finds
reported with the museum's paperwork, labelled legal replicas, deactivation
certificates, legal militaria, questions whether a coin is genuine, grading,
prices, condition, shipping and insurance through the site, meeting at a fair
with payment on the site, reports and refusals of suspicious offers, quoted
rules and complaints without insults.
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
    shared.build(HERE, "heldout32")


if __name__ == "__main__":
    main()
