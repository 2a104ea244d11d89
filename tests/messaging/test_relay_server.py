"""The relay's SMTP session class: aiosmtpd's, with a cheaper address parse at MAIL/RCPT."""

import pytest
from aiosmtpd.smtp import SMTP

from messaging.relay.fastpath.aiosmtpd import RelaySMTP

ARGUMENTS = [
    "",
    "<>",
    "<a@b.example>",
    "<a@b.example> SIZE=1000 BODY=8BITMIME",
    "  <a@b.example>",
    "a@b.example",
    "a@b.example SIZE=10",
    "<A.B+tag@Sub.Example.COM>",
    '<"quoted local"@b.example>',
    "<@relay.example:a@b.example>",
    "<a@[192.0.2.1]>",
    "<zażółć@b.example>",
    "<" + "x" * 64 + "@b.example>",
    "<" + "x" * 65 + "@b.example>",
    "<a@b.example",
    "a b@c.example",
    "<>>",
    "<a@>",
    "<@b.example>",
    "not an address",
    "<a@b.example>\r\nRCPT TO:<c@d.example>",
]


class _Handler:
    pass


@pytest.mark.parametrize("local_part_limit", [0, 64])
@pytest.mark.parametrize("argument", ARGUMENTS)
def test_addresses_are_parsed_as_aiosmtpd_parses_them(argument, local_part_limit):
    stock, ours = SMTP(_Handler()), RelaySMTP(_Handler())
    stock.local_part_limit = ours.local_part_limit = local_part_limit

    assert ours._getaddr(argument) == stock._getaddr(argument)


def test_the_relay_serves_smtp_with_that_class():
    from messaging.relay.server import relay_controller

    controller = relay_controller(host="127.0.0.1", port=0)
    assert isinstance(controller.factory(), RelaySMTP)
