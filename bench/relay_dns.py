"""Offline DNS for the relay benchmark's DNS mode: `RELAY_DNS_RESOLVER=bench.relay_dns.RESOLVER`.

Every sender domain the benchmark writes from publishes SPF that lets 127.0.0.1 send for
it and a DMARC record (p=reject); nothing is DKIM-signed, so the relay runs pyspf, looks
for signatures (none) and reads DMARC, all answered from memory by a `StaticResolver`:
the figures include the cost of the checks, not of DNS round trips.
"""

SELLERS = 10
BUYER_DOMAINS = ("poczta.example", "mail.example", "skrzynka.example")
SPF = "v=spf1 ip4:127.0.0.1 -all"
DMARC = "v=DMARC1; p=reject; adkim=r; aspf=r"


def shop_domain(index: int) -> str:
    return f"sklep{index}.example"


def sender_domains() -> list[str]:
    return [shop_domain(i) for i in range(SELLERS)] + list(BUYER_DOMAINS)


def _resolver():
    from messaging.relay.auth import StaticResolver

    txt = {}
    for domain in sender_domains():
        txt[domain] = SPF
        txt[f"_dmarc.{domain}"] = DMARC
    return StaticResolver(txt=txt)


def __getattr__(name: str):
    # Built on first use, inside the relay process, once Django's apps are loaded.
    if name == "RESOLVER":
        globals()["RESOLVER"] = _resolver()
        return globals()["RESOLVER"]
    raise AttributeError(name)
