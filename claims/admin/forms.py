"""Forms for the curators' admin: hand-made spans and the bulk 'set …' actions."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinValueValidator

from claims.limits import NOTE_MAX_LENGTH
from claims.models import Claim, Figure, Side, Speaker, Status

# The review service's own span check, so a bad span is a form error, not a server error.
from claims.services.review import span_sentences


class ItemForm(forms.ModelForm):
    """A claim or figure, added or changed: a note of a few paragraphs at most, and no value
    below zero (figures count things and money)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        note = self.fields.get("curator_note")
        if note is not None:
            note.validators.append(MaxLengthValidator(NOTE_MAX_LENGTH))
            note.widget.attrs["maxlength"] = str(NOTE_MAX_LENGTH)
        for name in ("value", "value_max"):
            if name in self.fields:
                self.fields[name].validators.append(MinValueValidator(0))
                self.fields[name].widget.attrs["min"] = "0"


class SpanForm(ItemForm):
    """A span chosen in the source: start and end are validated against its text."""

    def clean(self):
        cleaned = super().clean()
        source, start, end = cleaned.get("source"), cleaned.get("start"), cleaned.get("end")
        if source is not None and start is not None and end is not None:
            try:
                span_sentences(source, start, end)
            except ValidationError as error:
                raise ValidationError({"end": error.messages}) from error
        return cleaned


class ClaimAddForm(SpanForm):
    class Meta:
        model = Claim
        fields = ["source", "start", "end", "kind", "speaker", "side", "cue", "status",
                  "curator_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].initial = Status.VERIFIED


class FigureAddForm(SpanForm):
    class Meta:
        model = Figure
        fields = ["source", "start", "end", "value", "value_max", "approximate", "qualifier",
                  "unit", "category", "claim", "speaker", "side", "status", "curator_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].initial = Status.VERIFIED

    def clean(self):
        cleaned = super().clean()
        claim, source = cleaned.get("claim"), cleaned.get("source")
        if claim is not None and source is not None and claim.source_id != source.pk:
            self.add_error("claim", "This claim belongs to another source.")
        return cleaned


class ActionForm(forms.Form):
    """The intermediate page of a 'set …' action."""

    def __init__(self, *args, site: admin.AdminSite, **kwargs):
        super().__init__(*args, **kwargs)
        self.site = site


class SetSpeakerForm(ActionForm):
    help = "Their side becomes the speaker's side."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Built here: the search-as-you-type widget needs the admin site.
        self.fields["speaker"] = forms.ModelChoiceField(
            queryset=Speaker.objects.all(),
            widget=AutocompleteSelect(Claim._meta.get_field("speaker"), self.site),
        )


class SetSideForm(ActionForm):
    side = forms.ModelChoiceField(queryset=Side.objects.all(), required=False,
                                  help_text="Leave empty to clear the side.")
    help = ""


class SetCategoryForm(ActionForm):
    category = forms.ChoiceField(choices=Figure.Category.choices)
    help = ""


class SpeakerMergeForm(ActionForm):
    keep = forms.ModelChoiceField(queryset=Speaker.objects.none(), widget=forms.RadioSelect,
                                  empty_label=None, label="Keep")
    help = ("The others are merged into the kept speaker: their aliases, roles, claims and "
            "figures move to it, their names become its aliases, and they are deleted.")

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = speakers
