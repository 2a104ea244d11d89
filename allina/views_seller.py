"""My Sales Quality, customer service (SPEC §5): the signed-in seller's own figures.

The page takes no seller id: it always shows the figures of the seller who asks, so
nobody can see another seller's. Accounts that do not sell get a 404.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from . import metrics


class PeriodForm(forms.Form):
    days = forms.TypedChoiceField(
        label=_("Period"),
        coerce=int,
        choices=[(days, days) for days in metrics.PERIODS],
        error_messages={"invalid_choice": _("Choose a period of 7, 30 or 90 days.")},
    )


@require_GET
@login_required
@vary_on_headers("HX-Request")
def quality(request):
    """The figures for the last 7, 30 or 90 days (`?days=`, 30 by default); with htmx only
    the figures are swapped when the seller picks another period. A period that is not
    offered shows the default one with the reason, answered with 400."""
    if not request.user.is_seller:
        raise Http404
    days, error, status = metrics.DEFAULT_PERIOD, "", 200
    if "days" in request.GET:
        form = PeriodForm(request.GET)
        if form.is_valid():
            days = form.cleaned_data["days"]
        else:
            error, status = " ".join(form.errors["days"]), 400
    context = {
        "figures": metrics.quality_figures(seller=request.user, days=days),
        "periods": metrics.PERIODS,
        "period_error": error,
    }
    template_name = "allina/quality.html"
    if request.htmx:
        template_name += "#quality-figures"
    return render(request, template_name, context, status=status)
