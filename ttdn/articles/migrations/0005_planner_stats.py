"""SQLite only: give the query planner realistic statistics for articles_article from day one.

Without sqlite_stat1 rows SQLite assumes an equality on any indexed column matches ~10 rows, so
a search filtered by language would scan the language index and re-run the FTS5 MATCH for every
row (measured: 1 s instead of 20 ms on 10,000 articles). These hand-written figures describe a
large table (docs/SEARCH.md); a later ANALYZE replaces them with measured ones. SQLite documents
this use of sqlite_stat1 ("manual control of query plans").
"""

from django.db import migrations

TABLE = "articles_article"
ROWS = 1_000_000
# Average rows per distinct value of an index's leading column.
ROWS_PER_VALUE = {
    "language": 100_000,
    "outlet_id": 1_000,
    "source_id": 1_000,
    "published_at": 2,
    "created_at": 2,
    "duplicate_of_id": 2,
}


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ANALYZE sqlite_schema")  # creates sqlite_stat1 if it does not exist yet
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = %s", [TABLE])
        indexes = [row[0] for row in cursor.fetchall()]
        cursor.execute("DELETE FROM sqlite_stat1 WHERE tbl = %s", [TABLE])
        cursor.execute("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (%s, NULL, %s)", [TABLE, str(ROWS)])
        for index in indexes:
            cursor.execute(f'PRAGMA index_info("{index}")')
            columns = [row[2] for row in cursor.fetchall()]
            if not columns:
                continue
            stats = [ROWS]
            for position, column in enumerate(columns):
                per_value = ROWS_PER_VALUE.get(column, 1) if position == 0 else max(1, stats[-1] // 100)
                stats.append(max(1, min(per_value, stats[-1])))
            cursor.execute(
                "INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (%s, %s, %s)",
                [TABLE, index, " ".join(str(s) for s in stats)],
            )


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_fulltext")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
