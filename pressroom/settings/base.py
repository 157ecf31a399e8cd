from datetime import timedelta

import dj_database_url
from django.utils.translation import gettext_lazy as _

from . import environment as env

BASE_DIR = env.BASE_DIR
DATA_DIR = env.DATA_DIR
PROJECT_DIR = BASE_DIR / "pressroom"

SECRET_KEY = env.secret_key()
DEBUG = False
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env.items("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "pressroom.core",
    "pressroom.topics",
    "pressroom.people",
    "pressroom.multimedia",
    "pressroom.home",
    "pressroom.campaigns",
    "pressroom.press",
    "pressroom.news",
    "pressroom.events",
    "pressroom.opinions",
    "pressroom.demo",
    "pressroom.translations",
    "pressroom.feeds",
    "pressroom.api",
    "pressroom.embargo",
    "pressroom.alerts",
    "pressroom.search",
    "pressroom.alliance",
    "pressroom.delivery",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    # First, so that what it stores has every header the others add.
    "pressroom.delivery.middleware.DeliveryMiddleware",
    # The security headers next, around everything that may answer or refuse a request
    # (a bad Host is refused in CommonMiddleware): error responses carry them too.
    "django.middleware.security.SecurityMiddleware",
    "pressroom.core.headers.PermissionsPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "pressroom.core.middleware.ContentSecurityPolicyMiddleware",
    # A database that cannot be reached answers 503, never a 500 (stored pages still serve).
    "pressroom.core.database.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pressroom.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pressroom.urls"
WSGI_APPLICATION = "pressroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in WAL mode on the local disk unless DATABASE_URL names another database.
_sqlite_path = DATA_DIR / "db.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL", f"sqlite:///{_sqlite_path}"),
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rate limits count in the database, shared by every app server process.
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "pressroom_ratelimit",
    },
    # Heartbeats of the tasks running in the workers (pressroom.core.workers).
    "workers": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "pressroom_workers",
    },
}
# Searches a client may make in a minute, on the search page and its API; 0 for no limit.
PRESSROOM_SEARCH_RATE = env.integer("PRESSROOM_SEARCH_RATE", 30)
# Rendered public responses, served by the front in pressroom.wsgi without Django; "off"
# renders every request.
PRESSROOM_STORE = env.text("PRESSROOM_STORE", str(DATA_DIR / "delivery"))
if PRESSROOM_STORE == "off":
    PRESSROOM_STORE = None
# Past this size its least recently used responses are evicted.
PRESSROOM_STORE_MAX_MB = env.integer("PRESSROOM_STORE_MAX_MB", 512)
# A frontend cache (Varnish, a CDN) is sent purge requests for every URL the store drops;
# it may then keep pages longer.
_frontend_cache = env.text("FRONTEND_CACHE_URL")
if _frontend_cache:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": _frontend_cache,
        }
    }
PRESSROOM_CDN_MAX_AGE = env.integer("PRESSROOM_CDN_MAX_AGE", 3600 if _frontend_cache else 60)
TRUSTED_PROXY_COUNT = env.integer("PRESSROOM_TRUSTED_PROXY_COUNT", 0)

# Sign-in attempts are counted per account and per client (django-axes): after
# PRESSROOM_LOGIN_FAILURE_LIMIT failures either one is refused, with a 429 page, for
# PRESSROOM_LOGIN_COOLOFF_MINUTES after its last failure; a successful sign-in clears its count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.integer("PRESSROOM_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env.integer("PRESSROOM_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_CLIENT_IP_CALLABLE = "pressroom.core.ratelimit.client_address"
AXES_LOCKOUT_CALLABLE = "pressroom.core.admin_login.locked_out"
AXES_RESET_ON_SUCCESS = True
# Attempts while refused do not push the end of the lockout further away.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# The failure log names the account and the client address (passwords are never logged).
AXES_SENSITIVE_PARAMETERS = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The 24 official languages of the European Union; English is the source language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("cs", _("Czech")),
    ("da", _("Danish")),
    ("de", _("German")),
    ("el", _("Greek")),
    ("en", _("English")),
    ("es", _("Spanish")),
    ("et", _("Estonian")),
    ("fi", _("Finnish")),
    ("fr", _("French")),
    ("ga", _("Irish")),
    ("hr", _("Croatian")),
    ("hu", _("Hungarian")),
    ("it", _("Italian")),
    ("lt", _("Lithuanian")),
    ("lv", _("Latvian")),
    ("mt", _("Maltese")),
    ("nl", _("Dutch")),
    ("pl", _("Polish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("sk", _("Slovak")),
    ("sl", _("Slovenian")),
    ("sv", _("Swedish")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "pressroom_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/uploads/"
MEDIA_ROOT = DATA_DIR / "media"
# The one-command server serves uploads itself; a deployment with object storage or a web
# server in front turns this off.
SERVE_MEDIA = env.flag("PRESSROOM_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Seconds between the scheduler's runs (publishing, alerts, the alliance's e-mail).
PRESSROOM_SCHEDULER_INTERVAL = env.integer("PRESSROOM_SCHEDULER_INTERVAL", 60)

# Console (printed by the worker) unless EMAIL_URL names an SMTP server or a folder.
globals().update(env.email())
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "pressroom@localhost")

WAGTAIL_SITE_NAME = env.text("PRESSROOM_SITE_NAME", "pressroom")
WAGTAILADMIN_BASE_URL = env.text("PRESSROOM_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "vtt", "srt", "txt", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # nothing phones home
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # nor do the avatars of the admin
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = env.machine_translator()
WAGTAILLOCALIZE_JOBS = {"BACKEND": "wagtail_localize.tasks.ImmediateBackend"}

# Security headers on every response (the CSP itself is set in core.middleware).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "WARNING")},
    # Failed and refused admin sign-ins, whatever LOG_LEVEL is.
    "loggers": {"axes": {"level": "WARNING"}},
}
