"""Held-out set 26: after the sale.

Author: helper session h26, 2026-12-07.

Angle: everything that happens once the money has moved — returns, complaints,
disputes, refunds, chargebacks, warranty repairs and reviews — written by people who
are often angry, sarcastic, tired or desperate. Parcels that never arrived, arrived
broken or not as described; sellers answering complaints; return labels and refund
timing; legal terms (rękojmia, reklamace, reklamácia, szavatosság, chargeback).
The offences live in the same setting: furious insults and threats (plain, veiled,
disguised spellings, no diacritics), "I'll refund you directly, send the card number
and CVC / BLIK code / bank login", overpayment and fake-refund scams, moving the dispute
off the site ("call me", "my private e-mail", "WhatsApp me the photos"), photo and
"complaint form" links on outside domains, and prohibited goods offered as a
"replacement" or compensation. The ALLOW side is the hard part: upset but clean
complaints, refund talk through the site, couriers and tracking, reports about
someone else's offence, quotes of site notices, negative reviews and order numbers.
Each language was written separately by hand, with different situations.
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
    shared.build(HERE, "heldout26")


if __name__ == "__main__":
    main()
