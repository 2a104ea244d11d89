"""Held-out set 27: listings that are not goods.

Author: helper session h27, 2026-12-07.

Angle: services, jobs, rentals, tickets, animals, lessons and repairs.
Tutoring and language lessons, handymen, cleaning, moving vans, photographers,
rented tools, cars, vans, flats and holiday cottages, concert and match tickets,
sports passes, pets and livestock (puppies, kittens, horses, hens), plants and
seeds, side jobs and courses. The offences live in that setting: fake rentals
with a deposit for keys sent by post, puppy scams with transport/insurance/
vaccination fees, transfer-only tickets, money-mule and reshipping "jobs",
crypto "training", fake interviews asking for ID scans and bank logins, contact
moved off the site (numbers in words and digits, messenger handles, e-mails),
outside booking/payment links and bare domains, prohibited services and animals
(protected species, smuggled animals without papers, fake pet passports, pet
prescription drugs, ammunition, unlicensed treatments, fake diplomas, driving
test answers) and insults or threats between customers and providers.
ALLOW is the hard part: ordinary rental, lesson, ticket and animal conversation
mentioning deposits via the site, contracts, keys, vets, chips, pedigrees,
hunting licences, pay rates, payroll IBAN, venues, and reports of scams.
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
    shared.build(HERE, "heldout27")


if __name__ == "__main__":
    main()
