//! The resident's own data through the engine, against real databases: `/mydata` as a JSON
//! document, `/forget all` and `/forget account`, and the hourly limit on new texts.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::Settings;
use consultbot::domain::{AuditAction, Lang, SheetId, TelegramUserId};
use consultbot::flood::FloodLimits;
use consultbot::store::{ExportSheet, Store};

/// Settings whose action limit never gets in the way of a scripted test.
fn relaxed() -> Settings {
    Settings {
        flood: FloodLimits {
            actions: "10000/1s".parse().unwrap(),
            ..FloodLimits::default()
        },
        ..Settings::default()
    }
}

async fn sheets(store: &Store) -> Vec<ExportSheet> {
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    tx.export_sheets(c.id).await.unwrap()
}

async fn votes(store: &Store, id: SheetId) -> i64 {
    sheets(store)
        .await
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.votes)
        .unwrap_or(-1)
}

/// Writes a sheet by typing: /add, first theme, first kind, the text, publish.
async fn write_sheet(r: &mut Resident, text: &str) -> String {
    r.says("/add").await;
    r.says("1").await;
    r.says("1").await;
    r.says(text).await;
    r.taps("✔").await
}

/// The JSON document of the last answer to /mydata.
fn document(r: &Resident) -> serde_json::Value {
    let attachment = r
        .replies()
        .iter()
        .find_map(|reply| reply.attachment.as_ref())
        .unwrap_or_else(|| panic!("a document in {}", r.text()));
    assert!(attachment.file_name.ends_with(".json"));
    serde_json::from_slice(&attachment.bytes).expect("the document is JSON")
}

const DA_DETAIL: &str = "Tilføj en uddybning";

const LONG: &str = "Free swimming lessons for girls in every district, with female instructors \
                    and changing rooms that give privacy, all year round";

backend_tests!(mydata_is_a_json_document_in_full, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::with_settings(&store, 31, "en", relaxed());
    r.says("/start").await;
    r.says("/item 1").await;
    r.taps("Valby").await;
    r.taps("Skip").await;
    r.says("/vote 3").await;
    let id = common::sheet_number(&write_sheet(&mut r, LONG).await);
    r.says("/item 3").await;
    r.taps("Add a detail").await;
    r.says("Also on Saturdays, please").await;
    r.taps("✔").await;

    r.says("/mydata").await;
    let doc = document(&r);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["participant"]["telegram_user_id"], 31);
    assert_eq!(doc["participant"]["lang"], "en");
    assert_eq!(doc["participant"]["district"], "Valby");
    assert_eq!(doc["participant"]["digest"], false);
    assert_eq!(
        doc["participant"]["last_digest_at"],
        serde_json::Value::Null
    );
    assert_eq!(doc["sheets"][0]["id"], id.get());
    assert_eq!(doc["sheets"][0]["text"], LONG, "the full text, not a cut");
    assert_eq!(doc["details"][0]["text"], "Also on Saturdays, please");
    assert_eq!(doc["details"][0]["sheet_id"], 3);
    assert_eq!(doc["stickers"][0]["sheet_id"], 3);
    assert!(doc["deliveries"].as_array().unwrap().is_empty());
});

backend_tests!(
    forget_all_removes_texts_and_lowers_counts,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = Resident::with_settings(&store, 41, "en", relaxed());
        let mut b = Resident::with_settings(&store, 42, "da", relaxed());
        a.says("/vote 3").await;
        let mine = common::sheet_number(&write_sheet(&mut a, LONG).await);
        // Another resident's sticker and detail on A's sheet go with it.
        b.says(&format!("/vote {mine}")).await;
        b.says("/vote 3").await;
        b.says(&format!("/item {mine}")).await;
        b.taps(DA_DETAIL).await;
        b.says("Også for drenge, tak").await;
        b.taps("✔").await;
        assert_eq!(votes(&store, SheetId::new(3)).await, 2);
        assert_eq!(votes(&store, mine).await, 1);
        // The city decided about A's sheet: the decision goes with the sheet.
        let mut admin = Resident::with_settings(
            &store,
            99,
            "da",
            Settings {
                admins: vec![TelegramUserId::new(99)],
                ..relaxed()
            },
        );
        let preview = admin
            .says(&format!("/outcome {mine} adopted Det gør vi."))
            .await;
        assert!(preview.contains(&format!("o{mine}")), "{preview}");
        admin.taps("Send").await;

        // Asked what, then asked to confirm; cancelling keeps everything.
        let text = a.says("/forget").await;
        assert!(text.contains("What should consultbot forget"), "{text}");
        assert!(a.button("Only my account").is_some());
        a.taps("Everything").await;
        assert!(a.text().contains("cannot be undone"), "{}", a.text());
        a.taps("Cancel").await;
        assert_eq!(votes(&store, mine).await, 1);
        // Typed, it asks too.
        assert!(a.says("/forget all").await.contains("cannot be undone"));
        assert!(a.taps("Yes, forget me").await.contains("has forgotten you"));

        let after = sheets(&store).await;
        assert!(after.iter().all(|s| s.id != mine), "their sheet is gone");
        assert!(after.iter().all(|s| s.text != LONG));
        assert_eq!(
            votes(&store, SheetId::new(3)).await,
            1,
            "their sticker is gone"
        );
        let mut tx = store.read().await.unwrap();
        assert!(
            tx.participant_by_telegram_id(TelegramUserId::new(41))
                .await
                .unwrap()
                .is_none()
        );
        let other = tx
            .participant_by_telegram_id(TelegramUserId::new(42))
            .await
            .unwrap()
            .expect("the other resident stays");
        let theirs = tx.resident_data(other.id).await.unwrap().unwrap();
        assert!(
            theirs.details.is_empty(),
            "a detail on a forgotten sheet goes"
        );
        assert_eq!(theirs.stickers.len(), 1, "only the sticker on #3 stays");
        // The audit log says that someone was forgotten, not who.
        let audit = tx.latest_audit(10).await.unwrap();
        let entry = audit
            .iter()
            .find(|e| e.action == AuditAction::Forget)
            .unwrap();
        assert_eq!(entry.actor_id, TelegramUserId::new(0));
        assert_eq!(entry.subject, "all");
        assert!(!entry.detail.contains("41"), "{}", entry.detail);
        drop(tx);

        // Writing again is a fresh start: nothing of the old is shown.
        a.says("/mydata").await;
        let doc = document(&a);
        assert!(doc["sheets"].as_array().unwrap().is_empty());
        assert!(doc["details"].as_array().unwrap().is_empty());
        assert!(doc["stickers"].as_array().unwrap().is_empty());
        assert_eq!(doc["participant"]["district"], serde_json::Value::Null);
    }
);

backend_tests!(
    forget_account_keeps_texts_unlinked,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = Resident::with_settings(&store, 51, "en", relaxed());
        a.says("/vote 3").await;
        let mine = common::sheet_number(&write_sheet(&mut a, LONG).await);
        a.says("/forget").await;
        a.taps("Only my account").await;
        assert!(a.taps("Yes, forget me").await.contains("has forgotten you"));
        let kept = sheets(&store).await;
        assert_eq!(kept.iter().find(|s| s.id == mine).unwrap().text, LONG);
        assert_eq!(votes(&store, SheetId::new(3)).await, 0);
        // Their text is no longer theirs.
        a.says("/mydata").await;
        assert!(document(&a)["sheets"].as_array().unwrap().is_empty());
        // Bad words are answered with the usage, nothing asked.
        assert!(a.says("/forget everything").await.contains("/forget all"));
    }
);

backend_tests!(
    the_eleventh_sheet_within_the_hour_is_refused,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = Resident::with_settings(&store, 61, "da", relaxed());
        for i in 1..=10 {
            let text =
                write_sheet(&mut r, &format!("Forslag nummer {i} om noget helt andet")).await;
            assert!(text.contains('#'), "sheet {i}: {text}");
        }
        let before = sheets(&store).await.len();
        let text = write_sheet(&mut r, "Forslag nummer elleve om noget helt andet").await;
        assert!(text.contains("Du har skrevet mange tekster"), "{text}");
        assert_eq!(sheets(&store).await.len(), before, "nothing stored");
        // A detail counts as well.
        r.says("/item 3").await;
        r.taps(DA_DETAIL).await;
        r.says("En uddybning for meget").await;
        assert!(r.taps("✔").await.contains("Du har skrevet mange tekster"));
        // Someone else is not held back.
        let mut other = Resident::with_settings(&store, 62, "da", relaxed());
        assert!(
            write_sheet(&mut other, "Et helt nyt forslag fra en anden")
                .await
                .contains('#')
        );
    }
);
