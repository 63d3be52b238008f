//! The optional onboarding questions: district and age band, then (`subscription`) digests, each
//! as its own step.

use super::*;

impl Turn<'_> {
    /// The optional question about where the resident lives, asked once after the first welcome.
    pub(super) fn district_question(&self) -> Reply {
        let mut buttons: Vec<Button> = self
            .consultation
            .districts
            .iter()
            .enumerate()
            .map(|(i, d)| Button {
                label: d.clone(),
                action: Action::District(i as u32 + 1),
            })
            .collect();
        buttons.push(Button {
            label: self.words.get("button-district-elsewhere"),
            action: Action::District(buttons.len() as u32 + 1),
        });
        self.say("onboarding-district")
            .rows(buttons.chunks(2).map(<[Button]>::to_vec))
            .row(vec![self.button("button-skip", Action::District(0))])
    }

    pub(super) async fn answer_district(&mut self, choice: u32) -> Replies {
        let districts = &self.consultation.districts;
        let answer = match choice as usize {
            0 => None,
            i if i <= districts.len() => Some(districts[i - 1].clone()),
            i if i == districts.len() + 1 => Some(super::DISTRICT_ELSEWHERE.to_owned()),
            _ => return Ok(self.stale()),
        };
        if let Some(district) = &answer {
            self.tx
                .set_profile(self.me.id, Some(district), None)
                .await?;
        }
        let buttons: Vec<Button> = AGE_BANDS
            .iter()
            .enumerate()
            .map(|(i, _)| self.button(&keys::age_band(i), Action::AgeBand(i as u32 + 1)))
            .collect();
        Ok(vec![
            self.say("onboarding-age")
                .rows(buttons.chunks(3).map(<[Button]>::to_vec))
                .row(vec![self.button("button-skip", Action::AgeBand(0))])
                .editing(true),
        ])
    }

    pub(super) async fn answer_age_band(&mut self, choice: u32) -> Replies {
        match choice as usize {
            0 => {}
            i if i <= AGE_BANDS.len() => {
                self.tx
                    .set_profile(self.me.id, None, Some(AGE_BANDS[i - 1]))
                    .await?
            }
            _ => return Ok(self.stale()),
        }
        Ok(vec![self.digest_question()])
    }
}
