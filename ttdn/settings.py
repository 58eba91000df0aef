"""Django settings for ttdn: one module, configured by environment variables.

TTDN_DATABASE_URL   database (default: SQLite file in TTDN_DATA_DIR); e.g. postgres://user@127.0.0.1:5432/ttdn
TTDN_BROKER_URL     Celery broker (redis://… or amqp://…); unset means jobs run in-process
TTDN_DATA_DIR       where the SQLite file, uploads and caches live (default: ./var)
TTDN_SECRET_KEY     required when TTDN_DEBUG is off
TTDN_DEBUG          "1" for development
TTDN_ALLOWED_HOSTS  comma-separated
TTDN_ALLOW_PRIVATE_FETCH  "1" lets fetchers reach loopback/private addresses (tests, intranet feeds)
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("TTDN_DATA_DIR", BASE_DIR.parent / "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = _flag("TTDN_DEBUG")
SECRET_KEY = os.environ.get("TTDN_SECRET_KEY") or ("dev-insecure-key-change-me" if DEBUG else "")
if not SECRET_KEY:
    # A stable per-installation key, kept beside the data, so an out-of-the-box start works
    # without ever shipping a shared secret.
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        import secrets

        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("TTDN_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("TTDN_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ttdn.web",
    "ttdn.accounts",
    "ttdn.jobs",
    "ttdn.sources",
    "ttdn.articles",
    "ttdn.savedsearches",
    "ttdn.rollups",
    "ttdn.monitoring",
    "ttdn.alerts",
    "ttdn.briefs",
    "ttdn.programme",
    "ttdn.response",
    "ttdn.portal",
    "ttdn.ops",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ttdn.web.middleware.IgnoreBrowserLanguageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "ttdn.urls"
WSGI_APPLICATION = "ttdn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "ttdn.web.nav.context",
            ],
        },
    },
]

_default_db = f"sqlite:///{DATA_DIR / 'ttdn.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("TTDN_DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # WAL lets the web app read while an ingest job writes; IMMEDIATE avoids
    # "database is locked" upgrades from read to write transactions.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
    # Tests use a file in WAL mode, like production: in-memory shared-cache SQLite fails concurrent
    # writers at once ("table is locked") instead of waiting, which the job thread would hit.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("TTDN_TEST_SQLITE", str(DATA_DIR / f"test-{os.getpid()}.sqlite3"))
    }
else:
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TTDN_TEST_DB_NAME", "test_ttdn")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["ttdn.formats"]

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed names built by `collectstatic` (run by `ttdn serve`); the tests keep the plain
    # storage (tests/conftest.py), so they need no collectstatic.
    "staticfiles": {"BACKEND": "ttdn.web.storage.StaticStorage"},
}
WHITENOISE_USE_FINDERS = True
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

EMAIL_BACKEND = os.environ.get("TTDN_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("TTDN_FROM_EMAIL", "ttdn@localhost")

# Jobs: in-process by default; Celery when a broker is configured.
TTDN_BROKER_URL = os.environ.get("TTDN_BROKER_URL", "")
CELERY_BROKER_URL = TTDN_BROKER_URL or "memory://"
CELERY_RESULT_BACKEND = os.environ.get("TTDN_RESULT_BACKEND", "")
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "ttdn")
TTDN_JOBS_EAGER = _flag("TTDN_JOBS_EAGER")
# Set by `ttdn serve` for itself and its web workers: in-process jobs are only recorded (queued) and
# the one runner thread in the `ttdn serve` parent process executes them (ttdn/jobs/runner.py).
TTDN_JOBS_DEFERRED = _flag("TTDN_JOBS_DEFERRED")
TTDN_WEB_WORKERS = int(os.environ.get("TTDN_WEB_WORKERS", "2"))

# Absolute links in exports made outside a request (ClaimReview feeds, e-mails).
TTDN_PUBLIC_BASE_URL = os.environ.get("TTDN_PUBLIC_BASE_URL", "")

# Fetching
TTDN_ALLOW_PRIVATE_FETCH = _flag("TTDN_ALLOW_PRIVATE_FETCH")
TTDN_FETCH_TIMEOUT = float(os.environ.get("TTDN_FETCH_TIMEOUT", "20"))
TTDN_FETCH_MAX_BYTES = int(os.environ.get("TTDN_FETCH_MAX_BYTES", str(20 * 1024 * 1024)))
TTDN_FETCH_MAX_REDIRECTS = int(os.environ.get("TTDN_FETCH_MAX_REDIRECTS", "5"))
TTDN_USER_AGENT = os.environ.get(
    "TTDN_USER_AGENT", "ttdn-monitor/0.1 (+https://example.invalid/ttdn; public media monitoring)"
)
TTDN_IMPORT_MAX_BYTES = int(os.environ.get("TTDN_IMPORT_MAX_BYTES", str(512 * 1024 * 1024)))

# Analysis: "full" adds multilingual E5 embeddings of title+lead (cross-lingual story clusters);
# "fast" uses static vectors only (≥100 articles/s on 2 cores) for high-volume ingestion.
TTDN_ANALYSIS_PROFILE = os.environ.get("TTDN_ANALYSIS_PROFILE", "full")
TTDN_AUTO_ANALYSE = _flag("TTDN_AUTO_ANALYSE", "1")  # analyse new articles in a background job
TTDN_ANALYSIS_STATE_DIR = Path(os.environ.get("TTDN_ANALYSIS_STATE_DIR", DATA_DIR / "analysis"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TTDN_LOG_LEVEL", "WARNING")},
}
