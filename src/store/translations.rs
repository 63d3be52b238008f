//! Machine translation bookkeeping: which resident texts still lack a translation, storing a
//! machine translation without ever replacing a human or content one, and remembering failures
//! (`translation_attempts`) so they are retried with backoff and eventually given up.

use super::{Result, StoreError, Tx, now, parse_word};
use crate::domain::{Lang, Target};
use sqlx::Row;
use std::fmt;
use std::time::Duration;

/// One text to translate into one language.
#[derive(Clone, PartialEq, Eq)]
pub struct TranslationWork {
    /// The sheet or detail whose text this is.
    pub target: Target,
    /// The language the resident wrote in.
    pub source: Lang,
    /// The language to translate into.
    pub lang: Lang,
    /// The resident's text. Never log it.
    pub text: String,
    /// Failed attempts so far.
    pub attempts: u32,
}

/// Without the text, so that `{:?}` never puts a resident's words in a log.
impl fmt::Debug for TranslationWork {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TranslationWork")
            .field("target", &self.target)
            .field("source", &self.source)
            .field("lang", &self.lang)
            .field("text_chars", &self.text.chars().count())
            .field("attempts", &self.attempts)
            .finish()
    }
}

/// The failures remembered for one text and language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationAttempt {
    pub attempts: u32,
    pub next_attempt_at: i64,
    pub given_up: bool,
    pub last_error: String,
}

/// How long to wait after the n-th failure: `base · 2^(n-1)`, at most `max`. Stored times are
/// whole seconds, so a wait is rounded up to a second (zero stays zero).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub max: Duration,
}

impl Backoff {
    pub fn after(self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(31);
        self.base
            .checked_mul(1u32 << doublings)
            .unwrap_or(self.max)
            .min(self.max)
    }
}

/// Errors are kept short; they come from the translation server, never from the text.
const MAX_ERROR_CHARS: usize = 300;

fn short(error: &str) -> String {
    error.chars().take(MAX_ERROR_CHARS).collect()
}

fn whole_seconds(d: Duration) -> i64 {
    let secs = d.as_secs() as i64;
    if d.subsec_nanos() > 0 { secs + 1 } else { secs }
}

/// The nine language codes as a one-column table `langs (code)`, portable between SQLite and
/// PostgreSQL (no `VALUES … AS l(code)` in SQLite).
fn langs_table() -> String {
    Lang::ALL
        .iter()
        .map(|l| format!("SELECT '{}' AS code", l.code()))
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

impl Tx {
    /// Up to `limit` texts lacking a translation into one of the nine languages, newest first
    /// (one text's languages together): resident sheets and all details (not those of a hidden
    /// sheet) that are visible or pending, unless they failed `max_attempts` times, were given
    /// up, or are backing off.
    pub async fn untranslated_work(
        &mut self,
        limit: u32,
        max_attempts: u32,
    ) -> Result<Vec<TranslationWork>> {
        let sql = format!(
            "WITH langs AS ({langs}), \
             work AS ( \
               SELECT 'sheet' AS target, s.id AS target_id, s.lang AS source, l.code AS lang, \
                      s.text AS text, s.created_at AS created_at \
               FROM sheets s CROSS JOIN langs l \
               WHERE s.source = 'resident' AND s.status IN ('visible', 'pending') \
                 AND s.lang <> l.code \
                 AND NOT EXISTS (SELECT 1 FROM sheet_translations tr \
                                 WHERE tr.sheet_id = s.id AND tr.lang = l.code) \
               UNION ALL \
               SELECT 'detail' AS target, d.id AS target_id, d.lang AS source, l.code AS lang, \
                      d.text AS text, d.created_at AS created_at \
               FROM details d JOIN sheets ds ON ds.id = d.sheet_id CROSS JOIN langs l \
               WHERE d.status IN ('visible', 'pending') AND ds.status <> 'hidden' \
                 AND d.lang <> l.code \
                 AND NOT EXISTS (SELECT 1 FROM detail_translations tr \
                                 WHERE tr.detail_id = d.id AND tr.lang = l.code)) \
             SELECT w.target, w.target_id, w.source, w.lang, w.text, \
                    COALESCE(a.attempts, 0) AS attempts \
             FROM work w LEFT JOIN translation_attempts a \
               ON a.target = w.target AND a.target_id = w.target_id AND a.lang = w.lang \
             WHERE a.target IS NULL \
                OR (a.given_up = 0 AND a.attempts < $2 AND a.next_attempt_at <= $3) \
             ORDER BY w.created_at DESC, w.target, w.target_id DESC, w.lang \
             LIMIT $1",
            langs = langs_table()
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(i64::from(limit))
            .bind(i64::from(max_attempts))
            .bind(now())
            .fetch_all(&mut *self.inner)
            .await?;
        rows.iter()
            .map(|row| {
                let target: String = row.try_get("target")?;
                let source: String = row.try_get("source")?;
                let lang: String = row.try_get("lang")?;
                let attempts: i64 = row.try_get("attempts")?;
                let target_id: i64 = row.try_get("target_id")?;
                Ok(TranslationWork {
                    target: Target::from_parts(&target, target_id).ok_or_else(|| {
                        StoreError::Corrupt(format!("translation target {target:?}"))
                    })?,
                    source: parse_word("translation source lang", &source)?,
                    lang: parse_word("translation lang", &lang)?,
                    text: row.try_get("text")?,
                    attempts: attempts.max(0) as u32,
                })
            })
            .collect()
    }

    /// Stores a machine translation unless a translation into that language exists already (a
    /// human's or the content file's always wins; an existing machine one stays). False when
    /// nothing was stored. Either way the failures remembered for it are forgotten.
    pub async fn store_machine_translation(
        &mut self,
        target: Target,
        lang: Lang,
        text: &str,
    ) -> Result<bool> {
        let sql = match target {
            Target::Sheet(_) => {
                "INSERT INTO sheet_translations (sheet_id, lang, text, origin, created_at) \
                 VALUES ($1, $2, $3, 'machine', $4) ON CONFLICT (sheet_id, lang) DO NOTHING"
            }
            Target::Detail(_) => {
                "INSERT INTO detail_translations (detail_id, lang, text, origin, created_at) \
                 VALUES ($1, $2, $3, 'machine', $4) ON CONFLICT (detail_id, lang) DO NOTHING"
            }
        };
        let done = sqlx::query(sql)
            .bind(target.id())
            .bind(lang.code())
            .bind(text)
            .bind(now())
            .execute(&mut *self.inner)
            .await?;
        self.forget_translation_attempts(target, lang).await?;
        Ok(done.rows_affected() == 1)
    }

    /// Remembers a failed attempt that may succeed later; the next attempt waits
    /// `backoff.after(failures)`. `error` must not contain the text. Returns the failures so far.
    pub async fn record_translation_failure(
        &mut self,
        target: Target,
        lang: Lang,
        error: &str,
        backoff: Backoff,
    ) -> Result<u32> {
        let at = now();
        let attempts: i64 = sqlx::query_scalar(
            "INSERT INTO translation_attempts \
               (target, target_id, lang, attempts, next_attempt_at, last_error, updated_at) \
             VALUES ($1, $2, $3, 1, $4, $5, $4) \
             ON CONFLICT (target, target_id, lang) DO UPDATE SET \
               attempts = translation_attempts.attempts + 1, \
               last_error = excluded.last_error, updated_at = excluded.updated_at \
             RETURNING attempts",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(lang.code())
        .bind(at)
        .bind(short(error))
        .fetch_one(&mut *self.inner)
        .await?;
        let attempts = attempts.max(0) as u32;
        sqlx::query(
            "UPDATE translation_attempts SET next_attempt_at = $4 \
             WHERE target = $1 AND target_id = $2 AND lang = $3",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(lang.code())
        .bind(at.saturating_add(whole_seconds(backoff.after(attempts))))
        .execute(&mut *self.inner)
        .await?;
        Ok(attempts)
    }

    /// Remembers a failure that will not go away (the server does not translate that pair of
    /// languages): that text is never sent into that language again.
    pub async fn give_up_translation(
        &mut self,
        target: Target,
        lang: Lang,
        error: &str,
    ) -> Result<()> {
        let at = now();
        sqlx::query(
            "INSERT INTO translation_attempts \
               (target, target_id, lang, attempts, next_attempt_at, given_up, last_error, \
                updated_at) \
             VALUES ($1, $2, $3, 1, $4, 1, $5, $4) \
             ON CONFLICT (target, target_id, lang) DO UPDATE SET \
               attempts = translation_attempts.attempts + 1, given_up = 1, \
               last_error = excluded.last_error, updated_at = excluded.updated_at",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(lang.code())
        .bind(at)
        .bind(short(error))
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// The failures remembered for one text and language; None when there are none.
    pub async fn translation_attempt(
        &mut self,
        target: Target,
        lang: Lang,
    ) -> Result<Option<TranslationAttempt>> {
        let row = sqlx::query(
            "SELECT attempts, next_attempt_at, given_up, last_error FROM translation_attempts \
             WHERE target = $1 AND target_id = $2 AND lang = $3",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(lang.code())
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some(TranslationAttempt {
            attempts: row.try_get::<i64, _>("attempts")?.max(0) as u32,
            next_attempt_at: row.try_get("next_attempt_at")?,
            given_up: row.try_get::<i64, _>("given_up")? == 1,
            last_error: row.try_get("last_error")?,
        }))
    }

    async fn forget_translation_attempts(&mut self, target: Target, lang: Lang) -> Result<()> {
        sqlx::query(
            "DELETE FROM translation_attempts WHERE target = $1 AND target_id = $2 AND lang = $3",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(lang.code())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let b = Backoff {
            base: Duration::from_secs(30),
            max: Duration::from_secs(3600),
        };
        let waits: Vec<u64> = (1..=9).map(|n| b.after(n).as_secs()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(b.after(1000).as_secs(), 3600);
        assert_eq!(whole_seconds(Duration::from_millis(1)), 1);
        assert_eq!(whole_seconds(Duration::ZERO), 0);
    }

    #[test]
    fn errors_are_kept_short() {
        assert_eq!(short(&"é".repeat(1000)).chars().count(), MAX_ERROR_CHARS);
    }
}
