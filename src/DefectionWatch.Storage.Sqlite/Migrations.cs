namespace DefectionWatch.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations; each runs once, in its own transaction, and is recorded in
/// <c>schema_migrations</c>. Never edit a released migration: add a new one.
/// </summary>
internal static class Migrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "documents, facts, minhash bands, full-text index", """
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta(key, value) VALUES('pseudonym_secret', lower(hex(randomblob(32))));

            CREATE TABLE documents(
                id INTEGER PRIMARY KEY,
                doc_key TEXT NOT NULL UNIQUE,
                url TEXT,
                title TEXT,
                publisher TEXT,
                published TEXT,
                language TEXT,
                detected_language TEXT,
                source TEXT NOT NULL,
                source_line INTEGER,
                retrieved_at TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                status TEXT NOT NULL,
                duplicate_of INTEGER REFERENCES documents(id),
                duplicate_kind TEXT,
                similarity REAL,
                extractor_version TEXT,
                extracted_at TEXT,
                error TEXT,
                minhash BLOB,
                text TEXT NOT NULL);
            CREATE INDEX ix_documents_hash ON documents(content_hash);
            CREATE INDEX ix_documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
            CREATE INDEX ix_documents_status ON documents(status, extractor_version);

            CREATE TABLE doc_bands(
                band_hash INTEGER NOT NULL,
                doc_id INTEGER NOT NULL REFERENCES documents(id),
                PRIMARY KEY(band_hash, doc_id)) WITHOUT ROWID;

            CREATE TABLE facts(
                id INTEGER PRIMARY KEY,
                doc_id INTEGER NOT NULL REFERENCES documents(id),
                kind TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                span_start INTEGER,
                span_end INTEGER,
                extractor_version TEXT NOT NULL,
                json TEXT NOT NULL,
                event_type TEXT,
                grp TEXT,
                grp_norm TEXT,
                country TEXT,
                date_start TEXT,
                date_end TEXT,
                count_best INTEGER,
                UNIQUE(doc_id, kind, ordinal));
            CREATE INDEX ix_facts_kind_type_date ON facts(kind, event_type, date_start);
            CREATE INDEX ix_facts_grp ON facts(grp_norm) WHERE grp_norm IS NOT NULL;
            CREATE INDEX ix_facts_country ON facts(country) WHERE country IS NOT NULL;
            CREATE INDEX ix_facts_date ON facts(date_start, date_end) WHERE kind = 'event';

            CREATE VIRTUAL TABLE documents_fts USING fts5(
                title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
            """),
        new(2, "narrow minhash table, event indexes matching filters and order", """
            CREATE TABLE doc_minhash(
                doc_id INTEGER PRIMARY KEY REFERENCES documents(id),
                sig BLOB NOT NULL);
            INSERT INTO doc_minhash(doc_id, sig) SELECT id, minhash FROM documents WHERE minhash IS NOT NULL;
            UPDATE documents SET minhash = NULL WHERE minhash IS NOT NULL;

            DROP INDEX ix_facts_kind_type_date;
            DROP INDEX ix_facts_grp;
            DROP INDEX ix_facts_country;
            DROP INDEX ix_facts_date;
            CREATE INDEX ix_facts_event_type_date ON facts(event_type, date_start, doc_id, ordinal) WHERE kind = 'event';
            CREATE INDEX ix_facts_event_grp_date ON facts(grp_norm, date_start, doc_id, ordinal) WHERE kind = 'event';
            CREATE INDEX ix_facts_event_country_date ON facts(country, date_start, doc_id, ordinal) WHERE kind = 'event';
            CREATE INDEX ix_facts_event_date ON facts(date_start, doc_id, ordinal, date_end) WHERE kind = 'event';
            CREATE INDEX ix_facts_event_span ON facts(julianday(date_end) - julianday(date_start)) WHERE kind = 'event';
            """),
    ];
}
