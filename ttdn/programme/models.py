"""Programme management (Resolution 47/NQ-CP): org-unit succession over time, task groups,
plans and tasks, indicators with targets, periodic reports with approval, training courses,
international index ranks.

State changes go through `ttdn.programme.services`; models hold data and small derived values.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ttdn.accounts.models import Agency

EVIDENCE_MAX_BYTES = 10 * 1024 * 1024
EVIDENCE_EXTENSIONS = ("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "png", "jpg", "jpeg", "txt", "csv")


class AgencySuccession(models.Model):
    """A predecessor unit's data carried into a successor (merger, split or rename).

    `weight` is the share of the predecessor's figures that the successor carries: 1 for a
    whole-unit merger or rename, a fraction per part for a split (weights of one predecessor
    should add up to at most 1).
    """

    class Kind(models.TextChoices):
        MERGE = "merge", _("Hợp nhất, sáp nhập")
        SPLIT = "split", _("Chia tách")
        RENAME = "rename", _("Đổi tên")

    predecessor = models.ForeignKey(
        Agency, verbose_name=_("đơn vị trước"), on_delete=models.CASCADE, related_name="successions_out"
    )
    successor = models.ForeignKey(
        Agency, verbose_name=_("đơn vị kế thừa"), on_delete=models.CASCADE, related_name="successions_in"
    )
    effective_date = models.DateField(_("ngày hiệu lực"))
    weight = models.DecimalField(
        _("tỷ trọng"),
        max_digits=5,
        decimal_places=4,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
    )
    kind = models.CharField(_("loại"), max_length=16, choices=Kind.choices, default=Kind.MERGE)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("kế thừa đơn vị")
        verbose_name_plural = _("kế thừa đơn vị")
        ordering = ["effective_date", "successor__code", "predecessor__code"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="unique_agency_succession"),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor.code} → {self.successor.code} ({self.effective_date:%d/%m/%Y})"

    def clean(self) -> None:
        if self.predecessor_id and self.predecessor_id == self.successor_id:
            raise ValidationError(_("Đơn vị không thể kế thừa chính nó."))


class TaskGroup(models.Model):
    """One of the five task groups of Resolution 47/NQ-CP (reference data)."""

    number = models.PositiveSmallIntegerField(_("số thứ tự"), unique=True)
    title_vi = models.CharField(_("tên (tiếng Việt)"), max_length=255)
    title_en = models.CharField(_("tên (tiếng Anh)"), max_length=255, blank=True)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("nhóm nhiệm vụ")
        verbose_name_plural = _("nhóm nhiệm vụ")
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.title_vi}"


class PeriodType(models.TextChoices):
    QUARTER = "quarter", _("Quý")
    HALF = "half", _("6 tháng")
    YEAR = "year", _("Năm")


class Period(models.Model):
    """A reporting period with its deadline (reports are due `deadline`)."""

    type = models.CharField(_("loại kỳ"), max_length=16, choices=PeriodType.choices)
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveSmallIntegerField(_("số kỳ"), default=1)
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))
    deadline = models.DateField(_("hạn nộp báo cáo"))

    class Meta:
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        ordering = ["start", "type"]
        constraints = [models.UniqueConstraint(fields=["type", "year", "number"], name="unique_period")]

    def __str__(self) -> str:
        return self.label

    @property
    def code(self) -> str:
        if self.type == PeriodType.QUARTER:
            return f"{self.year}-Q{self.number}"
        if self.type == PeriodType.HALF:
            return f"{self.year}-H{self.number}"
        return str(self.year)

    @property
    def label(self) -> str:
        if self.type == PeriodType.QUARTER:
            return _("Quý %(n)s/%(y)s") % {"n": self.number, "y": self.year}
        if self.type == PeriodType.HALF:
            return _("6 tháng %(part)s/%(y)s") % {"part": _("đầu") if self.number == 1 else _("cuối"), "y": self.year}
        return _("Năm %(y)s") % {"y": self.year}

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."))


class Indicator(models.Model):
    class ValueType(models.TextChoices):
        NUMBER = "number", _("Số")
        BOOLEAN = "boolean", _("Có/Không")
        PERCENT = "percent", _("Tỷ lệ %")
        FORMULA = "formula", _("Công thức (tử số/mẫu số × hệ số)")

    class Aggregation(models.TextChoices):
        SUM = "sum", _("Cộng")
        MEAN = "mean", _("Bình quân gia quyền")
        MIN = "min", _("Nhỏ nhất (Có/Không: tất cả đều Có)")
        MAX = "max", _("Lớn nhất")

    class AutoSource(models.TextChoices):
        NONE = "", _("Nhập tay")
        TRAINING_COURSES = "training.courses", _("Số lớp tập huấn (từ danh mục lớp)")
        TRAINING_PARTICIPANTS = "training.participants", _("Số lượt người dự tập huấn (từ danh mục lớp)")
        TRAINING_PARTICIPANTS_CENTRAL = "training.participants:central", _("Học viên lớp cấp trung ương")
        TRAINING_PARTICIPANTS_PROVINCIAL = "training.participants:provincial", _("Học viên lớp cấp tỉnh")
        TRAINING_PARTICIPANTS_COMMUNE = "training.participants:commune", _("Học viên lớp cấp xã")
        PLAN_TASKS_DONE = "plan.tasks_done", _("Tỷ lệ nhiệm vụ hoàn thành (từ kế hoạch năm)")

    code = models.CharField(_("mã"), max_length=32, unique=True)
    name_vi = models.CharField(_("tên chỉ tiêu"), max_length=255)
    name_en = models.CharField(_("tên (tiếng Anh)"), max_length=255, blank=True)
    description = models.TextField(_("mô tả"), blank=True)
    source_text = models.CharField(_("căn cứ"), max_length=255, blank=True)
    task_group = models.ForeignKey(
        TaskGroup, verbose_name=_("nhóm nhiệm vụ"), null=True, blank=True, on_delete=models.SET_NULL
    )
    value_type = models.CharField(_("kiểu giá trị"), max_length=16, choices=ValueType.choices)
    unit = models.CharField(_("đơn vị tính"), max_length=32, blank=True)
    numerator = models.ForeignKey(
        "self", verbose_name=_("tử số"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    denominator = models.ForeignKey(
        "self", verbose_name=_("mẫu số"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    factor = models.DecimalField(_("hệ số"), max_digits=12, decimal_places=4, default=Decimal("100"))
    aggregation = models.CharField(
        _("cách tổng hợp"), max_length=8, choices=Aggregation.choices, default=Aggregation.SUM
    )
    auto_source = models.CharField(_("nguồn tự động"), max_length=48, choices=AutoSource.choices, blank=True)
    applies_to = models.JSONField(_("áp dụng cho loại đơn vị"), default=list, blank=True)
    higher_is_better = models.BooleanField(_("càng cao càng tốt"), default=True)
    required = models.BooleanField(_("bắt buộc nhập"), default=True)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} · {self.name_vi}"

    def clean(self) -> None:
        if self.value_type == self.ValueType.FORMULA:
            if not (self.numerator_id and self.denominator_id):
                raise ValidationError(_("Chỉ tiêu công thức cần tử số và mẫu số."))
            if self.factor == 0:
                raise ValidationError(_("Hệ số phải khác 0."))
        elif self.numerator_id or self.denominator_id:
            raise ValidationError(_("Chỉ chỉ tiêu công thức mới có tử số, mẫu số."))

    @property
    def is_formula(self) -> bool:
        return self.value_type == self.ValueType.FORMULA

    def applies_to_kind(self, kind: str) -> bool:
        return not self.applies_to or kind in self.applies_to


class IndicatorTarget(models.Model):
    """Target for an indicator by agency kind (blank: all kinds), period type (blank: all) and
    period (null: every period). The most specific matching target wins."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    agency_kind = models.CharField(_("loại đơn vị"), max_length=32, choices=Agency.Kind.choices, blank=True)
    period_type = models.CharField(_("loại kỳ"), max_length=16, choices=PeriodType.choices, blank=True)
    period = models.ForeignKey(Period, verbose_name=_("kỳ"), null=True, blank=True, on_delete=models.CASCADE)
    value = models.DecimalField(_("mục tiêu"), max_digits=14, decimal_places=4)

    class Meta:
        verbose_name = _("mục tiêu chỉ tiêu")
        verbose_name_plural = _("mục tiêu chỉ tiêu")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "agency_kind", "period_type", "period"], name="unique_indicator_target"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} ≥ {self.value} ({self.agency_kind or '*'} / {self.period or '*'})"


class Plan(models.Model):
    """An agency's yearly TTĐN action plan."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        ISSUED = "issued", _("Đã ban hành")

    agency = models.ForeignKey(Agency, verbose_name=_("cơ quan"), on_delete=models.PROTECT, related_name="plans")
    year = models.PositiveSmallIntegerField(_("năm"))
    title = models.CharField(_("tên kế hoạch"), max_length=255)
    document_ref = models.CharField(_("số, ký hiệu văn bản"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-year", "agency__code"]
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="unique_plan_agency_year")]

    def __str__(self) -> str:
        return f"{self.agency.code} {self.year}: {self.title}"

    def progress(self) -> int:
        """Roll-up: mean task progress weighted by task weight; cancelled tasks do not count."""
        tasks = [t for t in self.tasks.all() if t.status != Task.Status.CANCELLED]
        total_weight = sum(t.weight for t in tasks)
        if not total_weight:
            return 0
        return round(sum(t.progress * t.weight for t in tasks) / total_weight)


class Task(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Chưa bắt đầu")
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        DONE = "done", _("Hoàn thành")
        CANCELLED = "cancelled", _("Hủy")

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("nhiệm vụ"), max_length=255)
    task_group = models.ForeignKey(TaskGroup, verbose_name=_("nhóm nhiệm vụ"), on_delete=models.PROTECT)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người phụ trách"), null=True, blank=True, on_delete=models.SET_NULL
    )
    owner_unit = models.CharField(_("đơn vị chủ trì"), max_length=255, blank=True)
    start = models.DateField(_("bắt đầu"), null=True, blank=True)
    due = models.DateField(_("hạn hoàn thành"), null=True, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    progress = models.PositiveSmallIntegerField(
        _("tiến độ (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    weight = models.PositiveSmallIntegerField(_("trọng số"), default=1, validators=[MinValueValidator(1)])

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        ordering = ["plan", "task_group__number", "due", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def agency(self) -> Agency:
        return self.plan.agency

    def clean(self) -> None:
        if self.start and self.due and self.due < self.start:
            raise ValidationError(_("Hạn hoàn thành phải sau ngày bắt đầu."))
        if self.status == self.Status.DONE and self.progress != 100:
            raise ValidationError(_("Nhiệm vụ hoàn thành phải có tiến độ 100%."))

    def is_overdue(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return bool(self.due and self.due < today and self.status not in (self.Status.DONE, self.Status.CANCELLED))


def evidence_path(instance: TaskEvidence, filename: str) -> str:
    return f"programme/evidence/{instance.task.plan.agency.code}/{filename}"


def validate_evidence_file(file) -> None:  # type: ignore[no-untyped-def]
    name = (getattr(file, "name", "") or "").lower()
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ext not in EVIDENCE_EXTENSIONS:
        raise ValidationError(
            _("Loại tệp không được phép (chỉ nhận: %(ext)s).") % {"ext": ", ".join(EVIDENCE_EXTENSIONS)}
        )
    if file.size > EVIDENCE_MAX_BYTES:
        raise ValidationError(_("Tệp quá lớn (tối đa %(mb)s MB).") % {"mb": EVIDENCE_MAX_BYTES // (1024 * 1024)})


class TaskEvidence(models.Model):
    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(_("tệp minh chứng"), upload_to=evidence_path, validators=[validate_evidence_file])
    description = models.CharField(_("mô tả"), max_length=255, blank=True)
    size = models.PositiveIntegerField(_("kích thước (byte)"), default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("minh chứng")
        verbose_name_plural = _("minh chứng")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.file.name.rsplit("/", 1)[-1]

    @property
    def agency(self) -> Agency:
        return self.task.plan.agency


class Report(models.Model):
    """An agency's periodic report. draft → submitted → returned | approved → accepted (locked)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SUBMITTED = "submitted", _("Đã gửi")
        RETURNED = "returned", _("Trả lại để sửa")
        APPROVED = "approved", _("Đã phê duyệt")
        ACCEPTED = "accepted", _("Đã tiếp nhận")

    agency = models.ForeignKey(Agency, verbose_name=_("cơ quan"), on_delete=models.PROTECT, related_name="reports")
    period = models.ForeignKey(Period, verbose_name=_("kỳ báo cáo"), on_delete=models.PROTECT, related_name="reports")
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    narrative = models.TextField(_("kết quả nổi bật, khó khăn, kiến nghị"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(_("ngày gửi"), null=True, blank=True)
    first_submitted_at = models.DateTimeField(_("ngày gửi lần đầu"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("ngày thẩm định"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(_("ý kiến thẩm định"), blank=True)
    accepted_at = models.DateTimeField(_("ngày tiếp nhận"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("báo cáo định kỳ")
        verbose_name_plural = _("báo cáo định kỳ")
        ordering = ["-period__start", "agency__code"]
        constraints = [models.UniqueConstraint(fields=["agency", "period"], name="unique_report_agency_period")]

    def __str__(self) -> str:
        return f"{self.agency.code} · {self.period.code}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("programme:report_detail", args=[self.pk])

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    @property
    def is_locked(self) -> bool:
        return self.status == self.Status.ACCEPTED

    def is_late(self, today: date | None = None) -> bool:
        """Submitted (first time) after the deadline, or still not submitted past it."""
        deadline = self.period.deadline
        if self.first_submitted_at is not None:
            return timezone.localtime(self.first_submitted_at).date() > deadline
        return (today or timezone.localdate()) > deadline


class ReportValue(models.Model):
    """One indicator's value in a report. Formula indicators are never stored: they are computed."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("giá trị"), max_digits=14, decimal_places=4, null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("số liệu báo cáo")
        verbose_name_plural = _("số liệu báo cáo")
        constraints = [models.UniqueConstraint(fields=["report", "indicator"], name="unique_report_value")]

    def __str__(self) -> str:
        return f"{self.report} {self.indicator.code}={self.value}"

    @property
    def agency(self) -> Agency:
        return self.report.agency


class ReportEvent(models.Model):
    """Workflow history of a report (who moved it, from/to which state, with what comment)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    from_status = models.CharField(max_length=16, choices=Report.Status.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=Report.Status.choices)
    comment = models.TextField(blank=True)

    class Meta:
        verbose_name = _("lịch sử báo cáo")
        verbose_name_plural = _("lịch sử báo cáo")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.report}: {self.from_status} → {self.to_status}"


class ReminderLog(models.Model):
    """One reminder sent for an agency and period, so reminders are never sent twice."""

    class Kind(models.TextChoices):
        BEFORE = "before", _("Trước hạn")
        AFTER = "after", _("Quá hạn")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    period = models.ForeignKey(Period, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)
    recipients = models.JSONField(default=list)

    class Meta:
        verbose_name = _("nhắc hạn báo cáo")
        verbose_name_plural = _("nhắc hạn báo cáo")
        constraints = [models.UniqueConstraint(fields=["agency", "period", "kind"], name="unique_reminder")]

    def __str__(self) -> str:
        return f"{self.agency.code} {self.period.code} {self.kind}"


class TrainingCourse(models.Model):
    class Level(models.TextChoices):
        CENTRAL = "central", _("Trung ương")
        PROVINCIAL = "provincial", _("Cấp tỉnh")
        COMMUNE = "commune", _("Cấp xã")
        OVERSEAS = "overseas", _("Ở nước ngoài")

    title = models.CharField(_("tên lớp"), max_length=255)
    organiser = models.ForeignKey(
        Agency, verbose_name=_("đơn vị tổ chức"), on_delete=models.PROTECT, related_name="training_courses"
    )
    level = models.CharField(_("cấp"), max_length=16, choices=Level.choices)
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))
    place = models.CharField(_("địa điểm"), max_length=255, blank=True)
    materials = models.TextField(_("tài liệu"), blank=True, help_text=_("Mỗi dòng một tài liệu hoặc đường dẫn."))

    class Meta:
        verbose_name = _("lớp tập huấn")
        verbose_name_plural = _("lớp tập huấn")
        ordering = ["-start", "title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."))

    @property
    def participant_total(self) -> int:
        return sum(p.count for p in self.participants.all())


class ParticipantGroup(models.TextChoices):
    LEADERS = "leaders", _("Cán bộ lãnh đạo, quản lý")
    TTDN_STAFF = "ttdn_staff", _("Cán bộ làm công tác TTĐN")
    PRESS = "press", _("Phóng viên, biên tập viên")
    BUSINESS = "business", _("Doanh nghiệp, tổ chức")
    OTHER = "other", _("Khác")


class CourseParticipants(models.Model):
    course = models.ForeignKey(TrainingCourse, on_delete=models.CASCADE, related_name="participants")
    group = models.CharField(_("nhóm"), max_length=16, choices=ParticipantGroup.choices)
    count = models.PositiveIntegerField(_("số người"))

    class Meta:
        verbose_name = _("học viên theo nhóm")
        verbose_name_plural = _("học viên theo nhóm")
        constraints = [models.UniqueConstraint(fields=["course", "group"], name="unique_course_group")]

    def __str__(self) -> str:
        return f"{self.course}: {self.get_group_display()} {self.count}"

    @property
    def agency(self) -> Agency:
        return self.course.organiser


class InternationalIndex(models.Model):
    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên chỉ số"), max_length=255)
    publisher = models.CharField(_("tổ chức công bố"), max_length=255)
    measures = models.TextField(_("đo lường"), blank=True)
    scale = models.CharField(_("thang điểm"), max_length=100, blank=True)
    higher_is_better = models.BooleanField(_("điểm càng cao càng tốt"), default=True)
    countries_covered = models.PositiveIntegerField(_("số quốc gia"), null=True, blank=True)
    url = models.URLField(_("trang chủ"), blank=True)

    class Meta:
        verbose_name = _("chỉ số quốc tế")
        verbose_name_plural = _("chỉ số quốc tế")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class IndexEntry(models.Model):
    """A country's rank/score in one edition of an index. The source URL is mandatory."""

    index = models.ForeignKey(InternationalIndex, on_delete=models.CASCADE, related_name="entries")
    year = models.PositiveSmallIntegerField(_("năm"))
    country = models.CharField(_("quốc gia (ISO 3166-1 alpha-3)"), max_length=3, default="VNM")
    rank = models.PositiveIntegerField(_("thứ hạng"), null=True, blank=True)
    score = models.DecimalField(_("điểm"), max_digits=8, decimal_places=3, null=True, blank=True)
    n_countries = models.PositiveIntegerField(_("số quốc gia xếp hạng"), null=True, blank=True)
    source_url = models.URLField(_("nguồn"), max_length=500)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("kết quả xếp hạng")
        verbose_name_plural = _("kết quả xếp hạng")
        ordering = ["index", "year", "country"]
        constraints = [models.UniqueConstraint(fields=["index", "year", "country"], name="unique_index_entry")]

    def __str__(self) -> str:
        return f"{self.index.code} {self.year} {self.country}: {self.rank}"

    def clean(self) -> None:
        if not (self.source_url or "").strip():
            raise ValidationError({"source_url": _("Kết quả xếp hạng phải có nguồn.")})
        if self.rank is None and self.score is None:
            raise ValidationError(_("Cần thứ hạng hoặc điểm."))
        if self.rank and self.n_countries and self.rank > self.n_countries:
            raise ValidationError(_("Thứ hạng lớn hơn số quốc gia được xếp hạng."))
        self.country = (self.country or "").upper()


class IndexTarget(models.Model):
    index = models.ForeignKey(InternationalIndex, on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("năm"))
    target_rank = models.PositiveIntegerField(_("thứ hạng mục tiêu"), null=True, blank=True)
    target_score = models.DecimalField(_("điểm mục tiêu"), max_digits=8, decimal_places=3, null=True, blank=True)
    note = models.CharField(_("ghi chú"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("mục tiêu xếp hạng")
        verbose_name_plural = _("mục tiêu xếp hạng")
        ordering = ["index", "year"]
        constraints = [models.UniqueConstraint(fields=["index", "year"], name="unique_index_target")]

    def __str__(self) -> str:
        return f"{self.index.code} {self.year}: ≤{self.target_rank}"
