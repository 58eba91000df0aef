# ruff: noqa: E501
"""Stock phrases: how republishers credit a wire story, and the hooks reposters add to a claim."""

from __future__ import annotations

CREDITS = {
    "vi": ("({credit}) - ", "Theo {credit}"),
    "en": ("({credit}) - ", "- {credit}"),
    "fr": ("({credit}) - ", "Avec {credit}"),
    "zh": ("（{credit}）", "（来源：{credit}）"),
    "ja": ("【{credit}】", "（{credit}）"),
    "ko": ("({credit}) ", "출처: {credit}"),
    "ru": ("({credit}) ", "По материалам {credit}"),
}


REPOST_TAILS = {
    "vi": [
        "Hãy chia sẻ trước khi bài này bị xóa!",
        "Báo chí chính thống sẽ không bao giờ đưa tin này.",
        "Cập nhật: nhiều người đã xác nhận.",
    ],
    "en": [
        "Share before this gets deleted!",
        "Mainstream media will never report this.",
        "UPDATE: more people have confirmed this.",
    ],
    "fr": [
        "Partagez avant que ce soit supprimé !",
        "Les grands médias n'en parleront pas.",
        "Mise à jour : d'autres témoins confirment.",
    ],
    "zh": ["趁还没被删，赶紧转发！", "主流媒体不会报道这些。", "更新：更多网友证实了此事。"],
    "ja": ["削除される前に拡散を！", "大手メディアは報じない。", "追記：ほかにも証言が相次いでいる。"],
    "ko": ["삭제되기 전에 공유하세요!", "주류 언론은 절대 보도하지 않습니다.", "추가: 더 많은 사람들이 확인했습니다."],
    "ru": [
        "Распространите, пока не удалили!",
        "Официальные СМИ об этом молчат.",
        "Обновление: это подтверждают всё новые очевидцы.",
    ],
}


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}
