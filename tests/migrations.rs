//! The two migration folders describe one schema. Both are applied to real databases and their
//! catalogues read back: same tables, same columns (types normalised), same keys and indexes.
//! The embedded migration lists in `store` match the files.

mod common;

use common::{Backend, TestDb, with_db};
use consultbot::store::{POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS};
use sqlx::{Connection, Row};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, PartialEq, Eq, Default)]
struct Table {
    /// In order: name, normalised type, NOT NULL.
    columns: Vec<(String, &'static str, bool)>,
    primary_key: Vec<String>,
    /// Columns of each UNIQUE constraint.
    unique: BTreeSet<Vec<String>>,
    /// Indexes created by name: name → (columns, unique).
    indexes: BTreeMap<String, (Vec<String>, bool)>,
}

type Schema = BTreeMap<String, Table>;

/// SQLite's declared types and PostgreSQL's `data_type`, reduced to what the code relies on.
fn normalised_type(declared: &str) -> &'static str {
    let t = declared.to_ascii_lowercase();
    if t.contains("int") || t == "serial" || t == "bigserial" {
        "integer"
    } else if t.contains("char") || t.contains("text") || t.contains("clob") {
        "text"
    } else if t.contains("real") || t.contains("double") || t.contains("float") || t == "numeric" {
        "real"
    } else if t.contains("blob") || t == "bytea" {
        "blob"
    } else if t.contains("bool") {
        "boolean"
    } else {
        panic!("the test does not know the column type {declared:?}: add it to normalised_type")
    }
}

/// The bookkeeping table of the migrator is no part of the schema.
const MIGRATOR_TABLE: &str = "_sqlx_migrations";

async fn sqlite_schema(db: &TestDb) -> Schema {
    let mut conn = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> $1",
    )
    .bind(MIGRATOR_TABLE)
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut schema = Schema::new();
    for name in tables {
        let mut table = Table::default();
        let rows = sqlx::query(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid",
        )
        .bind(&name)
        .fetch_all(&mut conn)
        .await
        .unwrap();
        let mut key = Vec::new();
        for row in rows {
            let column: String = row.get(0);
            let pk: i64 = row.get(3);
            // SQLite lets primary key columns other than INTEGER hold NULL unless told; the
            // code never writes one, so key columns count as NOT NULL as in PostgreSQL.
            let not_null = row.get::<i64, _>(2) == 1 || pk > 0;
            if pk > 0 {
                key.push((pk, column.clone()));
            }
            table
                .columns
                .push((column, normalised_type(row.get(1)), not_null));
        }
        key.sort();
        table.primary_key = key.into_iter().map(|(_, c)| c).collect();
        let indexes = sqlx::query("SELECT name, \"unique\", origin FROM pragma_index_list($1)")
            .bind(&name)
            .fetch_all(&mut conn)
            .await
            .unwrap();
        for index in indexes {
            let index_name: String = index.get(0);
            let origin: String = index.get(2);
            let columns: Vec<String> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
                    .bind(&index_name)
                    .fetch_all(&mut conn)
                    .await
                    .unwrap();
            match origin.as_str() {
                "pk" => assert_eq!(columns, table.primary_key, "{name}"),
                "u" => {
                    table.unique.insert(columns);
                }
                _ => {
                    table
                        .indexes
                        .insert(index_name, (columns, index.get::<i64, _>(1) == 1));
                }
            }
        }
        schema.insert(name, table);
    }
    conn.close().await.unwrap();
    schema
}

async fn postgres_schema(db: &TestDb) -> Schema {
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let mut schema = Schema::new();
    let columns = sqlx::query(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text = 'NO' \
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1 \
         ORDER BY table_name, ordinal_position",
    )
    .bind(MIGRATOR_TABLE)
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for row in columns {
        let ty: String = row.get(2);
        schema.entry(row.get(0)).or_default().columns.push((
            row.get(1),
            normalised_type(&ty),
            row.get(3),
        ));
    }
    let indexes = sqlx::query(
        "SELECT t.relname::text, i.relname::text, x.indisprimary, x.indisunique, \
                EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid), \
                ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY \
                      AS u(attnum, ord) JOIN pg_attribute a \
                      ON a.attrelid = t.oid AND a.attnum = u.attnum ORDER BY u.ord) \
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid \
         JOIN pg_class t ON t.oid = x.indrelid \
         JOIN pg_namespace n ON n.oid = t.relnamespace \
         WHERE n.nspname = 'public' AND t.relname <> $1",
    )
    .bind(MIGRATOR_TABLE)
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for row in indexes {
        let table = schema.get_mut(&row.get::<String, _>(0)).unwrap();
        let (primary, unique, constraint): (bool, bool, bool) =
            (row.get(2), row.get(3), row.get(4));
        let columns: Vec<String> = row.get(5);
        if primary {
            table.primary_key = columns;
        } else if constraint {
            table.unique.insert(columns);
        } else {
            table.indexes.insert(row.get(1), (columns, unique));
        }
    }
    conn.close().await.unwrap();
    schema
}

async fn migrated(db: &TestDb) {
    db.store().await;
}

#[tokio::test]
async fn sqlite_schema_has_everything_the_postgres_files_create() {
    // Without a PostgreSQL server, a textual check: every table, added column and index the
    // PostgreSQL files create exists in the SQLite database the SQLite files build.
    let schema = with_db(Backend::Sqlite, async |db| {
        migrated(&db).await;
        sqlite_schema(&db).await
    })
    .await;
    for (_, name, sql) in POSTGRES_MIGRATIONS {
        let words: Vec<&str> = sql
            .split(|c: char| c.is_whitespace() || c == '(' || c == ';')
            .filter(|w| !w.is_empty())
            .collect();
        for w in words.windows(6) {
            match w {
                ["CREATE", "TABLE", table, ..] => {
                    assert!(schema.contains_key(*table), "{name}: table {table}");
                }
                ["CREATE", "INDEX", index, "ON", table, ..] => {
                    let t = &schema[*table];
                    assert!(t.indexes.contains_key(*index), "{name}: index {index}");
                }
                ["ALTER", "TABLE", table, "ADD", "COLUMN", column] => {
                    let t = &schema[*table];
                    assert!(
                        t.columns.iter().any(|(c, _, _)| c == column),
                        "{name}: {table}.{column}"
                    );
                }
                _ => {}
            }
        }
    }
    for (name, table) in &schema {
        assert!(!table.primary_key.is_empty(), "{name} has a primary key");
    }
}

#[tokio::test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn both_folders_define_the_same_schema() {
    let sqlite = with_db(Backend::Sqlite, async |db| {
        migrated(&db).await;
        sqlite_schema(&db).await
    })
    .await;
    let postgres = with_db(Backend::Postgres, async |db| {
        migrated(&db).await;
        postgres_schema(&db).await
    })
    .await;
    let names: BTreeSet<&String> = sqlite.keys().chain(postgres.keys()).collect();
    for name in names {
        assert_eq!(
            sqlite.get(name),
            postgres.get(name),
            "table {name}: SQLite (left) and PostgreSQL (right) differ"
        );
    }
}

#[test]
fn embedded_migrations_are_the_files() {
    for (folder, embedded) in [
        ("sqlite", SQLITE_MIGRATIONS),
        ("postgres", POSTGRES_MIGRATIONS),
    ] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations")
            .join(folder);
        let mut files: Vec<(i64, String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| {
                let name = entry.unwrap().file_name().into_string().unwrap();
                let version = name
                    .split_once('_')
                    .and_then(|(v, _)| v.parse().ok())
                    .unwrap_or_else(|| panic!("{folder}/{name} starts with a version number"));
                let sql = std::fs::read_to_string(dir.join(&name)).unwrap();
                (version, name, sql)
            })
            .collect();
        files.sort();
        let embedded: Vec<(i64, String, String)> = embedded
            .iter()
            .map(|&(v, n, s)| (v, n.to_owned(), s.to_owned()))
            .collect();
        assert_eq!(
            embedded.iter().map(|(v, n, _)| (v, n)).collect::<Vec<_>>(),
            files.iter().map(|(v, n, _)| (v, n)).collect::<Vec<_>>(),
            "store::{}_MIGRATIONS lists every file of migrations/{folder}",
            folder.to_uppercase()
        );
        assert_eq!(embedded, files, "the embedded SQL is the file's");
    }
}
