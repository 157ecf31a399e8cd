from .base import *  # noqa: F403
from .environment import flag

# Behind a TLS-terminating proxy these make cookies and redirects HTTPS-only.
if flag("PRESSROOM_HTTPS"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # A year, for this host and every subdomain (their HTTPS is the proxy's too); not
    # submitted to the browsers' preload list, which is hard to leave.
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
