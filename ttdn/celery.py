"""Celery application for scale-out workers (`ttdn worker`). Unused when TTDN_BROKER_URL is empty."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
app = Celery("ttdn")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["ttdn.jobs"])
