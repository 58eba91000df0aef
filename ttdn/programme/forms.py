from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import IndexEntry, IndexTarget, ParticipantGroup, Plan, Task, TaskEvidence, TrainingCourse


class DateInput(forms.DateInput):
    input_type = "date"


def _style(form: forms.BaseForm) -> None:
    """Bootstrap classes on every widget (server-rendered forms, no crispy dependency)."""
    for field in form.fields.values():
        widget = field.widget
        css = "form-select form-select-sm" if isinstance(widget, forms.Select) else "form-control form-control-sm"
        if isinstance(widget, forms.CheckboxInput):
            css = "form-check-input"
        widget.attrs["class"] = css


class StyledModelForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        _style(self)


class PlanForm(StyledModelForm):
    class Meta:
        model = Plan
        fields = ["agency", "year", "title", "document_ref", "issued_on", "status"]
        widgets = {"issued_on": DateInput()}


class TaskForm(StyledModelForm):
    class Meta:
        model = Task
        fields = ["title", "task_group", "owner_unit", "start", "due", "weight"]
        widgets = {"start": DateInput(), "due": DateInput()}


class TaskProgressForm(StyledModelForm):
    class Meta:
        model = Task
        fields = ["status", "progress"]


class EvidenceForm(StyledModelForm):
    class Meta:
        model = TaskEvidence
        fields = ["file", "description"]


class CourseForm(StyledModelForm):
    class Meta:
        model = TrainingCourse
        fields = ["title", "organiser", "level", "start", "end", "place", "materials"]
        widgets = {"start": DateInput(), "end": DateInput(), "materials": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        for group in ParticipantGroup:
            self.fields[f"p_{group.value}"] = forms.IntegerField(
                label=_("Số học viên: %(g)s") % {"g": group.label}, min_value=0, required=False
            )
        _style(self)

    def participants(self) -> dict[str, int]:
        return {g.value: self.cleaned_data.get(f"p_{g.value}") or 0 for g in ParticipantGroup}


class IndexEntryForm(StyledModelForm):
    source_url = forms.URLField(label=_("nguồn"), max_length=500, assume_scheme="https")

    class Meta:
        model = IndexEntry
        fields = ["year", "country", "rank", "score", "n_countries", "source_url", "note"]


class IndexTargetForm(StyledModelForm):
    class Meta:
        model = IndexTarget
        fields = ["year", "target_rank", "target_score", "note"]
