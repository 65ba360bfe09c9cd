"""Gunicorn on an app host: ``gunicorn -c deploy/gunicorn.conf.py portal.wsgi``.

Every value comes from the environment (see deploy/env.example), so that the same file serves each host.
"""

import ipaddress
import os

# The address nginx forwards to; app hosts are never reached by visitors directly.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Gunicorn reads WEB_CONCURRENCY itself too; two workers per core is its advice for sync Django.
workers = int(os.environ.get("WEB_CONCURRENCY", str(2 * (os.cpu_count() or 1))))
# Threads let a worker keep nginx's connections open (upstream keepalive) and overlap database waits.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
keepalive = 75  # longer than nginx's upstream keepalive_timeout (60 s), so nginx closes first
# A request that takes this long is stuck: the worker is replaced and nginx answers 504.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 25  # a stop (systemd's TimeoutStopSec is 35) lets running requests finish
# Replacing a worker after this many requests bounds memory growth; 0 (default) never replaces it.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10


def _addresses(value: str) -> list[str]:
    """The single addresses in a comma-separated list (gunicorn takes no networks)."""
    found = []
    for part in value.split(","):
        try:
            found.append(str(ipaddress.ip_address(part.strip())))
        except ValueError:
            pass
    return found


# X-Forwarded-Proto is believed only from the proxy (Django reads it through SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = ",".join(_addresses(os.environ.get("TRUSTED_PROXIES", ""))) or "127.0.0.1"
# Each host's own temporary files (request bodies); never a directory other hosts share.
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
# No client address or user agent in the access log (the privacy rules of the project).
access_log_format = '%(t)s "%(r)s" %(s)s %(b)s %(M)sms'
proc_name = os.environ.get("GUNICORN_PROC_NAME", "ny-i-vasteras")
pidfile = os.environ.get("GUNICORN_PIDFILE") or None
