"""Forms of the response desk pages (validation only; services do the work)."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.models import Agency, Role

from .models import CONTENT_LANGUAGES, TRANSLATION_LANGUAGES, Correction, Fact, Narrative, Severity


def _split_list(value: str) -> list[str]:
    return [part.strip() for part in value.replace("\n", ",").split(",") if part.strip()]


class StyledForm(forms.Form):
    """Bootstrap classes on every widget, so templates stay plain."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxSelectMultiple | forms.CheckboxInput):
                continue
            css = "form-select" if isinstance(widget, forms.Select) else "form-control"
            widget.attrs["class"] = (widget.attrs.get("class", "") + " " + css).strip()


class AgencyChoiceMixin:
    def limit_agencies(self, agencies: list[Agency]) -> None:
        field = self.fields["agency"]  # type: ignore[attr-defined]
        field.queryset = Agency.objects.filter(pk__in=[a.pk for a in agencies])
        if len(agencies) == 1:
            field.initial = agencies[0].pk


class FactForm(AgencyChoiceMixin, StyledForm):
    agency = forms.ModelChoiceField(label=_("Đơn vị quản lý"), queryset=Agency.objects.none())
    category = forms.ChoiceField(label=_("Lĩnh vực"), choices=Fact.Category.choices)
    statement_vi = forms.CharField(label=_("Nội dung (tiếng Việt)"), widget=forms.Textarea(attrs={"rows": 3}))
    valid_from = forms.DateField(label=_("Hiệu lực từ"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    valid_to = forms.DateField(label=_("Hiệu lực đến"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Ghi chú thay đổi"), required=False, max_length=255)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        names = dict(CONTENT_LANGUAGES)
        for lang in TRANSLATION_LANGUAGES:
            self.fields[f"text_{lang}"] = forms.CharField(
                label=f"{names[lang]} ({lang})",
                required=False,
                widget=forms.Textarea(attrs={"rows": 2, "lang": lang, "class": "form-control"}),
            )

    def translations(self) -> dict[str, str]:
        return {lang: self.cleaned_data.get(f"text_{lang}", "") for lang in TRANSLATION_LANGUAGES}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
            self.add_error("valid_to", _("Ngày hết hiệu lực trước ngày bắt đầu."))
        return data


class SourceForm(StyledForm):
    title = forms.CharField(label=_("Tên văn bản"), required=False, max_length=500)
    issuer = forms.CharField(label=_("Cơ quan ban hành"), required=False, max_length=255)
    number = forms.CharField(label=_("Số, ký hiệu"), required=False, max_length=100)
    date = forms.DateField(label=_("Ngày ban hành"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    url = forms.URLField(label=_("Địa chỉ"), required=False, max_length=1000, assume_scheme="https")
    excerpt = forms.CharField(label=_("Trích dẫn"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


SourceFormSet = forms.formset_factory(SourceForm, extra=2)


class ImportForm(AgencyChoiceMixin, StyledForm):
    agency = forms.ModelChoiceField(label=_("Đơn vị quản lý"), queryset=Agency.objects.none())
    file = forms.FileField(label=_("Tệp CSV hoặc XLSX"))


class NarrativeForm(AgencyChoiceMixin, StyledForm):
    agency = forms.ModelChoiceField(label=_("Đơn vị theo dõi"), queryset=Agency.objects.none())
    title = forms.CharField(label=_("Tiêu đề"), max_length=300)
    claim_summary = forms.CharField(label=_("Tóm tắt luận điệu"), widget=forms.Textarea(attrs={"rows": 3}))
    disproof = forms.CharField(label=_("Phản bác"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    keywords = forms.CharField(label=_("Từ khóa (phân cách bằng dấu phẩy)"), required=False)
    languages = forms.CharField(label=_("Ngôn ngữ (mã ISO, phân cách bằng dấu phẩy)"), required=False)
    target_countries = forms.CharField(label=_("Quốc gia nhắm tới (mã ISO)"), required=False)
    outlets_seen = forms.CharField(label=_("Nơi xuất hiện"), required=False)
    first_seen = forms.DateField(
        label=_("Xuất hiện lần đầu"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    last_seen = forms.DateField(
        label=_("Xuất hiện gần nhất"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    severity = forms.ChoiceField(label=_("Mức độ"), choices=Severity.choices, initial=Severity.MEDIUM)
    facts = forms.ModelMultipleChoiceField(
        label=_("Dữ kiện liên quan"), queryset=Fact.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    def service_fields(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "claim_summary": d["claim_summary"],
            "disproof": d["disproof"],
            "keywords": _split_list(d["keywords"]),
            "languages": _split_list(d["languages"]),
            "target_countries": [c.upper() for c in _split_list(d["target_countries"])],
            "outlets_seen": _split_list(d["outlets_seen"]),
            "first_seen": d["first_seen"],
            "last_seen": d["last_seen"],
            "severity": d["severity"],
        }


class CaseForm(AgencyChoiceMixin, StyledForm):
    agency = forms.ModelChoiceField(label=_("Đơn vị xử lý"), queryset=Agency.objects.none())
    title = forms.CharField(label=_("Tiêu đề"), max_length=300)
    summary = forms.CharField(label=_("Mô tả"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    origin = forms.ChoiceField(
        label=_("Nguồn phát hiện"),
        choices=[
            ("manual", _("Nhập tay")),
            ("search", _("Kết quả tìm kiếm")),
            ("alert", _("Cảnh báo")),
        ],
    )
    narrative = forms.ModelChoiceField(label=_("Luận điệu"), queryset=Narrative.objects.all(), required=False)
    appearance_url = forms.URLField(label=_("Địa chỉ xuất hiện"), required=False, assume_scheme="https")
    article_ids = forms.CharField(label=_("Mã bài viết (phân cách bằng dấu phẩy)"), required=False)
    severity = forms.ChoiceField(label=_("Mức độ"), choices=Severity.choices, initial=Severity.MEDIUM)

    def clean_article_ids(self) -> list[int]:
        try:
            return [int(x) for x in _split_list(self.cleaned_data["article_ids"])]
        except ValueError:
            raise forms.ValidationError(_("Mã bài viết phải là số."))


class TriageForm(StyledForm):
    severity = forms.ChoiceField(label=_("Mức độ"), choices=Severity.choices)
    narrative = forms.ModelChoiceField(label=_("Luận điệu"), queryset=Narrative.objects.all(), required=False)
    note = forms.CharField(label=_("Ghi chú"), required=False)


class _UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return obj.get_full_name() or obj.get_username()


class AssignForm(StyledForm):
    assignee = _UserChoiceField(label=_("Người được giao"), queryset=get_user_model().objects.none())
    agency = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Agency.objects.all(), required=False)

    def __init__(self, *args: Any, case_agency: Agency | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        users = get_user_model().objects.filter(memberships__role=Role.RESPONDER).distinct().order_by("username")
        cast(_UserChoiceField, self.fields["assignee"]).queryset = users


class NoteForm(StyledForm):
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class DraftForm(StyledForm):
    language = forms.ChoiceField(label=_("Ngôn ngữ"), choices=CONTENT_LANGUAGES)
    headline = forms.CharField(label=_("Tiêu đề bài phản bác"), max_length=300)
    claim_reviewed = forms.CharField(label=_("Luận điệu được thẩm định"), widget=forms.Textarea(attrs={"rows": 2}))
    body = forms.CharField(label=_("Nội dung"), widget=forms.Textarea(attrs={"rows": 6}))
    rating = forms.TypedChoiceField(label=_("Đánh giá"), choices=Correction.Rating.choices, coerce=int)
    facts = forms.ModelMultipleChoiceField(
        label=_("Dữ kiện trích dẫn"),
        queryset=Fact.objects.filter(status=Fact.Status.APPROVED),
        widget=forms.CheckboxSelectMultiple,
    )


class CommentForm(StyledForm):
    body = forms.CharField(label=_("Ý kiến"), widget=forms.Textarea(attrs={"rows": 2}))


class AttachmentForm(StyledForm):
    file = forms.FileField(label=_("Tệp đính kèm"))


class MaterialForm(AgencyChoiceMixin, StyledForm):
    """Public information material: a title and body per language (Vietnamese required)."""

    agency = forms.ModelChoiceField(label=_("Đơn vị"), queryset=Agency.objects.none())
    featured = forms.BooleanField(label=_("Hiển thị nổi bật trên kiosk"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        names = dict(CONTENT_LANGUAGES)
        for code, name in CONTENT_LANGUAGES:
            attrs = {"lang": code, "class": "form-control"}
            self.fields[f"title_{code}"] = forms.CharField(
                label=f"{_('Tiêu đề')} — {names[code]}",
                required=code == "vi",
                max_length=300,
                widget=forms.TextInput(attrs),
            )
            self.fields[f"body_{code}"] = forms.CharField(
                label=f"{_('Nội dung')} — {name}", required=False, widget=forms.Textarea({**attrs, "rows": 3})
            )
        self.fields["featured"].widget.attrs["class"] = "form-check-input"

    def content(self) -> dict[str, dict[str, str]]:
        d = self.cleaned_data
        return {
            code: {"title": d.get(f"title_{code}", ""), "body": d.get(f"body_{code}", "")}
            for code, _name in CONTENT_LANGUAGES
            if d.get(f"title_{code}")
        }


class AgencySettingsForm(StyledForm):
    """Matching thresholds and SLA hours for one agency (agency administrators)."""

    suggest_threshold = forms.FloatField(label=_("Ngưỡng gợi ý (0–1)"), min_value=0, max_value=1)
    auto_link_threshold = forms.FloatField(label=_("Ngưỡng tự liên kết (0–1)"), min_value=0, max_value=1)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in Severity.choices:
            self.fields[f"triage_{value}"] = forms.IntegerField(
                label=f"{label}: {_('giờ để phân loại')}",
                min_value=1,
                widget=forms.NumberInput({"class": "form-control"}),
            )
            self.fields[f"response_{value}"] = forms.IntegerField(
                label=f"{label}: {_('giờ để đăng bài phản bác')}",
                min_value=1,
                widget=forms.NumberInput({"class": "form-control"}),
            )
