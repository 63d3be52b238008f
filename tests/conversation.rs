//! The resident's journey at the conversation core, without any transport: every branch of the
//! dialogues, refusals included, against real databases.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::Settings;
use consultbot::domain::{Lang, Moderation, Phase, SheetId, TelegramUserId};
use consultbot::store::Store;

async fn set_phase(store: &Store, phase: Phase) {
    let mut tx = store.write().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    tx.set_phase(c.id, phase).await.unwrap();
    tx.commit().await.unwrap();
}

backend_tests!(welcome_offers_the_four_themes, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 1, "da");
    let text = r.says("/start").await;
    assert!(
        text.contains("Københavns nye integrationspolitik"),
        "{text}"
    );
    for theme in ["Udsatte", "Beskæftigelse", "Den inddragende by", "Unge"] {
        assert!(r.button(theme).is_some(), "{theme} in {:?}", r.labels());
    }
    let text = r.says("/themes").await;
    for theme in ["Udsatte", "Beskæftigelse", "Den inddragende by", "Unge"] {
        assert!(text.contains(theme));
    }
    let text = r.says("/help").await;
    assert!(text.contains("/vote"), "{text}");
    let text = r.says("hej med dig").await;
    assert!(text.contains("/themes"), "a hint, never silence: {text}");
    let text = r.says("/nosuchcommand").await;
    assert!(text.contains("/help"), "{text}");
});

backend_tests!(browsing_a_theme_and_its_pages, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 2, "da");
    r.says("/themes").await;
    let text = r.taps("Unge").await;
    assert!(text.contains("9 udfordringer og 26 løsninger"), "{text}");
    let text = r.taps("Løsninger").await;
    assert!(text.contains("(1/4)"), "{text}");
    assert_eq!(r.labels().iter().filter(|l| l.starts_with('#')).count(), 8);
    assert!(r.replies()[0].edit, "navigation edits the message in place");
    let text = r.taps("Flere").await;
    assert!(text.contains("(2/4)"), "{text}");
    r.taps("Tilbage").await;
    // Typing the number of a button works like tapping it.
    let text = r.says("1").await;
    assert!(text.contains("Løsning · Unge"), "{text}");
    assert!(
        text.contains("Klistermærker: 0 her i chatten, 0 på møder"),
        "{text}"
    );
    let text = r.says("/item 1").await;
    assert!(text.contains("#1 · Udfordring · Udsatte"), "{text}");
    let text = r.says("/item 99999").await;
    assert!(text.contains("findes ikke"), "{text}");
    let text = r.says("/item").await;
    assert!(text.contains("/item 12"), "{text}");
});

backend_tests!(stickers_are_limited_and_can_move, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 3, "en");
    for id in 1..=3 {
        let text = r.says(&format!("/vote {id}")).await;
        assert!(text.contains("Sticker given"), "{text}");
    }
    assert!(r.says("/vote 1").await.contains("You gave this a sticker"));
    assert_eq!(r.notice(), Some("You already gave this a sticker."));
    // The fourth challenge sticker in Udsatte is refused, with the offer to move one.
    let text = r.says("/vote 4").await;
    assert!(
        text.contains("You have used all 3 challenge stickers in Vulnerable people"),
        "{text}"
    );
    assert!(r.button("Move it from #2").is_some(), "{:?}", r.labels());
    let text = r.taps("Move it from #2").await;
    assert!(text.contains("Your sticker moved from #2 to #4"), "{text}");
    let text = r.says("/mystickers").await;
    assert!(text.contains("Challenges: 3 of 3"), "{text}");
    assert!(text.contains("#4") && !text.contains("#2 "), "{text}");
    // Solutions have their own budget.
    let solution = first_solution(&store).await;
    assert!(
        r.says(&format!("/vote {solution}"))
            .await
            .contains("Sticker given")
    );
    let text = r.says("/unvote 4").await;
    assert!(text.contains("Sticker taken back"), "{text}");
    assert!(
        r.says("/unvote 4")
            .await
            .contains("You have no sticker on #4")
    );
    // Ranking follows stickers: with a second sticker from a neighbour, #3 (two stickers) comes
    // before #1 (one), which comes before the sheets without any.
    let mut neighbour = Resident::new(&store, 4, "en");
    assert!(neighbour.says("/vote 3").await.contains("Sticker given"));
    r.says("/themes").await;
    r.taps("Vulnerable people").await;
    let text = r.taps("Challenges").await;
    let ranked: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with('#'))
        .take(2)
        .collect();
    assert!(
        ranked.len() == 2 && ranked[0].starts_with("#3 ") && ranked[1].starts_with("#1 "),
        "{text}"
    );
});

async fn first_solution(store: &Store) -> SheetId {
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    let themes = tx.themes(c.id, Lang::Da).await.unwrap();
    tx.ranked_sheets(
        themes[0].id,
        consultbot::domain::Kind::Solution,
        None,
        Lang::Da,
    )
    .await
    .unwrap()[0]
        .id
}

backend_tests!(writing_a_new_sheet, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 4, "en");
    let text = r.says("/add").await;
    assert!(text.contains("Which theme"), "{text}");
    r.taps("Jobs").await;
    r.taps("A challenge").await;
    // Text rules: blank, too short, too long are refused and the step stays.
    assert!(r.says("   ").await.contains("empty"));
    assert!(r.says("ab").await.contains("at least 3"));
    assert!(r.says(&"x".repeat(501)).await.contains("501"));
    // A text like an existing sheet shows the similar sheets first.
    let text = r.says("Bedre danskundervisning for voksne").await;
    assert!(text.contains("look similar"), "{text}");
    assert!(r.button("Add as detail to #").is_some(), "{:?}", r.labels());
    // Change the text, then publish.
    r.taps("Change").await;
    let text = r.says("Svært at få praktikplads uden netværk").await;
    assert!(text.contains("Publish it?"), "{text}");
    let text = r.taps("Publish").await;
    assert!(text.contains("Your challenge is now sheet #"), "{text}");
    let id = common::sheet_number(&text);
    let text = r.says(&format!("/item {id}")).await;
    assert!(text.contains("Svært at få praktikplads uden netværk"));
    assert!(text.contains("Challenge · Jobs"), "{text}");
    // The stored sheet is the resident's, in their language.
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    let sheet = tx
        .export_sheets(c.id)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.id == id)
        .unwrap();
    assert_eq!(sheet.lang, Lang::En);
    assert_eq!(sheet.source, consultbot::domain::Source::Resident);
});

backend_tests!(similar_sheet_becomes_a_detail, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 5, "da");
    r.says("/add").await;
    r.says("2").await; // Beskæftigelse, typed
    r.says("2").await; // A solution, typed
    r.says("Bedre danskundervisning om aftenen").await;
    let label = r
        .labels()
        .into_iter()
        .find(|l| l.contains("uddybning til #"))
        .expect("a similar sheet");
    let text = r.taps(&label).await;
    assert!(text.contains("Din uddybning er tilføjet"), "{text}");
    let number = label.split('#').nth(1).unwrap();
    let text = r.says(&format!("/item {number}")).await;
    assert!(
        text.contains("Bedre danskundervisning om aftenen"),
        "{text}"
    );
});

backend_tests!(adding_a_detail, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 6, "da");
    r.says("/item 3").await;
    let text = r.taps("Tilføj en uddybning").await;
    assert!(text.contains("ark #3"), "{text}");
    r.says("Også i medierne på arabisk").await;
    let text = r.taps("Offentliggør").await;
    assert!(text.contains("tilføjet til ark #3"), "{text}");
    let text = r.says("/item 3").await;
    assert!(
        text.contains("1 uddybning") && text.contains("• Også i medierne på arabisk"),
        "{text}"
    );
    // Another reader sees it with its language.
    let mut other = Resident::new(&store, 7, "en");
    let text = other.says("/item 3").await;
    assert!(
        text.contains("Også i medierne på arabisk (in Danish)"),
        "{text}"
    );
});

backend_tests!(phases_limit_what_can_be_done, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 8, "en");
    set_phase(&store, Phase::Voting).await;
    assert!(r.says("/add").await.contains("Writing is closed now"));
    assert!(r.says("/vote 1").await.contains("Sticker given"));
    let text = r.says("/item 1").await;
    assert!(
        r.button("Add a detail").is_none() && r.button("Take my sticker back").is_some(),
        "{text}"
    );
    assert!(r.taps_data("d:1").await.contains("Writing is closed now"));
    set_phase(&store, Phase::Closed).await;
    assert!(
        r.says("/vote 2")
            .await
            .contains("The consultation is closed")
    );
    assert!(
        r.says("/unvote 1")
            .await
            .contains("The consultation is closed")
    );
    assert!(r.says("/add").await.contains("The consultation is closed"));
    let text = r.says("/item 1").await;
    assert!(
        text.contains("Stickers: 1 here in the chat"),
        "still readable: {text}"
    );
    assert!(r.button("sticker").is_none(), "{:?}", r.labels());
});

backend_tests!(dialogue_hygiene, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 9, "en");
    r.says("/add").await;
    r.taps("Young people").await;
    r.taps("A solution").await;
    // A restart in the middle of /add resumes where the resident was.
    let mut after_restart = Resident::new(&store, 9, "en");
    let text = after_restart.says("Homework cafés in the libraries").await;
    assert!(text.contains("Your solution for Young people"), "{text}");
    // A command in the middle of a dialogue does what it says.
    let text = after_restart.says("/item 2").await;
    assert!(text.contains("#2 ·"), "{text}");
    // ...and the dialogue is still there to publish.
    assert!(
        after_restart
            .says("/cancel")
            .await
            .contains("Stopped. Nothing was saved.")
    );
    assert!(
        after_restart
            .says("/cancel")
            .await
            .contains("nothing to stop")
    );
    // Stale and forged buttons get the gentle answer for old buttons, not the apology for an
    // error (which would also be a non-empty text with a notice).
    let stale = "This button is old. Here is where you can go on.";
    for data in [
        "ok", "ed", "ak:c", "ad:3", "x", "garbage", "t:424242", "l:1:q:0",
    ] {
        let text = after_restart.taps_data(data).await;
        assert!(text.starts_with(stale), "{data}: {text}");
        assert_eq!(after_restart.notice(), Some(stale), "{data}");
        assert!(after_restart.button("Themes").is_some(), "{data}");
    }
    // A button of a sheet that is gone says so.
    let text = after_restart.taps_data("s:999999").await;
    assert!(
        text.starts_with("Sheet #999999 does not exist or is not shown any more."),
        "{text}"
    );
    // Text outside a dialogue gets a hint.
    assert!(after_restart.says("what now?").await.contains("/themes"));
});

backend_tests!(deep_links_open_a_theme_or_sheet, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 10, "da");
    assert!(r.says("/start theme-unge").await.starts_with("Unge"));
    assert!(r.says("/start sheet-12").await.starts_with("#12 ·"));
    assert!(
        r.says("/start sheet-99999")
            .await
            .contains("Københavns nye integrationspolitik")
    );
    assert!(
        r.says("/start whatever")
            .await
            .contains("Københavns nye integrationspolitik")
    );
});

backend_tests!(
    pre_moderation_keeps_new_sheets_pending,
    |db: TestDb| async move {
        let store = db.store().await;
        let settings = Settings {
            moderation: Moderation::Pre,
            ..Settings::default()
        };
        let mut author = Resident::with_settings(&store, 11, "en", settings);
        author.says("/add").await;
        author.taps("Vulnerable people").await;
        author.taps("A challenge").await;
        author
            .says("Too few places at the shelters in winter")
            .await;
        let text = author.taps("Publish").await;
        assert!(
            text.contains("when a facilitator has looked at it"),
            "{text}"
        );
        let id = common::sheet_number(&text);
        assert!(
            author
                .says(&format!("/item {id}"))
                .await
                .contains("Only you can see this")
        );
        let mut other = Resident::new(&store, 12, "en");
        assert!(
            other
                .says(&format!("/item {id}"))
                .await
                .contains("does not exist")
        );
        assert!(
            other
                .says(&format!("/vote {id}"))
                .await
                .contains("does not exist")
        );
    }
);

backend_tests!(anonymity_no_author_is_shown, |db: TestDb| async move {
    let store = db.store().await;
    let mut author = Resident::new(&store, 424_242, "en");
    author.says("/add").await;
    author.taps("Young people").await;
    author.taps("A solution").await;
    author.says("Free football pitches open at night").await;
    let text = author.taps("Publish").await;
    let id = common::sheet_number(&text);
    let mut reader = Resident::new(&store, 13, "en");
    reader.says(&format!("/vote {id}")).await;
    let text = reader.says(&format!("/item {id}")).await;
    assert!(!text.contains("424242"), "{text}");
});

backend_tests!(language_menu_switches_everything, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 14, "en");
    r.says("/language").await;
    for name in Lang::ALL.map(Lang::native_name) {
        assert!(r.button(name).is_some(), "{name}");
    }
    let text = r.taps("Dansk").await;
    assert!(text.contains("Jeg taler dansk med dig nu"), "{text}");
    assert!(r.button("Udsatte").is_some());
    // Telegram keeps sending "en", but the choice is remembered.
    assert!(r.says("/help").await.contains("Sådan gør du"));
});

backend_tests!(mydata_and_forget, |db: TestDb| async move {
    let store = db.store().await;
    let mut r = Resident::new(&store, 15, "en");
    r.says("/start").await;
    // The optional questions come after the first sheet read.
    r.says("/item 1").await;
    r.taps("Valby").await;
    r.taps("Skip").await;
    r.says("/vote 3").await;
    r.says("/add").await;
    r.taps("Young people").await;
    r.taps("A solution").await;
    r.says("Free swimming lessons for girls").await;
    let text = r.taps("Publish").await;
    let id = common::sheet_number(&text);
    let text = r.says("/mydata").await;
    for needle in [
        "Your Telegram id: 15",
        "Language: English",
        "Part of the city: Valby",
        "Age: not given",
        "Free swimming lessons",
        "Your stickers (1): #3",
    ] {
        assert!(text.contains(needle), "{needle} in {text}");
    }
    // Forgetting asks first; cancelling keeps everything.
    assert!(r.says("/forget account").await.contains("cannot be undone"));
    r.taps("Cancel").await;
    assert!(r.says("/mydata").await.contains("#3"));
    r.says("/forget").await;
    r.taps("Only my account").await;
    assert!(r.taps("Yes, forget me").await.contains("has forgotten you"));
    let mut tx = store.read().await.unwrap();
    assert!(
        tx.participant_by_telegram_id(TelegramUserId::new(15))
            .await
            .unwrap()
            .is_none()
    );
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    let sheets = tx.export_sheets(c.id).await.unwrap();
    assert_eq!(
        sheets
            .iter()
            .find(|s| s.id == SheetId::new(3))
            .unwrap()
            .votes,
        0,
        "stickers are gone"
    );
    let kept = sheets.iter().find(|s| s.id == id).unwrap();
    assert_eq!(
        kept.text, "Free swimming lessons for girls",
        "what they wrote stays, unlinked"
    );
    drop(tx);
    let mut tx = store.read().await.unwrap();
    let stats = tx.stats(c.id, 24).await.unwrap();
    assert!(stats.by_district.iter().all(|(d, _)| d != "Valby"));
    drop(tx);
    // Writing again starts fresh.
    assert!(r.says("/mydata").await.contains("Your stickers: none."));
});

backend_tests!(wording_in_english_and_danish, |db: TestDb| async move {
    let store = db.store().await;
    for (lang, vote, unvote, none, missing, welcome) in [
        (
            "en",
            "for example: /vote 12",
            "for example: /unvote 12",
            "Your stickers: none.",
            "Sheet #999 does not exist",
            "Copenhagen’s new integration policy",
        ),
        (
            "da",
            "for eksempel: /vote 12",
            "for eksempel: /unvote 12",
            "Dine klistermærker: ingen.",
            "Ark #999 findes ikke",
            "Københavns nye integrationspolitik",
        ),
    ] {
        let id = if lang == "en" { 70 } else { 71 };
        let mut r = Resident::new(&store, id, lang);
        // A link to a sheet that does not exist says so, then welcomes.
        let text = r.says("/start sheet-999").await;
        assert!(text.contains(missing), "{text}");
        assert!(text.contains(welcome), "{text}");
        assert!(text.find(missing) < text.find(welcome), "{text}");
        // Each command's usage shows that command.
        let text = r.says("/vote").await;
        assert!(text.contains(vote) && !text.contains("/item"), "{text}");
        let text = r.says("/unvote").await;
        assert!(text.contains(unvote), "{text}");
        // No sticker yet: the list says none rather than stopping at a colon.
        let text = r.says("/mydata").await;
        assert!(text.contains(none) && !text.contains("(0)"), "{text}");
    }
});

backend_tests!(machine_translations_are_marked, |db: TestDb| async move {
    let store = db.store().await;
    let mut writer = Resident::new(&store, 16, "tr");
    writer.says("/add").await;
    writer.says("1").await;
    writer.says("1").await;
    writer.says("Gençler için daha fazla staj yeri").await;
    writer.says("1").await;
    let id = common::sheet_number(&writer.text());
    let mut tx = store.write().await.unwrap();
    let stored = tx
        .store_machine_translation(
            consultbot::domain::Target::Sheet(id),
            Lang::Da,
            "Flere praktikpladser til unge",
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(stored);
    let mut reader = Resident::new(&store, 17, "da");
    let text = reader.says(&format!("/item {id}")).await;
    assert!(
        text.contains("Flere praktikpladser til unge")
            && text.contains("Maskinoversat fra tyrkisk"),
        "{text}"
    );
    assert!(
        reader
            .taps("Vis originalen")
            .await
            .contains("Gençler için daha fazla staj yeri")
    );
});

backend_tests!(
    typed_numbers_belong_to_the_menu_just_shown,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = Resident::new(&store, 60, "en");
        // The welcome is the only menu: no optional question beside it.
        let welcome = r.says("/start").await;
        assert!(r.button("Skip").is_none(), "{welcome}");
        let first = r.labels()[0].clone();
        let text = r.says("1").await;
        assert!(text.starts_with(&first), "1 opens {first}: {text}");
        // A word not understood keeps the menu's numbers, and adds none of its own.
        r.says("/themes").await;
        let second = r.labels()[1].clone();
        let hint = r.says("bananas").await;
        assert!(hint.contains("/themes"), "{hint}");
        assert!(r.labels().is_empty(), "{:?}", r.labels());
        let text = r.says("2").await;
        assert!(text.starts_with(&second), "2 opens {second}: {text}");
        // A number past the menu is a word not understood too.
        r.says("/themes").await;
        r.says("42").await;
        r.says("hmm").await;
        assert!(r.says("2").await.starts_with(&second));
        // The optional questions come after the first sheet, as their own menu, and are
        // answered and skipped by typing.
        let text = r.says("/item 1").await;
        assert!(text.contains("optional question"), "{text}");
        let text = r.says("1").await;
        assert!(text.contains("how old"), "{text}");
        r.says("what?").await;
        // Skip is the button after the six age bands.
        let text = r.says("7").await;
        assert!(text.contains("short digest"), "{text}");
        let text = r.says("2").await;
        assert!(text.contains("no digests"), "{text}");
        let data = r.says("/mydata").await;
        assert!(data.contains("Part of the city: Indre By"), "{data}");
        assert!(
            !r.says("/item 2").await.contains("optional question"),
            "asked once"
        );
        // A button's label typed out works like the button.
        let mut s = Resident::new(&store, 61, "en");
        s.says("/item 1").await;
        assert!(s.says("valby").await.contains("how old"), "{}", s.text());
        assert!(
            s.says("Skip").await.contains("short digest"),
            "{}",
            s.text()
        );
        assert!(s.says("/mydata").await.contains("Part of the city: Valby"));
    }
);

backend_tests!(
    long_details_are_paged_within_telegrams_limit,
    |db: TestDb| async move {
        use consultbot::conversation::Action;
        use consultbot::domain::{SheetText, Status};
        let store = db.store().await;
        let mut tapper = Resident::new(&store, 70, "ar");
        let mut typist = Resident::new(&store, 71, "da");
        for r in [&mut tapper, &mut typist] {
            // Read a sheet and skip the optional question, so it is not the open menu.
            r.says("/item 2").await;
            r.says("/start").await;
        }
        let mut tx = store.write().await.unwrap();
        let author = tx
            .participant_by_telegram_id(TelegramUserId::new(70))
            .await
            .unwrap()
            .unwrap();
        // Twelve details of about 480 Arabic characters each, each with its own marker.
        let words = "نحتاج إلى دروس لغة مسائية للأمهات العاملات مع رعاية للأطفال في نفس المبنى ";
        let details: Vec<String> = (1..=12)
            .map(|i| {
                let mut text = format!("تفصيل {i}: ");
                while text.chars().count() < 470 {
                    text.push_str(words);
                }
                text.chars().take(480).collect::<String>().trim().to_owned()
            })
            .collect();
        for text in &details {
            tx.add_detail(
                SheetId::new(1),
                &SheetText::parse(text).unwrap(),
                Lang::Ar,
                author.id,
                Status::Visible,
            )
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();

        for (r, typing) in [(&mut tapper, false), (&mut typist, true)] {
            let mut seen = vec![false; details.len()];
            let mut text = r.says("/item 1").await;
            let mut page = 0;
            loop {
                let reply = &r.replies()[0];
                let html = consultbot::telegram::html(&reply.text);
                let units = html.encode_utf16().count();
                assert!(units <= 4096, "page {page}: {units} units");
                assert!(
                    reply.text.to_plain().encode_utf16().count() <= 4000,
                    "page {page} is whole, not cut"
                );
                for (i, d) in details.iter().enumerate() {
                    if text.contains(d.as_str()) {
                        seen[i] = true;
                    }
                }
                let next = reply.choices().position(|b| {
                    b.action
                        == Action::Details {
                            sheet: SheetId::new(1),
                            page: page + 1,
                        }
                });
                let Some(next) = next else { break };
                text = if typing {
                    r.says(&(next + 1).to_string()).await
                } else {
                    let data = reply.choices().nth(next).unwrap().action.to_string();
                    r.taps_data(&data).await
                };
                page += 1;
                assert!(text.contains("#1"), "a later page names its sheet: {text}");
            }
            assert!(page >= 1, "twelve long details need more than one message");
            assert!(seen.iter().all(|s| *s), "every detail reached: {seen:?}");
        }
    }
);
