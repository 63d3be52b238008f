//! Properties of the parsers that take what Telegram hands over: callback data (`Action`) and a
//! resident's text (`SheetText`). Generated inputs, checked on every `cargo test`.

use consultbot::conversation::Action;
use consultbot::domain::{
    BroadcastText, ForgetScope, Kind, Lang, ReportReason, SheetText, TextError,
};
use consultbot::store::Target;
use proptest::prelude::*;
use proptest::sample::select;

/// Ids as the database hands them out: positive, up to the largest.
fn id() -> impl Strategy<Value = i64> {
    prop_oneof![1..=1000i64, 1..=i64::MAX, Just(i64::MAX)]
}

fn sheet() -> impl Strategy<Value = consultbot::domain::SheetId> {
    id().prop_map(consultbot::domain::SheetId::new)
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        sheet().prop_map(Target::Sheet),
        id().prop_map(Target::Detail)
    ]
}

fn kind() -> impl Strategy<Value = Kind> {
    select(Kind::ALL)
}

fn lang() -> impl Strategy<Value = Lang> {
    select(Lang::ALL.to_vec())
}

fn reason() -> impl Strategy<Value = ReportReason> {
    select(ReportReason::ALL)
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Themes),
        id().prop_map(Action::Theme),
        (id(), kind(), any::<u32>()).prop_map(|(theme, kind, page)| Action::List {
            theme,
            kind,
            page
        }),
        sheet().prop_map(Action::Sheet),
        sheet().prop_map(Action::Original),
        sheet().prop_map(Action::Vote),
        sheet().prop_map(Action::Unvote),
        (sheet(), sheet()).prop_map(|(from, to)| Action::Swap { from, to }),
        (id(), kind()).prop_map(|(theme, kind)| Action::Move { theme, kind }),
        Just(Action::MyStickers),
        Just(Action::Add),
        id().prop_map(Action::AddIn),
        kind().prop_map(Action::AddKind),
        sheet().prop_map(Action::Detail),
        (sheet(), any::<u32>()).prop_map(|(sheet, page)| Action::Details { sheet, page }),
        sheet().prop_map(Action::AsDetail),
        Just(Action::Confirm),
        Just(Action::Edit),
        Just(Action::Cancel),
        Just(Action::Language),
        lang().prop_map(Action::SetLanguage),
        Just(Action::Help),
        Just(Action::About),
        sheet().prop_map(Action::Report),
        target().prop_map(Action::ReportWhy),
        (target(), reason()).prop_map(|(t, r)| Action::ReportAs(t, r)),
        target().prop_map(Action::Approve),
        target().prop_map(Action::Hide),
        id().prop_map(Action::SendNotice),
        id().prop_map(Action::DropNotice),
        lang().prop_map(Action::TranslateNext),
        any::<u32>().prop_map(Action::District),
        any::<u32>().prop_map(Action::AgeBand),
        any::<bool>().prop_map(Action::OnboardingDigest),
        any::<bool>().prop_map(Action::Digest),
        select(ForgetScope::ALL).prop_map(Action::Forget),
    ]
}

/// Fails to compile when a variant is added to `Action` and not to `action()` above.
#[allow(dead_code)]
fn action_lists_every_variant(a: Action) {
    match a {
        Action::Themes
        | Action::Theme(_)
        | Action::List { .. }
        | Action::Sheet(_)
        | Action::Details { .. }
        | Action::Original(_)
        | Action::Vote(_)
        | Action::Unvote(_)
        | Action::Swap { .. }
        | Action::Move { .. }
        | Action::MyStickers
        | Action::Add
        | Action::AddIn(_)
        | Action::AddKind(_)
        | Action::Detail(_)
        | Action::AsDetail(_)
        | Action::Confirm
        | Action::Edit
        | Action::Cancel
        | Action::Language
        | Action::SetLanguage(_)
        | Action::Help
        | Action::About
        | Action::Report(_)
        | Action::ReportWhy(_)
        | Action::ReportAs(..)
        | Action::Approve(_)
        | Action::Hide(_)
        | Action::SendNotice(_)
        | Action::DropNotice(_)
        | Action::TranslateNext(_)
        | Action::District(_)
        | Action::AgeBand(_)
        | Action::OnboardingDigest(_)
        | Action::Digest(_)
        | Action::Forget(_) => {}
    }
}

/// Callback data a forger might send: pieces of real data, separators, numbers of every sign.
fn data() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(vec![
            "th", "t", "l", "s", "sd", "o", "v", "u", "sw", "m", "ms", "a", "ak", "d", "ad", "ok",
            "ed", "x", "lg", "h", "ab", "rp", "rw", "ra", "ap", "hd", "sn", "dn", "tn", "od", "oa",
            "c", "da", "fg", "all", "account", "", "0", "-1", "+1", "01", " 1", "1 ",
        ])
        .prop_map(str::to_owned),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "\\PC{0,6}",
    ];
    prop_oneof![
        proptest::collection::vec(piece, 0..6).prop_map(|p| p.join(":")),
        any::<String>(),
    ]
}

/// The rules `SheetText` promises, written out independently of its code.
fn stripped(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn invisible(c: char) -> bool {
    c.is_whitespace()
        || ('\u{200B}'..='\u{200F}').contains(&c)
        || ('\u{2060}'..='\u{2064}').contains(&c)
        || matches!(c, '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
}

/// Resident text: mostly ordinary letters, with the characters the rules are about mixed in.
fn raw_text() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        4 => select(vec!['a', 'Z', 'ø', 'ي', 'ї', '😀', ' ', '.']),
        1 => select(vec![
            '\n', '\t', '\r', '\u{0}', '\u{7}', '\u{85}', '\u{200B}', '\u{200F}', '\u{202E}',
            '\u{2066}', '\u{2069}', '\u{FEFF}', '\u{00AD}', '\u{3000}', '\u{A0}',
        ]),
        1 => any::<char>(),
    ];
    prop_oneof![
        proptest::collection::vec(c.clone(), 0..12),
        proptest::collection::vec(c, 490..520),
    ]
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #[test]
    fn every_action_round_trips_within_64_bytes(a in action()) {
        let data = a.to_string();
        prop_assert!(data.len() <= 64, "{data} is {} bytes", data.len());
        prop_assert_eq!(Action::parse(&data), Some(a));
    }

    #[test]
    fn any_data_parses_or_is_refused_without_panic(data in data()) {
        // What parses is an action, and that action's own data means the same action.
        if let Some(a) = Action::parse(&data) {
            prop_assert_eq!(Action::parse(&a.to_string()), Some(a));
        }
    }

    #[test]
    fn sheet_text_keeps_its_promises(raw in raw_text()) {
        match SheetText::parse(&raw) {
            Ok(text) => {
                let s = text.as_str();
                let len = s.chars().count();
                prop_assert!((SheetText::MIN_CHARS..=SheetText::MAX_CHARS).contains(&len), "{len}");
                prop_assert!(!s.chars().any(stripped), "{s:?} keeps a control character");
                prop_assert!(!s.starts_with(invisible) && !s.ends_with(invisible), "{s:?}");
                // Everything else is kept exactly as written.
                let kept: String = raw.chars().filter(|c| !stripped(*c)).collect();
                prop_assert!(kept.contains(s), "{s:?} is not from {raw:?}");
                // Parsing its own output changes nothing.
                prop_assert_eq!(SheetText::parse(s), Ok(text.clone()));
            }
            Err(TextError::Blank) => {
                prop_assert!(raw.chars().all(|c| stripped(c) || invisible(c)), "{raw:?}");
            }
            Err(TextError::TooShort { min }) => {
                let kept: String = raw.chars().filter(|c| !stripped(*c)).collect();
                prop_assert!(kept.trim_matches(invisible).chars().count() < min);
            }
            Err(TextError::TooLong { max, len }) => {
                let kept: String = raw.chars().filter(|c| !stripped(*c)).collect();
                prop_assert_eq!(kept.trim_matches(invisible).chars().count(), len);
                prop_assert!(len > max);
            }
        }
    }

    #[test]
    fn broadcast_text_keeps_its_promises(
        raw in prop_oneof![raw_text(), "\\PC{3490,3510}", ".{0,3}"],
    ) {
        match BroadcastText::parse(&raw) {
            Ok(text) => {
                let s = text.as_str();
                let len = s.chars().count();
                prop_assert!((BroadcastText::MIN_CHARS..=BroadcastText::MAX_CHARS).contains(&len));
                prop_assert!(!s.chars().any(stripped), "{s:?} keeps a control character");
                prop_assert!(!s.starts_with(invisible) && !s.ends_with(invisible), "{s:?}");
                prop_assert_eq!(BroadcastText::parse(s), Ok(text.clone()));
            }
            Err(TextError::Blank) => {
                prop_assert!(raw.chars().all(|c| stripped(c) || invisible(c)), "{raw:?}");
            }
            Err(TextError::TooShort { .. }) => prop_assert!(false, "one character is enough"),
            Err(TextError::TooLong { max, len }) => prop_assert!(len > max),
        }
    }
}
