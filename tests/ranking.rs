//! One ranking for everything that ranks: `/top`, the chart, the report and the export agree on
//! order and ranks, tied sheets share a rank, hidden sheets are left out, an empty theme ranks
//! nothing. Against real databases.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::Settings;
use consultbot::domain::{Kind, Lang, SheetId, Status, Target, TelegramUserId};
use consultbot::report::{self, ExportFormat, FileRequest};
use consultbot::store::{RankScope, Ranked, Store, Tx};

const ADMIN: i64 = 900;

fn admin(store: &Store) -> Resident {
    Resident::with_settings(
        store,
        ADMIN,
        "en",
        Settings {
            admins: vec![TelegramUserId::new(ADMIN)],
            ..Settings::default()
        },
    )
}

/// The ranking of one scope in English, for a reader who placed no stickers.
async fn ranking(tx: &mut Tx, scope: RankScope, kind: Option<Kind>) -> Vec<Ranked> {
    tx.ranking(scope, kind, None, Lang::En).await.unwrap()
}

/// `(sheet, rank)` pairs of a ranking.
fn ranks(ranking: &[Ranked]) -> Vec<(SheetId, i64)> {
    ranking.iter().map(|r| (r.sheet.id, r.rank)).collect()
}

/// The consultation, its themes' ids, and the challenges of the first theme.
async fn setting(store: &Store) -> (i64, Vec<i64>, Vec<SheetId>) {
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::En).await.unwrap().unwrap();
    let themes: Vec<i64> = tx
        .themes(c.id, Lang::En)
        .await
        .unwrap()
        .iter()
        .map(|t| t.id)
        .collect();
    let challenges = ranking(&mut tx, RankScope::Theme(themes[0]), Some(Kind::Challenge))
        .await
        .iter()
        .map(|r| r.sheet.id)
        .collect();
    (c.id, themes, challenges)
}

/// Two stickers on `c[2]`; one sticker on `c[1]`; one meeting sticker on `c[0]`: c[2] first,
/// c[0] and c[1] tied second, the rest tied fourth.
async fn vote(store: &Store, c: &[SheetId]) {
    for (user, sheet) in [(1, c[2]), (2, c[2]), (3, c[1])] {
        let mut r = Resident::new(store, user, "en");
        let text = r.says(&format!("/vote {sheet}")).await;
        assert!(text.contains(&format!("#{sheet}")), "{text}");
    }
    let text = admin(store).says(&format!("/tally {} 1", c[0])).await;
    assert!(text.contains(&format!("#{}", c[0])), "{text}");
}

backend_tests!(tied_sheets_share_a_rank, |db: TestDb| async move {
    let store = db.store().await;
    let (consultation, themes, c) = setting(&store).await;
    assert!(c.len() >= 4, "the bundled theme has challenges");
    let mut tx = store.read().await.unwrap();
    let before = ranking(&mut tx, RankScope::Theme(themes[0]), Some(Kind::Challenge)).await;
    assert!(
        before.iter().all(|r| r.rank == 1),
        "no stickers yet: all tied first"
    );
    drop(tx);

    vote(&store, &c).await;
    let mut tx = store.read().await.unwrap();
    let theme = ranking(&mut tx, RankScope::Theme(themes[0]), Some(Kind::Challenge)).await;
    let mut expected = vec![(c[2], 1), (c[0], 2), (c[1], 2)];
    expected.extend(c[3..].iter().map(|&id| (id, 4)));
    assert_eq!(ranks(&theme), expected);
    assert_eq!(theme[1].sheet.meeting_votes, 1, "the tally counts");

    // Over all themes: the other themes' challenges have no stickers and tie behind.
    let overall = ranking(
        &mut tx,
        RankScope::Consultation(consultation),
        Some(Kind::Challenge),
    )
    .await;
    assert_eq!(ranks(&overall[..3]), expected[..3]);
    assert!(overall[3..].iter().all(|r| r.rank == 4));
    assert_eq!(overall.len(), {
        let mut n = 0;
        for &t in &themes {
            n += ranking(&mut tx, RankScope::Theme(t), Some(Kind::Challenge))
                .await
                .len();
        }
        n
    });
    // Both kinds: challenges first, each kind ranked apart.
    let both = ranking(&mut tx, RankScope::Theme(themes[0]), None).await;
    let solutions: Vec<_> = both
        .iter()
        .skip_while(|r| r.sheet.kind == Kind::Challenge)
        .collect();
    assert_eq!(both.len() - solutions.len(), theme.len());
    assert!(solutions.iter().all(|r| r.sheet.kind == Kind::Solution));
    assert!(solutions.iter().all(|r| r.rank == 1));
});

backend_tests!(top_chart_report_and_export_agree, |db: TestDb| async move {
    let store = db.store().await;
    let (consultation, themes, c) = setting(&store).await;
    vote(&store, &c).await;
    let mut tx = store.read().await.unwrap();
    let theme_ranking = ranking(&mut tx, RankScope::Theme(themes[0]), None).await;
    let overall = ranking(&mut tx, RankScope::Consultation(consultation), None).await;
    let expected = ranks(&theme_ranking);

    // /top: the theme's first four challenges with their ranks.
    let top = admin(&store).says("/top udsatte 4").await;
    let lines: Vec<&str> = top.lines().filter(|l| l.contains(". #")).take(4).collect();
    let shown: Vec<String> = lines
        .iter()
        .map(|l| l.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    let wanted: Vec<String> = expected[..4]
        .iter()
        .map(|(id, rank)| format!("{rank}. #{id}"))
        .collect();
    assert_eq!(shown, wanted, "{top}");

    // The chart: the top five of each kind, in the ranking's order.
    let chart = report::chart_data(&mut tx, consultation, Some(themes[0]), Lang::En)
        .await
        .unwrap();
    let bars: Vec<SheetId> = chart
        .bars
        .iter()
        .map(|b| SheetId::new(b.label[1..].split(' ').next().unwrap().parse().unwrap()))
        .collect();
    let mut wanted: Vec<SheetId> = Vec::new();
    for kind in [Kind::Challenge, Kind::Solution] {
        wanted.extend(
            theme_ranking
                .iter()
                .filter(|r| r.sheet.kind == kind)
                .take(5)
                .map(|r| r.sheet.id),
        );
    }
    assert_eq!(bars, wanted);

    // The report: each theme in ranking order with theme ranks, the top list with overall
    // ranks.
    let data = report::report_data(&mut tx, Lang::En).await.unwrap();
    let report_theme: Vec<(SheetId, i64)> = data.themes[0]
        .sheets
        .iter()
        .map(|s| (s.id, s.rank))
        .collect();
    assert_eq!(report_theme, expected);
    let report_top: Vec<(SheetId, i64)> = data
        .top
        .iter()
        .map(|t| (t.sheet.id, t.sheet.rank))
        .collect();
    assert_eq!(report_top, ranks(&overall));
    drop(tx);

    // The export: every visible sheet carries both ranks; JSON and CSV say the same.
    let files = report::make_files(
        &store,
        &[
            FileRequest::Export(ExportFormat::Json),
            FileRequest::Export(ExportFormat::Csv),
        ],
    )
    .await;
    let json: serde_json::Value = serde_json::from_slice(files[0].as_ref().unwrap()).unwrap();
    let items: Vec<&serde_json::Value> = json["themes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap())
        .collect();
    for r in &overall {
        let item = items.iter().find(|i| i["id"] == r.sheet.id.get()).unwrap();
        assert_eq!(item["rank_overall"], r.rank, "#{}", r.sheet.id);
        assert_eq!(item["rank"], r.theme_rank, "#{}", r.sheet.id);
    }
    for r in &theme_ranking {
        let item = items.iter().find(|i| i["id"] == r.sheet.id.get()).unwrap();
        assert_eq!(item["rank"], r.rank, "#{}", r.sheet.id);
    }
    let csv = String::from_utf8(files[1].as_ref().unwrap().clone()).unwrap();
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let n = header.len();
    assert_eq!(
        (&header[n - 2], &header[n - 1]),
        ("rank", "rank_overall"),
        "appended at the end"
    );
    for row in reader.records() {
        let row = row.unwrap();
        let id: i64 = row[0].parse().unwrap();
        let item = items.iter().find(|i| i["id"] == id).unwrap();
        assert_eq!(row[n - 2], item["rank"].to_string(), "#{id}");
        assert_eq!(row[n - 1], item["rank_overall"].to_string(), "#{id}");
    }
});

backend_tests!(hidden_sheets_are_not_ranked, |db: TestDb| async move {
    let store = db.store().await;
    let (consultation, themes, c) = setting(&store).await;
    vote(&store, &c).await;
    let text = admin(&store).says(&format!("/hide {}", c[0])).await;
    assert!(text.contains(&format!("#{}", c[0])), "{text}");
    let mut tx = store.read().await.unwrap();
    let theme = ranking(&mut tx, RankScope::Theme(themes[0]), Some(Kind::Challenge)).await;
    let mut expected = vec![(c[2], 1), (c[1], 2)];
    expected.extend(c[3..].iter().map(|&id| (id, 3)));
    assert_eq!(ranks(&theme), expected);
    let overall = ranking(&mut tx, RankScope::Consultation(consultation), None).await;
    assert!(overall.iter().all(|r| r.sheet.id != c[0]));
    let data = report::report_data(&mut tx, Lang::En).await.unwrap();
    assert!(data.themes[0].sheets.iter().all(|s| s.id != c[0]));
    assert!(data.top.iter().all(|t| t.sheet.id != c[0]));
    drop(tx);
    let export = report::make_file(&store, FileRequest::Export(ExportFormat::Json))
        .await
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&export).unwrap();
    let hidden = json["themes"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == c[0].get())
        .unwrap();
    assert_eq!(hidden["status"], "hidden", "the export keeps hidden sheets");
    assert!(hidden.get("rank").is_none() && hidden.get("rank_overall").is_none());
});

backend_tests!(an_empty_theme_ranks_nothing, |db: TestDb| async move {
    let store = db.store().await;
    let (consultation, themes, _) = setting(&store).await;
    let last = *themes.last().unwrap();
    let mut tx = store.write().await.unwrap();
    let sheets = ranking(&mut tx, RankScope::Theme(last), None).await;
    assert!(!sheets.is_empty());
    for r in &sheets {
        tx.set_status(Target::Sheet(r.sheet.id), Status::Hidden)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let mut tx = store.read().await.unwrap();
    assert!(
        ranking(&mut tx, RankScope::Theme(last), None)
            .await
            .is_empty()
    );
    let chart = report::chart_data(&mut tx, consultation, Some(last), Lang::En)
        .await
        .unwrap();
    assert!(chart.bars.is_empty());
    let data = report::report_data(&mut tx, Lang::En).await.unwrap();
    assert!(data.themes.last().unwrap().sheets.is_empty());
    drop(tx);
    // An empty chart and a report with an empty theme still render.
    let files = report::make_files(
        &store,
        &[
            FileRequest::Chart {
                consultation_id: consultation,
                theme_id: Some(last),
                lang: Lang::En,
            },
            FileRequest::Report { lang: Lang::En },
        ],
    )
    .await;
    assert!(files[0].as_ref().unwrap().starts_with(b"\x89PNG"));
    assert!(files[1].is_ok());
});
