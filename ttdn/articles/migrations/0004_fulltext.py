"""Full-text index for articles: SQLite FTS5 or PostgreSQL tsvector + unaccent (docs/SEARCH.md).

Both read the folded shadow columns Article.search_title / search_body, which Article.save fills.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        search_title, search_body,
        content='articles_article', content_rowid='id',
        tokenize = "unicode61 remove_diacritics 2"
    )""",
    # External-content tables are kept in sync by triggers: any write path stays indexed.
    """CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles_article BEGIN
        INSERT INTO articles_fts(rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles_article BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, search_title, search_body)
        VALUES ('delete', old.id, old.search_title, old.search_body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF search_title, search_body ON articles_article BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, search_title, search_body)
        VALUES ('delete', old.id, old.search_title, old.search_body);
        INSERT INTO articles_fts(rowid, search_title, search_body) VALUES (new.id, new.search_title, new.search_body);
    END""",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS articles_fts_au",
    "DROP TRIGGER IF EXISTS articles_fts_ad",
    "DROP TRIGGER IF EXISTS articles_fts_ai",
    "DROP TABLE IF EXISTS articles_fts",
]

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() is only STABLE (its dictionary could change); a generated column needs an
    # IMMUTABLE function, so wrap it with the dictionary named explicitly. translate() folds đ/Đ,
    # which unaccent's default rules may or may not cover depending on the server's version.
    """CREATE OR REPLACE FUNCTION ttdn_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
        $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, value), 'đĐ', 'dD')) $$""",
    """ALTER TABLE articles_article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, ttdn_fold(coalesce(search_title, ''))), 'A')
        || setweight(to_tsvector('simple'::regconfig, ttdn_fold(coalesce(search_body, ''))), 'B')
    ) STORED""",
    "CREATE INDEX articles_article_search_vector_gin ON articles_article USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS articles_article_search_vector_gin",
    "ALTER TABLE articles_article DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS ttdn_fold(text)",
]


def forward(apps, schema_editor):
    # Fill the shadow columns first, so the index is built once from final values.
    refill_shadow_columns(apps)
    for sql in {"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def backward(apps, schema_editor):
    for sql in {"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}.get(schema_editor.connection.vendor, []):
        schema_editor.execute(sql)


def refill_shadow_columns(apps):
    """Rows stored before the shadow columns existed get them now (historical models skip save())."""
    from ttdn.articles.search.folding import index_text

    Article = apps.get_model("articles", "Article")
    for row in Article.objects.filter(search_title="").only("id", "title", "summary", "text").iterator(chunk_size=500):
        Article.objects.filter(pk=row.pk).update(
            search_title=index_text(row.title), search_body=index_text(row.summary, row.text)
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_analysis_facets_search")]

    operations = [migrations.RunPython(forward, backward)]
