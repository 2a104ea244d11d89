"""Held-out set 23, written by helper session h23 (the twenty-third independent author)
on 2026-12-07 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: the channel and the shape of the message. Messages arrive by relayed e-mail and
by web chat: long e-mails with quoted replies ("> On Mon, ... wrote:", "W dniu ...
napisał:", "Dne ... napsal:", "... írta:"), signatures with job titles and disclaimers,
forwarded chains, auto-replies and out-of-office notes, pasted order confirmations,
bullet lists, text copied from web pages; the offending part hidden deep inside a long
polite letter, only in the quoted part or only in the signature (a real phone number or
a private shop address in a signature counts); and the opposite: rapid short chat
bursts, one or two words, emoji, all caps, voice-to-text without punctuation. The
ordinary messages have the same shapes (long letters whose signatures hold only a
company name or the masked site address, quoted innocent replies, legal disclaimers,
order details, tracking numbers, courier links, invoices), with hard negatives. Each
language written natively, about a third typed without diacritics. Written by hand,
not from templates.

BLOCK entries are either a text (single category = the dict key) or a tuple
(text, [further categories]); the dict key is always the main category, listed first.
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
    shared.build(HERE, "heldout23")


if __name__ == "__main__":
    main()
