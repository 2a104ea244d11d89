"""Message rules: every buyer–seller message is checked before it reaches the other side.

SPEC §6 and §8. The pieces:

- `engine.py` (with `normalize.py`): checks a text and returns a verdict with findings
  (category, the fragment of the original text with its offsets, the rule). Phrase rules
  with inflected stems in Polish, Czech, Slovak, Hungarian and English, matched on a
  normalised "skeleton" that undoes disguises (spacing, dots, digits and symbols for
  letters, repeated letters, look-alike Unicode letters, missing diacritics); detectors for
  links and bare domains, e-mail addresses, phone numbers, bank account and card numbers;
  allowlist exceptions ("Scunthorpe" words) and negations ("never give anyone your
  password"). The compiled rule set is kept per process and rebuilt when staff edit rules.
- `models.py` / `admin.py`: rules, allowed link domains (couriers' tracking pages, the
  platform) as data staff edit in admin; `MessageCheck` keeps each message's findings for
  the moderation queue. Project defaults: `defaults.py`, loaded by a data migration.
- `stage.py`: the "message_rules" stage of the message path (registered in `apps.py`, run
  after the suspension stage); a message that breaks the rules is `blocked`, the writer
  is told which part broke which rule in their language (on the web by the form, by
  e-mail through messaging's blocked notice, messaging/notifications.py).
- `model.py`: the learned model beside the rules (char + word n-grams, one logistic
  regression; trained at first use from `data/training/`, the rules' set and staff
  labels, `learning.py`); it adds a finding only when sure and names the phrases that
  weighed most.
- `threads.py`: a conversation scored as a whole (escalation, one letter in many
  threads) goes to the staff queue (an after-delivery hook).
- `manage.py moderate` (JSON lines, SPEC §8), `--evaluate` on the held-out sets
  `data/heldout/` (written before the model), `--train`; `bench/moderation.py` times one
  check.

Licence of the shipped word lists and data
------------------------------------------
The phrase lists, allowlists, domain lists (`defaults.py`), the evaluation sets
(`data/evaluation.jsonl`, `data/heldout/`) and the training corpus (`data/training/`)
were written for this project by its developers; no third-party
word list was copied. They are part of the project and carry its licence. The courier
domains come from the marketplace's own help page (the project's seed). Libraries used:
`confusable_homoglyphs` (MIT; built from the Unicode confusables data),
`anyascii` (ISC), `tldextract` with its bundled Public Suffix List snapshot (BSD-3-Clause; MPL-2.0
data; never fetched at run time), `phonenumbers` (Apache-2.0).
"""
