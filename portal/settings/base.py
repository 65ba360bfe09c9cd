"""Settings shared by every environment; everything that differs per deployment comes from the environment."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from kernel import languages
from kernel.client_address import parse_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEV_SECRET_KEY = "dev-only-insecure-key-never-use-in-production"
SECRET_KEY = os.environ.get("SECRET_KEY", DEV_SECRET_KEY)
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h.strip()]

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it translates
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "portal",
    "pages",
    "directory",
    "community",
    "translations",
    "search",
    "reviews",
    "reader",
    "readership",
    "events",
    "news",
    "alerts",
    "subscriptions",
    "twofactor",
    "backups",
    "audit",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
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
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # counts page views before the page cache answers; static files never reach it
    "readership.middleware.ViewCounterMiddleware",
    # pages of signed-in users: Cache-Control private, never kept by the service worker
    "reader.middleware.PrivateForSignedInMiddleware",
    # HTML compressed for slow networks; static files come pre-compressed from WhiteNoise above.
    # Django's GZipMiddleware pads responses against BREACH, and CSRF tokens are masked per request.
    "django.middleware.gzip.GZipMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    # after the language is known and around the page cache: cached pages show the alerts active now
    "alerts.banner.AlertBannerMiddleware",
    "django.middleware.common.CommonMiddleware",
    # before anything reads the body: a too large upload is refused from its Content-Length
    "portal.middleware.RequestSizeLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # staff reach the admin only after two-factor sign-in in this session
    "twofactor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # last, so that a locked-out login never reaches the view
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "portal.context_processors.site",
                "portal.context_processors.footer_links",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"), conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A transaction takes SQLite's write lock when it begins, and waits up to 20 s for another one to
    # finish: two moderators approving at once then take turns instead of failing "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_CACHE_OPTIONS = {
    # Everything that uses the cache (Wagtail's page routing, the rate limits, the page and directory
    # caches) reads an unreachable Redis as a miss and carries on without it.
    "IGNORE_EXCEPTIONS": True,
    # A Redis that hangs costs each request at most this long per call, not a worker.
    "SOCKET_CONNECT_TIMEOUT": 0.5,
    "SOCKET_TIMEOUT": 0.5,
}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # an outage shows in the log
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal",
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Reverse proxies in front of the application: none (REMOTE_ADDR is the client), their number, or their
# addresses/networks; rate limits and login lockouts key on the address kernel.client_address finds.
TRUSTED_PROXIES = parse_trusted_proxies(os.environ.get("TRUSTED_PROXIES"))
AXES_CLIENT_IP_CALLABLE = "kernel.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "community/locked_out.html"  # translated page instead of plain text
# two-factor sign-in (see twofactor/): the name authenticator apps show next to the code
OTP_TOTP_ISSUER = "Ny i Västerås"

# --- languages (all derived from kernel/languages.py) ----------------------------------------------
LANGUAGE_CODE = languages.DEFAULT
LANGUAGES = languages.django_languages()
LANGUAGES_BIDI = languages.django_bidi()
LANG_INFO.update(languages.lang_info_additions())
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600

MODELTRANSLATION_DEFAULT_LANGUAGE = languages.DEFAULT
MODELTRANSLATION_LANGUAGES = languages.CODES
MODELTRANSLATION_FALLBACK_LANGUAGES = languages.modeltranslation_fallbacks()
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [(c, n) for c, n in LANGUAGES if c in ("sv", "en")]

# --- static and media ------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads (images, documents, logos) must be readable by every app host: either MEDIA_ROOT on a path
# all hosts mount (MEDIA_STORAGE=filesystem, the default), or S3-compatible object storage
# (MEDIA_STORAGE=s3, django-storages, configured by the AWS_* variables below).
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "filesystem")
if MEDIA_STORAGE == "s3":
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", ""),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # public URLs (through a CDN or the bucket's own domain) when set, else signed URLs
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": not os.environ.get("AWS_S3_CUSTOM_DOMAIN"),
            "file_overwrite": False,  # two hosts saving the same name never overwrite each other
            "default_acl": None,  # the bucket's policy decides
            # credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 from the environment
        },
    }
elif MEDIA_STORAGE == "filesystem":
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
else:
    raise RuntimeError(f"MEDIA_STORAGE must be 'filesystem' or 's3', not {MEDIA_STORAGE!r}")
STORAGES = {
    "default": _media_storage,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# the largest request body of a public or member form: a logo of at most 2 MB and the form's fields
PUBLIC_REQUEST_MAX_BYTES = 3 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Wagtail ---------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Ny i Västerås"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt", "docx", "odt"]
# An HTTP cache in front of the app hosts (nginx with the cache-purge module, or Varnish): each URL in
# FRONTEND_CACHE_PURGE_URLS (comma-separated, e.g. http://10.0.0.10:8081) receives a PURGE request for
# every language's address of a page when it is published, unpublished or moved (see portal/frontend_cache.py).
FRONTEND_CACHE_PURGE_URLS = [u.strip() for u in os.environ.get("FRONTEND_CACHE_PURGE_URLS", "").split(",") if u.strip()]
WAGTAILFRONTENDCACHE = {
    f"cache{number}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}
    for number, url in enumerate(FRONTEND_CACHE_PURGE_URLS, start=1)
}

# --- e-mail ----------------------------------------------------------------------------------------
if os.environ.get("EMAIL_URL"):
    vars().update(dj_email_url.parse(os.environ["EMAIL_URL"]))
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Ny i Västerås <noreply@localhost>")

# --- directory -----------------------------------------------------------------------------------
# A tile map on actor pages only when a tile server is configured ("https://tiles.example/{z}/{x}/{y}.png");
# by default no page talks to another host. Its origin is allowed for images in the CSP below.
DIRECTORY_MAP_TILE_URL = os.environ.get("DIRECTORY_MAP_TILE_URL", "")

# --- search (see search/) --------------------------------------------------------------------------
# SEARCH_BACKEND picks the engine: embedded (in-process SQLite FTS5 file, one host, the default), postgres
# (tables in the site's PostgreSQL database, shared by every host) or elasticsearch (large deployments).
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "embedded")
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# embedded engine index file
SEARCH_INDEX_PATH = os.environ.get("SEARCH_INDEX_PATH", "") or str(BASE_DIR / "search_index.sqlite3")
_SEARCH_ENGINES = {
    "embedded": {"ENGINE": "search.engines.embedded.EmbeddedEngine", "OPTIONS": {"path": SEARCH_INDEX_PATH}},
    "postgres": {"ENGINE": "search.engines.postgres.PostgresEngine", "OPTIONS": {"using": "default"}},
    "elasticsearch": {"ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
                      "OPTIONS": {"url": ELASTICSEARCH_URL, "prefix": "portal"}},
}
if SEARCH_BACKEND not in _SEARCH_ENGINES:
    raise ImproperlyConfigured(f"SEARCH_BACKEND must be one of {', '.join(_SEARCH_ENGINES)}, not {SEARCH_BACKEND!r}")
SEARCH_BACKENDS = {"default": _SEARCH_ENGINES[SEARCH_BACKEND]}

# --- machine drafts of translations (translations/machine.py); off unless a provider is named ---------
MACHINE_TRANSLATION_PROVIDER = os.environ.get("MACHINE_TRANSLATION_PROVIDER", "")  # "deepl" or "libretranslate"
MACHINE_TRANSLATION_URL = os.environ.get(
    "MACHINE_TRANSLATION_URL", "https://api-free.deepl.com" if MACHINE_TRANSLATION_PROVIDER == "deepl" else "")
MACHINE_TRANSLATION_API_KEY = os.environ.get("MACHINE_TRANSLATION_API_KEY", "")

# --- security --------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

# Public pages: no inline script, nothing from another host. The Wagtail admin is excluded
# because it relies on inline scripts; it is only reachable for signed-in staff.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

if DIRECTORY_MAP_TILE_URL.startswith("https://"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append("/".join(DIRECTORY_MAP_TILE_URL.split("/")[:3]))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
