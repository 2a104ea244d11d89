"""Threads between a buyer and a seller, their messages and attachments (SPEC §3, §9)."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Side(models.TextChoices):
    BUYER = "buyer", _("Buyer")
    SELLER = "seller", _("Seller")


class ThreadManager(models.Manager):
    """Threads without their search document, which only the search's WHERE reads (a
    thread's tsvector is larger than the rest of its row)."""

    def get_queryset(self):
        return super().get_queryset().defer("search_document")


class Thread(models.Model):
    """A conversation about exactly one order or exactly one offer."""

    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="buyer_threads",
        verbose_name=_("buyer"),
    )
    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="seller_threads",
        verbose_name=_("seller"),
    )
    order = models.ForeignKey(
        "orders.Order",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="threads",
        verbose_name=_("order"),
    )
    offer = models.ForeignKey(
        "orders.Offer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="threads",
        verbose_name=_("offer"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # Denormalised by the services so the thread list is one indexed query per page.
    last_message_at = models.DateTimeField(_("last message at"), default=timezone.now)
    last_message = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last delivered message"),
    )
    last_author_side = models.CharField(
        _("last written by"), max_length=6, choices=Side, blank=True
    )
    seller_email = models.ForeignKey(
        "marketplace.SellerEmailAddress",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("seller address used in this conversation"),
        help_text=_("Mail from the buyer goes here; if it was removed, to the primary one."),
    )
    buyer_unread_count = models.PositiveIntegerField(_("unread by the buyer"), default=0)
    seller_unread_count = models.PositiveIntegerField(_("unread by the seller"), default=0)
    # Put away by one side (the Archived filter); a new message to that side brings it back.
    buyer_archived = models.BooleanField(_("archived by the buyer"), default=False)
    seller_archived = models.BooleanField(_("archived by the seller"), default=False)
    # The seller said the buyer's last message needs no answer: the thread is not awaiting
    # a reply until someone writes again (messaging.threads clears it).
    reply_not_needed = models.BooleanField(_("no response needed"), default=False)
    # Who of the seller's team takes care of it (the seller or a team member's own login;
    # empty: unassigned). Seller's side only: the buyer never sees it.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="threads_assigned",
        verbose_name=_("assigned to"),
        db_index=False,  # thread_seller_assigned_idx leads with the seller
    )
    # PostgreSQL's full-text document of the thread's delivered text (stripped tsvector,
    # 'simple' configuration), kept by messaging.threads with the fields above; its GIN
    # index thread_search_document_idx comes from migration 0006. Empty on other
    # databases, which search the messages themselves.
    search_document = SearchVectorField(_("search document"), db_default="", editable=False)

    objects = ThreadManager()

    class Meta:
        verbose_name = _("thread")
        base_manager_name = "objects"  # `message.thread` leaves the document out too
        verbose_name_plural = _("threads")
        ordering = ["-last_message_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(order__isnull=False) & models.Q(offer__isnull=True))
                | (models.Q(order__isnull=True) & models.Q(offer__isnull=False)),
                name="thread_about_order_xor_offer",
            ),
            models.CheckConstraint(
                condition=~models.Q(buyer=models.F("seller")), name="thread_buyer_not_seller"
            ),
            models.UniqueConstraint(
                fields=["order"],
                condition=models.Q(order__isnull=False),
                name="thread_one_per_order",
            ),
            models.UniqueConstraint(
                fields=["buyer", "offer"],
                condition=models.Q(offer__isnull=False),
                name="thread_one_per_buyer_offer",
            ),
        ]
        indexes = [
            models.Index(
                fields=["seller", "assigned_to", "-last_message_at", "-id"],
                name="thread_seller_assigned_idx",
            ),
            models.Index(
                fields=["buyer", "-last_message_at", "-id"], name="thread_buyer_recent_idx"
            ),
            models.Index(
                fields=["seller", "-last_message_at", "-id"], name="thread_seller_recent_idx"
            ),
            models.Index(
                fields=["buyer", "-last_message_at", "-id"],
                condition=models.Q(buyer_unread_count__gt=0),
                name="thread_buyer_unread_idx",
            ),
            models.Index(
                fields=["seller", "-last_message_at", "-id"],
                condition=models.Q(seller_unread_count__gt=0),
                name="thread_seller_unread_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.buyer} ↔ {self.seller}"

    def side_of(self, user) -> str:
        """Which side `user` is on; callers have already checked they are a party."""
        return Side.BUYER if user.pk == self.buyer_id else Side.SELLER

    def other_party(self, user):
        return self.seller if user.pk == self.buyer_id else self.buyer

    def unread_for(self, user) -> int:
        if user.pk == self.buyer_id:
            return self.buyer_unread_count
        return self.seller_unread_count

    def awaits_reply_from(self, user) -> bool:
        return (
            bool(self.last_author_side)
            and self.last_author_side != self.side_of(user)
            and not (self.reply_not_needed and self.side_of(user) == Side.SELLER)
        )

    def archived_for(self, user) -> bool:
        return self.buyer_archived if user.pk == self.buyer_id else self.seller_archived


class Channel(models.TextChoices):
    WEB = "web", _("Web")
    EMAIL = "email", _("E-mail")
    # Staff write into a conversation (a notice both parties see).
    STAFF = "staff", _("Marketplace staff")
    # Written by a seller's tool through the seller API (api/).
    API = "api", _("Seller API")


class EmailStatus(models.TextChoices):
    """Outbound e-mail of a delivered message to the recipient's real address."""

    PENDING = "pending", _("Sending")
    RETRYING = "retrying", _("Retrying")
    SENT = "sent", _("Sent by e-mail")
    DELAYED = "delayed", _("Delivery delayed")
    FAILED = "failed", _("Could not be delivered by e-mail")
    # An automatic reply kept from e-mail (relay/automatic.py): shown on the web only.
    WITHHELD = "withheld", _("Shown in the Message Center only")


class MessageState(models.TextChoices):
    """Where a message stands on its one path (SPEC §9; the allowed moves are
    messaging.pipeline.TRANSITIONS)."""

    QUEUED = "queued", _("Queued")
    HELD = "held", _("Held by Allina")
    BLOCKED = "blocked", _("Blocked")
    DELIVERED = "delivered", _("Delivered")
    RESOLVED = "resolved", _("Resolved")


class Message(models.Model):
    # No index of its own: message_thread_time_idx (thread, created_at, id) begins with it
    # and serves every lookup by thread; one index less to write per message.
    thread = models.ForeignKey(
        Thread,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("thread"),
        db_index=False,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="messages_written",
        verbose_name=_("author"),
        help_text=_("Empty for mail from an allowlisted courier, payment or tool sender."),
    )
    # The person of the seller's team who wrote it, when not the seller themselves
    # (accounts.team): the author stays the shop, which is all the buyer sees.
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="messages_sent_for_seller",
        verbose_name=_("written by team member"),
        db_index=False,
    )
    text = models.TextField(_("text"))
    channel = models.CharField(_("channel"), max_length=5, choices=Channel, default=Channel.WEB)
    state = models.CharField(
        _("state"), max_length=20, choices=MessageState, default=MessageState.QUEUED
    )
    # The stage that stopped the message (blocked or held) and what the writer was told.
    stopped_by = models.CharField(_("stopped by"), max_length=30, blank=True)
    stop_reason = models.TextField(_("reason given to the writer"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    buyer_read_at = models.DateTimeField(_("read by the buyer at"), null=True, blank=True)
    seller_read_at = models.DateTimeField(_("read by the seller at"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    notified_at = models.DateTimeField(
        _("recipient notified at"),
        null=True,
        blank=True,
        help_text=_("When the e-mail went to the recipient's real address."),
    )
    # Outbound e-mail to the recipient's real address (the mail relay, SPEC §4).
    email_status = models.CharField(
        _("e-mail delivery"), max_length=10, choices=EmailStatus, blank=True
    )
    email_error = models.CharField(_("e-mail delivery problem"), max_length=300, blank=True)
    email_message_id = models.CharField(_("outbound Message-ID"), max_length=255, blank=True)
    # Inbound e-mail (channel=email): the real sender, kept for staff and routing, never
    # shown to the other side; the sender's Message-ID makes a retried delivery harmless.
    sender_address = models.EmailField(_("sender's real address"), blank=True)
    inbound_message_id = models.CharField(_("inbound Message-ID"), max_length=255, blank=True)
    html = models.TextField(
        _("sanitised HTML body"), blank=True, help_text=_("Only ever produced by nh3.")
    )
    # Mail written by a robot (an out-of-office answer, RFC 3834): "auto-replied" or
    # "auto-generated"; empty for a person's message (messaging/relay/automatic.py).
    automatic = models.CharField(_("automatic message"), max_length=20, blank=True)
    # The seller marked this buyer's message as needing no answer ("No response needed"):
    # My Sales Quality counts its question neither as unanswered nor as answered.
    no_reply_needed_at = models.DateTimeField(
        _("marked as needing no response at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["thread", "created_at", "id"], name="message_thread_time_idx"),
            # The sweep's look for relayed mail whose processing task was lost.
            models.Index(
                fields=["created_at"],
                condition=models.Q(state="queued"),
                name="message_queued_idx",
            ),
            # A writer's own messages that did not reach the other side (blocked, held by
            # Allina, ...): few, and what the thread search adds to the thread's document
            # for them (messaging.selectors).
            models.Index(
                fields=["author", "thread"],
                condition=~models.Q(state="delivered"),
                name="message_undelivered_author_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(author__isnull=False) | ~models.Q(sender_address=""),
                name="message_has_an_author_or_a_sender",
            ),
            models.UniqueConstraint(
                fields=["thread", "inbound_message_id"],
                condition=~models.Q(inbound_message_id=""),
                name="message_inbound_once_per_thread",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author}: {self.text[:40]}"


def attachment_upload_to(instance: "Attachment", filename: str) -> str:
    # The stored name never comes from the user: the original name is kept in a field.
    return timezone.now().strftime("attachments/%Y/%m/") + instance.storage_name


class Attachment(models.Model):
    message = models.ForeignKey(
        Message, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("message")
    )
    file = models.FileField(_("file"), upload_to=attachment_upload_to)
    storage_name = models.CharField(max_length=64, editable=False)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(size__gt=0), name="attachment_not_empty"),
        ]

    def __str__(self) -> str:
        return self.original_name


class RelayAllowlistEntry(models.Model):
    """A courier, payment or sales-tool sender whose mail reaches buyers (SPEC §4, seed).

    `@domain` matches every address at exactly that domain; an entry without `@` matches
    that exact domain, and an entry `name@domain` that exact address. Matching is
    case-insensitive; look-alike domains (`inpost.pl.evil.example`) do not match.
    """

    pattern = models.CharField(_("address or @domain"), max_length=254)
    note = models.CharField(_("note"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("added at"), default=timezone.now)

    class Meta:
        verbose_name = _("relay allowlist entry")
        verbose_name_plural = _("relay allowlist")
        ordering = ["pattern"]
        constraints = [
            models.UniqueConstraint(Lower("pattern"), name="relay_allowlist_pattern_unique"),
        ]

    def __str__(self) -> str:
        return self.pattern


class ReplyTemplate(models.Model):
    """A seller's saved answer: a body with placeholders such as {buyer_name}, and
    optional variants in the buyer's language (messaging.reply_templates)."""

    seller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reply_templates",
        verbose_name=_("seller"),
    )
    name = models.CharField(_("name"), max_length=80)
    body = models.TextField(_("text"), max_length=4000)
    # The same answer in a buyer's language; empty: the text above is used.
    variants = models.JSONField(_("language variants"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                "seller", Lower("name"), name="reply_template_name_unique_per_seller"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class ThreadNote(models.Model):
    """An internal note on a conversation, for the seller's side only.

    Kept apart from Message on purpose: nothing that shows, sends, translates or counts
    messages (the buyer's page, e-mail relay, API, rules, My Sales Quality) reads this
    table, so a note cannot reach the buyer by construction.
    """

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="thread_notes"
    )
    text = models.TextField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Note {self.pk} on thread {self.thread_id}"
