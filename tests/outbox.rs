//! The outbox engine, with a courier that plays Telegram's part by script, against a real store:
//! what is sent, retried, waited for, given up, reported unknown, and never sent twice; the
//! shared pace of two senders; bulk enqueueing and the versioned payload.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::{Attachment, AttachmentKind, Reply, Text};
use consultbot::domain::{ChatId, ParticipantId, TelegramUserId};
use consultbot::outbox::{Courier, Outbox, SendOutcome};
use consultbot::store::{NewDelivery, RunFigures, Store, decode_payload, encode_payload};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Answers each attempt with the next scripted outcome for its chat (then `Sent`), and
/// remembers every attempt with its time.
#[derive(Clone, Default)]
struct Scripted {
    script: Arc<Mutex<HashMap<i64, VecDeque<SendOutcome>>>>,
    attempts: Arc<Mutex<Vec<(ChatId, Instant)>>>,
}

impl Scripted {
    fn answering(chat: ChatId, outcomes: impl IntoIterator<Item = SendOutcome>) -> Scripted {
        let courier = Scripted::default();
        courier
            .script
            .lock()
            .unwrap()
            .entry(chat.get())
            .or_default()
            .extend(outcomes);
        courier
    }

    fn attempts(&self) -> usize {
        self.attempts.lock().unwrap().len()
    }

    fn times_of(&self, chat: ChatId) -> Vec<Instant> {
        let attempts = self.attempts.lock().unwrap();
        attempts
            .iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, at)| *at)
            .collect()
    }
}

impl Courier for Scripted {
    async fn deliver(&self, chat_id: ChatId, _reply: &Reply) -> SendOutcome {
        let n = {
            let mut attempts = self.attempts.lock().unwrap();
            attempts.push((chat_id, Instant::now()));
            attempts.len() as i64
        };
        let next = self
            .script
            .lock()
            .unwrap()
            .get_mut(&chat_id.get())
            .and_then(VecDeque::pop_front);
        next.unwrap_or(SendOutcome::Sent { message_id: n })
    }
}

/// A resident who has met the bot, with one message queued for them in a run; their chat.
async fn one_queued(store: &Store, user: i64) -> ChatId {
    Resident::new(store, user, "da").says("/start").await;
    let mut tx = store.write().await.unwrap();
    let me = tx
        .participant_by_telegram_id(TelegramUserId::new(user))
        .await
        .unwrap()
        .expect("the resident exists");
    let run = tx.start_run("broadcast", user).await.unwrap();
    tx.enqueue_delivery(
        run,
        me.id,
        me.chat_id,
        &Reply::new(Text::new().plain("news")),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    me.chat_id
}

const RESIDENT: i64 = 4242;

/// (pending, sent, not sent)
async fn counts(store: &Store) -> (i64, i64, i64) {
    let mut tx = store.read().await.unwrap();
    let counts = tx.delivery_counts(None).await.unwrap();
    tx.commit().await.unwrap();
    counts
}

async fn figures(store: &Store) -> Vec<RunFigures> {
    let mut tx = store.read().await.unwrap();
    let runs = tx.run_figures(10).await.unwrap();
    tx.commit().await.unwrap();
    runs
}

async fn reachable(store: &Store, chat: ChatId) -> bool {
    let mut tx = store.read().await.unwrap();
    let all = tx.reachable_participants().await.unwrap();
    tx.commit().await.unwrap();
    all.iter().any(|r| r.chat_id == chat)
}

backend_tests!(sends_once, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store, RESIDENT).await;
    let courier = Scripted::default();
    let outbox = Outbox::new(store.clone(), courier.clone());
    assert_eq!(outbox.drain_once().await.unwrap(), 1);
    assert_eq!(courier.times_of(chat).len(), 1);
    assert_eq!(counts(&store).await, (0, 1, 0));
    assert_eq!(
        outbox.drain_once().await.unwrap(),
        0,
        "a sent delivery is done"
    );
    assert_eq!(courier.attempts(), 1);
    let runs = figures(&store).await;
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(
        (run.kind.as_str(), run.recipients, run.sent, run.pending),
        ("broadcast", 1, 1, 0)
    );
    assert!(run.finished_at.is_some(), "nothing pending: finished");
});

backend_tests!(
    a_429_pauses_only_its_chat_for_retry_after,
    |db: TestDb| async move {
        let store = db.store().await;
        let slow = one_queued(&store, RESIDENT).await;
        let other = one_queued(&store, RESIDENT + 1).await;
        let courier = Scripted::answering(slow, [SendOutcome::RetryAfter(2)]);
        let outbox = Outbox::new(store.clone(), courier.clone());
        // The first pass: the 429, and the other chat goes on at once.
        assert_eq!(outbox.drain_once().await.unwrap(), 2);
        assert_eq!(courier.times_of(other).len(), 1, "the other chat is served");
        assert_eq!(counts(&store).await, (1, 1, 0), "queued again, waiting");
        assert_eq!(outbox.drain_once().await.unwrap(), 0, "the chat waits");
        tokio::time::sleep(Duration::from_millis(2100)).await;
        assert_eq!(outbox.drain_once().await.unwrap(), 1);
        assert_eq!(counts(&store).await, (0, 2, 0));
        let times = courier.times_of(slow);
        let waited = times[1] - times[0];
        assert!(
            waited >= Duration::from_secs(2),
            "waited exactly retry_after: {waited:?}"
        );
    }
);

backend_tests!(
    unreachable_marks_the_resident_until_they_write_again,
    |db: TestDb| async move {
        let store = db.store().await;
        let chat = one_queued(&store, RESIDENT).await;
        assert!(reachable(&store, chat).await);
        let courier = Scripted::answering(chat, [SendOutcome::Unreachable]);
        let outbox = Outbox::new(store.clone(), courier.clone());
        outbox.drain_once().await.unwrap();
        assert_eq!(counts(&store).await, (0, 0, 1));
        assert_eq!(figures(&store).await[0].unreachable, 1);
        assert!(!reachable(&store, chat).await, "the resident is marked");
        Resident::new(&store, RESIDENT, "da").says("/help").await;
        assert!(
            reachable(&store, chat).await,
            "writing again clears the mark"
        );
    }
);

backend_tests!(
    a_resident_who_blocked_the_bot_gets_no_attempt,
    |db: TestDb| async move {
        let store = db.store().await;
        let chat = one_queued(&store, RESIDENT).await;
        // Telegram said so (my_chat_member: kicked) after the message was queued.
        let mut tx = store.write().await.unwrap();
        tx.mark_unreachable(chat).await.unwrap();
        tx.commit().await.unwrap();
        let courier = Scripted::default();
        Outbox::new(store.clone(), courier.clone())
            .drain_once()
            .await
            .unwrap();
        assert_eq!(courier.attempts(), 0);
        let run = &figures(&store).await[0];
        assert_eq!((run.unreachable, run.pending), (1, 0));
    }
);

backend_tests!(unknown_is_not_resent, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store, RESIDENT).await;
    let courier = Scripted::answering(chat, [SendOutcome::Unknown]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(outbox.drain_once().await.unwrap(), 0);
    assert_eq!(courier.attempts(), 1, "it may have arrived: never twice");
    assert_eq!(figures(&store).await[0].unknown, 1);
});

backend_tests!(not_sent_waits_for_a_retry, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store, RESIDENT).await;
    let courier = Scripted::answering(chat, [SendOutcome::NotSent]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(counts(&store).await, (1, 0, 0), "kept for a later attempt");
    assert_eq!(outbox.drain_once().await.unwrap(), 0, "not due yet");
    assert_eq!(courier.attempts(), 1);
});

backend_tests!(refused_is_given_up, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store, RESIDENT).await;
    let courier = Scripted::answering(chat, [SendOutcome::Refused("message is too long".into())]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(outbox.drain_once().await.unwrap(), 0);
    assert_eq!(figures(&store).await[0].failed, 1);
});

backend_tests!(
    a_lease_left_by_a_crash_becomes_unknown_not_a_resend,
    |db: TestDb| async move {
        let store = db.store().await;
        one_queued(&store, RESIDENT).await;
        // A sender leases the delivery and dies before it can say how the attempt went.
        {
            let mut tx = store.write().await.unwrap();
            assert!(tx.claim_delivery(200).await.unwrap().is_some());
            tx.commit().await.unwrap();
        }
        let courier = Scripted::default();
        let restarted = Outbox::new(store.clone(), courier.clone());
        assert_eq!(
            restarted.drain_once().await.unwrap(),
            0,
            "a live lease is left alone"
        );
        assert_eq!(figures(&store).await[0].pending, 1);
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(restarted.sweep().await.unwrap(), 1, "reported once");
        assert_eq!(restarted.drain_once().await.unwrap(), 0);
        assert_eq!(courier.attempts(), 0);
        let run = &figures(&store).await[0];
        assert_eq!((run.unknown, run.pending, run.sent), (1, 0, 0));
    }
);

/// `count` residents created directly in the store (no conversation), with one run queued to
/// all of them through the bulk call; their chats.
async fn bulk_run(store: &Store, count: i64, first: i64) -> Vec<ChatId> {
    let mut tx = store.write().await.unwrap();
    let mut queued = Vec::new();
    for i in 0..count {
        let user = first + i;
        let p = tx
            .touch_participant(
                TelegramUserId::new(user),
                ChatId::new(user),
                consultbot::domain::Lang::Da,
            )
            .await
            .unwrap();
        queued.push(NewDelivery {
            participant_id: p.id,
            chat_id: p.chat_id,
            reply: Reply::new(Text::new().plain(format!("news for {user}"))),
        });
    }
    let run = tx.start_run("digest", first).await.unwrap();
    assert_eq!(
        tx.enqueue_deliveries(run, &queued).await.unwrap(),
        count as u64
    );
    tx.commit().await.unwrap();
    queued.iter().map(|d| d.chat_id).collect()
}

backend_tests!(bulk_enqueue_counts_in_figures, |db: TestDb| async move {
    let store = db.store().await;
    bulk_run(&store, 1_234, 10_000).await;
    let run = &figures(&store).await[0];
    assert_eq!(
        (run.kind.as_str(), run.recipients, run.pending),
        ("digest", 1_234, 1_234)
    );
    assert!(run.finished_at.is_none());
});

backend_tests!(
    two_senders_share_the_rate,
    |db: TestDb| async move {
        const RATE: u32 = 10;
        let chats = bulk_run(&db.store().await, 40, 20_000).await;
        // Two instances: two pools on one database, one courier seeing every call.
        let courier = Scripted::default();
        let a = Outbox::new(db.store().await, courier.clone()).paced(RATE);
        let b = Outbox::new(db.store().await, courier.clone()).paced(RATE);
        let (sa, sb) = tokio::join!(a.drain_once(), b.drain_once());
        assert_eq!(sa.unwrap() + sb.unwrap(), 40);
        assert_eq!(courier.attempts(), 40, "nobody twice");
        let mut times: Vec<Instant> = chats.iter().flat_map(|c| courier.times_of(*c)).collect();
        times.sort();
        for (i, start) in times.iter().enumerate() {
            let in_window = times[i..]
                .iter()
                .take_while(|t| **t - *start < Duration::from_secs(1))
                .count();
            assert!(
                in_window <= RATE as usize,
                "{in_window} sends in one second"
            );
        }
    },
    multi_thread
);

backend_tests!(notices_go_to_a_chat, |db: TestDb| async move {
    let store = db.store().await;
    let group = ChatId::new(-100_777);
    let mut tx = store.write().await.unwrap();
    tx.enqueue_notice(group, &Reply::new(Text::new().plain("new sheet")))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let courier = Scripted::default();
    Outbox::new(store.clone(), courier.clone())
        .drain_once()
        .await
        .unwrap();
    assert_eq!(courier.times_of(group).len(), 1);
    let run = &figures(&store).await[0];
    assert_eq!((run.kind.as_str(), run.sent), ("notice", 1));
});

#[test]
fn payloads_are_versioned_and_carry_files() {
    let mut reply = Reply::new(Text::new().plain("the chart"));
    reply.attachment = Some(Attachment {
        kind: AttachmentKind::Photo,
        file_name: "chart.png".into(),
        bytes: vec![137, 80, 78, 71, 0, 255],
    });
    let stored = encode_payload(&reply);
    assert!(stored.starts_with(r#"{"v":1,"#), "{stored}");
    assert_eq!(decode_payload(&stored).unwrap(), reply);
    // A bare reply, as queued before versions, still reads.
    let old = serde_json::to_string(&Reply::new(Text::new().plain("old"))).unwrap();
    assert_eq!(
        decode_payload(&old).unwrap().text.to_plain(),
        "old".to_string()
    );
    assert!(decode_payload(r#"{"v":9,"reply":{}}"#).is_err());
    let _ = ParticipantId::new(1);
}

backend_tests!(
    stats_show_the_runs_to_facilitators,
    |db: TestDb| async move {
        let store = db.store().await;
        let settings = consultbot::conversation::Settings {
            admins: vec![TelegramUserId::new(1)],
            ..Default::default()
        };
        let mut admin = Resident::with_settings(&store, 1, "en", settings);
        assert!(admin.says("/stats").await.contains("Nothing sent yet."));
        let chat = one_queued(&store, RESIDENT).await;
        let courier = Scripted::answering(chat, [SendOutcome::Unknown]);
        Outbox::new(store.clone(), courier)
            .drain_once()
            .await
            .unwrap();
        let text = admin.says("/stats").await;
        assert!(text.contains("What the bot sent on its own"), "{text}");
        assert!(
            text.contains("Broadcast") && text.contains("recipients: 1, sent: 0, unknown: 1"),
            "{text}"
        );
        assert!(text.contains("may or may not have arrived"), "{text}");
    }
);

backend_tests!(
    one_chat_gets_about_one_message_a_second,
    |db: TestDb| async move {
        let store = db.store().await;
        let chat = one_queued(&store, RESIDENT).await;
        // A second message to the same resident, in another run.
        let mut tx = store.write().await.unwrap();
        let me = tx
            .participant_by_telegram_id(TelegramUserId::new(RESIDENT))
            .await
            .unwrap()
            .unwrap();
        let run = tx.start_run("decision", 1).await.unwrap();
        tx.enqueue_delivery(run, me.id, chat, &Reply::new(Text::new().plain("more")))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let courier = Scripted::default();
        let outbox = Outbox::new(store.clone(), courier.clone());
        assert_eq!(outbox.drain_once().await.unwrap(), 1, "the second waits");
        tokio::time::sleep(Duration::from_millis(1000)).await;
        assert_eq!(outbox.drain_once().await.unwrap(), 1);
        let times = courier.times_of(chat);
        assert!(times[1] - times[0] >= Duration::from_secs(1));
    }
);
