//! The store against real databases: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.

mod common;

use common::TestDb;
use consultbot::content::ContentFile;
use consultbot::domain::{
    ChatId, Kind, Lang, SheetId, SheetText, Status, StickerBudget, TelegramUserId,
};
use consultbot::store::{NewSheet, StickerError, Store};

const BUDGET: StickerBudget = StickerBudget {
    challenge: 3,
    solution: 3,
};

async fn theme_ids(store: &Store) -> Vec<i64> {
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    tx.themes(c.id, Lang::Da)
        .await
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect()
}

async fn sheet_ids(store: &Store, theme: i64, kind: Kind) -> Vec<SheetId> {
    let mut tx = store.read().await.unwrap();
    tx.ranked_sheets(theme, kind, None, Lang::Da)
        .await
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect()
}

backend_tests!(bundled_consultation_loads_once, |db: TestDb| async move {
    let store = db.store().await;
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    assert_eq!(c.stickers, BUDGET);
    let themes = tx.themes(c.id, Lang::Da).await.unwrap();
    let titles: Vec<_> = themes.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Udsatte", "Beskæftigelse", "Den inddragende by", "Unge"]
    );
    let sheets = tx.export_sheets(c.id).await.unwrap();
    let challenges = sheets.iter().filter(|s| s.kind == Kind::Challenge).count();
    assert_eq!((challenges, sheets.len() - challenges), (30, 67));
    tx.commit().await.unwrap();

    // Importing the same file again adds nothing; opening again does not import again.
    let mut tx = store.write().await.unwrap();
    let summary = tx.import(&ContentFile::bundled()).await.unwrap();
    tx.commit().await.unwrap();
    assert!(summary.is_empty(), "{summary:?}");
    let again = db.store().await;
    let mut tx = again.read().await.unwrap();
    assert_eq!(tx.export_sheets(c.id).await.unwrap().len(), 97);
});

backend_tests!(updates_are_recorded_once, |db: TestDb| async move {
    let store = db.store().await;
    let mut tx = store.write().await.unwrap();
    assert!(tx.record_update(41).await.unwrap());
    tx.commit().await.unwrap();
    let mut tx = store.write().await.unwrap();
    assert!(!tx.record_update(41).await.unwrap());
    tx.rollback().await.unwrap();
    // A rolled back transaction leaves the update unrecorded.
    let mut tx = store.write().await.unwrap();
    assert!(tx.record_update(42).await.unwrap());
    tx.rollback().await.unwrap();
    let mut tx = store.write().await.unwrap();
    assert!(tx.record_update(42).await.unwrap());
    tx.commit().await.unwrap();
});

backend_tests!(old_update_ids_are_forgotten, |db: TestDb| async move {
    let store = db.store().await;
    let mut tx = store.write().await.unwrap();
    assert!(tx.record_update(51).await.unwrap());
    tx.commit().await.unwrap();
    let now = consultbot::store::now();
    // Applied just now: a cutoff in the past keeps it.
    let mut tx = store.write().await.unwrap();
    assert_eq!(tx.forget_updates_before(now - 60).await.unwrap(), 0);
    assert!(!tx.record_update(51).await.unwrap());
    tx.commit().await.unwrap();
    // Past the cutoff it is forgotten, and only it.
    let mut tx = store.write().await.unwrap();
    assert_eq!(tx.forget_updates_before(now + 60).await.unwrap(), 1);
    assert!(tx.record_update(51).await.unwrap());
    tx.commit().await.unwrap();
});

backend_tests!(sticker_budget_per_theme_and_kind, |db: TestDb| async move {
    let store = db.store().await;
    let themes = theme_ids(&store).await;
    let challenges = sheet_ids(&store, themes[0], Kind::Challenge).await;
    let solutions = sheet_ids(&store, themes[0], Kind::Solution).await;
    let other_theme = sheet_ids(&store, themes[1], Kind::Challenge).await;
    let mut tx = store.write().await.unwrap();
    let me = tx
        .touch_participant(TelegramUserId::new(7), ChatId::new(7), Lang::Da)
        .await
        .unwrap();
    for (i, id) in challenges[..3].iter().enumerate() {
        assert_eq!(
            tx.place_sticker(me.id, *id, BUDGET).await.unwrap(),
            Ok(2 - i as u32)
        );
    }
    assert_eq!(
        tx.place_sticker(me.id, challenges[3], BUDGET)
            .await
            .unwrap(),
        Err(StickerError::NoneLeft {
            theme_id: themes[0],
            kind: Kind::Challenge
        })
    );
    assert_eq!(
        tx.place_sticker(me.id, challenges[0], BUDGET)
            .await
            .unwrap(),
        Err(StickerError::AlreadyPlaced)
    );
    assert_eq!(
        tx.place_sticker(me.id, solutions[0], BUDGET).await.unwrap(),
        Ok(2)
    );
    assert_eq!(
        tx.place_sticker(me.id, other_theme[0], BUDGET)
            .await
            .unwrap(),
        Ok(2)
    );
    assert_eq!(
        tx.place_sticker(me.id, SheetId::new(999_999), BUDGET)
            .await
            .unwrap(),
        Err(StickerError::NoSuchSheet)
    );
    assert!(tx.remove_sticker(me.id, challenges[0]).await.unwrap());
    assert!(!tx.remove_sticker(me.id, challenges[0]).await.unwrap());
    assert_eq!(
        tx.place_sticker(me.id, challenges[3], BUDGET)
            .await
            .unwrap(),
        Ok(0)
    );
    let mine = tx.stickers_of(me.id, Lang::Da).await.unwrap();
    assert_eq!(mine.len(), 5);
    tx.commit().await.unwrap();
});

backend_tests!(
    budget_holds_under_concurrent_taps,
    |db: TestDb| async move {
        let store = db.store().await;
        let themes = theme_ids(&store).await;
        let solutions = sheet_ids(&store, themes[3], Kind::Solution).await;
        let mut tx = store.write().await.unwrap();
        let me = tx
            .touch_participant(TelegramUserId::new(8), ChatId::new(8), Lang::Da)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let taps = solutions[..10].iter().map(|&sheet| {
            let store = store.clone();
            tokio::spawn(async move {
                let mut tx = store.write().await.unwrap();
                let result = tx.place_sticker(me.id, sheet, BUDGET).await.unwrap();
                tx.commit().await.unwrap();
                result.is_ok()
            })
        });
        let placed = futures::future::join_all(taps)
            .await
            .into_iter()
            .filter(|r| *r.as_ref().unwrap())
            .count();
        assert_eq!(placed, 3);
        let mut tx = store.read().await.unwrap();
        assert_eq!(
            tx.stickers_used(me.id, themes[3], Kind::Solution)
                .await
                .unwrap(),
            3
        );
    }
);

backend_tests!(
    chosen_language_outlives_telegram_hints,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut tx = store.write().await.unwrap();
        let p = tx
            .touch_participant(TelegramUserId::new(9), ChatId::new(9), Lang::Ar)
            .await
            .unwrap();
        assert_eq!(p.lang, Lang::Ar);
        assert_eq!(
            tx.touch_participant(TelegramUserId::new(9), ChatId::new(9), Lang::Tr)
                .await
                .unwrap()
                .lang,
            Lang::Tr
        );
        tx.choose_lang(p.id, Lang::Uk).await.unwrap();
        assert_eq!(
            tx.touch_participant(TelegramUserId::new(9), ChatId::new(9), Lang::Da)
                .await
                .unwrap()
                .lang,
            Lang::Uk
        );
        tx.save_dialogue_state(p.id, Some("{\"x\":1}"))
            .await
            .unwrap();
        assert_eq!(
            tx.dialogue_state(p.id).await.unwrap().as_deref(),
            Some("{\"x\":1}")
        );
        tx.save_dialogue_state(p.id, None).await.unwrap();
        assert_eq!(tx.dialogue_state(p.id).await.unwrap(), None);
        tx.commit().await.unwrap();
    }
);

backend_tests!(
    resident_sheets_and_details_are_exported,
    |db: TestDb| async move {
        let store = db.store().await;
        let themes = theme_ids(&store).await;
        let seed = sheet_ids(&store, themes[2], Kind::Solution).await[0];
        let mut tx = store.write().await.unwrap();
        let me = tx
            .touch_participant(TelegramUserId::new(10), ChatId::new(10), Lang::Ar)
            .await
            .unwrap();
        let text = SheetText::parse("مزيد من دروس اللغة في المساء").unwrap();
        let id = tx
            .submit_sheet(NewSheet {
                theme_id: themes[2],
                kind: Kind::Solution,
                text: &text,
                lang: Lang::Ar,
                author_id: me.id,
                status: Status::Pending,
            })
            .await
            .unwrap();
        let detail = SheetText::parse("Også om lørdagen").unwrap();
        tx.add_detail(seed, &detail, Lang::Da, me.id, Status::Visible)
            .await
            .unwrap();
        let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
        let sheets = tx.export_sheets(c.id).await.unwrap();
        tx.commit().await.unwrap();
        let mine = sheets.iter().find(|s| s.id == id).unwrap();
        assert_eq!((mine.lang, mine.status), (Lang::Ar, Status::Pending));
        assert_eq!(mine.text, "مزيد من دروس اللغة في المساء");
        let with_detail = sheets.iter().find(|s| s.id == seed).unwrap();
        assert_eq!(with_detail.details.len(), 1);
        assert_eq!(with_detail.details[0].text, "Også om lørdagen");
        // Pending sheets stay out of the lists others see.
        assert!(
            !sheet_ids(&store, themes[2], Kind::Solution)
                .await
                .contains(&id)
        );
    }
);
