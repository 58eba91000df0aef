import pytest

from ttdn.analysis.langid import default_identifier

SAMPLES = {
    "vi": "Thủ tướng chủ trì cuộc họp Chính phủ thường kỳ tháng mười về tình hình kinh tế.",
    "en": "The government announced new measures to support small businesses this week.",
    "fr": "Le gouvernement a annoncé de nouvelles mesures pour soutenir les petites entreprises.",
    "de": "Die Regierung hat neue Maßnahmen zur Unterstützung kleiner Unternehmen angekündigt.",
    "es": "El gobierno anunció nuevas medidas para apoyar a las pequeñas empresas esta semana.",
    "ru": "Правительство объявило о новых мерах поддержки малого бизнеса на этой неделе.",
    "zh": "政府本周宣布了支持小企业的新措施。",
    "ja": "政府は今週、中小企業を支援する新たな措置を発表した。",
    "ko": "정부는 이번 주 중소기업 지원을 위한 새로운 조치를 발표했다.",
    "th": "รัฐบาลประกาศมาตรการใหม่เพื่อสนับสนุนธุรกิจขนาดเล็กในสัปดาห์นี้",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language_of_samples(lang):
    assert default_identifier().identify(SAMPLES[lang]).language == lang


def test_vietnamese_without_diacritics():
    g = default_identifier().identify("Chinh phu cong bo nhieu bien phap moi de ho tro doanh nghiep nho va vua.")
    assert g.language == "vi"
    assert g.vi_without_diacritics
    assert not default_identifier().identify(SAMPLES["vi"]).vi_without_diacritics
