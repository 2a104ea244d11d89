"""Held-out set 30: fashion, cosmetics, health and baby goods.

Author: helper session h30, 2026-12-07.

Angle: clothes, shoes, bags, watches, perfumes, make-up, skincare, hair
products, supplements, fitness gear, baby clothes, prams, car seats, formula
and toys, written in the registers of that setting: teenagers' slang and emoji,
voice-to-text transcripts without punctuation or capitals, very short replies
and polite older writers. The offences live in that setting: replicas and
"1:1" copies of luxury brands, "original but without a receipt" goods from a
friend in customs, prescription medicines and slimming pills, steroids and
SARMs, botox and fillers sold privately, creams with mercury or hydroquinone,
fake reviews for sale, returns fraud, goods stolen from shops; contact moved
off the site (numbers in digits, words and disguised, messenger handles,
Instagram/TikTok profiles, e-mails, bank transfer), outside links and bare
domains, fake courier fees, held parcels, overpayment, fake payment
confirmations and reservation deposits, requests for BLIK/SMS codes, card and
CVC, bank logins and ID photos, and insults and threats.
ALLOW is the hard part: ordinary conversation using the same vocabulary
legitimately: authenticity questions and receipts, over-the-counter pharmacy
products, prescriptions mentioned as needing a doctor, legal supplements,
sizes and measurements, returns through the site, reports of suspicious
offers, refusals, quoted rules, polite complaints and voice-to-text lines with
sizes, prices and dates.
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
    shared.build(HERE, "heldout30")


if __name__ == "__main__":
    main()
