"""The search/filter form shared by the list page, the search page and (as plain fields) the API."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.services import UserLike, scope_queryset
from ttdn.sources.models import Source

from .labels import country_label, province_label, topic_label
from .models import Article, ArticleAnalysis, ArticleFacet, Outlet
from .search import SearchQuery
from .search.base import Order

ORDER_CHOICES = [
    ("relevance", _("Liên quan nhất")),
    ("date", _("Mới nhất")),
    ("date_asc", _("Cũ nhất")),
]
PAGE_SIZES = [10, 20, 50, 100]


def _choices(values: Any, blank: str | Any = "") -> list[tuple[str, Any]]:
    return [("", blank or _("Tất cả"))] + [(v, v) for v in values if v]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=500)
    date_from = forms.DateField(label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.ChoiceField(label=_("Ngôn ngữ bài viết"), required=False)
    outlet = forms.TypedChoiceField(label=_("Cơ quan báo chí"), required=False, coerce=int, empty_value=None)
    outlet_country = forms.ChoiceField(label=_("Quốc gia của cơ quan báo chí"), required=False)
    source = forms.TypedChoiceField(label=_("Nguồn tin"), required=False, coerce=int, empty_value=None)
    country = forms.ChoiceField(label=_("Quốc gia được nhắc tới"), required=False)
    province = forms.ChoiceField(label=_("Tỉnh, thành được nhắc tới"), required=False)
    topic = forms.ChoiceField(label=_("Chủ đề"), required=False)
    tone = forms.ChoiceField(label=_("Sắc thái"), required=False)
    min_relevance = forms.FloatField(
        label=_("Mức liên quan tới Việt Nam tối thiểu"), required=False, min_value=0, max_value=1,
        widget=forms.NumberInput(attrs={"step": "0.1"}),
    )  # fmt: skip
    collapse = forms.BooleanField(label=_("Gộp các bản đăng lại"), required=False)
    order = forms.ChoiceField(label=_("Sắp xếp"), required=False, choices=ORDER_CHOICES)
    page_size = forms.TypedChoiceField(
        label=_("Số bài mỗi trang"), required=False, coerce=int, empty_value=None, choices=[(n, n) for n in PAGE_SIZES]
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, *args: Any, user: UserLike = None, articles: QuerySet[Article] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        articles = articles if articles is not None else Article.objects.all()
        # Facet values are reference codes (countries, provinces, topics), not content: listing them
        # unscoped uses the (kind, value) index instead of a subquery over every visible article.
        facets = ArticleFacet.objects.all()
        self._set_choices(
            "language", _choices(articles.order_by("language").values_list("language", flat=True).distinct())
        )
        outlets = Outlet.objects.filter(pk__in=articles.values("outlet_id")).order_by("name")  # not a JOIN: 15× faster
        self._set_choices("outlet", [("", _("Tất cả"))] + [(o.pk, o.name) for o in outlets])
        self._set_choices(
            "outlet_country",
            _choices(
                Outlet.objects.exclude(country="").order_by("country").values_list("country", flat=True).distinct()
            ),
        )
        sources = scope_queryset(Source.objects.all(), user, include_shared=True).order_by("name")
        self._set_choices("source", [("", _("Tất cả"))] + [(s.pk, s.name) for s in sources])
        for name, kinds, label in (
            ("country", [ArticleFacet.Kind.COUNTRY], country_label),
            ("province", [ArticleFacet.Kind.PROVINCE, ArticleFacet.Kind.PROVINCE_2025], province_label),
            ("topic", [ArticleFacet.Kind.TOPIC], topic_label),
        ):
            values = facets.filter(kind__in=kinds).order_by("value").values_list("value", flat=True).distinct()
            self._set_choices(name, [("", _("Tất cả"))] + [(v, label(v)) for v in values if v])
        self._set_choices("tone", [("", _("Tất cả")), *ArticleAnalysis.Tone.choices])

    def _set_choices(self, name: str, choices: list[tuple[Any, Any]]) -> None:
        # Every field filled in __init__ is declared as a ChoiceField (or TypedChoiceField) above.
        cast(forms.ChoiceField, self.fields[name]).choices = choices

    def to_query(self, default_order: Order = "relevance") -> SearchQuery:
        data: dict[str, Any] = {}
        if self.is_bound:
            self.is_valid()  # invalid fields are dropped from cleaned_data and shown as errors; the rest apply
            data = self.cleaned_data

        def one(name: str) -> tuple[Any, ...]:
            value = data.get(name)
            return (value,) if value not in (None, "") else ()

        return SearchQuery(
            text=data.get("q") or "",
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            languages=one("language"),
            outlet_ids=one("outlet"),
            outlet_countries=one("outlet_country"),
            source_ids=one("source"),
            countries=one("country"),
            provinces=one("province"),
            topics=one("topic"),
            tones=one("tone"),
            min_relevance=data.get("min_relevance"),
            collapse_duplicates=bool(data.get("collapse")),
            order=cast(Order, data.get("order") or default_order),  # validated against ORDER_CHOICES
            page=data.get("page") or 1,
            page_size=data.get("page_size") or 20,  # a blank choice means the default
        )
