//! The facilitators' commands at the conversation core, against real databases: rights on every
//! call, results, moderation, steering, translations, outcomes.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::{Action, AttachmentKind, Settings};
use consultbot::domain::{ChatId, Lang, Moderation, Target, TelegramUserId};
use consultbot::report::build_export;
use consultbot::store::Store;

const ADMIN: i64 = 900;

fn settings() -> Settings {
    Settings {
        admins: vec![TelegramUserId::new(ADMIN)],
        ..Settings::default()
    }
}

fn admin(store: &Store) -> Resident {
    Resident::with_settings(store, ADMIN, "en", settings())
}

fn resident(store: &Store, id: i64) -> Resident {
    Resident::with_settings(store, id, "en", settings())
}

async fn export_json(store: &Store) -> serde_json::Value {
    let mut tx = store.read().await.unwrap();
    let export = build_export(&mut tx).await.unwrap().unwrap();
    serde_json::to_value(&export).unwrap()
}

/// The export item of a sheet, found by its bare number as the export writes it.
fn item(export: &serde_json::Value, id: impl Into<i64>) -> serde_json::Value {
    let id: i64 = id.into();
    export["themes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap().clone())
        .find(|i| i["id"] == id)
        .unwrap()
}

backend_tests!(
    residents_are_refused_and_nothing_changes,
    |db: TestDb| async move {
        let store = db.store().await;
        let before = export_json(&store).await;
        let mut r = resident(&store, 1);
        let unknown = r.says("/nosuchcommand").await;
        for command in [
            "/stats",
            "/top",
            "/export",
            "/chart",
            "/report",
            "/pending",
            "/approve 1",
            "/hide 1",
            "/restore 1",
            "/tally 1 12",
            "/phase closed",
            "/broadcast Hello all",
            "/translate 1 en Hello",
            "/translations ar",
            "/grant moderator 1",
            "/revoke moderator 1",
            "/audit",
            "/qr",
            "/outcome 1 adopted Yes",
        ] {
            let text = r.says(command).await;
            assert_eq!(text, unknown, "{command} reveals nothing");
            assert!(
                r.replies().iter().all(|reply| reply.attachment.is_none()),
                "{command}"
            );
        }
        assert_eq!(export_json(&store).await, before);
        let mut tx = store.read().await.unwrap();
        assert!(tx.latest_audit(10).await.unwrap().is_empty());
    }
);

backend_tests!(admin_results_and_exports, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = resident(&store, 2);
    r.says("/vote 3").await;
    let mut a = admin(&store);
    let text = a.says("/stats").await;
    assert!(text.contains("Participants: 1"), "the admin apart: {text}");
    assert!(text.contains("not counted above): 1"), "{text}");
    assert!(text.contains("Stickers: 1 placed in the chat"), "{text}");
    let text = a.says("/top udsatte 3").await;
    assert!(text.contains("1. #3"), "{text}");
    assert!(text.contains("1 in the chat + 0 at meetings = 1"), "{text}");
    a.says("/export").await;
    let files: Vec<_> = a
        .replies()
        .iter()
        .filter_map(|r| r.attachment.clone())
        .collect();
    assert_eq!(files.len(), 2);
    assert!(
        files[0].file_name.ends_with(".csv") && files[0].bytes.starts_with("\u{FEFF}".as_bytes())
    );
    let json: serde_json::Value = serde_json::from_slice(&files[1].bytes).unwrap();
    assert_eq!(json["themes"].as_array().unwrap().len(), 4);
    a.says("/chart").await;
    let chart = a.replies()[0].attachment.clone().unwrap();
    assert_eq!(chart.kind, AttachmentKind::Photo);
    assert!(chart.bytes.starts_with(b"\x89PNG"));
    a.says("/report").await;
    let report = a.replies()[0].attachment.clone().unwrap();
    let html = String::from_utf8(report.bytes).unwrap();
    assert!(
        html.contains("<html") && html.contains("Young people"),
        "report in English"
    );
});

backend_tests!(
    tally_counts_apart_and_moves_the_ranking,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        assert!(a.says("/tally 12").await.contains("/tally 12 8"));
        assert!(
            a.says("/tally 99999 3")
                .await
                .contains("There is no #99999")
        );
        let text = a.says("/tally 12 12").await;
        assert!(text.contains("12 stickers at meetings"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 12);
        let text = a.says("/top udsatte 1").await;
        assert!(
            text.contains("1. #12"),
            "#12 is a solution of Udsatte: {text}"
        );
        a.says("/tally 12 2").await;
        assert_eq!(
            item(&export_json(&store).await, 12)["meeting_votes"],
            2,
            "a tally replaces the earlier one"
        );
        let text = a.says("/audit").await;
        assert!(
            text.contains("#12: 2 stickers at meetings")
                && text.contains("#12: 12 stickers at meetings"),
            "{text}"
        );
    }
);

backend_tests!(
    one_sticker_and_one_resident_are_singular_in_english_and_danish,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        let text = a.says("/tally 12 1").await;
        assert!(text.contains("got 1 sticker at meetings"), "{text}");
        let text = a.says("/tally 12 2").await;
        assert!(text.contains("got 2 stickers at meetings"), "{text}");
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
        let text = d.says("/tally 12 1").await;
        assert!(text.contains("fik 1 klistermærke på møder"), "{text}");
        let text = d.says("/tally 12 3").await;
        assert!(text.contains("fik 3 klistermærker på møder"), "{text}");
    }
);

backend_tests!(
    the_audit_log_is_written_out_in_words,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        a.says("/grant translator 5 ar").await;
        a.says("/grant moderator 6").await;
        a.says("/revoke moderator 6").await;
        a.says("/phase closed").await;
        a.says("/phase open").await;
        a.says("/tally 12 1").await;
        a.says("/outcome 12 considered Looked at").await;
        a.taps("Send").await;
        a.says("/hide 5").await;
        let text = a.says("/audit").await;
        for words in [
            "hide #5 (before: visible)",
            "translator role for Arabic given to 5",
            "moderator role given to 6",
            "moderator role taken from 6",
            "phase changed from closed to open",
            "phase changed from open to closed",
            "#12: 1 sticker at meetings",
            "decision on #12: being considered",
        ] {
            assert!(text.contains(words), "{words} in {text}");
        }
        for code in ["closed -> open", "#12 considered", "translator 5 ar"] {
            assert!(!text.contains(code), "{code} in {text}");
        }
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
        let text = d.says("/audit").await;
        for words in [
            "skjult #5 (før: synlig)",
            "rollen oversætter for arabisk givet til 5",
            "rollen moderator fjernet fra 6",
            "fase skiftet fra lukket til åben",
            "#12: 1 klistermærke på møder",
            "beslutning om #12: overvejes",
        ] {
            assert!(text.contains(words), "{words} in {text}");
        }
        assert!(
            !text.contains("considered") && !text.contains("->"),
            "{text}"
        );
    }
);

backend_tests!(
    an_implausible_tally_is_confirmed_first,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        let text = a.says("/tally 12 100000").await;
        assert!(text.contains("is more than 500"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 0);
        let text = a.taps("No").await;
        assert!(text.contains("Nothing was saved"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 0);
        assert!(!a.says("/audit").await.contains("100000"));
        // 500 itself is taken at once; above it, the typed label works like the button.
        assert!(a.says("/tally 12 500").await.contains("got 500 stickers"));
        a.says("/tally 12 600").await;
        let text = a.says("Yes, save it").await;
        assert!(text.contains("got 600 stickers at meetings"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 600);
        assert!(
            a.says("/audit")
                .await
                .contains("#12: 600 stickers at meetings")
        );
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
        let text = d.says("/tally 12 700").await;
        assert!(text.contains("er flere end 500"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 600);
        let text = d.taps("Ja, gem det").await;
        assert!(text.contains("fik 700 klistermærker på møder"), "{text}");
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 700);
        d.says("/tally 12 900").await;
        d.says("Nej").await;
        assert_eq!(item(&export_json(&store).await, 12)["meeting_votes"], 700);
    }
);

backend_tests!(phases_are_set_by_admins, |db: TestDb| async move {
    let store = db.store().await;
    let mut a = admin(&store);
    assert!(a.says("/phase sometimes").await.contains("/phase open"));
    // `/phase` alone says the phase now, and how to change it.
    let text = a.says("/phase").await;
    assert!(
        text.contains("The consultation is open") && text.contains("/phase voting"),
        "{text}"
    );
    let danish = Settings {
        admins: vec![TelegramUserId::new(ADMIN + 1)],
        ..Settings::default()
    };
    let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
    let text = d.says("/phase").await;
    assert!(
        text.contains("Borgerdialogen er åben") && text.contains("/phase voting"),
        "{text}"
    );
    assert!(a.says("/phase voting").await.contains("Voting only"));
    let mut r = resident(&store, 3);
    assert!(r.says("/add").await.contains("Writing is closed now"));
    assert_eq!(export_json(&store).await["consultation"]["phase"], "voting");
    a.says("/phase open").await;
    assert!(r.says("/add").await.contains("Which theme"));
});

backend_tests!(pre_moderation_waits_for_approval, |db: TestDb| async move {
    let store = db.store().await;
    let pre = Settings {
        moderation: Moderation::Pre,
        ..settings()
    };
    let mut author = Resident::with_settings(&store, 4, "en", pre.clone());
    author.says("/add").await;
    author.taps("Young people").await;
    author.taps("A solution").await;
    author.says("Night football in the school yards").await;
    let text = author.taps("Publish").await;
    let id = common::sheet_number(&text);
    assert_eq!(item(&export_json(&store).await, id)["status"], "pending");
    let mut a = Resident::with_settings(&store, ADMIN, "en", pre.clone());
    let text = a.says("/pending").await;
    assert!(
        text.contains("Night football in the school yards"),
        "{text}"
    );
    let text = a.taps("Show").await;
    assert!(text.contains(&format!("#{id} is visible now")), "{text}");
    assert_eq!(item(&export_json(&store).await, id)["status"], "visible");
    let mut other = resident(&store, 5);
    assert!(
        other
            .says(&format!("/item {id}"))
            .await
            .contains("Night football")
    );
    assert!(a.says(&format!("/hide {id}")).await.contains("hidden now"));
    assert!(
        other
            .says(&format!("/item {id}"))
            .await
            .contains("does not exist")
    );
    assert!(
        a.says(&format!("/restore {id}"))
            .await
            .contains("visible now")
    );
    let text = a.says("/audit").await;
    for action in ["approve", "hide", "restore"] {
        assert!(text.contains(action), "{action} in {text}");
    }
});

backend_tests!(three_reports_hide_a_sheet, |db: TestDb| async move {
    let store = db.store().await;
    for user in 10..13 {
        let mut r = resident(&store, user);
        r.says("/item 5").await;
        r.taps("Report").await;
        let text = r.taps("Offensive").await;
        assert!(text.contains("A facilitator will look at it"), "{text}");
    }
    assert_eq!(item(&export_json(&store).await, 5)["status"], "hidden");
    let mut a = admin(&store);
    let text = a.says("/pending").await;
    assert!(text.contains("Reports: 3"), "{text}");
    a.says("/restore 5").await;
    assert_eq!(item(&export_json(&store).await, 5)["status"], "visible");
    assert!(
        a.says("/pending").await.contains("Nothing is waiting"),
        "restoring settles the reports"
    );
});

backend_tests!(
    roles_are_granted_and_checked_every_time,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        let mut m = resident(&store, 20);
        assert_eq!(m.says("/pending").await, m.says("/nosuchcommand").await);
        let text = a.says("/grant moderator 20").await;
        assert!(text.ends_with("User 20 is now moderator."), "{text}");
        assert!(m.says("/pending").await.contains("Nothing is waiting"));
        assert_eq!(
            m.says("/phase closed").await,
            m.says("/nosuchcommand").await,
            "moderators do not steer"
        );
        a.says("/revoke moderator 20").await;
        assert_eq!(m.says("/pending").await, m.says("/nosuchcommand").await);
        assert!(
            a.says("/grant translator 20")
                .await
                .contains("/grant translator"),
            "a translator needs a language"
        );
        let text = a.says("/grant translator 20 da").await;
        assert!(text.ends_with("is now translator Danish."), "{text}");
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
        let text = d.says("/grant moderator 21").await;
        assert!(text.ends_with("Bruger 21 er nu moderator."), "{text}");
        assert!(
            m.says("/translate 1 ar مرحبا")
                .await
                .contains("I do not know"),
            "only into their language"
        );
        let text = m.says("/translations da").await;
        assert!(
            text.contains("Waiting for a translation into Danish"),
            "{text}"
        );
    }
);

backend_tests!(
    translations_win_and_show_for_readers,
    |db: TestDb| async move {
        let store = db.store().await;
        // An Arabic resident writes a sheet.
        let mut writer = Resident::with_settings(&store, 30, "ar", settings());
        writer.says("/add").await;
        writer.says("1").await;
        writer.says("2").await;
        writer.says("نحتاج إلى دروس لغة في المساء").await;
        writer.says("1").await; // publish
        let text = writer.text();
        let id = common::sheet_number(&text);
        // A Danish reader sees the original with a note.
        // Without a translation service no translation is promised; with one it is.
        let mut reader = Resident::with_settings(&store, 31, "da", settings());
        let text = reader.says(&format!("/item {id}")).await;
        assert!(
            text.contains("نحتاج إلى دروس لغة في المساء")
                && text.contains("(Skrevet på arabisk.)")
                && !text.contains("på vej"),
            "{text}"
        );
        let mut english = Resident::with_settings(&store, 32, "en", settings());
        let text = english.says(&format!("/item {id}")).await;
        assert!(
            text.contains("(Written in Arabic.)") && !text.contains("on its way"),
            "{text}"
        );
        english.engine = english.engine.clone().with_machine_translation(true);
        let text = english.says(&format!("/item {id}")).await;
        assert!(text.contains("A translation is on its way"), "{text}");
        reader.engine = reader.engine.clone().with_machine_translation(true);
        let text = reader.says(&format!("/item {id}")).await;
        assert!(text.contains("En oversættelse er på vej"), "{text}");
        // A facilitator translates it into Danish.
        let mut a = admin(&store);
        let text = a
            .says(&format!(
                "/translate {id} da Vi har brug for sprogundervisning om aftenen"
            ))
            .await;
        assert!(text.contains("is saved"), "{text}");
        let text = reader.says(&format!("/item {id}")).await;
        assert!(
            text.contains("Vi har brug for sprogundervisning om aftenen")
                && text.contains("Oversat fra arabisk"),
            "{text}"
        );
        let text = reader.taps("Vis originalen").await;
        assert!(text.contains("نحتاج إلى دروس لغة في المساء"), "{text}");
        let export = export_json(&store).await;
        assert_eq!(
            item(&export, id)["translations"]["da"],
            "Vi har brug for sprogundervisning om aftenen"
        );
        // The queue offers the next item to translate.
        let text = a.says("/translations uk").await;
        assert!(text.contains("Ukrainian"), "{text}");
        let text = a.taps("Translate the next one").await;
        assert!(
            text.contains(&format!("#{id}")),
            "the resident's sheet waits for Ukrainian: {text}"
        );
        a.says("Нам потрібні вечірні уроки мови").await;
        assert_eq!(
            item(&export_json(&store).await, id)["translations"]["uk"],
            "Нам потрібні вечірні уроки мови"
        );
    }
);

backend_tests!(
    broadcasts_and_outcomes_go_through_the_outbox,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut voter = resident(&store, 40);
        voter.says("/vote 7").await;
        let mut other = Resident::with_settings(&store, 41, "da", settings());
        other.says("/start").await;
        let mut a = admin(&store);
        let text = a
            .says("/broadcast The meeting on Monday is at 18:00 in the library.")
            .await;
        assert!(text.contains("a message to 3 residents"), "{text}");
        assert!(text.contains("English (original)"), "{text}");
        let mut tx = store.read().await.unwrap();
        assert_eq!(
            tx.delivery_counts(None).await.unwrap(),
            (0, 0, 0),
            "nothing before confirmation"
        );
        drop(tx);
        let text = a.taps("Send").await;
        assert!(text.contains("on its way to 3 residents"), "{text}");
        let mut tx = store.read().await.unwrap();
        assert_eq!(tx.delivery_counts(None).await.unwrap().0, 3);
        drop(tx);
        assert!(
            a.says("/outcome 7 maybe Hmm")
                .await
                .contains("/outcome SHEET")
        );
        let text = a
            .says("/outcome 7 adopted It is part of the new policy.")
            .await;
        assert!(text.contains("One resident will be told"), "{text}");
        let text = a.taps("Send").await;
        // The supporter of #7 (the voter) is told; a seed sheet has no author.
        assert!(
            text.contains("sheet #7 is saved. 1 resident will be told"),
            "{text}"
        );
        let mut tx = store.write().await.unwrap();
        let queued = tx.claim_deliveries(10).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(queued.len(), 4);
        let outcome = queued
            .iter()
            .find(|d| d.payload.contains("adopted"))
            .expect("the voter is told");
        assert_eq!(outcome.chat_id, ChatId::new(40));
        let danish = queued
            .iter()
            .find(|d| d.chat_id == ChatId::new(41))
            .unwrap();
        assert!(
            danish.payload.contains("En besked fra holdet"),
            "{}",
            danish.payload
        );
        let text = a.says("/top").await;
        assert!(text.contains("adopted"), "{text}");
    }
);

backend_tests!(
    onboarding_is_optional_and_counted,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = resident(&store, 50);
        r.says("/start").await;
        assert!(
            r.button("Skip").is_none(),
            "no question beside the theme menu"
        );
        // Asked once the first sheet is read.
        r.says("/item 1").await;
        assert!(
            r.button("Nørrebro").is_some() && r.button("Skip").is_some(),
            "{:?}",
            r.labels()
        );
        r.taps("Nørrebro").await;
        r.taps("30–44").await;
        let mut s = resident(&store, 51);
        s.says("/start").await;
        s.says("/item 2").await;
        s.taps("Skip").await;
        s.taps("Skip").await;
        assert!(
            !s.says("/item 3").await.contains("optional question"),
            "asked once"
        );
        let text = admin(&store).says("/stats").await;
        assert!(
            text.contains("Nørrebro 1") && text.contains("30–44 1"),
            "{text}"
        );
        // Never next to a text in the export.
        let export = export_json(&store).await.to_string();
        assert!(!export.contains("Nørrebro"));
    }
);

backend_tests!(
    stats_name_languages_for_the_reader_and_count_facilitators_apart,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = Resident::with_settings(&store, 60, "ar", settings());
        r.says("/start").await;
        r.says("/item 1").await;
        r.taps("مكان آخر").await;
        let mut t = resident(&store, 61);
        t.says("/start").await;
        let mut a = admin(&store);
        a.says("/grant translator 61 da").await;
        let text = a.says("/stats").await;
        assert!(text.contains("Participants: 1 "), "{text}");
        assert!(text.contains("not counted above): 2"), "{text}");
        assert!(text.contains("Arabic 1"), "{text}");
        assert!(!text.contains("العربية"), "{text}");
        assert!(text.contains("Somewhere else 1"), "{text}");
        assert!(!text.contains("- 1"), "{text}");
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish);
        let text = d.says("/stats").await;
        assert!(text.contains("arabisk 1"), "{text}");
        assert!(text.contains("ikke talt med ovenfor): 2"), "{text}");
        assert!(
            text.contains("Deltagere: 2 "),
            "the first admin is a resident here: {text}"
        );
        // The /language menu keeps each language's own name.
        d.says("/language").await;
        assert!(d.button("العربية").is_some(), "{:?}", d.labels());
    }
);

backend_tests!(
    qr_codes_work_before_the_first_run_with_the_username_set,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        let text = a.says("/qr").await;
        assert!(
            text.contains("consultbot run") && text.contains("CONSULTBOT_BOT_USERNAME"),
            "{text}"
        );
        let danish = Settings {
            admins: vec![TelegramUserId::new(ADMIN + 1)],
            ..Settings::default()
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", danish.clone());
        let text = d.says("/qr").await;
        assert!(
            text.contains("Botten får det fra Telegram") && text.contains("/qr igen"),
            "{text}"
        );
        let named = Settings {
            bot_username: Some("min_by_bot".to_owned()),
            ..danish
        };
        let mut d = Resident::with_settings(&store, ADMIN + 1, "da", named);
        let text = d.says("/qr unge").await;
        assert!(
            text.contains("https://t.me/min_by_bot?start=theme-unge"),
            "{text}"
        );
        let qr = d.replies()[0].attachment.clone().unwrap();
        assert!(qr.bytes.starts_with(b"\x89PNG"));
        assert_eq!(qr.file_name, "qr-theme-unge.png");
    }
);

backend_tests!(
    qr_codes_link_to_themes_and_sheets,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        assert!(
            a.says("/qr unge").await.contains("consultbot run"),
            "needs the username first"
        );
        let mut tx = store.write().await.unwrap();
        tx.set_bot_username("consultbot_test_bot").await.unwrap();
        tx.commit().await.unwrap();
        let text = a.says("/qr unge").await;
        assert!(
            text.contains("https://t.me/consultbot_test_bot?start=theme-unge"),
            "{text}"
        );
        assert!(
            a.replies()[0]
                .attachment
                .as_ref()
                .unwrap()
                .bytes
                .starts_with(b"\x89PNG")
        );
        assert!(a.says("/qr 12").await.contains("?start=sheet-12"));
        let _ = Lang::Da;
    }
);

backend_tests!(
    new_sheets_and_reports_reach_the_facilitators_group,
    |db: TestDb| async move {
        let store = db.store().await;
        let group = ChatId::new(-100_123);
        let with_group = Settings {
            admin_chat: Some(group),
            ..settings()
        };
        let mut r = Resident::with_settings(&store, 60, "ar", with_group.clone());
        r.says("/add").await;
        r.says("1").await;
        r.says("1").await;
        r.says("لا توجد أماكن كافية في الملاجئ").await;
        r.says("1").await;
        let (chat, card) = r
            .last
            .elsewhere
            .first()
            .cloned()
            .expect("posted to the group");
        assert_eq!(chat, group);
        let text = card.text.to_plain();
        assert!(
            text.contains("Nyt ark") && text.contains("لا توجد أماكن كافية"),
            "in the consultation's language: {text}"
        );
        assert!(
            card.choices()
                .any(|b| matches!(b.action, Action::Approve(Target::Sheet(_))))
                && card
                    .choices()
                    .any(|b| matches!(b.action, Action::Hide(Target::Sheet(_))))
        );
        // A resident's report lands there too.
        let mut reporter = Resident::with_settings(&store, 61, "en", with_group);
        reporter.says("/item 2").await;
        reporter.taps("Report").await;
        reporter.taps("Advertising").await;
        let (chat, card) = reporter
            .last
            .elsewhere
            .first()
            .cloned()
            .expect("the report is posted");
        assert_eq!(chat, group);
        assert!(
            card.text.to_plain().contains("Anmeldt: Reklame eller spam"),
            "{}",
            card.text.to_plain()
        );
        // A facilitator tapping the group's button hides it; anyone else cannot.
        let data = card
            .choices()
            .find(|b| matches!(b.action, Action::Hide(_)))
            .unwrap()
            .action
            .to_string();
        let mut outsider = resident(&store, 62);
        assert!(outsider.taps_data(&data).await.contains("I do not know"));
        assert_eq!(item(&export_json(&store).await, 2)["status"], "visible");
        let mut a = admin(&store);
        assert!(a.taps_data(&data).await.contains("#2 is hidden now"));
        assert_eq!(item(&export_json(&store).await, 2)["status"], "hidden");
    }
);

backend_tests!(
    bad_arguments_answer_their_usage_and_change_nothing,
    |db: TestDb| async move {
        let store = db.store().await;
        let before = export_json(&store).await;
        let mut a = admin(&store);
        for (command, usage) in [
            ("/tally 3 -1", "/tally SHEET COUNT"),
            ("/tally 0 5", "/tally SHEET COUNT"),
            ("/hide b2", "/hide 12 or /hide d7"),
            ("/approve", "/hide 12 or /hide d7"),
            ("/phase later", "/phase open"),
            ("/grant moderator 5 ar", "/grant moderator USER"),
            ("/revoke moderator x", "/revoke moderator USER"),
            (
                "/translate 0 da Hej med dig",
                "/translate SHEET LANGUAGE TEXT",
            ),
            ("/outcome 3 adopted", "/outcome SHEET"),
        ] {
            let text = a.says(command).await;
            assert!(text.contains(usage), "{command}: {text}");
        }
        let text = a.says("/translate b2 da Hej med dig").await;
        assert!(text.contains("There is no draft b2"), "{text}");
        assert_eq!(export_json(&store).await, before);
        let mut tx = store.read().await.unwrap();
        assert!(tx.latest_audit(10).await.unwrap().is_empty());
    }
);

backend_tests!(
    broadcasts_may_be_long_but_not_too_long,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        let long = "Evening classes. ".repeat(40);
        assert!(long.trim().chars().count() > 500);
        let text = a.says(&format!("/broadcast {long}")).await;
        assert!(text.contains("a message to"), "{text}");
        let text = a.says(&format!("/broadcast {}", "x".repeat(3501))).await;
        assert!(text.contains("3500"), "{text}");
        assert!(!text.contains("a message to"), "{text}");
    }
);

backend_tests!(
    commands_for_another_bot_are_ignored,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut tx = store.write().await.unwrap();
        tx.set_bot_username("consultbot_bot").await.unwrap();
        tx.commit().await.unwrap();
        let mut r = resident(&store, 70);
        r.says("/vote@otherbot 3").await;
        assert!(r.replies().is_empty());
        assert_eq!(item(&export_json(&store).await, 3)["votes"], 0);
        r.says("/vote@consultbot_bot 3").await;
        assert_eq!(item(&export_json(&store).await, 3)["votes"], 1);
    }
);

backend_tests!(
    help_lists_the_commands_of_the_table,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = resident(&store, 71);
        let text = r.says("/help").await;
        assert!(text.contains("/vote – Give a sticker"), "{text}");
        assert!(text.contains("/forget – "), "{text}");
        assert!(!text.contains("/stats"), "{text}");
        let mut a = admin(&store);
        let text = a.says("/help").await;
        assert!(
            text.contains("/stats – ") && text.contains("/audit – "),
            "{text}"
        );
    }
);
