//! Every chat command, declared once in `COMMANDS`. Parsing, the `/help` text, the Telegram
//! menus and the Fluent keys they need (`keys::all`) all follow from the table, so a command
//! cannot exist in one of them and be missing from another.
//!
//! A new resident command is a row here, a variant of `Command` (with its `name` and `args`
//! arms), an arm in `Turn::command`, and `command-<name>` in every locale (`telegram.ftl`, or the
//! feature's own file, like `digest.ftl`).

use super::facilitator::{FacilitatorCommand, Need};
use super::keys;
use crate::domain::{ForgetScope, ItemRef, Lang, SheetId};
use crate::i18n::Words;

/// Who may use a command. Facilitator commands look unknown to everyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Resident,
    Moderator,
    Translator,
    Admin,
}

impl Who {
    /// The role check a facilitator command needs; None for residents' commands.
    pub(super) fn need(self) -> Option<Need> {
        match self {
            Who::Resident => None,
            Who::Moderator => Some(Need::Moderator),
            Who::Translator => Some(Need::Translator(None)),
            Who::Admin => Some(Need::Admin),
        }
    }
}

/// One command: its name as typed, who may use it, where it is shown, and how its arguments
/// parse. Its description is the Fluent message `command-<name>`.
pub struct Spec {
    pub name: &'static str,
    pub who: Who,
    /// In the menu Telegram shows residents.
    pub menu: bool,
    /// Listed in `/help` (facilitator commands: to those who may use them).
    pub help: bool,
    /// The message answered when the arguments do not parse.
    pub usage: Option<&'static str>,
    parse: fn(&str) -> Option<Command>,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for Spec {
    fn eq(&self, other: &Spec) -> bool {
        self.name == other.name
    }
}

impl Eq for Spec {}

const fn resident(
    name: &'static str,
    menu: bool,
    help: bool,
    parse: fn(&str) -> Option<Command>,
) -> Spec {
    Spec {
        name,
        who: Who::Resident,
        menu,
        help,
        usage: None,
        parse,
    }
}

const fn facilitator(
    name: &'static str,
    who: Who,
    usage: Option<&'static str>,
    parse: fn(&str) -> Option<Command>,
) -> Spec {
    Spec {
        name,
        who,
        menu: false,
        help: true,
        usage,
        parse,
    }
}

fn sheet_number(arg: &str) -> Option<SheetId> {
    arg.parse::<ItemRef>().ok()?.sheet()
}

fn f(command: Option<FacilitatorCommand>) -> Option<Command> {
    command.map(Command::Facilitator)
}

/// All commands, in the order of the menu and of `/help`.
pub static COMMANDS: &[Spec] = &[
    resident("start", true, false, |a| {
        Some(Command::Start((!a.is_empty()).then(|| a.to_owned())))
    }),
    resident("themes", true, true, |_| Some(Command::Themes)),
    Spec {
        usage: Some("error-need-number"),
        ..resident("item", true, true, |a| sheet_number(a).map(Command::Item))
    },
    resident("add", true, true, |_| Some(Command::Add)),
    Spec {
        usage: Some("usage-vote"),
        ..resident("vote", true, true, |a| sheet_number(a).map(Command::Vote))
    },
    Spec {
        usage: Some("usage-unvote"),
        ..resident("unvote", true, true, |a| {
            sheet_number(a).map(Command::Unvote)
        })
    },
    resident("mystickers", true, true, |_| Some(Command::MyStickers)),
    resident("language", true, true, |_| Some(Command::Language)),
    resident("about", true, true, |_| Some(Command::About)),
    resident("cancel", false, true, |_| Some(Command::Cancel)),
    resident("mydata", false, true, |_| Some(Command::MyData)),
    Spec {
        usage: Some("usage-forget"),
        ..resident("forget", false, true, |a| match a {
            "" => Some(Command::Forget(None)),
            scope => scope
                .to_lowercase()
                .parse()
                .ok()
                .map(|s| Command::Forget(Some(s))),
        })
    },
    Spec {
        usage: Some("usage-digest"),
        ..resident("digest", false, true, |a| {
            DigestArg::parse(a).map(Command::Digest)
        })
    },
    resident("help", true, false, |_| Some(Command::Help)),
    facilitator("stats", Who::Moderator, None, |_| {
        f(Some(FacilitatorCommand::Stats))
    }),
    facilitator("top", Who::Moderator, Some("usage-top"), |a| {
        f(FacilitatorCommand::parse_top(a))
    }),
    facilitator("export", Who::Moderator, None, |_| {
        f(Some(FacilitatorCommand::Export))
    }),
    facilitator("chart", Who::Moderator, Some("usage-chart"), |a| {
        f(FacilitatorCommand::parse_chart(a))
    }),
    facilitator("report", Who::Moderator, None, |_| {
        f(Some(FacilitatorCommand::Report))
    }),
    facilitator("pending", Who::Moderator, None, |_| {
        f(Some(FacilitatorCommand::Pending))
    }),
    facilitator("approve", Who::Moderator, Some("usage-moderate"), |a| {
        f(FacilitatorCommand::parse_target(a).map(FacilitatorCommand::Approve))
    }),
    facilitator("hide", Who::Moderator, Some("usage-moderate"), |a| {
        f(FacilitatorCommand::parse_target(a).map(FacilitatorCommand::Hide))
    }),
    facilitator("restore", Who::Moderator, Some("usage-moderate"), |a| {
        f(FacilitatorCommand::parse_target(a).map(FacilitatorCommand::Restore))
    }),
    facilitator("tally", Who::Moderator, Some("usage-tally"), |a| {
        f(FacilitatorCommand::parse_tally(a))
    }),
    facilitator("phase", Who::Admin, Some("usage-phase"), |a| {
        f(FacilitatorCommand::parse_phase(a))
    }),
    facilitator("broadcast", Who::Admin, Some("usage-broadcast"), |a| {
        f(FacilitatorCommand::parse_broadcast(a))
    }),
    facilitator("outcome", Who::Admin, Some("usage-outcome"), |a| {
        f(FacilitatorCommand::parse_outcome(a))
    }),
    facilitator("qr", Who::Moderator, Some("usage-qr"), |a| {
        f(FacilitatorCommand::parse_qr(a))
    }),
    facilitator("translate", Who::Translator, Some("usage-translate"), |a| {
        f(FacilitatorCommand::parse_translate(a))
    }),
    facilitator(
        "translations",
        Who::Translator,
        Some("usage-translations"),
        |a| f(FacilitatorCommand::parse_translations(a)),
    ),
    facilitator("grant", Who::Admin, Some("usage-grant"), |a| {
        f(FacilitatorCommand::parse_grant(a))
    }),
    facilitator("revoke", Who::Admin, Some("usage-revoke"), |a| {
        f(FacilitatorCommand::parse_revoke(a))
    }),
    facilitator("audit", Who::Admin, None, |_| {
        f(Some(FacilitatorCommand::Audit))
    }),
];

/// The command of this name, if there is one.
pub fn spec(name: &str) -> Option<&'static Spec> {
    COMMANDS.iter().find(|s| s.name == name)
}

/// The menu Telegram shows in `lang`: name and description of each resident command in it.
pub fn menu(lang: Lang) -> Vec<(&'static str, String)> {
    let words = Words::new(lang);
    COMMANDS
        .iter()
        .filter(|s| s.menu)
        .map(|s| (s.name, words.get(&keys::command(s.name))))
        .collect()
}

/// The lines of `/help` for the commands `shown` lets through: `/name – description`.
pub(super) fn help_lines(words: &Words, shown: impl Fn(&Spec) -> bool) -> Vec<String> {
    COMMANDS
        .iter()
        .filter(|s| s.help && shown(s))
        .map(|s| format!("/{} – {}", s.name, words.get(&keys::command(s.name))))
        .collect()
}

/// What `/digest` was asked: show the choice, turn digests on or off, or (facilitators) start a
/// run now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestArg {
    Show,
    On,
    Off,
    Now,
}

impl DigestArg {
    fn parse(arg: &str) -> Option<DigestArg> {
        match arg.to_lowercase().as_str() {
            "" => Some(DigestArg::Show),
            "on" => Some(DigestArg::On),
            "off" => Some(DigestArg::Off),
            "now" => Some(DigestArg::Now),
            _ => None,
        }
    }

    #[cfg(test)]
    fn as_str(self) -> &'static str {
        match self {
            DigestArg::Show => "",
            DigestArg::On => "on",
            DigestArg::Off => "off",
            DigestArg::Now => "now",
        }
    }
}

/// A typed command with its arguments parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Start(Option<String>),
    Help,
    Themes,
    About,
    Item(SheetId),
    Add,
    Vote(SheetId),
    Unvote(SheetId),
    MyStickers,
    Language,
    Cancel,
    MyData,
    /// `/forget` asks what; `/forget all` and `/forget account` ask to confirm.
    Forget(Option<ForgetScope>),
    Digest(DigestArg),
    Facilitator(FacilitatorCommand),
    /// A known command whose arguments do not parse: answered with its usage.
    Usage(&'static Spec),
    /// A command this bot does not have.
    Unknown(String),
}

impl Command {
    /// `None` when the text is not a command, or is a command for another bot in a group
    /// (`/vote@otherbot 3`). `bot_username` is this bot's, when known; without it a command
    /// addressed to any bot is taken as ours.
    pub fn parse(text: &str, bot_username: Option<&str>) -> Option<Command> {
        let rest = text.trim().strip_prefix('/')?;
        let (word, arg) = match rest.split_once(char::is_whitespace) {
            Some((word, arg)) => (word, arg.trim()),
            None => (rest, ""),
        };
        // In groups Telegram appends the bot's name: /vote@consultbot 12
        let (name, addressee) = match word.split_once('@') {
            Some((name, to)) => (name, Some(to)),
            None => (word, None),
        };
        if let (Some(to), Some(me)) = (addressee, bot_username)
            && !to.eq_ignore_ascii_case(me)
        {
            return None;
        }
        let name = name.to_lowercase();
        let Some(spec) = spec(&name) else {
            return Some(Command::Unknown(name));
        };
        Some((spec.parse)(arg).unwrap_or(Command::Usage(spec)))
    }

    /// The row of `COMMANDS` this command belongs to; None for an unknown command.
    pub fn spec(&self) -> Option<&'static Spec> {
        match self {
            Command::Usage(spec) => Some(spec),
            Command::Unknown(_) => None,
            other => spec(other.name()),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Command::Start(_) => "start",
            Command::Help => "help",
            Command::Themes => "themes",
            Command::About => "about",
            Command::Item(_) => "item",
            Command::Add => "add",
            Command::Vote(_) => "vote",
            Command::Unvote(_) => "unvote",
            Command::MyStickers => "mystickers",
            Command::Language => "language",
            Command::Cancel => "cancel",
            Command::MyData => "mydata",
            Command::Forget(_) => "forget",
            Command::Digest(_) => "digest",
            Command::Facilitator(c) => c.name(),
            Command::Usage(spec) => spec.name,
            Command::Unknown(_) => "",
        }
    }

    /// The command as a person would type it; parses back to the same command.
    #[cfg(test)]
    pub fn to_text(&self) -> String {
        let args = match self {
            Command::Start(payload) => payload.clone().unwrap_or_default(),
            Command::Item(id) | Command::Vote(id) | Command::Unvote(id) => id.to_string(),
            Command::Forget(scope) => scope.map(|s| s.to_string()).unwrap_or_default(),
            Command::Facilitator(c) => c.args(),
            Command::Digest(arg) => arg.as_str().to_owned(),
            Command::Unknown(name) => return format!("/{name}"),
            _ => String::new(),
        };
        if args.is_empty() {
            format!("/{}", self.name())
        } else {
            format!("/{} {args}", self.name())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::facilitator::{QrSubject, RoleGrant, ThemeRef};
    use crate::domain::{
        BroadcastText, Decision, NoticeRef, Phase, Role, SheetText, Target, TelegramUserId,
    };
    use proptest::prelude::*;

    #[test]
    fn commands_parse() {
        let parse = |t: &str| Command::parse(t, Some("consultbot_bot"));
        assert_eq!(parse("/vote 12"), Some(Command::Vote(SheetId::new(12))));
        assert_eq!(
            parse("/vote@consultbot_bot #12"),
            Some(Command::Vote(SheetId::new(12)))
        );
        assert_eq!(
            parse("/vote@ConsultBot_Bot 12"),
            Some(Command::Vote(SheetId::new(12)))
        );
        assert_eq!(parse("/vote@otherbot 12"), None);
        assert_eq!(
            parse("/item x"),
            Some(Command::Usage(spec("item").unwrap()))
        );
        assert_eq!(
            parse("/item 0"),
            Some(Command::Usage(spec("item").unwrap()))
        );
        assert_eq!(
            parse("/start theme-unge"),
            Some(Command::Start(Some("theme-unge".into())))
        );
        assert_eq!(parse("hello"), None);
        assert_eq!(parse("/Themes"), Some(Command::Themes));
        assert_eq!(parse("/digest ON"), Some(Command::Digest(DigestArg::On)));
        assert_eq!(parse("/digest"), Some(Command::Digest(DigestArg::Show)));
        assert_eq!(
            parse("/digest weekly"),
            Some(Command::Usage(spec("digest").unwrap()))
        );
        assert_eq!(parse("/nope"), Some(Command::Unknown("nope".into())));
        // Unknown name of the bot: taken as ours.
        assert_eq!(
            Command::parse("/vote@otherbot 3", None),
            Some(Command::Vote(SheetId::new(3)))
        );
    }

    #[test]
    fn facilitator_arguments_are_typed() {
        let parse = |t: &str| Command::parse(t, None);
        let fac = |c| Some(Command::Facilitator(c));
        assert_eq!(
            parse("/hide d7"),
            fac(FacilitatorCommand::Hide(Target::Detail(7)))
        );
        assert_eq!(
            parse("/hide b7"),
            Some(Command::Usage(spec("hide").unwrap()))
        );
        assert_eq!(
            parse("/tally #12 8"),
            fac(FacilitatorCommand::Tally {
                sheet: SheetId::new(12),
                count: 8
            })
        );
        assert_eq!(
            parse("/tally 12 8 9"),
            Some(Command::Usage(spec("tally").unwrap()))
        );
        assert_eq!(
            parse("/phase Voting"),
            fac(FacilitatorCommand::Phase(Some(Phase::Voting)))
        );
        let long = "x".repeat(3500);
        assert_eq!(
            parse(&format!("/broadcast {long}")),
            fac(FacilitatorCommand::Broadcast(
                BroadcastText::parse(&long).unwrap()
            ))
        );
        assert_eq!(
            parse(&format!("/broadcast {long}x")),
            Some(Command::Usage(spec("broadcast").unwrap()))
        );
        assert_eq!(
            parse("/grant translator 5 ar"),
            fac(FacilitatorCommand::Grant {
                grant: RoleGrant::Translator(Lang::Ar),
                user: TelegramUserId::new(5)
            })
        );
        assert_eq!(
            parse("/grant moderator 5 ar"),
            Some(Command::Usage(spec("grant").unwrap()))
        );
        assert_eq!(
            parse("/grant translator 0 ar"),
            Some(Command::Usage(spec("grant").unwrap()))
        );
        assert_eq!(
            parse("/outcome #3 Adopted It is done."),
            fac(FacilitatorCommand::Outcome {
                sheet: SheetId::new(3),
                decision: Decision::Adopted,
                text: SheetText::parse("It is done.").unwrap()
            })
        );
        assert_eq!(
            parse("/translate b2 da Hej med dig"),
            fac(FacilitatorCommand::TranslateNotice {
                notice: NoticeRef::Broadcast(2),
                lang: Lang::Da,
                text: BroadcastText::parse("Hej med dig").unwrap()
            })
        );
        assert_eq!(
            parse("/top Unge  Mennesker 50"),
            fac(FacilitatorCommand::Top {
                theme: ThemeRef::parse("unge mennesker"),
                count: 30
            })
        );
        assert_eq!(
            parse("/qr 12"),
            fac(FacilitatorCommand::Qr(Some(QrSubject::Sheet(
                SheetId::new(12)
            ))))
        );
        assert_eq!(
            parse("/revoke moderator 7"),
            fac(FacilitatorCommand::Revoke {
                role: Role::Moderator,
                user: TelegramUserId::new(7)
            })
        );
    }

    #[test]
    fn the_table_has_no_duplicates_and_lowercase_names() {
        for (i, s) in COMMANDS.iter().enumerate() {
            assert!(s.name.bytes().all(|b| b.is_ascii_lowercase()), "{}", s.name);
            assert!(!COMMANDS[..i].contains(s), "{} twice", s.name);
            assert!(!s.menu || s.who == Who::Resident, "{} in the menu", s.name);
        }
    }

    fn word() -> impl Strategy<Value = String> {
        "[a-z]{1,8}"
    }

    fn theme() -> impl Strategy<Value = Option<ThemeRef>> {
        proptest::option::of(
            proptest::collection::vec(word(), 1..3)
                .prop_map(|w| ThemeRef::parse(&w.join(" ")).expect("words are a theme")),
        )
    }

    fn text() -> impl Strategy<Value = SheetText> {
        "[a-zA-Z0-9][a-zA-Z0-9 .,]{1,60}[a-z.]".prop_map(|t| SheetText::parse(&t).unwrap())
    }

    fn lang() -> impl Strategy<Value = Lang> {
        proptest::sample::select(Lang::ALL.to_vec())
    }

    fn id() -> impl Strategy<Value = i64> {
        1..=i64::MAX
    }

    fn sheet() -> impl Strategy<Value = SheetId> {
        id().prop_map(SheetId::new)
    }

    fn target() -> impl Strategy<Value = Target> {
        prop_oneof![
            sheet().prop_map(Target::Sheet),
            id().prop_map(Target::Detail)
        ]
    }

    fn notice() -> impl Strategy<Value = NoticeRef> {
        prop_oneof![
            id().prop_map(NoticeRef::Broadcast),
            sheet().prop_map(NoticeRef::Decision),
        ]
    }

    fn facilitator_command() -> impl Strategy<Value = FacilitatorCommand> {
        use FacilitatorCommand as F;
        prop_oneof![
            Just(F::Stats),
            (theme(), 1usize..=30).prop_map(|(theme, count)| F::Top { theme, count }),
            Just(F::Export),
            theme().prop_map(F::Chart),
            Just(F::Report),
            Just(F::Pending),
            target().prop_map(F::Approve),
            target().prop_map(F::Hide),
            target().prop_map(F::Restore),
            (sheet(), 0u32..=100_000).prop_map(|(sheet, count)| F::Tally { sheet, count }),
            proptest::option::of(proptest::sample::select(Phase::ALL.to_vec())).prop_map(F::Phase),
            "[a-zA-Z0-9 .]{0,40}[a-z]"
                .prop_map(|t| F::Broadcast(BroadcastText::parse(&t).unwrap())),
            (target(), lang(), text()).prop_map(|(target, lang, text)| F::Translate {
                target,
                lang,
                text
            }),
            (notice(), lang(), "[a-zA-Z0-9 .]{0,40}[a-z]").prop_map(|(notice, lang, text)| {
                F::TranslateNotice {
                    notice,
                    lang,
                    text: BroadcastText::parse(&text).unwrap(),
                }
            }),
            proptest::option::of(lang()).prop_map(F::Translations),
            (
                prop_oneof![
                    Just(RoleGrant::Moderator),
                    lang().prop_map(RoleGrant::Translator)
                ],
                id()
            )
                .prop_map(|(grant, user)| F::Grant {
                    grant,
                    user: TelegramUserId::new(user)
                }),
            (proptest::sample::select(Role::ALL.to_vec()), id()).prop_map(|(role, user)| {
                F::Revoke {
                    role,
                    user: TelegramUserId::new(user),
                }
            }),
            Just(F::Audit),
            proptest::option::of(prop_oneof![
                sheet().prop_map(QrSubject::Sheet),
                "[a-z]{1,8}( [a-z]{1,8})?"
                    .prop_map(|t| QrSubject::Theme(ThemeRef::parse(&t).unwrap())),
            ])
            .prop_map(F::Qr),
            (
                sheet(),
                proptest::sample::select(Decision::ALL.to_vec()),
                text()
            )
                .prop_map(|(sheet, decision, text)| F::Outcome {
                    sheet,
                    decision,
                    text
                }),
        ]
    }

    fn command() -> impl Strategy<Value = Command> {
        prop_oneof![
            proptest::option::of("[a-z0-9-]{1,20}").prop_map(Command::Start),
            Just(Command::Help),
            Just(Command::Themes),
            Just(Command::About),
            sheet().prop_map(Command::Item),
            Just(Command::Add),
            sheet().prop_map(Command::Vote),
            sheet().prop_map(Command::Unvote),
            Just(Command::MyStickers),
            Just(Command::Language),
            Just(Command::Cancel),
            Just(Command::MyData),
            proptest::option::of(prop_oneof![
                Just(ForgetScope::All),
                Just(ForgetScope::Account)
            ])
            .prop_map(Command::Forget),
            proptest::sample::select(vec![
                DigestArg::Show,
                DigestArg::On,
                DigestArg::Off,
                DigestArg::Now
            ])
            .prop_map(Command::Digest),
            facilitator_command().prop_map(Command::Facilitator),
        ]
    }

    proptest! {
        #[test]
        fn parsing_never_panics(text in any::<String>(), bot in proptest::option::of("[a-z_]{1,12}")) {
            let _ = Command::parse(&text, bot.as_deref());
            let _ = Command::parse(&format!("/{text}"), bot.as_deref());
        }

        #[test]
        fn typed_commands_parse_back(command in command()) {
            let text = command.to_text();
            prop_assert_eq!(Command::parse(&text, Some("consultbot_bot")), Some(command.clone()));
            // Addressed to this bot, as in a group.
            let addressed = text.replacen(' ', "@consultbot_bot ", 1);
            let addressed = if addressed.contains('@') { addressed } else { format!("{text}@consultbot_bot") };
            prop_assert_eq!(Command::parse(&addressed, Some("consultbot_bot")), Some(command));
        }

        #[test]
        fn commands_for_other_bots_are_ignored(command in command(), other in "[a-z_]{1,12}") {
            prop_assume!(other != "consultbot_bot");
            let text = command.to_text();
            let addressed = match text.split_once(' ') {
                Some((name, rest)) => format!("{name}@{other} {rest}"),
                None => format!("{text}@{other}"),
            };
            prop_assert_eq!(Command::parse(&addressed, Some("consultbot_bot")), None);
        }
    }
}
