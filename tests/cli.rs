//! The command line as people use it: exit codes, one-sentence errors, exports.

use std::process::{Command, Output};

fn consultbot(db: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(args)
        .env("DATABASE_URL", db)
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_one_sentence(out: &Output, expected: &str) {
    assert!(!out.status.success());
    let err = stderr(out);
    assert!(err.contains(expected), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
}

#[test]
fn export_of_a_new_database_shows_the_2010_consultation() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("new.db").display());
    let out = consultbot(&db, &["export", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(export["consultation"]["phase"], "open");
    let themes = export["themes"].as_array().unwrap();
    let keys: Vec<_> = themes.iter().map(|t| t["key"].as_str().unwrap()).collect();
    assert_eq!(
        keys,
        ["udsatte", "beskaeftigelse", "den-inddragende-by", "unge"]
    );
    let items: Vec<&serde_json::Value> = themes
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap())
        .collect();
    let challenges = items.iter().filter(|i| i["kind"] == "challenge").count();
    assert_eq!((challenges, items.len() - challenges), (30, 67));
    let mut ids: Vec<i64> = items.iter().map(|i| i["id"].as_i64().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 97, "distinct numeric ids");
    for item in &items {
        for field in [
            "text",
            "lang",
            "status",
            "source",
            "votes",
            "meeting_votes",
            "translations",
            "details",
        ] {
            assert!(!item[field].is_null(), "{field} in {item}");
        }
        assert_eq!(item["source"], "seed");
    }

    // Re-importing the bundled file changes nothing.
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/content/copenhagen-2010.toml");
    let out = consultbot(&db, &["import", content]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing changed"), "{}", stderr(&out));
    let again = consultbot(&db, &["export", "--format", "json"]);
    assert_eq!(
        again.stdout,
        consultbot(&db, &["export", "--format", "json"]).stdout
    );
    let before: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(before, export);

    // CSV: one row per sheet, with a byte order mark for spreadsheets.
    let csv_path = dir.path().join("out.csv");
    let out = consultbot(
        &db,
        &[
            "export",
            "--format",
            "csv",
            "--out",
            csv_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(reader.records().count(), 97);
}

#[test]
fn help_lists_the_commands() {
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for command in ["run", "chat", "import", "export", "migrate"] {
        assert!(help.contains(command), "{help}");
    }
}

#[test]
fn chat_answers_themes_in_danish() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("chat.db").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(["chat", "--user", "1", "--lang", "da"])
        .env("DATABASE_URL", &db)
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"/themes\n1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for theme in ["Udsatte", "Beskæftigelse", "Den inddragende by", "Unge"] {
        assert!(text.contains(theme), "{text}");
    }
    assert!(text.contains("[1] Udsatte"), "numbered choices: {text}");
    assert!(
        text.contains("Dine klistermærker tilbage i dette tema"),
        "typing 1 opened Udsatte: {text}"
    );
}

#[test]
fn mistakes_are_one_sentence_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("m.db").display());

    assert_one_sentence(&consultbot(&db, &["run"]), "TELOXIDE_TOKEN is not set");

    let out = consultbot(
        "postgres://nobody@127.0.0.1:1/nothing",
        &["export", "--format", "json"],
    );
    assert_one_sentence(&out, "cannot open the database");
    assert_one_sentence(&consultbot("mysql://x", &["migrate"]), "neither sqlite");
    let out = consultbot(
        &format!("sqlite://{}/no/such/dir/x.db", dir.path().display()),
        &["migrate"],
    );
    assert_one_sentence(&out, "cannot open the database");

    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[consultation]\nkey = \"x\"\n").unwrap();
    assert_one_sentence(
        &consultbot(&db, &["import", bad.to_str().unwrap()]),
        "is not valid",
    );
    let missing = dir.path().join("missing.toml");
    assert_one_sentence(
        &consultbot(&db, &["import", missing.to_str().unwrap()]),
        "cannot read the content file",
    );
    for (variable, value) in [
        ("CONSULTBOT_FLOOD_ACTIONS", "20"),
        ("CONSULTBOT_FLOOD_WRITES", "ten/1h"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("migrate")
            .env("DATABASE_URL", &db)
            .env(variable, value)
            .output()
            .unwrap();
        assert_one_sentence(&out, &format!("{variable} {value:?} is not a rate"));
    }

    let out = consultbot(&db, &["chat", "--lang", "xx-YY"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("does not speak"), "{}", stderr(&out));
}

/// The terminal saves files by their name: `/chart` and `/chart unge` must not overwrite each
/// other (issue 13).
#[test]
fn terminal_charts_get_distinct_file_names() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("chat.db").display());
    for lang in ["en", "da"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .args(["chat", "--user", "1", "--lang", lang])
            .env("DATABASE_URL", &db)
            .env("CONSULTBOT_ADMINS", "1")
            .env("TMPDIR", dir.path())
            .env("RUST_LOG", "warn")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"/chart\n/chart unge\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("consultbot"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".png"))
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        4,
        "two charts in each of two languages: {names:?}"
    );
}
