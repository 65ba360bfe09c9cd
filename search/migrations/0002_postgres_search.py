"""The PostgreSQL search engine's tables, text search configurations and extensions (PostgreSQL only).

On SQLite this migration does nothing: the embedded engine keeps its index in a file of its own.
"""

from django.db import migrations

# Token types of PostgreSQL's default parser that carry words (URLs, e-mail addresses and the like
# cannot occur: the project's normalisation hands over letters and digits only).
WORD_TOKENS = "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart"

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # For each Snowball stemmer the server has, and for no stemming at all (``simple``): portal_<name>
    # folds diacritics with unaccent before stemming, portal_<name>_exact keeps every letter (Turkish).
    # Unlike PostgreSQL's own configurations they have no stop words, as the other engines.
    f"""
    DO $$
    DECLARE
        stemmer text;
    BEGIN
        CREATE TEXT SEARCH CONFIGURATION portal_simple_exact (COPY = pg_catalog.simple);
        CREATE TEXT SEARCH CONFIGURATION portal_simple (COPY = pg_catalog.simple);
        ALTER TEXT SEARCH CONFIGURATION portal_simple ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, simple;
        FOR stemmer IN
            SELECT regexp_replace(d.dictname, '_stem$', '')
            FROM pg_ts_dict d JOIN pg_ts_template t ON t.oid = d.dicttemplate
            WHERE t.tmplname = 'snowball' AND d.dictname LIKE '%\\_stem'
              AND d.dictnamespace = 'pg_catalog'::regnamespace
        LOOP
            EXECUTE format('CREATE TEXT SEARCH DICTIONARY %I (TEMPLATE = snowball, LANGUAGE = %s)',
                           'portal_' || stemmer || '_stem', stemmer);
            EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.simple)',
                           'portal_' || stemmer || '_exact');
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR {WORD_TOKENS} WITH %I',
                           'portal_' || stemmer || '_exact', 'portal_' || stemmer || '_stem');
            EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.simple)', 'portal_' || stemmer);
            EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, %I',
                           'portal_' || stemmer, 'portal_' || stemmer || '_stem');
        END LOOP;
    END $$
    """,
    # one row per document (object, language); vector: title (weight A), proper names (B), body (D);
    # prefix: the unstemmed words of title and names, for autocomplete
    """
    CREATE TABLE portal_search_document (
        id text PRIMARY KEY,
        language varchar(20) NOT NULL,
        type varchar(50) NOT NULL,
        object_id varchar(64) NOT NULL,
        url text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        title_language varchar(20) NOT NULL,
        names text[] NOT NULL,
        focus_areas text[] NOT NULL,
        categories text[] NOT NULL,
        languages_served text[] NOT NULL,
        vector tsvector NOT NULL,
        prefix tsvector NOT NULL
    )
    """,
    "CREATE INDEX portal_search_document_vector ON portal_search_document USING gin (vector)",
    "CREATE INDEX portal_search_document_prefix ON portal_search_document USING gin (prefix)",
    "CREATE INDEX portal_search_document_language_type ON portal_search_document (language, type)",
    # the normalised words of each language as written (surface), for typo tolerance and "did you mean"
    """
    CREATE TABLE portal_search_word (
        language varchar(20) NOT NULL,
        word text NOT NULL,
        surface text NOT NULL,
        PRIMARY KEY (language, word)
    )
    """,
    "CREATE INDEX portal_search_word_trigram ON portal_search_word USING gist (word gist_trgm_ops)",
    # counts rebuilds: a process that remembers which words are stored forgets them after one
    "CREATE TABLE portal_search_state (name varchar(50) PRIMARY KEY, value bigint NOT NULL)",
    "INSERT INTO portal_search_state (name, value) VALUES ('generation', 1)",
]

BACKWARD = [
    "DROP TABLE IF EXISTS portal_search_state",
    "DROP TABLE IF EXISTS portal_search_word",
    "DROP TABLE IF EXISTS portal_search_document",
    """
    DO $$
    DECLARE
        name text;
    BEGIN
        FOR name IN SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'portal\\_%' LOOP
            EXECUTE format('DROP TEXT SEARCH CONFIGURATION %I', name);
        END LOOP;
        FOR name IN SELECT dictname FROM pg_ts_dict WHERE dictname LIKE 'portal\\_%' LOOP
            EXECUTE format('DROP TEXT SEARCH DICTIONARY %I', name);
        END LOOP;
    END $$
    """,
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ("portal_search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False),
    ]
