"""Held-out set 31: vehicles, mobility, sports and the outdoors.

Author: helper session h31, 2026-12-07.

Angle: cars, motorbikes, bicycles, e-bikes and e-scooters, parts and tyres,
trailers, caravans, boats, car audio, sports gear, gyms, camping, hunting,
fishing, airsoft and skiing, written in the registers of that setting:
mechanics' jargon, forum abbreviations, older drivers' formal letters,
voice-to-text lines, very short replies, text without diacritics and English
loanwords. The offences live in that setting: stolen bikes and parts ("no
papers", ground-off frame numbers), odometer rollback, cars with foreign
papers or no registration, fake roadworthiness certificates (MOT, STK,
műszaki), DPF/EGR deletes and chip tuning illegal on roads, speed limiter
removal on e-scooters, radar jammers, blue lights for private cars, illegal
fishing nets and electrofishing, poached game, knives, crossbows and air guns
beyond the law, pepper spray where banned, doping in sports, fake event
tickets and race numbers; contact moved off the site (numbers in digits, words
and disguised, messenger handles, e-mails, bank transfers, "cash at the
meeting and cancel the listing"), outside links and bare domains, fake
transport and escrow companies for cars, deposits for viewing a car abroad,
fake shipping, overpayment, fake payment screenshots and "my mechanic will
pay", requests for BLIK/SMS codes, card and CVC, bank logins and photos of ID
and registration documents "for the insurance", and road-rage insults and
threats.
ALLOW is the hard part: ordinary conversation using the same vocabulary
legitimately: VIN questions, service history, registration at the office,
legal tuning with homologation, hunting licences and fishing permits
mentioned as required, legal knives, test drives at a car park, paying and
courier tracking through the site, reports and refusals of suspicious offers,
quoted rules, polite complaints, prices, dates, sizes, mileage, engine codes
and part numbers.
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
    shared.build(HERE, "heldout31")


if __name__ == "__main__":
    main()
