import json
import re

import jsonschema
import pytest

from ttdn.response.claimreview import claim_review, claim_review_script

from .claimreview import SCHEMA, assert_valid_claimreview


def test_published_correction_claimreview_is_valid_in_each_language(published_case, article):
    correction = published_case.correction
    for lang in ("vi", "en"):
        data = claim_review(correction, lang, "https://ttdn.example.gov.vn/")
        assert_valid_claimreview(data)
        assert data["inLanguage"] == lang
        assert data["url"] == f"https://ttdn.example.gov.vn/public/{lang}/corrections/{correction.slug}/"
        assert data["itemReviewed"]["firstAppearance"]["url"] == article.url
        assert data["reviewRating"]["ratingValue"] == 1
    assert claim_review(correction, "en", "https://x.invalid/")["reviewRating"]["alternateName"] == "False"
    assert claim_review(correction, "vi", "https://x.invalid/")["claimReviewed"] == "Việt Nam bị cô lập về ngoại giao"


def test_missing_language_falls_back_to_vietnamese(published_case):
    data = claim_review(published_case.correction, "fr", "https://x.invalid/")
    assert data["inLanguage"] == "vi"


def test_schema_rejects_missing_required_properties(published_case):
    data = claim_review(published_case.correction, "en", "https://x.invalid/")
    broken = {k: v for k, v in data.items() if k != "claimReviewed"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    broken = json.loads(json.dumps(data))
    del broken["itemReviewed"]["firstAppearance"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_script_embedding_cannot_close_the_tag():
    text = claim_review_script({"claimReviewed": "</script><script>alert(1)</script>"})
    assert "</script>" not in text and json.loads(text)["claimReviewed"].startswith("</script>")
    assert not re.search(r"<", text)
