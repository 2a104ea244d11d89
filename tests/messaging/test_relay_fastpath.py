"""The relay's fast paths (messaging/relay/fastpath/): each one gives its library's own
answers, and the plain fallback runs when the library is not the version it was written
for."""

import pytest
import spf
from aiosmtpd.smtp import SMTP
from django.db import connection
from hypothesis import given, settings
from hypothesis import strategies as st

from accounts.models import User
from messaging.relay import rows
from messaging.relay.auth import DnsTempError, StaticResolver
from messaging.relay.fastpath import aiosmtpd as fast_aiosmtpd
from messaging.relay.fastpath import checks as fast_checks
from messaging.relay.fastpath import django_models as fast_django
from messaging.relay.fastpath import psycopg as fast_psycopg
from messaging.relay.fastpath import pyspf as fast_pyspf
from orders.models import Order

pytestmark = pytest.mark.django_db


class _Handler:
    pass


# --- aiosmtpd ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    argument=st.one_of(
        st.text(max_size=80),
        st.builds(
            lambda local, domain, rest: f"<{local}@{domain}>{rest}",
            st.text(min_size=0, max_size=70),
            st.text(min_size=0, max_size=20),
            st.sampled_from(["", " SIZE=100", " BODY=8BITMIME", "  x"]),
        ),
    ),
    limit=st.sampled_from([0, 64]),
)
def test_the_session_parses_addresses_as_aiosmtpd_does(argument, limit):
    stock, ours = SMTP(_Handler()), fast_aiosmtpd.RelaySMTP(_Handler())
    stock.local_part_limit = ours.local_part_limit = limit
    try:
        expected = stock._getaddr(argument)
    except (IndexError, AttributeError):  # aiosmtpd's parse crashes (`<`, `0@[`): ours refuses
        expected = (None, None)
    assert ours._getaddr(argument) == expected


def test_another_aiosmtpd_gets_its_own_session_class(monkeypatch):
    assert fast_aiosmtpd.session_class() is fast_aiosmtpd.RelaySMTP
    monkeypatch.setattr(fast_aiosmtpd, "VERSION", "1.5.0")
    assert fast_aiosmtpd.session_class() is SMTP
    assert fast_aiosmtpd.describe().startswith("fallback (aiosmtpd 1.5.0")


# --- Django model instances ---------------------------------------------------------------


def test_instances_are_built_as_from_db_builds_them(order):
    names = ("id", "transaction_id", "buyer", "seller", "marketplace")
    sql = f"SELECT {rows.select(Order, 'o', names)} FROM {rows.table(Order)} o WHERE o.id = %s"  # noqa: S608
    (row,) = rows.fetch(sql, [order.pk])
    attnames = tuple(f.attname for f in Order._meta.concrete_fields if f.name in names)
    fast = fast_django.build(Order, attnames, list(row))
    plain = fast_django.build_plain(Order, attnames, list(row))
    for built in (fast, plain):
        assert type(built) is Order and not built._state.adding
        assert built.get_deferred_fields() == plain.get_deferred_fields()
        assert {a: getattr(built, a) for a in attnames} == {a: getattr(plain, a) for a in attnames}
    assert fast.get_deferred_fields()  # the rest is deferred ...
    assert fast.total == order.total  # ... and loads when read


def test_another_django_builds_with_from_db(monkeypatch, order):
    monkeypatch.setattr(fast_django, "SUPPORTED", ())
    names = ("id", "transaction_id", "buyer", "seller", "marketplace")
    sql = f"SELECT {rows.select(Order, 'o', names)} FROM {rows.table(Order)} o WHERE o.id = %s"  # noqa: S608
    built = rows.cut(rows.fetch(sql, [order.pk])[0], (Order, names))[0]
    assert (built.pk, built.transaction_id, built.buyer_id) == (
        order.pk,
        order.transaction_id,
        order.buyer_id,
    )
    assert fast_django.describe().startswith("fallback (Django")


# --- psycopg --------------------------------------------------------------------------------


def test_prepared_and_plain_statements_give_the_same_rows(buyer, seller, monkeypatch):
    options = {**connection.settings_dict.get("OPTIONS", {}), "prepare_threshold": 2**31}
    monkeypatch.setitem(connection.settings_dict, "OPTIONS", options)
    sql = f"SELECT id, username, email FROM {rows.table(User)} WHERE id IN (%s, %s) ORDER BY id"  # noqa: S608
    params = [buyer.pk, seller.pk]
    assert fast_psycopg.fetch(sql, params) == fast_psycopg.fetch_plain(sql, params)
    assert [r[1] for r in fast_psycopg.fetch(sql, params)] == [buyer.username, seller.username]


def test_only_the_relay_process_prepares_statements(settings, monkeypatch):
    monkeypatch.setitem(
        connection.settings_dict, "OPTIONS", dict(connection.settings_dict.get("OPTIONS", {}))
    )
    assert not fast_psycopg.active()  # the web and the workers: psycopg keeps no count
    settings.RELAY_PREPARED_STATEMENTS = False  # DATABASE_PREPARED_STATEMENTS=false
    assert fast_psycopg.enable() is False and not fast_psycopg.active()


def test_on_postgresql_the_statement_is_prepared_on_the_server(buyer, monkeypatch):
    if connection.vendor != "postgresql":
        assert not fast_psycopg.active()
        assert fast_psycopg.describe().startswith("fallback (sqlite")
        return
    # as run_mail_relay sets it (enable() would also close the test's connection)
    options = {**connection.settings_dict.get("OPTIONS", {}), "prepare_threshold": 2**31}
    monkeypatch.setitem(connection.settings_dict, "OPTIONS", options)
    assert fast_psycopg.active(), fast_psycopg.describe()
    sql = f"SELECT id FROM {rows.table(User)} WHERE id = %s AND %s = %s"  # noqa: S608
    fast_psycopg.fetch(sql, [buyer.pk, 1, 1])
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    assert any("AND $2 = $3" in statement for statement in prepared)


def test_preparing_switched_off_in_the_settings_uses_plain_statements(monkeypatch, buyer):
    monkeypatch.setitem(connection.settings_dict, "OPTIONS", {})
    assert not fast_psycopg.active()
    sql = f"SELECT username FROM {rows.table(User)} WHERE id = %s"  # noqa: S608
    assert fast_psycopg.fetch(sql, [buyer.pk]) == [(buyer.username,)]


# --- pyspf ----------------------------------------------------------------------------------


def test_spf_asks_the_resolver_of_the_check():
    resolver = StaticResolver(txt={"shop.example": "v=spf1 ip4:192.0.2.0/24 -all"})
    with fast_pyspf.using(resolver, temporary_errors=(DnsTempError,)):
        assert spf.check2(i="192.0.2.7", s="a@shop.example", h="mx.shop.example")[0] == "pass"
        assert spf.check2(i="198.51.100.1", s="a@shop.example", h="mx.shop.example")[0] == "fail"


def test_a_dns_timeout_is_a_temporary_spf_error():
    class Timeouts:
        def query(self, name, qtype):
            raise DnsTempError("timed out")

    with fast_pyspf.using(Timeouts(), temporary_errors=(DnsTempError,)):
        assert spf.check2(i="192.0.2.7", s="a@shop.example", h="mx")[0] == "temperror"


def test_another_pyspf_is_left_as_it_is(monkeypatch):
    monkeypatch.setattr(fast_pyspf, "VERSION", "2.1.0")
    assert not fast_pyspf.active()
    assert "pyspf's own DNS" in fast_pyspf.describe()


# --- the system check -----------------------------------------------------------------------


def test_a_fallback_in_use_is_a_system_check_warning(monkeypatch):
    assert [m for m in fast_checks.fast_paths() if "aiosmtpd" in m.msg] == []
    monkeypatch.setattr(fast_aiosmtpd, "VERSION", "2.0.0")
    [warning] = [m for m in fast_checks.fast_paths() if "aiosmtpd" in m.msg]
    assert warning.id == "messaging.W001"
