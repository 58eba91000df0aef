"""Celery side of the job interface: one generic task runs any registered job by record id."""

from celery import shared_task

from .registry import run_job


@shared_task(name="ttdn.run_job", acks_late=True)
def run_job_task(record_id: int) -> None:
    run_job(record_id)
