from django.urls import reverse


def test_login_required_then_home_in_vietnamese(client, analyst):
    response = client.get(reverse("web:home"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(analyst)
    page = client.get(reverse("web:home")).content.decode()
    assert 'lang="vi"' in page and "Tổng quan" in page


def test_healthz(client, db):
    assert client.get("/healthz").json()["status"] == "ok"


def test_openapi_schema_is_served(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "ttdn API"
