"""Is the `From:` of an inbound e-mail authentic? SPF, DKIM and DMARC-style alignment.

Two modes, chosen by settings:

- **DNS checks** (default, `RELAY_TRUSTED_AUTH_SERVID` empty). SPF of the envelope sender
  (or of the HELO name for a null sender) against the connecting IP (pyspf), every
  DKIM-Signature (dkimpy, at most `MAX_DKIM_SIGNATURES`), and the From domain's DMARC
  record (`_dmarc.<domain>`, else the organisational domain's) for its alignment modes.
  All lookups go through one resolver, `RELAY_DNS_RESOLVER`: a dotted path to a resolver
  class or instance, or the object itself (tests pass a `StaticResolver`). The default,
  `DnspythonResolver`, asks the system's DNS servers.
- **Trusted upstream** (`RELAY_TRUSTED_AUTH_SERVID` set, e.g. `mx.example.net`). An MTA in
  front of the relay (Postfix + OpenDKIM/OpenDMARC, rspamd) has already checked the mail
  and added an `Authentication-Results` header with that authserv-id. Only the topmost
  header with exactly that id is read (authresults.py; if it is malformed, nothing is
  trusted); headers with any other id are ignored, because senders can write them. The
  upstream MTA must drop incoming headers carrying its own id (RFC 8601 §5), as those
  MTAs do. No DNS is queried in this mode.

`verified` means the From domain is authenticated the DMARC way: SPF passed for an
envelope domain aligned with it, or a valid DKIM signature has a `d=` aligned with it.
Alignment is relaxed (same organisational domain, from the public suffix list) unless the
domain's DMARC record asks for strict (`aspf=s`, `adkim=s`). A missing DMARC record only
makes `dmarc` "none"; the message is still verified when it aligns. A message without
exactly one From address is never verified.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import functools
import importlib.resources
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import dkim
import dns.exception
import dns.nameserver
import dns.resolver
import spf
from authheaders.dmarc_lookup import PublicSuffixList
from django.conf import settings
from django.utils.module_loading import import_string

from . import authresults
from .fastpath import pyspf as fastpath_pyspf

logger = logging.getLogger(__name__)

MAX_DKIM_SIGNATURES = 5
DNS_TIMEOUT = 5.0


@dataclass(frozen=True)
class AuthResult:
    spf: str  # pass, fail, softfail, neutral, none, temperror, permerror
    dkim: str  # pass (a valid signature), fail, none (unsigned), temperror
    dmarc: str  # pass (aligned), fail, none (no DMARC record for the From domain)
    aligned_domain: str | None  # the From domain, lower case, when it is authenticated
    verified: bool

    @property
    def temporary(self) -> bool:
        """Not verified, but DNS could not answer a check: the verdict may change later."""
        return not self.verified and "temperror" in (self.spf, self.dkim, self.dmarc)


TEMPERROR = AuthResult("temperror", "temperror", "temperror", None, False)


# -- DNS ----------------------------------------------------------------------------------


class DnsTempError(Exception):
    """A lookup could not be answered now (timeout, no name servers)."""


class DnsResolver(Protocol):
    def query(self, name: str, qtype: str) -> list:
        """Records of `qtype` at `name`: TXT -> bytes (strings joined), A/AAAA/PTR -> str,
        MX -> (preference, exchange). An empty list when there are none; `DnsTempError`
        when DNS cannot answer now."""


@functools.cache
def _dnspython_resolver(nameservers: tuple[str, ...]) -> dns.resolver.Resolver:
    """One resolver per configuration, with dnspython's cache (it keeps each answer, and
    each "no such name", for the TTL the zone gives): the SPF, DKIM key and DMARC records
    of a domain that writes often are asked once per TTL, not once per message."""
    resolver = dns.resolver.Resolver(configure=not nameservers)
    if nameservers:
        servers = []
        for entry in nameservers:
            host, _sep, port = entry.rpartition(":") if entry.count(":") == 1 else (entry, "", "")
            servers.append(dns.nameserver.Do53Nameserver(host, int(port or 53)))
        resolver.nameservers = servers
    resolver.cache = dns.resolver.LRUCache(max_size=50_000)
    return resolver


class DnspythonResolver:
    """The real DNS, through dnspython: the system's resolver configuration, or the name
    servers in `RELAY_DNS_NAMESERVERS` ("192.0.2.53" or "127.0.0.1:5353")."""

    def __init__(self, lifetime: float | None = None):
        self.lifetime = lifetime or getattr(settings, "RELAY_DNS_TIMEOUT", DNS_TIMEOUT)
        self.resolver = _dnspython_resolver(
            tuple(getattr(settings, "RELAY_DNS_NAMESERVERS", ()) or ())
        )

    def query(self, name: str, qtype: str) -> list:
        try:
            answer = self.resolver.resolve(
                name, qtype, lifetime=self.lifetime, raise_on_no_answer=False, search=False
            )
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return []
        except (dns.exception.Timeout, dns.resolver.NoNameservers) as exc:
            raise DnsTempError(str(exc)) from exc
        except dns.exception.DNSException:  # a name DNS cannot hold (label too long, ...)
            return []
        records = []
        for rdata in answer:
            if qtype in ("TXT", "SPF"):
                records.append(b"".join(rdata.strings))
            elif qtype in ("A", "AAAA"):
                records.append(rdata.address)
            elif qtype == "MX":
                records.append((rdata.preference, rdata.exchange.to_text(True)))
            elif qtype == "PTR":
                records.append(rdata.target.to_text(True))
        return records


class StaticResolver:
    """DNS from dictionaries, for tests and offline development.

    `StaticResolver(txt={"example.com": "v=spf1 ip4:192.0.2.1 -all",
    "sel._domainkey.example.com": "v=DKIM1; k=rsa; p=...",
    "_dmarc.example.com": "v=DMARC1; p=reject"}, a={"mx.example.com": ["192.0.2.1"]})`.
    Names are case-insensitive; a value may be one record or a list of records.
    """

    def __init__(
        self,
        txt: Mapping[str, str | bytes | Iterable[str | bytes]] | None = None,
        a: Mapping[str, Iterable[str]] | None = None,
        aaaa: Mapping[str, Iterable[str]] | None = None,
        mx: Mapping[str, Iterable[tuple[int, str]]] | None = None,
    ):
        self.records: dict[tuple[str, str], list] = {}
        for qtype, table in (("TXT", txt), ("A", a), ("AAAA", aaaa), ("MX", mx)):
            for name, value in (table or {}).items():
                values = [value] if isinstance(value, str | bytes) else list(value)
                if qtype == "TXT":
                    values = [v.encode() if isinstance(v, str) else v for v in values]
                self.records[(name.lower().rstrip("."), qtype)] = values

    def query(self, name: str, qtype: str) -> list:
        return list(self.records.get((name.lower().rstrip("."), qtype), []))


def get_resolver() -> DnsResolver:
    configured = getattr(settings, "RELAY_DNS_RESOLVER", "messaging.relay.auth.DnspythonResolver")
    if isinstance(configured, str):
        configured = import_string(configured)
    return configured() if isinstance(configured, type) else configured


# SPF asks the resolver of each check (fastpath/pyspf.py).


# -- Helpers ----------------------------------------------------------------------------


def _headers(data: bytes) -> list[tuple[str, str]]:
    """The message's header fields as (name, raw value), in order."""
    parsed = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        data, headersonly=True
    )
    return [(name, str(value)) for name, value in parsed.items()]


def _values(headers: list[tuple[str, str]], name: str) -> list[str]:
    name = name.lower()
    return [value for key, value in headers if key.lower() == name]


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1].strip().rstrip(".").lower()
    return domain or None


def header_from_address(
    data: bytes, *, headers: list[tuple[str, str]] | None = None
) -> str | None:
    """The one address in the `From:` header, or None (none, several, or malformed).
    `headers`: the message's fields as (name, raw value), if the caller has them."""
    values = _values(headers if headers is not None else _headers(data), "From")
    if len(values) != 1:
        return None
    addresses = [addr for _name, addr in email.utils.getaddresses([values[0]]) if addr]
    if len(addresses) != 1 or domain_of(addresses[0]) is None:
        return None
    return addresses[0]


@functools.cache
def _public_suffix_list() -> PublicSuffixList:
    ref = importlib.resources.files("authheaders") / "public_suffix_list.txt"
    with ref.open(encoding="utf-8") as suffixes:
        return PublicSuffixList(suffixes)


def organisational_domain(domain: str) -> str:
    """`mail.shop.co.uk` -> `shop.co.uk`. A domain under a suffix the bundled list does not
    know is its own organisational domain (so alignment with it is strict), never the bare
    unknown suffix, which would make every domain under it look aligned."""
    domain = domain.lower()
    return _public_suffix_list().get_public_suffix(domain, strict=True) or domain


def aligned(domain: str | None, from_domain: str, *, strict: bool) -> bool:
    if not domain:
        return False
    domain = domain.lower().rstrip(".")
    if strict:
        return domain == from_domain
    return organisational_domain(domain) == organisational_domain(from_domain)


def _dmarc_record(resolver: DnsResolver, from_domain: str) -> dict[str, str] | None:
    """The From domain's DMARC record, else its organisational domain's (RFC 7489 §6.6.3)."""
    names = [from_domain]
    org = organisational_domain(from_domain)
    if org != from_domain:
        names.append(org)
    for name in names:
        records = [
            r.decode(errors="replace")
            for r in resolver.query(f"_dmarc.{name}", "TXT")
            if r.lstrip().lower().startswith(b"v=dmarc1")
        ]
        if len(records) == 1:
            tags = {}
            for part in records[0].split(";"):
                key, sep, value = part.partition("=")
                if sep:
                    tags[key.strip().lower()] = value.strip().lower()
            return tags
    return None


# -- The two modes ----------------------------------------------------------------------


def _check_dns(
    data: bytes,
    *,
    headers: list[tuple[str, str]],
    envelope_from: str,
    peer_ip: str,
    helo: str,
    from_domain: str | None,
    resolver: DnsResolver,
) -> AuthResult:

    # SPF of the envelope sender; for a null sender (bounces) the HELO identity.
    spf_domain = domain_of(envelope_from) or (helo or "").lower().rstrip(".") or None
    try:
        with fastpath_pyspf.using(resolver, temporary_errors=(DnsTempError,)):
            spf_result, _explanation = spf.check2(
                i=peer_ip, s=envelope_from or "", h=helo or "", timeout=DNS_TIMEOUT
            )
    except (ValueError, spf.SPFError) as exc:  # a malformed IP or HELO
        logger.info("SPF check failed: %s", exc)
        spf_result = "permerror"

    # DKIM: every signature, remembering the domains whose signature is valid.
    def dkim_dns(name, timeout=DNS_TIMEOUT):
        name = name.decode() if isinstance(name, bytes) else name
        try:
            records = resolver.query(name.rstrip("."), "TXT")
        except DnsTempError as exc:
            raise dkim.DnsTimeoutError(str(exc)) from exc
        return next((r for r in records if b"p=" in r), records[0] if records else None)

    signed_domains: list[str] = []
    dkim_results: list[str] = []
    signatures = len(_values(headers, "DKIM-Signature"))
    for idx in range(min(signatures, MAX_DKIM_SIGNATURES)):
        verifier = dkim.DKIM(data, timeout=DNS_TIMEOUT)
        try:
            valid = verifier.verify(idx=idx, dnsfunc=dkim_dns)
        except dkim.DnsTimeoutError:
            dkim_results.append("temperror")
            continue
        except dkim.DKIMException as exc:
            logger.info("DKIM signature %d unusable: %s", idx, exc)
            valid = False
        dkim_results.append("pass" if valid else "fail")
        if valid and verifier.domain:
            signed_domains.append(verifier.domain.decode(errors="replace").lower())
    dkim_summary = _summary(dkim_results)

    if from_domain is None:
        return AuthResult(spf_result, dkim_summary, "fail", None, False)

    try:
        record = _dmarc_record(resolver, from_domain)
    except DnsTempError:
        record = None
    strict_spf = bool(record) and record.get("aspf") == "s"
    strict_dkim = bool(record) and record.get("adkim") == "s"
    is_aligned = (
        spf_result == "pass" and aligned(spf_domain, from_domain, strict=strict_spf)
    ) or any(aligned(d, from_domain, strict=strict_dkim) for d in signed_domains)
    dmarc_result = "none" if record is None else ("pass" if is_aligned else "fail")
    return AuthResult(
        spf_result, dkim_summary, dmarc_result, from_domain if is_aligned else None, is_aligned
    )


def _summary(results: list[str]) -> str:
    if not results:
        return "none"
    for result in ("pass", "temperror"):
        if result in results:
            return result
    return "fail"


def _check_trusted_header(
    headers: list[tuple[str, str]], *, servid: str, from_domain: str | None
) -> AuthResult:
    """Read the topmost Authentication-Results header with our upstream's authserv-id
    (if it is malformed, nothing is trusted)."""
    trusted = None
    for value in _values(headers, "Authentication-Results"):
        if (authresults.authserv_id(value) or "").lower() == servid.lower():
            try:
                trusted = authresults.parse(value)
            except authresults.HeaderSyntaxError as error:
                logger.warning("Authentication-Results of %s unreadable: %s", servid, error)
            break
    if trusted is None:
        return AuthResult("none", "none", "none", None, False)

    def first(method):
        return next((r for r in trusted.results if r.method == method), None)

    spf_res = first("spf")
    spf_result = spf_res.result if spf_res else "none"
    spf_domain = None
    if spf_res:
        mailfrom = spf_res.property("smtp", "mailfrom")
        spf_domain = domain_of(mailfrom) or (
            mailfrom if mailfrom and "@" not in mailfrom else None
        )
        spf_domain = spf_domain or spf_res.property("smtp", "helo")
    dkim_res = [r for r in trusted.results if r.method == "dkim"]
    signed_domains = [r.property("header", "d") for r in dkim_res if r.result == "pass"]
    dmarc_res = first("dmarc")
    dmarc_result = dmarc_res.result if dmarc_res else "none"

    if from_domain is None:
        return AuthResult(spf_result, _summary([r.result for r in dkim_res]), "fail", None, False)
    if dmarc_result == "fail":
        # The upstream evaluated the From domain's own DMARC policy (strict alignment, a
        # subdomain policy) and it failed: a relaxed match of our own must not overrule
        # it (a DKIM pass for mail.example.com with dmarc=fail for example.com).
        return AuthResult(spf_result, _summary([r.result for r in dkim_res]), "fail", None, False)
    is_aligned = (
        (spf_result == "pass" and aligned(spf_domain, from_domain, strict=False))
        or any(aligned(d, from_domain, strict=False) for d in signed_domains)
        or (
            dmarc_result == "pass"
            and (dmarc_res.property("header", "from") or "").lower() == from_domain
        )
    )
    return AuthResult(
        spf_result,
        _summary([r.result for r in dkim_res]),
        dmarc_result,
        from_domain if is_aligned else None,
        is_aligned,
    )


def authenticate(
    data: bytes,
    *,
    envelope_from: str,
    peer_ip: str,
    helo: str,
    resolver: DnsResolver | None = None,
    headers: list[tuple[str, str]] | None = None,
) -> AuthResult:
    """SPF/DKIM/DMARC verdict on one received message (see the module docstring).
    `headers`: the message's fields as (name, raw value), in order, if the caller has
    parsed it already (the relay has); otherwise they are read from `data`."""
    if headers is None:
        headers = _headers(data)
    from_domain = domain_of(header_from_address(data, headers=headers))
    servid = getattr(settings, "RELAY_TRUSTED_AUTH_SERVID", "")
    if servid:
        return _check_trusted_header(headers, servid=servid, from_domain=from_domain)
    return _check_dns(
        data,
        headers=headers,
        envelope_from=envelope_from,
        peer_ip=peer_ip,
        helo=helo,
        from_domain=from_domain,
        resolver=resolver or get_resolver(),
    )
