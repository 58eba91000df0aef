"""The rule form: common fields plus the parameters of each kind (flattened, validated by services)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AlertRule

PARAMETER_FIELDS = {
    AlertRule.Kind.VOLUME_SPIKE: ("baseline_days", "z_threshold", "p_threshold", "min_count", "min_ratio", "method"),
    AlertRule.Kind.NEGATIVE_SPIKE: ("baseline_days", "z_threshold", "p_threshold", "min_count", "min_ratio", "method"),
    AlertRule.Kind.STORY_SPREAD: ("window_hours", "min_outlets", "min_countries"),
    AlertRule.Kind.WATCH: ("query", "entity_kind", "entity_value"),
    AlertRule.Kind.CLAIM_MATCH: ("min_score",),
}
PARAMETERS = {name for names in PARAMETER_FIELDS.values() for name in names}


class RuleForm(forms.Form):
    name = forms.CharField(label=_("Tên"), max_length=200)
    kind = forms.ChoiceField(label=_("Loại"), choices=AlertRule.Kind.choices)
    agency: forms.ModelChoiceField = forms.ModelChoiceField(label=_("Cơ quan"), queryset=None, required=False)  # type: ignore[arg-type]
    scope = forms.CharField(
        label=_("Phạm vi"),
        required=False,
        max_length=40,
        help_text=_("Để trống: toàn quốc; p:<mã tỉnh>, ví dụ p:01. Tìm kiếm đã lưu thay cho phạm vi."),
    )
    saved_search: forms.ModelChoiceField = forms.ModelChoiceField(
        label=_("Tìm kiếm đã lưu"), queryset=None, required=False
    )  # type: ignore[arg-type]
    emails = forms.CharField(label=_("Gửi thư tới"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    webhook_url = forms.URLField(label=_("Địa chỉ webhook"), required=False, max_length=1000, assume_scheme="https")
    webhook_secret = forms.CharField(
        label=_("Khóa bí mật webhook"),
        required=False,
        max_length=200,
        widget=forms.PasswordInput(render_value=False),
        help_text=_("Để trống khi sửa để giữ khóa cũ."),
    )
    throttle_minutes = forms.IntegerField(label=_("Giãn cách tối thiểu (phút)"), min_value=0, initial=60)
    active = forms.BooleanField(label=_("Đang bật"), required=False, initial=True)
    # Parameters (the ones of the chosen kind are used).
    baseline_days = forms.IntegerField(label=_("Số ngày nền"), required=False, min_value=7, max_value=365)
    z_threshold = forms.FloatField(label=_("Ngưỡng z"), required=False)
    p_threshold = forms.FloatField(label=_("Ngưỡng p"), required=False)
    min_count = forms.IntegerField(label=_("Số tin tối thiểu"), required=False, min_value=0)
    min_ratio = forms.FloatField(label=_("Tỷ lệ tối thiểu so với nền"), required=False)
    method = forms.ChoiceField(
        label=_("Phép kiểm định"),
        required=False,
        choices=[
            ("both", _("z bền vững và nhị thức âm")),
            ("robust", _("z bền vững")),
            ("tail", _("nhị thức âm / Poisson")),
            ("either", _("một trong hai")),
        ],
    )
    window_hours = forms.IntegerField(label=_("Cửa sổ (giờ)"), required=False, min_value=1, max_value=168)
    min_outlets = forms.IntegerField(label=_("Số cơ quan báo chí tối thiểu"), required=False, min_value=1)
    min_countries = forms.IntegerField(label=_("Số quốc gia tối thiểu"), required=False, min_value=1)
    query = forms.CharField(label=_("Truy vấn"), required=False, max_length=500)
    entity_kind = forms.ChoiceField(
        label=_("Loại thực thể"),
        required=False,
        choices=[
            ("", "—"),
            ("organisation", _("Tổ chức")),
            ("person", _("Nhân vật công chúng")),
            ("country", _("Quốc gia")),
            ("province_2025", _("Tỉnh, thành phố")),
        ],
    )
    entity_value = forms.CharField(label=_("Thực thể"), required=False, max_length=255)
    min_score = forms.FloatField(label=_("Điểm tối thiểu"), required=False, min_value=0, max_value=1)

    def __init__(self, *args: Any, agencies: Any, searches: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies  # type: ignore[attr-defined]
        self.fields["saved_search"].queryset = searches  # type: ignore[attr-defined]
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs["class"] = "form-check-input"
            elif isinstance(widget, forms.Select):
                widget.attrs["class"] = "form-select"
            else:
                widget.attrs["class"] = "form-control"

    def parameters(self) -> dict[str, Any]:
        kind = self.cleaned_data["kind"]
        return {
            name: self.cleaned_data.get(name)
            for name in PARAMETER_FIELDS.get(kind, ())
            if self.cleaned_data.get(name) not in (None, "")
        }

    def rule_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "kind": data["kind"],
            "scope": (data.get("scope") or "").strip(),
            "saved_search": data.get("saved_search"),
            "parameters": self.parameters(),
            "emails": data.get("emails") or "",
            "webhook_url": data.get("webhook_url") or "",
            "webhook_secret": data.get("webhook_secret") or "",
            "throttle_minutes": data.get("throttle_minutes") or 0,
            "active": bool(data.get("active")),
        }

    @staticmethod
    def initial_for(rule: AlertRule) -> dict[str, Any]:
        return {
            "name": rule.name,
            "kind": rule.kind,
            "agency": rule.agency_id,
            "scope": rule.scope,
            "saved_search": rule.saved_search_id,
            "emails": rule.emails,
            "webhook_url": rule.webhook_url,
            "throttle_minutes": rule.throttle_minutes,
            "active": rule.active,
            **dict(rule.parameters or {}),
        }
