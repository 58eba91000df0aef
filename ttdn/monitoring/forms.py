from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .labels import TOPIC_LABELS, _province_names
from .services import CoverageFilter

PERIODS = [(7, _("7 ngày")), (30, _("30 ngày")), (90, _("90 ngày")), (365, _("12 tháng"))]


class CoverageForm(forms.Form):
    days = forms.TypedChoiceField(label=_("Khoảng thời gian"), choices=PERIODS, coerce=int, initial=30, required=False)
    end = forms.DateField(label=_("Đến ngày"), required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    language = forms.CharField(label=_("Ngôn ngữ"), max_length=8, required=False)
    outlet_country = forms.CharField(label=_("Quốc gia của cơ quan báo chí"), max_length=2, required=False)
    country = forms.CharField(label=_("Quốc gia được nhắc tới"), max_length=2, required=False)
    province = forms.ChoiceField(label=_("Tỉnh, thành"), required=False)
    topic = forms.ChoiceField(label=_("Chủ đề"), required=False)

    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("Tất cả"))] + sorted(_province_names().items(), key=lambda p: p[1])
        self.fields["topic"].choices = [("", _("Tất cả"))] + list(TOPIC_LABELS.items())
        for field in self.fields.values():
            is_select = isinstance(field.widget, forms.Select)
            field.widget.attrs["class"] = "form-select form-select-sm" if is_select else "form-control form-control-sm"
        self.fields["end"].widget.attrs["placeholder"] = "dd/mm/yyyy"

    def to_filter(self) -> CoverageFilter:
        data = self.cleaned_data if self.is_valid() else {}
        return CoverageFilter(
            days=data.get("days") or 30,
            end=data.get("end"),
            language=(data.get("language") or "").strip().lower(),
            outlet_country=(data.get("outlet_country") or "").strip().upper(),
            country=(data.get("country") or "").strip().upper(),
            province=data.get("province") or "",
            topic=data.get("topic") or "",
        )
