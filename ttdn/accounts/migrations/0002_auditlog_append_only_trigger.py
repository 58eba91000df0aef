"""The audit log refuses UPDATE and DELETE in PostgreSQL itself, not only through the ORM.

One UPDATE stays allowed: setting ``actor_id`` or ``agency_id`` to NULL while every other column is
unchanged, which is what ``on_delete=SET_NULL`` does when a user or an agency is deleted
(``actor_name`` keeps who it was). TRUNCATE is not blocked: Django's test flush needs it, and the
application's database role should not own the table in production (see docs/OPERATIONS.md).

SQLite gets no trigger: Django's flush between transactional tests deletes rows one by one there,
which a BEFORE DELETE trigger would abort; the ORM guard on the model still applies.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION ttdn_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.id = OLD.id
       AND NEW.at = OLD.at
       AND NEW.actor_name = OLD.actor_name
       AND NEW.action = OLD.action
       AND NEW.object_type = OLD.object_type
       AND NEW.object_id = OLD.object_id
       AND NEW.object_repr = OLD.object_repr
       AND NEW.before IS NOT DISTINCT FROM OLD.before
       AND NEW.after IS NOT DISTINCT FROM OLD.after
       AND NEW.note = OLD.note
       AND (NEW.actor_id IS NULL OR NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id)
       AND (NEW.agency_id IS NULL OR NEW.agency_id IS NOT DISTINCT FROM OLD.agency_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'accounts_auditlog is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS ttdn_audit_append_only ON accounts_auditlog;
CREATE TRIGGER ttdn_audit_append_only BEFORE UPDATE OR DELETE ON accounts_auditlog
    FOR EACH ROW EXECUTE FUNCTION ttdn_audit_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS ttdn_audit_append_only ON accounts_auditlog;
DROP FUNCTION IF EXISTS ttdn_audit_append_only();
"""


def _run(sql: str):  # type: ignore[no-untyped-def]
    def apply(apps, schema_editor):  # type: ignore[no-untyped-def]
        if schema_editor.connection.vendor == "postgresql":
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(sql)  # no params: the % in RAISE stays literal

    return apply


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(_run(CREATE), _run(DROP))]
