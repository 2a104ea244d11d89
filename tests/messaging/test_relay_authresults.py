"""The relay's Authentication-Results reader, held to the `authres` library.

`authres` (the reference parser, installed with authheaders) reads every header here too:
where it accepts a header, ours must read the same authserv-id, methods, results and
properties; where it refuses one, ours may read it more leniently only as listed.
"""

import re
from pathlib import Path

import authres
import pytest

from messaging.relay import authresults
from messaging.relay.auth import authenticate

# The library's own examples (its doctest file), and headers real MTAs write.
LIBRARY_EXAMPLES = re.findall(
    r"parse\('(Authentication-Results: [^']*)'\)",
    (Path(authres.__file__).parent / "tests").read_text(encoding="utf-8"),
    flags=re.IGNORECASE,
)
REAL_HEADERS = [
    # Gmail
    "Authentication-Results: mx.google.com; dkim=pass header.i=@shop.example header.s=20230601"
    " header.b=AbC+/d12; spf=pass (google.com: domain of x@shop.example designates"
    " 209.85.220.41 as permitted sender) smtp.mailfrom=x@shop.example; dmarc=pass"
    " (p=NONE sp=NONE dis=NONE) header.from=shop.example",
    # rspamd
    "Authentication-Results: mx.example.net; dkim=pass header.d=shop.example header.s=dkim"
    " header.b=abc123; spf=pass (mx.example.net: domain of user@shop.example designates"
    " 192.0.2.4 as permitted sender) smtp.mailfrom=user@shop.example; dmarc=pass"
    " (policy=reject) header.from=shop.example",
    # Postfix with OpenDKIM, OpenDMARC and policyd-spf, one header each
    "Authentication-Results: mx.example.net; dkim=pass (2048-bit key; unprotected)"
    " header.d=shop.example header.i=@shop.example header.a=rsa-sha256 header.s=s1"
    " header.b=Qgi/FoC0",
    "Authentication-Results: mx.example.net; dmarc=pass (p=none dis=none)"
    " header.from=shop.example",
    "Authentication-Results: mx.example.net; spf=pass (sender SPF authorized)"
    " smtp.mailfrom=shop.example (client-ip=192.0.2.4; helo=mail.shop.example;"
    " envelope-from=sales@shop.example; receiver=<UNKNOWN>)",
    # Microsoft 365 (no authserv-id of its own: refused by both)
    "Authentication-Results: spf=pass (sender IP is 40.107.22.85)"
    " smtp.mailfrom=shop.example; dkim=pass (signature was verified)"
    " header.d=shop.example;dmarc=pass action=none header.from=shop.example;compauth=pass"
    " reason=100",
    "Authentication-Results: mx.example.net 1; spf=pass smtp.mailfrom=a@shop.example",
    "Authentication-Results: mx.example.net; none",
    "Authentication-Results: mx.example.net; SPF=Pass SMTP.MailFrom=A@Shop.example",
    "Authentication-Results: mx.example.net; spf = pass smtp . mailfrom = a@shop.example",
    "Authentication-Results: mx.example.net; spf=pass (a (nested) comment) smtp.mailfrom=a@b.ex",
    "Authentication-Results: mx.example.net; dkim/1=pass header.d=shop.example",
    "Authentication-Results:\r\n mx.example.net;\r\n\tspf=pass\r\n smtp.mailfrom=a@shop.example",
    'Authentication-Results: mx.example.net; dkim=pass reason="good \\"one\\"" header.d=a.ex',
    "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=a@b.example (unterminated",
    "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom",
    "Authentication-Results: mx.example.net; =pass",
    "Authentication-Results: mx.example.net",
    "Authentication-Results: mx.example.net; spf=pass) smtp.mailfrom=a@b.example",
]
# Where `authres` refuses and this reader accepts (harmless: the values are as written).
LENIENT = {
    # An unquoted IPv6 address as a property value.
    "Authentication-Results: mail.bmsi.com; iprev=pass policy.iprev=2001:748:100:40::2:2"
    " (mout0.freenet.de); spf=none smtp.mailfrom=markuslaudi@freenet.de",
}
# Where `authres` reads a damaged header and this reader refuses it (nothing trusted).
STRICTER = {
    "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=a@b.example (unterminated",
    "Authentication-Results: mx.example.net; spf=pass smtp.mailfrom",
}


def library(header: str):
    try:
        parsed = authres.AuthenticationResultsHeader.parse(header)
    except authres.core.AuthResError:
        return None
    return parsed.authserv_id, [
        (
            r.method.lower(),
            r.result.lower(),
            [(p.type.lower(), p.name.lower(), p.value) for p in r.properties],
        )
        for r in parsed.results
    ]


def ours(header: str):
    try:
        parsed = authresults.parse(header.split(":", 1)[1])
    except authresults.HeaderSyntaxError:
        return None
    return parsed.authserv_id, [
        (r.method, r.result, [(p.type, p.name, p.value) for p in r.properties])
        for r in parsed.results
    ]


def test_the_corpus_holds_the_librarys_examples():
    assert len(LIBRARY_EXAMPLES) >= 20


@pytest.mark.parametrize("header", LIBRARY_EXAMPLES + REAL_HEADERS)
def test_reads_what_authres_reads(header):
    expected, got = library(header), ours(header)
    if header in LENIENT:
        assert expected is None and got is not None
    elif header in STRICTER:
        assert expected is not None and got is None
    else:
        assert got == expected


def test_real_headers_are_read_with_the_properties_the_relay_uses():
    gmail = authresults.parse(REAL_HEADERS[0].split(":", 1)[1])

    assert gmail.authserv_id == "mx.google.com"
    assert [(r.method, r.result) for r in gmail.results] == [
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    assert gmail.results[0].property("header", "d") is None  # Gmail names header.i only
    assert gmail.results[0].property("header", "i") == "@shop.example"
    assert gmail.results[1].property("smtp", "mailfrom") == "x@shop.example"
    assert gmail.results[2].property("header", "from") == "shop.example"


def test_quoted_values_and_reasons_are_unquoted_and_semicolons_in_them_do_not_split():
    parsed = authresults.parse(
        '"mx (1)"; spf=pass reason="a; b" smtp.mailfrom="x; y"@shop.example header.d="a\\"b"'
    )

    assert parsed.authserv_id == "mx (1)"
    (result,) = parsed.results
    assert result.reason == "a; b"
    assert result.property("smtp", "mailfrom") == '"x; y"@shop.example'
    assert result.property("header", "d") == 'a"b'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("mx.example.net; spf=pass", "mx.example.net"),
        ("  mx.example.net 1 ; spf=pass", "mx.example.net"),
        ("mx.example.net (our MX; really) ; spf=pass", "mx.example.net"),
        ('"mx.example.net"; spf=pass', "mx.example.net"),
        ("spf=pass smtp.mailfrom=a@b.example", None),
        ("mx.example.net (unterminated; spf=pass", None),
        ("two ids; spf=pass", None),
    ],
)
def test_the_authserv_id_is_read_without_the_results(value, expected):
    assert authresults.authserv_id(value) == expected


def message(*auth_results: str) -> bytes:
    fields = "".join(f"Authentication-Results: {value}\r\n" for value in auth_results)
    return (
        f"{fields}From: Shop <sales@shop.example>\r\nTo: x@allegromail.pl\r\n"
        "Subject: Order\r\n\r\nHello\r\n"
    ).encode()


def verdict(data: bytes):
    return authenticate(data, envelope_from="sales@shop.example", peer_ip="192.0.2.1", helo="")


def test_an_unreadable_header_of_the_upstream_mta_trusts_nothing_not_even_a_lower_one(settings):
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"
    passing = "mx.example.net; spf=pass smtp.mailfrom=sales@shop.example"

    assert verdict(message(passing)).verified
    result = verdict(message("mx.example.net; spf=pass (broken smtp.mailfrom=x", passing))

    assert not result.verified
    assert (result.spf, result.dkim, result.dmarc) == ("none", "none", "none")


def test_headers_of_other_servers_are_passed_over_even_when_they_are_malformed(settings):
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"

    result = verdict(
        message(
            "evil.example; spf=pass ((( smtp.mailfrom=x",
            "mx.example.net; spf=pass smtp.mailfrom=sales@shop.example",
        )
    )

    assert result.verified
    assert result.aligned_domain == "shop.example"
