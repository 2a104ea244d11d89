"""Held-out set 34: long threads' single turns, written by people in a hurry or upset.

Author: helper session h34, 2026-12-07.

Angle: not a trade but a state of mind and a stage of a long conversation,
across all kinds of goods (phones, clothes, furniture, car parts, prams,
tickets, books, tools, consoles): the tenth message of a haggle, a buyer whose
parcel is late and who is angry, a seller tired of no-shows, a complaint
escalating, a reconciliation, sarcasm and irony, rhetorical questions, jokes
that mention offences without committing them, answers to a question the
reader asked earlier ("no, I don't have WhatsApp", "yes, via the site"),
typos from typing fast on a phone, messages mixing two languages (Polish with
English, Hungarian with English words, Czech/Slovak mixes) and messages that
quote the reader's earlier words. The offences appear in the same moods: an
angry buyer who swears or threatens, a tired seller who says "just call me"
or gives a number, "let's finish this outside the site" after a long haggle,
a scammer who has built trust and now asks for a code or a deposit, a link
sent "to make it quicker", a banned item offered as a sweetener.
ALLOW is the hard part: anger without insults, firm refusals, sarcasm about
the offences, answers such as "I don't use WhatsApp, write here", "the
courier will call the number in the order", prices, dates and times written
with many digits (no phone-like digit strings), order numbers as "#" plus up
to 8 digits, quoted site rules and reports of the other side's behaviour.
About a third of the messages lack diacritics; Slovak is written on its own,
with its own goods and places. Ordinary messages contain no web or e-mail
address and no handle.
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
    shared.build(HERE, "heldout34")


if __name__ == "__main__":
    main()
