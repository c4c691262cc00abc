"""gunicorn settings for production: `gunicorn website.wsgi` reads this file from the
working directory. Values come from the environment so one image serves every size."""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Loading the application before forking shares its memory between workers and surfaces
# import errors at start-up rather than on the first request.
preload_app = True
# Recycle each worker after a number of requests, staggered by the jitter so that the workers
# do not restart together; this bounds the memory any slow leak can take.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# The TLS-terminating proxy in front sets X-Forwarded-*; trust it only from loopback by default.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
