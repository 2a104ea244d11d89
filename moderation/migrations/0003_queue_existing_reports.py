"""Buyer details reports filed before the review queue existed join it; blocked messages
are found through a small partial index (the queue picks them up when staff open it)."""

from django.db import migrations


def queue_existing_reports(apps, schema_editor):
    BuyerDetailsReport = apps.get_model("moderation", "BuyerDetailsReport")
    ModerationCase = apps.get_model("moderation", "ModerationCase")
    status_of = {"open": "open", "resolved": "upheld", "rejected": "dismissed"}
    cases = [
        ModerationCase(
            kind="buyer_details_report",
            buyer_details_report_id=report.pk,
            categories=["buyer_details"],
            marketplace=report.order.marketplace,
            status=status_of[report.status],
            created_at=report.created_at,
            decided_at=report.resolved_at,
            decided_by_id=report.resolved_by_id,
        )
        for report in BuyerDetailsReport.objects.select_related("order").filter(case__isnull=True)
    ]
    ModerationCase.objects.bulk_create(cases)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_message_reports_and_review_queue"),
        ("messaging", "0006_thread_search_document"),
    ]

    operations = [
        migrations.RunPython(queue_existing_reports, migrations.RunPython.noop),
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS moderation_blocked_message_idx"
            " ON messaging_message (id) WHERE state = 'blocked'",
            "DROP INDEX IF EXISTS moderation_blocked_message_idx",
        ),
    ]
