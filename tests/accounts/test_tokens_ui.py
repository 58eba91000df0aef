import re
import subprocess
import sys

from ttdn.accounts.models import ApiToken
from ttdn.accounts.services import authenticate_token


def test_user_creates_token_in_ui_uses_it_then_revokes(logged_in, analyst, client):
    page = logged_in.post("/accounts/tokens/", {"name": "reporting server"}).content.decode()
    key = re.search(r'<code id="new-key">([^<]+)</code>', page).group(1)
    assert authenticate_token(key) == analyst
    token = ApiToken.objects.get(user=analyst)
    assert token.key_hash != key and key not in token.key_hash  # only the hash is stored
    logged_in.post(f"/accounts/tokens/{token.pk}/revoke/")
    assert authenticate_token(key) is None


def test_cli_maps_hyphenated_commands(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "ttdn.cli", "create-token", "--help"],
        env={"TTDN_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and "Issue an API token" in out.stdout
