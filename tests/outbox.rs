//! The outbox policy, with a courier that plays Telegram's part by script, against a real store:
//! what is sent, retried, given up, and never sent twice.

mod common;

use common::{Resident, TestDb};
use consultbot::conversation::{Reply, Text};
use consultbot::domain::{ChatId, TelegramUserId};
use consultbot::outbox::{Courier, Outbox, SendOutcome};
use consultbot::store::Store;
use sqlx::Executor;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

/// Answers each attempt with the next scripted outcome (then `Sent`), and remembers the chats.
#[derive(Clone, Default)]
struct Scripted {
    script: Arc<Mutex<VecDeque<SendOutcome>>>,
    chats: Arc<Mutex<Vec<ChatId>>>,
}

impl Scripted {
    fn answering(outcomes: impl IntoIterator<Item = SendOutcome>) -> Scripted {
        let courier = Scripted::default();
        courier.script.lock().unwrap().extend(outcomes);
        courier
    }

    fn attempts(&self) -> usize {
        self.chats.lock().unwrap().len()
    }
}

impl Courier for Scripted {
    async fn deliver(&self, chat_id: ChatId, _reply: &Reply) -> SendOutcome {
        let n = {
            let mut chats = self.chats.lock().unwrap();
            chats.push(chat_id);
            chats.len() as i64
        };
        let next = self.script.lock().unwrap().pop_front();
        next.unwrap_or(SendOutcome::Sent { message_id: n })
    }
}

const RESIDENT: i64 = 4242;

/// A resident who has met the bot, with one message queued for them; returns their chat.
async fn one_queued(store: &Store) -> ChatId {
    Resident::new(store, RESIDENT, "da").says("/start").await;
    let mut tx = store.write().await.unwrap();
    let me = tx
        .participant_by_telegram_id(TelegramUserId::new(RESIDENT))
        .await
        .unwrap()
        .expect("the resident exists");
    tx.enqueue_delivery(
        None,
        me.id,
        me.chat_id,
        &Reply::new(Text::new().plain("news")),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    me.chat_id
}

/// (queued, sent, failed)
async fn counts(store: &Store) -> (i64, i64, i64) {
    let mut tx = store.read().await.unwrap();
    let counts = tx.delivery_counts(None).await.unwrap();
    tx.commit().await.unwrap();
    counts
}

async fn reachable(store: &Store, chat: ChatId) -> bool {
    let mut tx = store.read().await.unwrap();
    let all = tx.reachable_participants().await.unwrap();
    tx.commit().await.unwrap();
    all.iter().any(|r| r.chat_id == chat)
}

backend_tests!(sends_once, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store).await;
    let courier = Scripted::default();
    let outbox = Outbox::new(store.clone(), courier.clone());
    assert_eq!(outbox.drain_once().await.unwrap(), 1);
    assert_eq!(*courier.chats.lock().unwrap(), vec![chat]);
    assert_eq!(counts(&store).await, (0, 1, 0));
    assert_eq!(
        outbox.drain_once().await.unwrap(),
        0,
        "a sent delivery is done"
    );
    assert_eq!(courier.attempts(), 1);
});

backend_tests!(waits_when_asked_then_sends, |db: TestDb| async move {
    let store = db.store().await;
    one_queued(&store).await;
    let courier = Scripted::answering([SendOutcome::RetryAfter(0)]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    assert_eq!(outbox.drain_once().await.unwrap(), 1);
    assert_eq!(
        counts(&store).await,
        (1, 0, 0),
        "queued again after the wait"
    );
    assert_eq!(outbox.drain_once().await.unwrap(), 1);
    assert_eq!(counts(&store).await, (0, 1, 0));
    assert_eq!(courier.attempts(), 2);
});

backend_tests!(unreachable_marks_the_chat, |db: TestDb| async move {
    let store = db.store().await;
    let chat = one_queued(&store).await;
    assert!(reachable(&store, chat).await);
    let courier = Scripted::answering([SendOutcome::Unreachable]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(counts(&store).await, (0, 0, 1));
    assert!(!reachable(&store, chat).await, "the chat is marked");
});

backend_tests!(unknown_is_not_resent, |db: TestDb| async move {
    let store = db.store().await;
    one_queued(&store).await;
    let courier = Scripted::answering([SendOutcome::Unknown]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(outbox.drain_once().await.unwrap(), 0);
    assert_eq!(courier.attempts(), 1, "it may have arrived: never twice");
    assert_eq!(counts(&store).await, (0, 0, 1));
});

backend_tests!(not_sent_waits_for_a_retry, |db: TestDb| async move {
    let store = db.store().await;
    one_queued(&store).await;
    let courier = Scripted::answering([SendOutcome::NotSent]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(counts(&store).await, (1, 0, 0), "kept for a later attempt");
    assert_eq!(outbox.drain_once().await.unwrap(), 0, "not due yet");
    assert_eq!(courier.attempts(), 1);
});

backend_tests!(refused_is_given_up, |db: TestDb| async move {
    let store = db.store().await;
    one_queued(&store).await;
    let courier = Scripted::answering([SendOutcome::Refused("message is too long".into())]);
    let outbox = Outbox::new(store.clone(), courier.clone());
    outbox.drain_once().await.unwrap();
    assert_eq!(outbox.drain_once().await.unwrap(), 0);
    assert_eq!(counts(&store).await, (0, 0, 1));
});

backend_tests!(
    a_claim_left_by_a_crash_is_given_up,
    |db: TestDb| async move {
        let store = db.store().await;
        one_queued(&store).await;
        // A sender claims the delivery and dies before it can say how the attempt went.
        {
            let mut tx = store.write().await.unwrap();
            assert_eq!(tx.claim_deliveries(10).await.unwrap().len(), 1);
            tx.commit().await.unwrap();
        }
        let courier = Scripted::default();
        let restarted = Outbox::new(store.clone(), courier.clone());
        assert_eq!(
            restarted.drain_once().await.unwrap(),
            0,
            "a fresh claim is left alone"
        );
        // Much later the claim counts as interrupted: given up, not sent.
        sqlx::any::install_default_drivers();
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&db.url)
            .await
            .unwrap();
        conn.execute("UPDATE deliveries SET claimed_at = claimed_at - 3600")
            .await
            .unwrap();
        <sqlx::AnyConnection as sqlx::Connection>::close(conn)
            .await
            .unwrap();
        assert_eq!(restarted.drain_once().await.unwrap(), 0);
        assert_eq!(courier.attempts(), 0);
        assert_eq!(counts(&store).await, (0, 0, 1));
    }
);
