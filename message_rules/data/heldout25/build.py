"""Held-out set 25, written by helper session h25 (the twenty-fifth independent author)
on 2026-12-07 from the policy only, without reading the engine, rules, lexicon, model,
tests, training data or any other held-out set.

Angle: business sellers and buyers. Shops with teams, company sellers, wholesale and B2B
buyers writing in formal business language: invoices, VAT, payment terms, warranties and
complaints procedures under consumer law, returns, delivery notes, pro-forma invoices,
purchase orders, tenders, bulk discounts, pallets, dropshipping and resellers. The
offences come in the same register: invoice-redirection fraud ("our bank account has
changed, pay to the new IBAN"), CEO and manager impersonation, fake purchase orders,
"our B2B portal / wholesale site" links and bare domains, bulk orders moved off the site
("for orders over 50 units we invoice directly"), company phones and e-mails in
signatures used to take the deal away, requests for a buyer's supplier-portal login,
card details for "verification of the company account", excise goods and counterfeits
sold wholesale (pallets of spirits, untaxed cigarettes, unauthorised "branded" goods),
fake certificates and company documents, and rude or insulting business correspondence.
The ordinary messages (hard negatives) use the same business vocabulary legitimately:
the site's own invoicing, company details required on invoices (NIP, IČO, DIČ, adószám,
company number), transfer references for the site's checkout, manufacturers' warranty
contacts, legal notices, formal complaints without insults, bulk discounts inside the
site, delivery slots, pallets of ordinary goods, glasses and bar equipment for
restaurants, and security notices by companies ("we never ask for passwords"). Each
language written natively, about a third typed without diacritics, from one-line chat to
long formal letters. Written by hand, not from templates.

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
    shared.build(HERE, "heldout25")


if __name__ == "__main__":
    main()
