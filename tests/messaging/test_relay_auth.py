"""SPF, DKIM and DMARC alignment of inbound mail, offline: DNS comes from a StaticResolver."""

import dkim
import pytest
from dkim import dknewkey

from messaging.relay.auth import StaticResolver, authenticate, header_from_address

SELLER_IP = "192.0.2.10"
OTHER_IP = "198.51.100.7"


@pytest.fixture(scope="module")
def key_pair(tmp_path_factory):
    """A fresh RSA key (dkimpy's key helper, i.e. openssl): private PEM and DNS record."""
    directory = tmp_path_factory.mktemp("dkim")
    private_file, dns_file = directory / "s1.key", directory / "s1.dns"
    dknewkey.GenRSAKeys(str(private_file), verbose=False)
    dknewkey.ExtractRSADnsPublicKey(str(private_file), str(dns_file), verbose=False)
    return private_file.read_bytes(), dns_file.read_text()


def message(from_="Shop <sales@shop.example>", body="Your parcel is on its way.", extra=""):
    return (
        f"{extra}From: {from_}\r\n"
        "To: 8awgqyk6a5+cub31c122@allegromail.pl\r\n"
        "Subject: Order\r\n"
        "Message-ID: <1@shop.example>\r\n"
        "Date: Mon, 02 Jun 2025 10:00:00 +0200\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def signed(data: bytes, private_pem: bytes, domain: str = "shop.example") -> bytes:
    signature = dkim.sign(
        data, b"s1", domain.encode(), private_pem, include_headers=[b"from", b"to", b"subject"]
    )
    return signature + data


def check(data, resolver, envelope_from="bounce@esp.example", peer_ip=OTHER_IP, helo="mx.esp"):
    return authenticate(
        data, envelope_from=envelope_from, peer_ip=peer_ip, helo=helo, resolver=resolver
    )


def test_a_valid_dkim_signature_of_the_from_domain_verifies_the_sender(key_pair):
    private_pem, public_record = key_pair
    resolver = StaticResolver(txt={"s1._domainkey.shop.example": public_record})

    result = check(signed(message(), private_pem), resolver)

    assert result.dkim == "pass"
    assert result.verified
    assert result.aligned_domain == "shop.example"
    assert result.dmarc == "none"  # no DMARC record published: alignment still counts


def test_a_tampered_body_fails_dkim(key_pair):
    private_pem, public_record = key_pair
    resolver = StaticResolver(txt={"s1._domainkey.shop.example": public_record})
    data = signed(message(), private_pem).replace(b"on its way", b"pay to IBAN PL00")

    result = check(data, resolver)

    assert result.dkim == "fail"
    assert not result.verified
    assert result.aligned_domain is None


def test_a_valid_signature_of_another_domain_does_not_verify_the_from(key_pair):
    private_pem, public_record = key_pair
    resolver = StaticResolver(txt={"s1._domainkey.evil.example": public_record})

    result = check(signed(message(), private_pem, domain="evil.example"), resolver)

    assert result.dkim == "pass"
    assert not result.verified


def test_a_subdomain_signature_aligns_relaxed_but_not_when_dmarc_asks_for_strict(key_pair):
    # Relaxed alignment compares organisational domains from the public suffix list.
    private_pem, public_record = key_pair
    data = signed(message(from_="sales@shop.com.pl"), private_pem, domain="mail.shop.com.pl")
    relaxed = StaticResolver(txt={"s1._domainkey.mail.shop.com.pl": public_record})
    strict = StaticResolver(
        txt={
            "s1._domainkey.mail.shop.com.pl": public_record,
            "_dmarc.shop.com.pl": "v=DMARC1; p=reject; adkim=s",
        }
    )

    assert check(data, relaxed).verified
    assert check(data, relaxed).aligned_domain == "shop.com.pl"
    result = check(data, strict)
    assert not result.verified
    assert result.dmarc == "fail"


def test_spf_pass_for_the_from_domain_verifies_the_sender():
    resolver = StaticResolver(
        txt={
            "shop.example": f"v=spf1 ip4:{SELLER_IP} -all",
            "_dmarc.shop.example": "v=DMARC1; p=reject",
        }
    )

    result = check(message(), resolver, envelope_from="sales@shop.example", peer_ip=SELLER_IP)

    assert (result.spf, result.dmarc, result.verified) == ("pass", "pass", True)


def test_spf_fail_from_another_ip_leaves_a_claimed_address_unverified():
    resolver = StaticResolver(
        txt={
            "shop.example": f"v=spf1 ip4:{SELLER_IP} -all",
            "_dmarc.shop.example": "v=DMARC1; p=reject",
        }
    )

    result = check(message(), resolver, envelope_from="sales@shop.example", peer_ip=OTHER_IP)

    assert (result.spf, result.dmarc, result.verified) == ("fail", "fail", False)


def test_spf_pass_for_an_unrelated_envelope_domain_does_not_verify_the_from():
    # A spoofer's own domain passes SPF, but it is not the domain in From:.
    resolver = StaticResolver(txt={"evil.example": f"v=spf1 ip4:{OTHER_IP} -all"})

    result = check(message(), resolver, envelope_from="x@evil.example", peer_ip=OTHER_IP)

    assert result.spf == "pass"
    assert not result.verified


def test_several_from_addresses_are_never_verified():
    resolver = StaticResolver(txt={"shop.example": f"v=spf1 ip4:{SELLER_IP} -all"})
    data = message(from_="sales@shop.example, victim@bank.example")

    result = check(data, resolver, envelope_from="sales@shop.example", peer_ip=SELLER_IP)

    assert header_from_address(data) is None
    assert not result.verified


def test_the_resolver_comes_from_settings_when_not_passed(settings):
    settings.RELAY_DNS_RESOLVER = StaticResolver(
        txt={"shop.example": f"v=spf1 ip4:{SELLER_IP} -all"}
    )

    result = authenticate(
        message(), envelope_from="sales@shop.example", peer_ip=SELLER_IP, helo="mx"
    )

    assert result.verified


class NoDns:
    def query(self, name, qtype):
        raise AssertionError(f"DNS queried for {name} in trusted mode")


def trusted_header(servid, result="pass", domain="shop.example"):
    return (
        f"Authentication-Results: {servid};\r\n"
        f" spf={result} smtp.mailfrom=sales@{domain};\r\n"
        f" dkim={result} header.d={domain};\r\n"
        f" dmarc={result} header.from={domain}\r\n"
    )


def test_trusted_mode_reads_only_the_upstream_mtas_header(settings):
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"
    settings.RELAY_DNS_RESOLVER = NoDns()

    passed = authenticate(
        message(extra=trusted_header("mx.example.net")),
        envelope_from="sales@shop.example",
        peer_ip=OTHER_IP,
        helo="mx",
    )

    assert passed.verified
    assert (passed.spf, passed.dkim, passed.dmarc) == ("pass", "pass", "pass")


def test_trusted_mode_ignores_headers_from_other_authserv_ids(settings):
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"
    settings.RELAY_DNS_RESOLVER = NoDns()
    forged = trusted_header("mx.example.net.evil.example") + trusted_header("evil.example")

    only_forged = authenticate(
        message(extra=forged), envelope_from="sales@shop.example", peer_ip=OTHER_IP, helo="mx"
    )
    forged_above_real_fail = authenticate(
        message(extra=forged + trusted_header("MX.example.net", result="fail")),
        envelope_from="sales@shop.example",
        peer_ip=OTHER_IP,
        helo="mx",
    )

    assert not only_forged.verified
    assert only_forged.spf == "none"
    assert not forged_above_real_fail.verified
    assert forged_above_real_fail.dmarc == "fail"


def test_trusted_mode_pass_for_another_domain_does_not_verify_the_from(settings):
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"
    data = message(extra=trusted_header("mx.example.net", domain="evil.example"))

    result = authenticate(data, envelope_from="x@evil.example", peer_ip=OTHER_IP, helo="mx")

    assert not result.verified


def test_trusted_mode_honours_the_upstreams_dmarc_fail(settings):
    """#17: `dkim=pass header.d=mail.example.com; dmarc=fail` for a sender at example.com
    was accepted (our relaxed alignment overruled the upstream's DMARC verdict)."""
    settings.RELAY_TRUSTED_AUTH_SERVID = "mx.example.net"
    settings.RELAY_DNS_RESOLVER = NoDns()
    header = (
        "Authentication-Results: mx.example.net;\r\n"
        " spf=none smtp.mailfrom=news@example.com;\r\n"
        " dkim=pass header.d=mail.example.com;\r\n"
        " dmarc=fail header.from=example.com\r\n"
    )
    data = message(from_="Shop <news@example.com>", extra=header)
    result = authenticate(data, envelope_from="news@example.com", peer_ip=OTHER_IP, helo="mx")
    assert not result.verified
    assert result.dmarc == "fail"
    # the same signature with the upstream's dmarc=pass is aligned (relaxed), as before
    passed = authenticate(
        message(from_="Shop <news@example.com>", extra=header.replace("dmarc=fail", "dmarc=pass")),
        envelope_from="news@example.com",
        peer_ip=OTHER_IP,
        helo="mx",
    )
    assert passed.verified
