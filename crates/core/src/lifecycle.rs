//! Keeping a login alive: renew the token once it is a day old and within a week of expiring,
//! and notice when Threads no longer accepts it.

use chrono::{DateTime, TimeDelta, Utc};
use threads_api::{ApiError, ThreadsClient};

use crate::StorageError;
use crate::accounts::{Accounts, RefreshDecision, StoredAccount};

/// What checking one login found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginCheck {
    /// Threads accepts it; nothing was due.
    Fine,
    /// It was renewed for another 60 days.
    Renewed,
    /// Threads refused it, or it expired: the account waits for a new login.
    NeedsLogin,
    /// Threads could not answer (offline, a passing fault): checked again later.
    Unanswered(ApiError),
}

/// Checks `account`'s login at `now` and stores what changed.
pub async fn check_login(
    accounts: &Accounts,
    client: &ThreadsClient,
    account: &StoredAccount,
    now: DateTime<Utc>,
) -> Result<LoginCheck, StorageError> {
    let id = &account.profile.id;
    let outcome = match account.refresh_decision(now) {
        RefreshDecision::Expired => Err(ApiError::TokenExpired { code: 190 }),
        RefreshDecision::Due => match client.refresh(&account.token).await {
            Ok(renewed) => {
                let lifetime =
                    TimeDelta::from_std(renewed.expires_in).unwrap_or(TimeDelta::days(60));
                accounts.renewed(id, renewed.token, now, now + lifetime)?;
                return Ok(LoginCheck::Renewed);
            }
            Err(error) => Err(error),
        },
        // Nothing due: a cheap call tells whether Threads still accepts the token.
        RefreshDecision::NotDue => client.profile(&account.token).await.map(drop),
    };
    match outcome {
        Ok(()) => Ok(LoginCheck::Fine),
        Err(ApiError::TokenExpired { .. }) => {
            accounts.mark_needs_login(id)?;
            Ok(LoginCheck::NeedsLogin)
        }
        Err(other) => Ok(LoginCheck::Unanswered(other)),
    }
}
