//! Participants (Telegram id, chat, language, digest choice) and their dialogue state.

use super::{Result, Tx, now, parse_word};
use crate::domain::{ChatId, Lang, ParticipantId, SheetId, TelegramUserId};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: ParticipantId,
    pub telegram_user_id: TelegramUserId,
    pub chat_id: ChatId,
    pub lang: Lang,
    pub lang_chosen: bool,
    pub digest_opt_in: bool,
    /// Whether the optional onboarding questions were offered already.
    pub onboarded: bool,
}

impl Tx {
    /// The participant behind a Telegram user, created on first contact. The language follows
    /// Telegram's hint until the resident picks one with /language.
    pub async fn touch_participant(
        &mut self,
        telegram_user_id: TelegramUserId,
        chat_id: ChatId,
        hinted_lang: Lang,
    ) -> Result<Participant> {
        let at = now();
        sqlx::query(
            "INSERT INTO participants (telegram_user_id, chat_id, lang, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $4) \
             ON CONFLICT (telegram_user_id) DO UPDATE SET chat_id = excluded.chat_id, \
                last_seen_at = excluded.last_seen_at, reachable = 1, \
                lang = CASE WHEN participants.lang_chosen = 1 THEN participants.lang \
                            ELSE excluded.lang END",
        )
        .bind(telegram_user_id.get())
        .bind(chat_id.get())
        .bind(hinted_lang.code())
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        self.participant_by_telegram_id(telegram_user_id)
            .await?
            .ok_or_else(|| super::StoreError::Corrupt("participant vanished after upsert".into()))
    }

    pub async fn participant_by_telegram_id(
        &mut self,
        telegram_user_id: TelegramUserId,
    ) -> Result<Option<Participant>> {
        let row = sqlx::query(
            "SELECT id, telegram_user_id, chat_id, lang, lang_chosen, digest_opt_in, onboarded \
             FROM participants WHERE telegram_user_id = $1",
        )
        .bind(telegram_user_id.get())
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let lang: String = row.try_get("lang")?;
        Ok(Some(Participant {
            id: ParticipantId::new(row.try_get("id")?),
            telegram_user_id: TelegramUserId::new(row.try_get("telegram_user_id")?),
            chat_id: ChatId::new(row.try_get("chat_id")?),
            lang: parse_word("participants.lang", &lang)?,
            lang_chosen: row.try_get::<i64, _>("lang_chosen")? == 1,
            digest_opt_in: row.try_get::<i64, _>("digest_opt_in")? == 1,
            onboarded: row.try_get::<i64, _>("onboarded")? == 1,
        }))
    }

    pub async fn choose_lang(&mut self, participant_id: ParticipantId, lang: Lang) -> Result<()> {
        sqlx::query("UPDATE participants SET lang = $1, lang_chosen = 1 WHERE id = $2")
            .bind(lang.code())
            .bind(participant_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    pub async fn mark_onboarded(&mut self, participant_id: ParticipantId) -> Result<()> {
        sqlx::query("UPDATE participants SET onboarded = 1 WHERE id = $1")
            .bind(participant_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Marks a chat that Telegram refuses to deliver to (the resident blocked the bot).
    pub async fn mark_unreachable(&mut self, chat_id: ChatId) -> Result<()> {
        sqlx::query("UPDATE participants SET reachable = 0 WHERE chat_id = $1")
            .bind(chat_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Marks a chat reachable again (Telegram said the resident unblocked the bot).
    pub async fn mark_reachable(&mut self, chat_id: ChatId) -> Result<()> {
        sqlx::query("UPDATE participants SET reachable = 1 WHERE chat_id = $1")
            .bind(chat_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// The saved dialogue of a participant, as the JSON the conversation wrote.
    pub async fn dialogue_state(
        &mut self,
        participant_id: ParticipantId,
    ) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT state FROM dialogue_states WHERE participant_id = $1")
                .bind(participant_id.get())
                .fetch_optional(&mut *self.inner)
                .await?,
        )
    }

    pub async fn save_dialogue_state(
        &mut self,
        participant_id: ParticipantId,
        state: Option<&str>,
    ) -> Result<()> {
        match state {
            None => {
                sqlx::query("DELETE FROM dialogue_states WHERE participant_id = $1")
                    .bind(participant_id.get())
                    .execute(&mut *self.inner)
                    .await?;
            }
            Some(state) => {
                sqlx::query(
                    "INSERT INTO dialogue_states (participant_id, state, updated_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (participant_id) DO UPDATE \
                     SET state = excluded.state, updated_at = excluded.updated_at",
                )
                .bind(participant_id.get())
                .bind(state)
                .bind(now())
                .execute(&mut *self.inner)
                .await?;
            }
        }
        Ok(())
    }
}

/// Everything stored about one participant, for /mydata.
#[derive(Debug, Clone)]
pub struct ParticipantData {
    pub lang: Lang,
    pub district: Option<String>,
    pub age_band: Option<String>,
    pub created_at: i64,
    /// Sheets they wrote: number and text.
    pub sheets: Vec<(SheetId, String)>,
    pub details: i64,
    /// Sheets they put a sticker on.
    pub stickers: Vec<SheetId>,
}

impl Tx {
    pub async fn participant_data(
        &mut self,
        participant_id: ParticipantId,
    ) -> Result<Option<ParticipantData>> {
        let row = sqlx::query(
            "SELECT lang, district, age_band, created_at FROM participants WHERE id = $1",
        )
        .bind(participant_id.get())
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let sheets = sqlx::query("SELECT id, text FROM sheets WHERE author_id = $1 ORDER BY id")
            .bind(participant_id.get())
            .fetch_all(&mut *self.inner)
            .await?
            .iter()
            .map(|r| Ok((SheetId::new(r.try_get("id")?), r.try_get("text")?)))
            .collect::<Result<Vec<_>>>()?;
        let details: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM details WHERE author_id = $1")
            .bind(participant_id.get())
            .fetch_one(&mut *self.inner)
            .await?;
        let stickers = sqlx::query_scalar(
            "SELECT sheet_id FROM stickers WHERE participant_id = $1 ORDER BY sheet_id",
        )
        .bind(participant_id.get())
        .fetch_all(&mut *self.inner)
        .await?
        .into_iter()
        .map(SheetId::new)
        .collect();
        Ok(Some(ParticipantData {
            lang: parse_word("participants.lang", &row.try_get::<String, _>("lang")?)?,
            district: row.try_get("district")?,
            age_band: row.try_get("age_band")?,
            created_at: row.try_get("created_at")?,
            sheets,
            details,
            stickers,
        }))
    }
}
