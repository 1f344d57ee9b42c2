"""Speakers with their aliases and dated roles; merging duplicates."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from claims.admin.actions import intermediate_page
from claims.admin.forms import SpeakerMergeForm
from claims.admin.history import HistoryAdmin
from claims.admin.reviewable import is_changelist
from claims.models import Claim, RolePhrase, Speaker, SpeakerAlias, SpeakerRole
from claims.services.speakers import speaker_merge


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


class RoleForm(forms.ModelForm):
    """A role with its Italian phrases edited on the speaker's page, one per line."""

    phrases = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}), required=False,
        help_text="How articles name the office, one per line: 'portavoce del Cremlino'.",
    )

    class Meta:
        model = SpeakerRole
        fields = ["title", "start_date", "end_date", "phrases"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            phrases = self.instance.phrases.all()
            self.fields["phrases"].initial = "\n".join(p.phrase for p in phrases)

    def phrase_list(self) -> list[str]:
        lines = (line.strip() for line in self.cleaned_data.get("phrases", "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    form = RoleForm
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("phrases")


def _claims_count() -> Coalesce:
    rows = (Claim.objects.filter(speaker=OuterRef("pk")).order_by().values("speaker")
            .annotate(n=Count("pk")).values("n"))
    return Coalesce(Subquery(rows), 0)


@admin.register(Speaker)
class SpeakerAdmin(HistoryAdmin):
    list_display = ["name", "kind", "side", "alias_list", "claims_count", "in_gazetteer"]
    list_filter = ["kind", ("side", admin.RelatedOnlyFieldListFilter), "in_gazetteer"]
    list_select_related = ["side"]
    search_fields = ["name", "aliases__alias", "description"]
    inlines = [SpeakerAliasInline, SpeakerRoleInline]
    actions = ["merge"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = super().get_queryset(request)
        if is_changelist(request):
            # One query for every row's aliases instead of one per row.
            queryset = queryset.annotate(n_claims=_claims_count()).prefetch_related(
                Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("alias"))
            )
        return queryset

    @admin.display(description="aliases")
    def alias_list(self, obj: Speaker) -> str:
        return ", ".join(a.alias for a in obj.aliases.all())

    @admin.display(description="claims", ordering="n_claims")
    def claims_count(self, obj: Speaker) -> int:
        return obj.n_claims

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user
        obj._change_reason = "admin"
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is not SpeakerRole:
            return
        for role_form in formset.forms:
            role = role_form.instance
            if role.pk is None or role_form in formset.deleted_forms:
                continue
            wanted = role_form.phrase_list()
            role.phrases.exclude(phrase__in=wanted).delete()
            have = set(role.phrases.values_list("phrase", flat=True))
            RolePhrase.objects.bulk_create(
                [RolePhrase(role=role, phrase=p) for p in wanted if p not in have]
            )

    @admin.action(description="Merge selected speakers…", permissions=["change"])
    def merge(self, request: HttpRequest, queryset: QuerySet):
        speakers = queryset.order_by("name")
        if speakers.count() < 2:
            self.message_user(request, "Select at least two speakers to merge.",
                              messages.WARNING)
            return None
        if "apply" in request.POST:
            form = SpeakerMergeForm(request.POST, site=self.admin_site, speakers=speakers)
            if form.is_valid():
                keep = form.cleaned_data["keep"]
                # All merges or none: a failure half-way leaves every speaker as it was.
                with transaction.atomic():
                    moved = [speaker_merge(keep=keep, merge=other, user=request.user)
                             for other in speakers.exclude(pk=keep.pk)]
                self.message_user(
                    request,
                    f"Merged {len(moved)} speaker(s) into {keep}: "
                    f"{sum(m.claims for m in moved)} claims, {sum(m.figures for m in moved)} "
                    f"figures, {sum(m.aliases for m in moved)} aliases, "
                    f"{sum(m.roles for m in moved)} roles moved.", messages.SUCCESS,
                )
                return None
        else:
            form = SpeakerMergeForm(site=self.admin_site, speakers=speakers,
                                    initial={"keep": _most_quoted(speakers)})
        return intermediate_page(self, request, speakers, action="merge",
                                 title="Merge speakers", form=form, button="Merge",
                                 show_items=False)


def _most_quoted(speakers: QuerySet) -> Speaker | None:
    return speakers.annotate(n=Count("claims")).order_by("-n", "name").first()


class RolePhraseInline(admin.TabularInline):
    model = RolePhrase
    extra = 1


@admin.register(SpeakerRole)
class SpeakerRoleAdmin(admin.ModelAdmin):
    list_display = ["title", "speaker", "start_date", "end_date"]
    list_select_related = ["speaker"]
    search_fields = ["title", "speaker__name", "phrases__phrase"]
    autocomplete_fields = ["speaker"]
    inlines = [RolePhraseInline]
