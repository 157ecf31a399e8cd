from .base import *  # noqa: F403
from .environment import flag

# Behind a TLS-terminating proxy these make cookies and redirects HTTPS-only.
if flag("PRESSROOM_HTTPS"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
