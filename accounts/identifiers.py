"""Random, unguessable identifiers used in masked e-mail addresses (SPEC §4).

Shapes follow the seed's example `8awgqyk6a5+cub31c122@allegromail.pl`: a fixed sender
identifier of 10 and a transaction identifier of 9 lowercase letters and digits, drawn
from the operating system's CSPRNG (about 52 and 47 bits). Because a guessed address must
be refused by the relay, they are never derived from ids, names or time.
"""

import re
import secrets
import string

ALPHABET = string.ascii_lowercase + string.digits
SENDER_ID_LENGTH = 10
TRANSACTION_ID_LENGTH = 9
SENDER_ID_RE = re.compile(rf"^[a-z0-9]{{{SENDER_ID_LENGTH}}}$")
TRANSACTION_ID_RE = re.compile(rf"^[a-z0-9]{{{TRANSACTION_ID_LENGTH}}}$")


def random_identifier(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_sender_id() -> str:
    return random_identifier(SENDER_ID_LENGTH)


def new_transaction_id() -> str:
    return random_identifier(TRANSACTION_ID_LENGTH)
