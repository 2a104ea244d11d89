"""Measuring the message rules (and the model beside them) on labelled sets.

`manage.py moderate --evaluate` measures on the held-out sets only (`data/heldout/`,
written before the model or its training data existed and never trained or tuned on):
per language and category the recall, the right category, the false-block rate on the
near-miss lines, and the false-block rate on the ordinary-conversation set
(`heldout_report`, `format_heldout`). `--evaluate --file F` gives the older summary for
any one labelled file, e.g. the rules' own set `data/evaluation.jsonl` (which the model
does train on, so it is no evaluation of the model).

The rules' own set:

Each line: {"text", "lang" (pl/cs/sk/hu/en), "expected" ("block"/"allow"), "categories"
(the rule categories a blocked message breaks), "tags" (disguise kinds, near_miss, ...)}.
The set was written for this project: real-looking marketplace messages, half of them
clean, with disguises and near misses (innocent words that contain bad ones, courier
links, warnings, price negotiation).
"""

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from .engine import CATEGORIES, Engine

EVALUATION_SET = Path(__file__).resolve().parent / "data" / "evaluation.jsonl"
TARGET_RECALL = 0.97
TARGET_FALSE_BLOCKS = 0.01
TARGET_MEDIAN_MS = 2.0
HELDOUT_SET = Path(__file__).resolve().parent / "data" / "heldout" / "heldout.jsonl"
ORDINARY_SET = Path(__file__).resolve().parent / "data" / "heldout" / "ordinary.jsonl"
# Set 2 (data/heldout2/, built by its build.py): short everyday chat lines and chat-style
# abuse, written before the model was calibrated, by another author than set 1 (whose
# failures were read while the training phrasings were tuned, so set 1 is no longer clean).
HELDOUT2_SET = Path(__file__).resolve().parent / "data" / "heldout2" / "heldout.jsonl"
ORDINARY2_SET = Path(__file__).resolve().parent / "data" / "heldout2" / "ordinary.jsonl"
# Set 3 (data/heldout3/, built by its build.py): 509 messages to block (17 per category
# and language, a quarter long letters) and 2,150 ordinary ones, by an author who never saw
# the training data or the rules, committed before the second training corpus and the
# model changes that followed; measured once, at the end of that work.
HELDOUT3_SET = Path(__file__).resolve().parent / "data" / "heldout3" / "heldout.jsonl"
ORDINARY3_SET = Path(__file__).resolve().parent / "data" / "heldout3" / "ordinary.jsonl"
# Set 4 (data/heldout4/, built by its build.py): 600 messages to block (20 per category
# and language) and 2,544 ordinary ones, by a fourth author who saw only the written
# policy, committed before the third to fifth training corpora; measured once, at the end.
HELDOUT4_SET = Path(__file__).resolve().parent / "data" / "heldout4" / "heldout.jsonl"
ORDINARY4_SET = Path(__file__).resolve().parent / "data" / "heldout4" / "ordinary.jsonl"
# Set 5 (data/heldout5/, built by its build.py): 600 messages to block (20 per category and
# language) and 2,200 ordinary ones, by a fifth author who saw only the written policy,
# committed before the tenth to thirteenth corpora (j-m) were trained on and before the
# changes they and sets 1-4 (read as development sets from then on) led to.
HELDOUT5_SET = Path(__file__).resolve().parent / "data" / "heldout5" / "heldout.jsonl"
ORDINARY5_SET = Path(__file__).resolve().parent / "data" / "heldout5" / "ordinary.jsonl"
# Set 6 (data/heldout6/, built by its build.py): 600 messages to block (20 per category and
# language) and 2,100 ordinary ones, by a sixth author from the written policy only,
# committed before set 5 was read as a development set and before the corpora n-p, the
# letter-frame reading and the rules that followed; measured once, at the end of that work.
HELDOUT6_SET = Path(__file__).resolve().parent / "data" / "heldout6" / "heldout.jsonl"
ORDINARY6_SET = Path(__file__).resolve().parent / "data" / "heldout6" / "ordinary.jsonl"
# Set 7 (data/heldout7/, built by its build.py): 600 to block, 2,150 ordinary, by a seventh
# author from the written policy only, written before corpora n-p were merged and before
# the changes sets 5 and 6 (read as development sets) led to; measured once, at the end.
HELDOUT7_SET = Path(__file__).resolve().parent / "data" / "heldout7" / "heldout.jsonl"
ORDINARY7_SET = Path(__file__).resolve().parent / "data" / "heldout7" / "ordinary.jsonl"
# Set 8 (data/heldout8/): 600 to block, 2,100 ordinary, by an eighth author from the written
# policy only, written before corpora q-u and the changes after them; measured once, then
# read as a development set.
HELDOUT8_SET = Path(__file__).resolve().parent / "data" / "heldout8" / "heldout.jsonl"
ORDINARY8_SET = Path(__file__).resolve().parent / "data" / "heldout8" / "ordinary.jsonl"
# Set 9 (data/heldout9/): 600 to block, 2,112 ordinary, by a ninth author from the written
# policy only, written in session 14 before its changes were merged; measured once at the
# session's end, after set 8 was read.
HELDOUT9_SET = Path(__file__).resolve().parent / "data" / "heldout9" / "heldout.jsonl"
ORDINARY9_SET = Path(__file__).resolve().parent / "data" / "heldout9" / "ordinary.jsonl"
# Set 10 (data/heldout10/): 600 to block, 2,100 ordinary, by a tenth author from the written
# policy only, written at the end of session 14 before set 9 was read; measured once at the
# start of session 15 (before any of its changes), then read as a development set.
HELDOUT10_SET = Path(__file__).resolve().parent / "data" / "heldout10" / "heldout.jsonl"
ORDINARY10_SET = Path(__file__).resolve().parent / "data" / "heldout10" / "ordinary.jsonl"
# Set 11 (data/heldout11/): 600 to block, 2,100 ordinary, by an eleventh author from the
# written policy only, written at the start of session 15 before its changes; measured once
# after them (set 10's fixes and corpora w-y), then read as a development set.
HELDOUT11_SET = Path(__file__).resolve().parent / "data" / "heldout11" / "heldout.jsonl"
ORDINARY11_SET = Path(__file__).resolve().parent / "data" / "heldout11" / "ordinary.jsonl"
# Set 12 (data/heldout12/): 600 to block, 2,100 ordinary, by a twelfth author from the
# written policy only, written in session 15 before set 11 was read and corpora z and a were
# trained on; measured once at the end of session 15's changes.
HELDOUT12_SET = Path(__file__).resolve().parent / "data" / "heldout12" / "heldout.jsonl"
ORDINARY12_SET = Path(__file__).resolve().parent / "data" / "heldout12" / "ordinary.jsonl"
# Set 13 (data/heldout13/): 600 to block, 2,100 ordinary, by a thirteenth author from the
# written policy only, written at the end of session 15; measured once at the start of
# session 16 (judging set 12's fixes and corpora z and a), then read as a development set.
HELDOUT13_SET = Path(__file__).resolve().parent / "data" / "heldout13" / "heldout.jsonl"
ORDINARY13_SET = Path(__file__).resolve().parent / "data" / "heldout13" / "ordinary.jsonl"
# Set 14 (data/heldout14/): 600 to block, 2,100 ordinary, by a fourteenth author from the
# written policy only, written at the start of session 16; measured once after set 13's
# fixes and corpora ab-ag, then read as a development set.
HELDOUT14_SET = Path(__file__).resolve().parent / "data" / "heldout14" / "heldout.jsonl"
ORDINARY14_SET = Path(__file__).resolve().parent / "data" / "heldout14" / "ordinary.jsonl"
# Set 15 (data/heldout15/): 600 to block, 2,100 ordinary, by a fifteenth author from the
# written policy only (particular people's voices), written at the end of session 16;
# measured once at the start of session 17, then read as a development set.
HELDOUT15_SET = Path(__file__).resolve().parent / "data" / "heldout15" / "heldout.jsonl"
ORDINARY15_SET = Path(__file__).resolve().parent / "data" / "heldout15" / "ordinary.jsonl"
# Set 16 (data/heldout16/): 600 to block, 2,100 ordinary, by a sixteenth author from the
# written policy only (mail as it arrives: signatures, quoted replies, code-switching),
# written at the start of session 17; measured once after set 15's fixes and corpora ah
# and ai, then read as a development set.
HELDOUT16_SET = Path(__file__).resolve().parent / "data" / "heldout16" / "heldout.jsonl"
ORDINARY16_SET = Path(__file__).resolve().parent / "data" / "heldout16" / "ordinary.jsonl"
# Set 17 (data/heldout17/): 600 to block, 2,100 ordinary, by a seventeenth author from the
# written policy only (the marketplace's sections: cars, flats, pets, tools, tickets),
# written in session 17; measured once after set 16's fixes, then read as a development set.
HELDOUT17_SET = Path(__file__).resolve().parent / "data" / "heldout17" / "heldout.jsonl"
ORDINARY17_SET = Path(__file__).resolve().parent / "data" / "heldout17" / "ordinary.jsonl"
# Set 18 (data/heldout18/): 600 to block, 2,100 ordinary, by an eighteenth author from the
# written policy only (the conversation's moments, from the first question to the review),
# written in session 17; measured once in session 18 before any change, then read.
HELDOUT18_SET = Path(__file__).resolve().parent / "data" / "heldout18" / "heldout.jsonl"
ORDINARY18_SET = Path(__file__).resolve().parent / "data" / "heldout18" / "ordinary.jsonl"
# Set 19 (data/heldout19/): 600 to block, 2,100 ordinary, by a nineteenth author from the
# written policy only (fraud typologies as police and banks publish them, as marketplace
# chat), written in session 18; measured once after set 18's fixes and corpora ak-ao.
HELDOUT19_SET = Path(__file__).resolve().parent / "data" / "heldout19" / "heldout.jsonl"
ORDINARY19_SET = Path(__file__).resolve().parent / "data" / "heldout19" / "ordinary.jsonl"
# Set 20 (data/heldout20/): 600 to block, 2,100 ordinary, by a twentieth author from the
# written policy only (the people who write: non-native speakers, dialects, the elderly,
# teenagers, shop templates), written in session 18; measured once after set 19's fixes
# and corpora ap and aq.
HELDOUT20_SET = Path(__file__).resolve().parent / "data" / "heldout20" / "heldout.jsonl"
ORDINARY20_SET = Path(__file__).resolve().parent / "data" / "heldout20" / "ordinary.jsonl"
# Set 21 (data/heldout21/): 600 to block, 2,100 ordinary, by a twenty-first author from the
# written policy only (evasion and indirection: euphemisms, hints, numbers and handles
# written out, and innocent messages using the same indirection), written in session 18;
# measured once at the start of session 19, before any of its changes.
HELDOUT21_SET = Path(__file__).resolve().parent / "data" / "heldout21" / "heldout.jsonl"
ORDINARY21_SET = Path(__file__).resolve().parent / "data" / "heldout21" / "ordinary.jsonl"
# Set 22 (data/heldout22/): 600 to block, 2,100 ordinary, by a twenty-second author from the
# written policy only (the marketplace's departments and seasons), written in session 19
# while set 21 was read; measured once later in session 19, after set 21's fixes and
# corpora as, at, au and av.
HELDOUT22_SET = Path(__file__).resolve().parent / "data" / "heldout22" / "heldout.jsonl"
ORDINARY22_SET = Path(__file__).resolve().parent / "data" / "heldout22" / "ordinary.jsonl"
# Set 23 (data/heldout23/): 600 to block, 2,100 ordinary, by a twenty-third author from the
# written policy only (the channel and shape of a message: relayed e-mails with quoted
# replies, signatures, forwarded chains, auto-replies, chat bursts), written in session 19
# while set 22 was read; measured once at the start of session 20, before any of its changes.
HELDOUT23_SET = Path(__file__).resolve().parent / "data" / "heldout23" / "heldout.jsonl"
ORDINARY23_SET = Path(__file__).resolve().parent / "data" / "heldout23" / "ordinary.jsonl"
# Set 24 (data/heldout24/): 600 to block, 2,100 ordinary, by a twenty-fourth author from the
# written policy only (numbers, codes and identifiers: order, tracking and transaction
# numbers, sizes, prices, phones in every format, account numbers and codes), written in
# session 20 while set 23 was read; measured once later in session 20, after set 23's fixes
# and corpus aw.
HELDOUT24_SET = Path(__file__).resolve().parent / "data" / "heldout24" / "heldout.jsonl"
ORDINARY24_SET = Path(__file__).resolve().parent / "data" / "heldout24" / "ordinary.jsonl"
HELDOUT25_SET = Path(__file__).resolve().parent / "data" / "heldout25" / "heldout.jsonl"
ORDINARY25_SET = Path(__file__).resolve().parent / "data" / "heldout25" / "ordinary.jsonl"
HELDOUT26_SET = Path(__file__).resolve().parent / "data" / "heldout26" / "heldout.jsonl"
ORDINARY26_SET = Path(__file__).resolve().parent / "data" / "heldout26" / "ordinary.jsonl"
HELDOUT27_SET = Path(__file__).resolve().parent / "data" / "heldout27" / "heldout.jsonl"
ORDINARY27_SET = Path(__file__).resolve().parent / "data" / "heldout27" / "ordinary.jsonl"
HELDOUT28_SET = Path(__file__).resolve().parent / "data" / "heldout28" / "heldout.jsonl"
ORDINARY28_SET = Path(__file__).resolve().parent / "data" / "heldout28" / "ordinary.jsonl"
HELDOUT29_SET = Path(__file__).resolve().parent / "data" / "heldout29" / "heldout.jsonl"
ORDINARY29_SET = Path(__file__).resolve().parent / "data" / "heldout29" / "ordinary.jsonl"
HELDOUT30_SET = Path(__file__).resolve().parent / "data" / "heldout30" / "heldout.jsonl"
ORDINARY30_SET = Path(__file__).resolve().parent / "data" / "heldout30" / "ordinary.jsonl"
HELDOUT31_SET = Path(__file__).resolve().parent / "data" / "heldout31" / "heldout.jsonl"
ORDINARY31_SET = Path(__file__).resolve().parent / "data" / "heldout31" / "ordinary.jsonl"
HELDOUT32_SET = Path(__file__).resolve().parent / "data" / "heldout32" / "heldout.jsonl"
ORDINARY32_SET = Path(__file__).resolve().parent / "data" / "heldout32" / "ordinary.jsonl"
HELDOUT33_SET = Path(__file__).resolve().parent / "data" / "heldout33" / "heldout.jsonl"
ORDINARY33_SET = Path(__file__).resolve().parent / "data" / "heldout33" / "ordinary.jsonl"
HELDOUT34_SET = Path(__file__).resolve().parent / "data" / "heldout34" / "heldout.jsonl"
ORDINARY34_SET = Path(__file__).resolve().parent / "data" / "heldout34" / "ordinary.jsonl"
HELDOUT35_SET = Path(__file__).resolve().parent / "data" / "heldout35" / "heldout.jsonl"
ORDINARY35_SET = Path(__file__).resolve().parent / "data" / "heldout35" / "ordinary.jsonl"
HELDOUT36_SET = Path(__file__).resolve().parent / "data" / "heldout36" / "heldout.jsonl"
ORDINARY36_SET = Path(__file__).resolve().parent / "data" / "heldout36" / "ordinary.jsonl"
HELDOUT37_SET = Path(__file__).resolve().parent / "data" / "heldout37" / "heldout.jsonl"
ORDINARY37_SET = Path(__file__).resolve().parent / "data" / "heldout37" / "ordinary.jsonl"
HELDOUT38_SET = Path(__file__).resolve().parent / "data" / "heldout38" / "heldout.jsonl"
ORDINARY38_SET = Path(__file__).resolve().parent / "data" / "heldout38" / "ordinary.jsonl"
HELDOUT39_SET = Path(__file__).resolve().parent / "data" / "heldout39" / "heldout.jsonl"
ORDINARY39_SET = Path(__file__).resolve().parent / "data" / "heldout39" / "ordinary.jsonl"
HELDOUT40_SET = Path(__file__).resolve().parent / "data" / "heldout40" / "heldout.jsonl"
ORDINARY40_SET = Path(__file__).resolve().parent / "data" / "heldout40" / "ordinary.jsonl"
HELDOUT41_SET = Path(__file__).resolve().parent / "data" / "heldout41" / "heldout.jsonl"
ORDINARY41_SET = Path(__file__).resolve().parent / "data" / "heldout41" / "ordinary.jsonl"
HELDOUT42_SET = Path(__file__).resolve().parent / "data" / "heldout42" / "heldout.jsonl"
ORDINARY42_SET = Path(__file__).resolve().parent / "data" / "heldout42" / "ordinary.jsonl"
HELDOUT43_SET = Path(__file__).resolve().parent / "data" / "heldout43" / "heldout.jsonl"
ORDINARY43_SET = Path(__file__).resolve().parent / "data" / "heldout43" / "ordinary.jsonl"
HELDOUT44_SET = Path(__file__).resolve().parent / "data" / "heldout44" / "heldout.jsonl"
ORDINARY44_SET = Path(__file__).resolve().parent / "data" / "heldout44" / "ordinary.jsonl"
HELDOUT_SETS = (
    (
        "held-out set (written before the model and its training data; never trained on)",
        HELDOUT_SET,
        ORDINARY_SET,
    ),
    (
        "held-out set 2 (short chat lines, written before calibration; never trained on)",
        HELDOUT2_SET,
        ORDINARY2_SET,
    ),
    (
        "held-out set 3 (another author, written before the second corpus; never trained on)",
        HELDOUT3_SET,
        ORDINARY3_SET,
    ),
    (
        "held-out set 4 (a fourth author, written before the third to fifth corpora)",
        HELDOUT4_SET,
        ORDINARY4_SET,
    ),
    (
        "held-out set 5 (a fifth author, written before corpora j-m; read as a development set"
        " from corpora n-p on)",
        HELDOUT5_SET,
        ORDINARY5_SET,
    ),
    (
        "held-out set 6 (a sixth author, written before set 5 was read and corpora n-p;"
        " measured once, then read as a development set)",
        HELDOUT6_SET,
        ORDINARY6_SET,
    ),
    (
        "held-out set 7 (a seventh author, written before corpora n-p and the changes"
        " sets 5 and 6 led to; measured once, then read as a development set)",
        HELDOUT7_SET,
        ORDINARY7_SET,
    ),
    (
        "held-out set 8 (an eighth author, written before corpora q-u; measured once, then"
        " read as a development set)",
        HELDOUT8_SET,
        ORDINARY8_SET,
    ),
    (
        "held-out set 9 (a ninth author, written before the changes set 8 led to; measured"
        " once, then read as a development set)",
        HELDOUT9_SET,
        ORDINARY9_SET,
    ),
    (
        "held-out set 10 (a tenth author, written before set 9 was read; measured once, then"
        " read as a development set)",
        HELDOUT10_SET,
        ORDINARY10_SET,
    ),
    (
        "held-out set 11 (an eleventh author, written before set 10 was read and corpora w-y;"
        " measured once, then read as a development set)",
        HELDOUT11_SET,
        ORDINARY11_SET,
    ),
    (
        "held-out set 12 (a twelfth author, written before set 11 was read and corpora z and a;"
        " measured once, at the end of that work)",
        HELDOUT12_SET,
        ORDINARY12_SET,
    ),
    (
        "held-out set 13 (a thirteenth author, written before set 12 was read; measured once,"
        " then read as a development set)",
        HELDOUT13_SET,
        ORDINARY13_SET,
    ),
    (
        "held-out set 14 (a fourteenth author, written before set 13 was read and corpora ab-ag;"
        " measured once, then read as a development set)",
        HELDOUT14_SET,
        ORDINARY14_SET,
    ),
    (
        "held-out set 15 (a fifteenth author, written before set 14 was read; measured once,"
        " then read as a development set)",
        HELDOUT15_SET,
        ORDINARY15_SET,
    ),
    (
        "held-out set 16 (a sixteenth author, written before set 15 was read and corpora ah-ai;"
        " measured once, then read as a development set)",
        HELDOUT16_SET,
        ORDINARY16_SET,
    ),
    (
        "held-out set 17 (a seventeenth author, written before set 16 was read; measured once,"
        " then read as a development set)",
        HELDOUT17_SET,
        ORDINARY17_SET,
    ),
    (
        "held-out set 18 (an eighteenth author, written before set 17 was read; measured once,"
        " then read as a development set)",
        HELDOUT18_SET,
        ORDINARY18_SET,
    ),
    (
        "held-out set 19 (a nineteenth author, written before set 18 was read and corpora ak-ao;"
        " measured once, then read as a development set)",
        HELDOUT19_SET,
        ORDINARY19_SET,
    ),
    (
        "held-out set 20 (a twentieth author, written before set 19 was read and corpora ap-aq;"
        " measured once, then read as a development set)",
        HELDOUT20_SET,
        ORDINARY20_SET,
    ),
    (
        "held-out set 21 (a twenty-first author, evasion and indirection, written before set 20"
        " was read; measured once, then read as a development set)",
        HELDOUT21_SET,
        ORDINARY21_SET,
    ),
    (
        "held-out set 22 (a twenty-second author, departments and seasons, written before set"
        " 21 was read; measured once, then read as a development set)",
        HELDOUT22_SET,
        ORDINARY22_SET,
    ),
    (
        "held-out set 23 (a twenty-third author, the channel and shape of a message, written"
        " before set 22 was read; measured once, then read as a development set)",
        HELDOUT23_SET,
        ORDINARY23_SET,
    ),
    (
        "held-out set 24 (a twenty-fourth author, numbers, codes and identifiers, written"
        " before set 23 was read; measured once, then read as a development set)",
        HELDOUT24_SET,
        ORDINARY24_SET,
    ),
    (
        "held-out set 25 (a twenty-fifth author, business sellers and buyers, written in"
        " session 20; measured once in session 21, then read as a development set)",
        HELDOUT25_SET,
        ORDINARY25_SET,
    ),
    (
        "held-out set 26 (a twenty-sixth author, after the sale: returns, complaints and"
        " disputes, written in session 21; measured once, then read as a development set)",
        HELDOUT26_SET,
        ORDINARY26_SET,
    ),
    (
        "held-out set 27 (a twenty-seventh author, services, jobs, rentals, tickets and"
        " animals, written in session 21; measured once in session 22, then read as a"
        " development set)",
        HELDOUT27_SET,
        ORDINARY27_SET,
    ),
    (
        "held-out set 28 (a twenty-eighth author, home, garden, DIY and farm, written like"
        " phone messages, in session 22; measured once, then read as a development set)",
        HELDOUT28_SET,
        ORDINARY28_SET,
    ),
    (
        "held-out set 29 (a twenty-ninth author, digital goods and electronics, many written"
        " as e-mails, in session 22; measured once, then read as a development set)",
        HELDOUT29_SET,
        ORDINARY29_SET,
    ),
    (
        "held-out set 30 (a thirtieth author, fashion, cosmetics, health and baby goods, in"
        " teenagers' slang and voice-to-text, in session 22; measured once in session 23,"
        " then read as a development set)",
        HELDOUT30_SET,
        ORDINARY30_SET,
    ),
    (
        "held-out set 31 (a thirty-first author, vehicles, mobility, sports and the outdoors,"
        " in session 23; measured once, then read as a development set)",
        HELDOUT31_SET,
        ORDINARY31_SET,
    ),
    (
        "held-out set 32 (a thirty-second author, collectibles, antiques, art, books, music"
        " and militaria, in session 23; measured once, then read as a development set)",
        HELDOUT32_SET,
        ORDINARY32_SET,
    ),
    (
        "held-out set 33 (a thirty-third author, food, drink, home-made goods and plants sold"
        " between neighbours, in session 23; measured once, then read as a development set)",
        HELDOUT33_SET,
        ORDINARY33_SET,
    ),
    (
        "held-out set 34 (a thirty-fourth author, single turns of long threads by people in a"
        " hurry or upset, in session 23; measured once, then read as a development set)",
        HELDOUT34_SET,
        ORDINARY34_SET,
    ),
    (
        "held-out set 35 (a thirty-fifth author, relayed e-mail as mail programs write it:"
        " signatures, quoted replies, auto-replies, in session 23; measured once in session 24,"
        " then read as a development set)",
        HELDOUT35_SET,
        ORDINARY35_SET,
    ),
    (
        "held-out set 36 (a thirty-sixth author, books, music, toys and school goods written by"
        " non-native speakers, through machine translation and by teenagers, in session 24;"
        " measured once, then read as a development set)",
        HELDOUT36_SET,
        ORDINARY36_SET,
    ),
    (
        "held-out set 37 (a thirty-seventh author, second-hand furniture, tools, car parts and"
        " garden machinery; disputes after delivery and collection in person, in session 24;"
        " measured once in session 25, then read as a development set)",
        HELDOUT37_SET,
        ORDINARY37_SET,
    ),
    (
        "held-out set 38 (a thirty-eighth author, tickets, travel, vouchers, services and"
        " company buyers, in session 25; measured once, then read as a development set)",
        HELDOUT38_SET,
        ORDINARY38_SET,
    ),
    (
        "held-out set 39 (a thirty-ninth author, jewellery, watches, handbags, perfume, coins"
        " and bullion, and authenticity, in session 25; measured once in session 26, then read"
        " as a development set)",
        HELDOUT39_SET,
        ORDINARY39_SET,
    ),
    (
        "held-out set 40 (a fortieth author, pets and animals, baby goods, books, vinyl and"
        " films, games and consoles, bikes and sports gear, in session 26; measured once, then"
        " read as a development set)",
        HELDOUT40_SET,
        ORDINARY40_SET,
    ),
    (
        "held-out set 41 (a forty-first author, home appliances and repairs, plants, seeds and"
        " garden produce, crafts, musical instruments, real estate and rentals, in session 27;"
        " measured once, then read as a development set)",
        HELDOUT41_SET,
        ORDINARY41_SET,
    ),
    (
        "held-out set 42 (a forty-second author, cars, motorbikes and parts, tools and building"
        " materials, tickets and events, services and tutoring, second-hand clothes, in"
        " session 27; measured once, then read as a development set)",
        HELDOUT42_SET,
        ORDINARY42_SET,
    ),
    (
        "held-out set 43 (a forty-third author, electronics and phones, furniture, food and"
        " homemade products, cosmetics and health, collectibles and antiques, in session 27;"
        " measured once, then read as a development set in session 28)",
        HELDOUT43_SET,
        ORDINARY43_SET,
    ),
    (
        "held-out set 44 (a forty-fourth author, children's and baby goods, toys and LEGO,"
        " board and trading card games, sport and fitness, photography and drones, fishing"
        " and outdoor gear, in session 28; measured once, then a development set)",
        HELDOUT44_SET,
        ORDINARY44_SET,
    ),
)
LANGUAGES = ("pl", "cs", "sk", "hu", "en")
TARGET_RIGHT_CATEGORY = 0.95
TARGET_ORDINARY_FALSE_BLOCKS = 0.005


def load(path: Path = EVALUATION_SET) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Counts:
    blocked: int = 0  # expected block, blocked
    missed: int = 0  # expected block, allowed
    false_blocks: int = 0  # expected allow, blocked
    clean: int = 0  # expected allow, allowed

    @property
    def recall(self) -> float:
        total = self.blocked + self.missed
        return self.blocked / total if total else 1.0

    @property
    def false_block_rate(self) -> float:
        total = self.false_blocks + self.clean
        return self.false_blocks / total if total else 0.0


@dataclass
class Report:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, list[int]] = field(default_factory=dict)  # [found, total]
    timings_ms: list[float] = field(default_factory=list)
    mistakes: list[tuple[dict, list[str]]] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.timings_ms) if self.timings_ms else 0.0

    @property
    def p95_ms(self) -> float:
        if not self.timings_ms:
            return 0.0
        ordered = sorted(self.timings_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]

    @property
    def targets_met(self) -> bool:
        return (
            self.overall.recall >= TARGET_RECALL
            and self.overall.false_block_rate <= TARGET_FALSE_BLOCKS
            and self.median_ms <= TARGET_MEDIAN_MS
        )


def evaluate(engine: Engine, items: list[dict], *, repeats: int = 3) -> Report:
    report = Report()
    for item in items:
        text = item["text"]
        engine.check(text)  # warm the per-character caches, as a running process has them
        best = None
        for _ in range(repeats):
            started = time.perf_counter()
            verdict = engine.check(text)
            elapsed = (time.perf_counter() - started) * 1000
            best = elapsed if best is None else min(best, elapsed)
        report.timings_ms.append(best)
        counts = report.by_language.setdefault(item["lang"], Counts())
        expected_block = item["expected"] == "block"
        for bucket in (report.overall, counts):
            if expected_block and verdict.blocked:
                bucket.blocked += 1
            elif expected_block:
                bucket.missed += 1
            elif verdict.blocked:
                bucket.false_blocks += 1
            else:
                bucket.clean += 1
        for category in item.get("categories", []):
            found_total = report.by_category.setdefault(category, [0, 0])
            found_total[1] += 1
            if category in verdict.categories:
                found_total[0] += 1
        if expected_block != verdict.blocked:
            report.mistakes.append(
                (item, [f"{f.category}: {f.fragment!r} ({f.rule})" for f in verdict.findings])
            )
    return report


def format_report(report: Report, *, show_mistakes: bool = False) -> str:
    def pct(value: float) -> str:
        return f"{value * 100:.1f} %"

    overall = report.overall
    lines = [
        f"messages: {overall.blocked + overall.missed + overall.false_blocks + overall.clean}"
        f" ({overall.blocked + overall.missed} to block, "
        f"{overall.false_blocks + overall.clean} clean)",
        f"recall of blocked messages: {overall.recall:.3f}"
        f" ({overall.blocked}/{overall.blocked + overall.missed}; target ≥ {TARGET_RECALL})",
        f"false-block rate: {pct(overall.false_block_rate)}"
        f" ({overall.false_blocks}/{overall.false_blocks + overall.clean};"
        f" target ≤ {pct(TARGET_FALSE_BLOCKS)})",
        f"median check: {report.median_ms:.3f} ms per message (p95 {report.p95_ms:.3f} ms;"
        f" target ≤ {TARGET_MEDIAN_MS} ms)",
        "",
        "per language:          recall   false blocks",
    ]
    for language in ("pl", "cs", "sk", "hu", "en"):
        counts = report.by_language.get(language)
        if counts:
            lines.append(
                f"  {language}                   {counts.recall:.3f}    "
                f"{pct(counts.false_block_rate)} ({counts.false_blocks}/"
                f"{counts.false_blocks + counts.clean})"
            )
    lines.append("per category (expected category found):")
    for category in CATEGORIES:
        found, total = report.by_category.get(category, [0, 0])
        if total:
            lines.append(f"  {category:<22}{found / total:.3f} ({found}/{total})")
    lines.append(f"targets met: {'yes' if report.targets_met else 'no'}")
    if show_mistakes and report.mistakes:
        lines.append("mistakes:")
        for item, findings in report.mistakes:
            lines.append(f"  [{item['lang']} {item['expected']}] {item['text']!r} -> {findings}")
    return "\n".join(lines)


# -- The held-out report ---------------------------------------------------------------


@dataclass
class Cell:
    total: int = 0
    blocked: int = 0
    right: int = 0  # blocked with the expected category among the verdict's

    def add(self, *, blocked: bool, right: bool) -> None:
        self.total += 1
        self.blocked += blocked
        self.right += right

    @property
    def recall(self) -> float:
        return self.blocked / self.total if self.total else 1.0

    @property
    def right_rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class HeldoutReport:
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)  # (lang, category)
    near_miss: dict[str, list[int]] = field(default_factory=dict)  # lang -> [blocked, total]
    ordinary: dict[str, list[int]] = field(default_factory=dict)  # lang -> [blocked, total]
    timings_ms: list[float] = field(default_factory=list)
    mistakes: list[tuple[dict, list[str]]] = field(default_factory=list)

    def language(self, lang: str) -> Cell:
        total = Cell()
        for (language, _category), cell in self.cells.items():
            if language == lang:
                total.total += cell.total
                total.blocked += cell.blocked
                total.right += cell.right
        return total

    @property
    def ordinary_rate(self) -> float:
        blocked = sum(value[0] for value in self.ordinary.values())
        total = sum(value[1] for value in self.ordinary.values())
        return blocked / total if total else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.timings_ms) if self.timings_ms else 0.0

    def missed_targets(self) -> list[str]:
        missed = []
        for lang in LANGUAGES:
            cell = self.language(lang)
            if cell.recall < TARGET_RECALL:
                missed.append(f"recall {lang} {cell.recall:.3f} < {TARGET_RECALL}")
            if cell.right_rate < TARGET_RIGHT_CATEGORY:
                missed.append(
                    f"right category {lang} {cell.right_rate:.3f} < {TARGET_RIGHT_CATEGORY}"
                )
        if self.ordinary_rate > TARGET_ORDINARY_FALSE_BLOCKS:
            missed.append(f"ordinary false blocks {self.ordinary_rate:.2%} > 0.5 %")
        if self.median_ms > TARGET_MEDIAN_MS:
            missed.append(f"median check {self.median_ms:.2f} ms > {TARGET_MEDIAN_MS} ms")
        return missed


def heldout_report(
    engine: Engine, heldout: list[dict] | None = None, ordinary: list[dict] | None = None
) -> HeldoutReport:
    heldout = load(HELDOUT_SET) if heldout is None else heldout
    ordinary = load(ORDINARY_SET) if ordinary is None else ordinary
    report = HeldoutReport()
    for item in [*heldout, *ordinary]:
        text = item["text"]
        engine.check(text)  # warm the per-character caches, as a running process has them
        started = time.perf_counter()
        verdict = engine.check(text)
        report.timings_ms.append((time.perf_counter() - started) * 1000)
        expected_block = item["expected"] == "block"
        if expected_block:
            for category in item.get("categories", []):
                cell = report.cells.setdefault((item["lang"], category), Cell())
                cell.add(blocked=verdict.blocked, right=category in verdict.categories)
        else:
            bucket = report.ordinary if "ordinary" in item.get("tags", []) else report.near_miss
            counts = bucket.setdefault(item["lang"], [0, 0])
            counts[0] += verdict.blocked
            counts[1] += 1
        if expected_block != verdict.blocked:
            report.mistakes.append(
                (item, [f"{f.category}: {f.fragment!r} ({f.rule})" for f in verdict.findings])
            )
    return report


def format_heldout(
    report: HeldoutReport,
    *,
    show_mistakes: bool = False,
    title: str = HELDOUT_SETS[0][0],
) -> str:
    def pct(blocked_total) -> str:
        blocked, total = blocked_total or [0, 0]
        return f"{(blocked / total if total else 0) * 100:.1f} % ({blocked}/{total})"

    lines = [
        title,
        "",
        "language  category               recall  right category  messages",
    ]
    for lang in LANGUAGES:
        for category in CATEGORIES:
            cell = report.cells.get((lang, category))
            if cell:
                lines.append(
                    f"  {lang:<8}{category:<22}{cell.recall:>6.3f}  {cell.right_rate:>14.3f}"
                    f"  {cell.total:>8}"
                )
        cell = report.language(lang)
        lines.append(
            f"  {lang:<8}{'all':<22}{cell.recall:>6.3f}  {cell.right_rate:>14.3f}  {cell.total:>8}"
        )
    lines += ["", "false blocks    near misses          ordinary conversation"]
    for lang in LANGUAGES:
        lines.append(
            f"  {lang:<14}{pct(report.near_miss.get(lang)):<21}{pct(report.ordinary.get(lang))}"
        )
    ordinary_total = [
        sum(v[0] for v in report.ordinary.values()),
        sum(v[1] for v in report.ordinary.values()),
    ]
    lines += [
        f"ordinary conversation false-block rate: {pct(ordinary_total)} (target ≤ 0.5 %)",
        f"median check: {report.median_ms:.3f} ms per message (target ≤ {TARGET_MEDIAN_MS} ms)",
    ]
    missed = report.missed_targets()
    lines.append("targets met: yes" if not missed else "targets met: no — " + "; ".join(missed))
    if show_mistakes and report.mistakes:
        lines.append("mistakes:")
        for item, findings in report.mistakes:
            lines.append(f"  [{item['lang']} {item['expected']}] {item['text']!r} -> {findings}")
    return "\n".join(lines)
