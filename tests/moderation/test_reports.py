"""Reports of incomplete or invalid buyer details: filing, the rules, and the staff queue."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from core.exceptions import DomainError
from moderation import services
from moderation.models import BuyerDetailsReason, BuyerDetailsReport, ReportStatus
from tests.factories import OrderFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:moderation_buyerdetailsreport_changelist")


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(
        username="staff", email="staff@example.com", password="staff-password", language="en"
    )


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def _report(order, reasons=(BuyerDetailsReason.MISSING_PHONE,), comment=""):
    return services.buyer_details_report_create(
        order=order, reporter=order.seller, reasons=reasons, comment=comment
    )


# --- filing ------------------------------------------------------------------------------


def test_the_seller_files_a_report_with_reasons_and_a_comment(order):
    report = _report(
        order,
        reasons=[
            BuyerDetailsReason.MISSING_APARTMENT_NUMBER,
            BuyerDetailsReason.EMAIL_UNREACHABLE,
        ],
        comment="  Block of flats, no flat number.  ",
    )
    report.refresh_from_db()
    assert report.status == ReportStatus.OPEN
    assert report.reasons == ["missing_apartment_number", "email_unreachable"]
    assert report.reason_labels == ["Missing apartment number", "E-mail cannot reach the buyer"]
    assert report.comment == "Block of flats, no flat number."
    assert (report.resolved_at, report.resolved_by) == (None, None)


@pytest.mark.parametrize("who", ["buyer", "stranger"])
def test_only_the_orders_seller_may_report(order, other_user, who):
    reporter = order.buyer if who == "buyer" else other_user
    with pytest.raises(DomainError) as error:
        services.buyer_details_report_create(
            order=order, reporter=reporter, reasons=["missing_phone"]
        )
    assert error.value.code == "not_seller"
    assert not BuyerDetailsReport.objects.exists()


@pytest.mark.parametrize(
    ("reasons", "code"), [([], "no_reason"), (["missing_phone", "rude"], "unknown_reason")]
)
def test_a_report_needs_reasons_from_the_list(order, reasons, code):
    with pytest.raises(DomainError) as error:
        _report(order, reasons=reasons)
    assert error.value.code == code


def test_a_second_report_while_one_is_open_is_refused_with_a_clear_message(order):
    _report(order)
    with pytest.raises(DomainError) as error:
        _report(order, reasons=["missing_last_name"])
    assert error.value.code == "already_open"
    assert "You have already reported this order's buyer details" in error.value.message
    assert BuyerDetailsReport.objects.count() == 1


def test_a_new_report_may_follow_a_closed_one(order, staff):
    first = _report(order)
    services.buyer_details_report_resolve(report=first, staff=staff, outcome="rejected")
    second = _report(order, reasons=["phone_does_not_exist"])
    assert second.pk != first.pk and second.status == ReportStatus.OPEN


def test_the_database_keeps_one_open_report_per_order_and_at_least_one_reason(order):
    _report(order)
    with pytest.raises(IntegrityError), transaction.atomic():
        BuyerDetailsReport.objects.create(order=order, reporter=order.seller, missing_phone=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        BuyerDetailsReport.objects.create(
            order=OrderFactory(), reporter=order.seller, status="rejected"
        )


# --- closing -----------------------------------------------------------------------------


def test_staff_resolve_a_report_with_a_note(order, staff):
    report = _report(order)
    closed = services.buyer_details_report_resolve(
        report=report, staff=staff, outcome=ReportStatus.RESOLVED, note=" Buyer contacted. "
    )
    closed.refresh_from_db()
    assert closed.status == ReportStatus.RESOLVED
    assert closed.staff_note == "Buyer contacted."
    assert closed.resolved_by == staff and closed.resolved_at is not None


def test_closing_again_the_same_way_changes_nothing_and_the_other_way_is_refused(order, staff):
    report = _report(order)
    first = services.buyer_details_report_resolve(report=report, staff=staff, outcome="resolved")
    again = services.buyer_details_report_resolve(report=report, staff=staff, outcome="resolved")
    assert again.resolved_at == first.resolved_at
    with pytest.raises(DomainError) as error:
        services.buyer_details_report_resolve(report=report, staff=staff, outcome="rejected")
    assert error.value.code == "decided"


def test_only_staff_close_reports_and_only_as_resolved_or_rejected(order, staff):
    report = _report(order)
    with pytest.raises(DomainError):
        services.buyer_details_report_resolve(
            report=report, staff=order.seller, outcome="resolved"
        )
    with pytest.raises(DomainError):
        services.buyer_details_report_resolve(report=report, staff=staff, outcome="open")
    report.refresh_from_db()
    assert report.status == ReportStatus.OPEN


# --- the staff queue in admin ------------------------------------------------------------


def test_the_queue_lists_reports_with_order_number_reporter_buyer_and_reasons(staff_client, order):
    _report(order, reasons=["address_does_not_exist"])
    page = staff_client.get(CHANGELIST).text
    assert order.transaction_id in page
    assert order.seller.username in page and order.buyer.username in page
    assert "The delivery address does not exist" in page


def test_the_queue_filters_by_status_and_reason_and_searches_by_number_and_login(
    staff_client, staff, order
):
    open_one = _report(order, reasons=["missing_phone"])
    other = OrderFactory()
    closed = _report(other, reasons=["email_unreachable"])
    services.buyer_details_report_resolve(report=closed, staff=staff, outcome="rejected")

    def listed(params):
        page = staff_client.get(CHANGELIST, params).text
        return {n for n in (order.transaction_id, other.transaction_id) if n in page}

    assert listed({"status__exact": "open"}) == {order.transaction_id}
    assert listed({"status__exact": "rejected"}) == {other.transaction_id}
    assert listed({"reason": "email_unreachable"}) == {other.transaction_id}
    assert listed({"reason": "missing_phone"}) == {order.transaction_id}
    assert listed({"q": other.transaction_id}) == {other.transaction_id}
    assert listed({"q": order.buyer.username}) == {order.transaction_id}
    assert listed({"q": other.seller.username}) == {other.transaction_id}
    assert open_one.status == ReportStatus.OPEN


@pytest.mark.parametrize(
    ("action", "status"), [("resolve_selected", "resolved"), ("reject_selected", "rejected")]
)
def test_queue_actions_close_the_selected_open_reports(staff_client, staff, order, action, status):
    report = _report(order)
    response = staff_client.post(
        CHANGELIST, {"action": action, "_selected_action": [report.pk]}, follow=True
    )
    assert response.status_code == 200
    report.refresh_from_db()
    assert report.status == status and report.resolved_by == staff
    assert "1 report closed." in response.text


def test_staff_close_a_report_on_its_page_with_a_note_for_the_seller(staff_client, staff, order):
    report = _report(order)
    url = reverse("admin:moderation_buyerdetailsreport_change", args=[report.pk])
    page = staff_client.get(url).text
    assert 'name="outcome"' in page and 'name="staff_note"' in page
    response = staff_client.post(url, {"outcome": "resolved", "staff_note": "Phone added."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.staff_note, report.resolved_by) == (
        "resolved",
        "Phone added.",
        staff,
    )
    # a closed report is a record: its page shows it, with nothing to change
    page = staff_client.get(url).text
    assert 'name="outcome"' not in page and "Phone added." in page


def test_staff_cannot_add_or_delete_reports_in_admin(staff_client, order):
    report = _report(order)
    add = reverse("admin:moderation_buyerdetailsreport_add")
    delete = reverse("admin:moderation_buyerdetailsreport_delete", args=[report.pk])
    assert staff_client.get(add).status_code == 403
    assert staff_client.get(delete).status_code == 403


def test_the_queue_costs_the_same_queries_however_many_reports(
    staff_client, order, django_assert_num_queries
):
    _report(order)
    staff_client.get(CHANGELIST)
    # session, staff, one COUNT, one page joined with order, buyer and reporter, two for
    # the date hierarchy
    with django_assert_num_queries(6) as few:
        staff_client.get(CHANGELIST)
    for _ in range(8):
        _report(OrderFactory())
    with django_assert_num_queries(len(few.captured_queries)):
        staff_client.get(CHANGELIST)
