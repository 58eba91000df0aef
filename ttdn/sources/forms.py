from __future__ import annotations

import json
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.services import UserLike

from .models import Source
from .services import editable_agencies, sees_everything, visible_sources

FORMAT_CHOICES = [
    ("", _("Tự nhận dạng")),
    ("jsonl", "JSONL"),
    ("csv", "CSV"),
    ("warc", "WARC"),
    ("gdelt", "GDELT GKG 2.1"),
    ("rss", "RSS/Atom"),
]


class SourceForm(forms.ModelForm):
    url = forms.URLField(label=_("địa chỉ"), max_length=2000, required=False, assume_scheme="https")
    config = forms.CharField(
        label=_("Cấu hình (JSON)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "class": "form-control font-monospace"}),
        help_text=_(
            'Ví dụ: {"max_pages": 50} cho sitemap, {"path": "gdelt/20261101.gkg.csv"} cho tệp trong thư mục imports '  # noqa: E501
            "của máy chủ."
        ),
    )

    class Meta:
        model = Source
        fields = ["name", "kind", "url", "agency", "outlet", "active", "fetch_interval_minutes", "config"]

    def __init__(self, *args: Any, user: UserLike = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["agency"]).queryset = editable_agencies(user)
        self.fields["agency"].required = not sees_everything(user)
        self.initial["config"] = (
            json.dumps(self.instance.config or {}, ensure_ascii=False) if self.instance.pk else "{}"
        )
        for name, field in self.fields.items():
            css = (
                "form-check-input"
                if isinstance(field.widget, forms.CheckboxInput)
                else "form-select"
                if isinstance(field.widget, forms.Select)
                else "form-control"
            )
            if name != "config":
                field.widget.attrs.setdefault("class", css)

    def clean_config(self) -> dict[str, Any]:
        text = self.cleaned_data.get("config") or "{}"
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise forms.ValidationError(_("JSON không hợp lệ: %(error)s"), params={"error": exc.msg})
        if not isinstance(value, dict):
            raise forms.ValidationError(_("Cấu hình phải là một đối tượng JSON."))
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()  # ModelForm.clean() returns self.cleaned_data (typed as optional)
        data = self.cleaned_data
        kind, url = data.get("kind"), data.get("url")
        if kind in (Source.Kind.RSS, Source.Kind.WEB, Source.Kind.SITEMAP) and not url:
            self.add_error("url", _("Nguồn loại này cần địa chỉ URL."))
        return data


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Tệp dữ liệu"), widget=forms.ClearableFileInput(attrs={"class": "form-control"}))
    format = forms.ChoiceField(
        label=_("Định dạng"),
        choices=FORMAT_CHOICES,
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    source = forms.ModelChoiceField(
        label=_("Nguồn có sẵn"),
        queryset=Source.objects.none(),
        required=False,
        widget=forms.Select(attrs={"class": "form-select"}),
        help_text=_("Để trống để tạo nguồn mới theo tên dưới đây."),
    )
    source_name = forms.CharField(
        label=_("Tên nguồn mới"),
        required=False,
        max_length=255,
        widget=forms.TextInput(attrs={"class": "form-control"}),
    )

    def __init__(self, *args: Any, user: UserLike = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        sources = visible_sources(user).exclude(kind__in=[Source.Kind.WEB, Source.Kind.SITEMAP])
        cast(forms.ModelChoiceField, self.fields["source"]).queryset = sources
