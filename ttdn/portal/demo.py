# ruff: noqa: E501
"""`ttdn demo` step for the public portal: approved information materials in several languages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from django.contrib.auth import get_user_model

from ttdn.accounts.models import Agency

from .models import InformationMaterial
from .services import approve_material, create_material


class MaterialSpec(TypedDict):
    slug: str
    featured: bool
    content: dict[str, dict[str, str]]  # language → {"title", "body"}


MATERIALS: list[MaterialSpec] = [
    {
        "slug": "so-dien-thoai-khan-cap",
        "featured": True,
        "content": {
            "vi": {
                "title": "Số điện thoại khẩn cấp tại Việt Nam",
                "body": "Công an: 113\nCứu hỏa: 114\nCấp cứu y tế: 115\nCác số này gọi miễn phí từ mọi điện thoại.",
            },
            "en": {
                "title": "Emergency numbers in Viet Nam",
                "body": "Police: 113\nFire: 114\nAmbulance: 115\nThese calls are free from any phone.",
            },
            "fr": {
                "title": "Numéros d'urgence au Viet Nam",
                "body": "Police : 113\nPompiers : 114\nUrgences médicales : 115\nCes appels sont gratuits depuis tout téléphone.",
            },
            "zh": {"title": "越南紧急电话", "body": "警察：113\n消防：114\n急救：115\n任何电话均可免费拨打。"},
            "ko": {
                "title": "베트남 긴급 전화번호",
                "body": "경찰: 113\n소방: 114\n응급의료: 115\n모든 전화에서 무료로 걸 수 있습니다.",
            },
            "ja": {
                "title": "ベトナムの緊急電話番号",
                "body": "警察：113\n消防：114\n救急：115\nどの電話からも無料でかけられます。",
            },
            "ru": {
                "title": "Экстренные номера во Вьетнаме",
                "body": "Полиция: 113\nПожарная служба: 114\nСкорая помощь: 115\nЗвонки бесплатны с любого телефона.",
            },
        },
    },
    {
        "slug": "thi-thuc-dien-tu",
        "featured": True,
        "content": {
            "vi": {
                "title": "Thị thực điện tử Việt Nam",
                "body": "Công dân của tất cả các nước và vùng lãnh thổ có thể xin thị thực điện tử vào Việt Nam, thời hạn tối đa 90 ngày, nhập cảnh một lần hoặc nhiều lần. Chỉ nộp hồ sơ qua cổng thông tin chính thức của Cục Quản lý xuất nhập cảnh, Bộ Công an.",
            },
            "en": {
                "title": "Viet Nam e-visa",
                "body": "Citizens of all countries and territories can apply for a Vietnamese e-visa valid for up to 90 days, for single or multiple entry. Apply only through the official portal of the Immigration Department, Ministry of Public Security.",
            },
            "fr": {
                "title": "Le visa électronique du Viet Nam",
                "body": "Les ressortissants de tous les pays et territoires peuvent demander un visa électronique pour le Viet Nam, valable jusqu'à 90 jours, pour une ou plusieurs entrées. Déposez votre demande uniquement sur le portail officiel du Département de l'immigration (ministère de la Sécurité publique).",
            },
            "zh": {
                "title": "越南电子签证",
                "body": "所有国家和地区的公民均可申请越南电子签证，有效期最长90天，可单次或多次入境。请仅通过公安部出入境管理局的官方门户网站申请。",
            },
            "ko": {
                "title": "베트남 전자비자",
                "body": "모든 국가와 지역의 국민은 최대 90일, 단수 또는 복수 입국이 가능한 베트남 전자비자를 신청할 수 있습니다. 공안부 출입국관리국의 공식 포털에서만 신청하십시오.",
            },
            "ru": {
                "title": "Электронная виза во Вьетнам",
                "body": "Граждане всех стран и территорий могут получить электронную визу во Вьетнам сроком до 90 дней с однократным или многократным въездом. Подавайте заявление только через официальный портал Департамента иммиграции Министерства общественной безопасности.",
            },
        },
    },
    {
        "slug": "kiem-tra-thong-tin-chinh-thuc",
        "featured": False,
        "content": {
            "vi": {
                "title": "Kiểm tra thông tin trước khi chia sẻ",
                "body": "Khi thấy tin gây sốc về Việt Nam, hãy đối chiếu với thông báo của cơ quan nhà nước có thẩm quyền và các dữ kiện đã kiểm chứng trên trang này trước khi chia sẻ.",
            },
            "en": {
                "title": "Check before you share",
                "body": "When you see shocking news about Viet Nam, compare it with announcements from the competent authorities and the verified facts on this site before sharing it.",
            },
            "fr": {
                "title": "Vérifier avant de partager",
                "body": "Face à une information choquante sur le Viet Nam, comparez-la avec les communiqués des autorités compétentes et les faits vérifiés de ce site avant de la partager.",
            },
        },
    },
]


def load_demo(log: Callable[[str], None]) -> None:
    agency = Agency.objects.filter(code="BNG").first()
    approver = get_user_model().objects.filter(username="approver").first()
    responder = get_user_model().objects.filter(username="responder").first()
    if agency is None or approver is None or responder is None:
        log("  portal: response demo not loaded; skipping materials")
        return
    for spec in MATERIALS:
        material = InformationMaterial.objects.filter(slug=spec["slug"]).first()
        if material is None:
            material = create_material(
                responder, agency=agency, content=spec["content"], slug=spec["slug"], featured=spec["featured"]
            )
        if not material.approved:
            approve_material(approver, material)
    log(
        f"  portal: {InformationMaterial.objects.filter(approved=True).count()} approved materials; /public/ in vi, en, fr, zh, ko, ja, ru …"
    )
