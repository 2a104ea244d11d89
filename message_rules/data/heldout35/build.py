"""Held-out set 35: relayed e-mail between buyers and sellers, as mail programs write it.

Author: helper session h35, 2026-12-07.

Angle: messages as they arrive through the mail relay, across all goods:
multi-line bodies with greetings and sign-offs, signatures with a name, a job
title and a company line, quoted earlier messages ("> ..." lines and the
"W dniu ... napisał(a):", "Dne ... napsal:", "... írta:", "On ... wrote:"
headers), forwarded notes, out-of-office auto-replies, pasted order
confirmations, "Sent from my phone" footers, legal disclaimers, HTML-to-text
leftovers (bullets, "[image]" markers), long polite company letters and short
one-line replies typed on a phone. The offences come in the same shape: a
signature carrying a private phone number or messenger, an offence in the new
lines above a harmless quote, a harmless-looking new line that agrees to an
offence quoted from the other side, phishing letters dressed as the
marketplace or a courier, a 419 letter, a "please log in here" link, a
stolen-goods offer in a business letter, a threat in a formal tone.
ALLOW is the hard part: ordinary e-mails with signatures, quotes, disclaimers,
auto-replies, order summaries (numbers as "#" plus up to 8 digits, prices,
dates), replies that quote an offence and refuse or report it, and warnings
about phishing. About a third of the messages lack diacritics; Slovak is
written on its own. Ordinary messages contain no web or e-mail address, no
handle and no phone-number-like digits.
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
    shared.build(HERE, "heldout35")


if __name__ == "__main__":
    main()
