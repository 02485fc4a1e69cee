//! The accounts Spool knows and their secrets: kept in a [`CredentialStore`] (a file only the
//! user can read, in the app), shown to the interface only as [`AccountSummary`].

use std::sync::Mutex;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use spool_model::{AccountStatus, AccountSummary, Language, LoginSetup, NotifyChoices, Profile};
use threads_api::{AccessToken, AppCredentials};

use crate::StorageError;
use crate::locks::lock;

/// Hours between automatic syncs unless the creator chose otherwise.
pub const DEFAULT_SYNC_EVERY_HOURS: u32 = 6;

/// A token may be refreshed once it is this old...
pub const REFRESH_MIN_AGE: TimeDelta = TimeDelta::hours(24);
/// ...and Spool refreshes it once its expiry is this close.
pub const REFRESH_WINDOW: TimeDelta = TimeDelta::days(7);

/// One account with its login, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredAccount {
    /// Who it is.
    pub profile: Profile,
    /// The long-lived token.
    pub token: AccessToken,
    /// When the token was issued (or last refreshed).
    pub issued_at: DateTime<Utc>,
    /// When the token expires.
    pub expires_at: DateTime<Utc>,
    /// Threads refused the token: the creator must log in again.
    pub needs_login: bool,
    /// The demo account, served by the in-process simulator.
    pub demo: bool,
}

/// What to do about an account's token now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshDecision {
    /// Nothing yet.
    NotDue,
    /// Renew it now.
    Due,
    /// Too late: it expired, only a new login helps.
    Expired,
}

impl StoredAccount {
    /// Whether the token should be renewed at `now`: once it is a day old and within a week of
    /// expiring.
    pub fn refresh_decision(&self, now: DateTime<Utc>) -> RefreshDecision {
        if self.expires_at <= now {
            RefreshDecision::Expired
        } else if now - self.issued_at >= REFRESH_MIN_AGE && self.expires_at - now <= REFRESH_WINDOW
        {
            RefreshDecision::Due
        } else {
            RefreshDecision::NotDue
        }
    }
}

/// Everything secret Spool keeps: the creator's app and each account's login.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vault {
    /// The creator's Meta app, once entered.
    pub app: Option<AppCredentials>,
    /// Every account, in the order they were added.
    pub accounts: Vec<StoredAccount>,
    /// The id of the account the screens show.
    pub current: Option<String>,
    /// The port of the login's loopback listener, when the creator chose one.
    #[serde(default)]
    pub login_port: Option<u16>,
    /// The moment the demo account is made as of, fixed at the first demo login.
    #[serde(default)]
    pub demo_anchor: Option<DateTime<Utc>>,
    /// Hours between automatic syncs, when the creator chose other than the default.
    #[serde(default)]
    pub sync_every_hours: Option<u32>,
    /// Whether closing the window leaves Spool in the tray, when the creator chose.
    #[serde(default)]
    pub keep_running_in_tray: Option<bool>,
    /// The notifications the creator wants, when they chose.
    #[serde(default)]
    pub notify: Option<NotifyChoices>,
    /// Whether the creator was told, the first time the window closed, where Spool went.
    #[serde(default)]
    pub told_of_tray: bool,
    /// The language the creator chose, when they chose one.
    #[serde(default)]
    pub language: Option<Language>,
    /// The report Spool writes by itself, when the creator set one.
    #[serde(default)]
    pub report_schedule: Option<spool_model::ReportSchedule>,
    /// The last day of the last period a scheduled report was written of.
    #[serde(default)]
    pub report_written_through: Option<chrono::NaiveDate>,
    /// How the window last wrote numbers and days in a report: reports made without a
    /// window (the command line, the schedule) write them the same way.
    #[serde(default)]
    pub report_locale: Option<spool_model::Locale>,
}

/// Where the vault lives. The app keeps it sealed in a file only the user can read
/// ([`crate::vault_file::SealedStore`], beside tauri-plugin-store); tests keep it in memory.
pub trait CredentialStore: Send + Sync {
    /// The stored vault (empty when nothing was stored yet).
    fn load(&self) -> Result<Vault, StorageError>;
    /// Replaces what is stored.
    fn save(&self, vault: &Vault) -> Result<(), StorageError>;
    /// Deletes every copy of the vault kept besides the one just saved (files set aside as
    /// damaged or unsealable, half-written ones): what logging out and "Remove all data" do
    /// after saving, so no copy of a forgotten login stays. Returns how many went.
    fn forget_copies(&self) -> Result<usize, StorageError> {
        Ok(0)
    }
    /// How the vault is protected on disk, for Settings; `None` when it is not on disk.
    fn protection(&self) -> Option<crate::vault_file::Protection> {
        None
    }
}

/// A store in memory, for tests.
#[derive(Debug, Default)]
pub struct MemoryStore(Mutex<Vault>);

impl CredentialStore for MemoryStore {
    fn load(&self) -> Result<Vault, StorageError> {
        Ok(lock(&self.0).clone())
    }

    fn save(&self, vault: &Vault) -> Result<(), StorageError> {
        *lock(&self.0) = vault.clone();
        Ok(())
    }
}

/// The accounts, read once from the store and written back on every change.
pub struct Accounts {
    store: Box<dyn CredentialStore>,
    vault: Mutex<Vault>,
}

impl std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Accounts").finish_non_exhaustive()
    }
}

impl Accounts {
    /// The accounts kept in `store`.
    pub fn open(store: Box<dyn CredentialStore>) -> Result<Self, StorageError> {
        let vault = store.load()?;
        Ok(Self {
            store,
            vault: Mutex::new(vault),
        })
    }

    /// Changes the vault and stores the result; nothing changes if storing fails.
    fn change<T>(&self, edit: impl FnOnce(&mut Vault) -> T) -> Result<T, StorageError> {
        let mut vault = lock(&self.vault);
        let mut next = vault.clone();
        let result = edit(&mut next);
        self.store.save(&next)?;
        *vault = next;
        Ok(result)
    }

    fn read<T>(&self, look: impl FnOnce(&Vault) -> T) -> Result<T, StorageError> {
        let vault = lock(&self.vault);
        Ok(look(&vault))
    }

    /// Every account as the interface may see it.
    pub fn summaries(&self) -> Result<Vec<AccountSummary>, StorageError> {
        self.read(|vault| {
            vault
                .accounts
                .iter()
                .map(|a| summary(a, vault.current.as_deref() == Some(a.profile.id.as_str())))
                .collect()
        })
    }

    /// Adds an account (or replaces the same one after a new login) and shows it.
    pub fn add(&self, account: StoredAccount) -> Result<AccountSummary, StorageError> {
        self.change(|vault| {
            let id = account.profile.id.clone();
            let shown = summary(&account, true);
            match vault.accounts.iter_mut().find(|a| a.profile.id == id) {
                Some(existing) => *existing = account,
                None => vault.accounts.push(account),
            }
            vault.current = Some(id);
            shown
        })
    }

    /// Replaces an account after a new login (the demo's, at each start) without changing
    /// which account is shown; answers whether it was still there. An account removed
    /// meanwhile (logged out, or all data removed) is not brought back.
    pub fn logged_in_again(&self, account: StoredAccount) -> Result<bool, StorageError> {
        self.change(|vault| {
            match vault
                .accounts
                .iter_mut()
                .find(|a| a.profile.id == account.profile.id)
            {
                Some(existing) => {
                    *existing = account;
                    true
                }
                None => false,
            }
        })
    }

    /// Shows another account.
    pub fn switch_to(&self, id: &str) -> Result<(), StorageError> {
        self.change(|vault| {
            if vault.accounts.iter().any(|a| a.profile.id == id) {
                vault.current = Some(id.to_owned());
                Ok(())
            } else {
                Err(StorageError::UnknownAccount)
            }
        })?
    }

    /// Forgets an account and its token, in every copy Spool keeps: the vault and its backup
    /// are rewritten without it, and copies set aside at start-up (which Spool cannot tell
    /// apart by account) are deleted.
    pub fn log_out(&self, id: &str) -> Result<(), StorageError> {
        self.change(|vault| {
            vault.accounts.retain(|a| a.profile.id != id);
            if vault.current.as_deref() == Some(id) {
                vault.current = vault.accounts.first().map(|a| a.profile.id.clone());
            }
        })?;
        self.store.forget_copies()?;
        Ok(())
    }

    /// How the vault is protected on disk, for Settings.
    pub fn protection(&self) -> Option<crate::vault_file::Protection> {
        self.store.protection()
    }

    /// The account the screens show, with its token.
    pub fn current(&self) -> Result<Option<StoredAccount>, StorageError> {
        self.read(|vault| {
            let id = vault.current.as_deref()?;
            vault.accounts.iter().find(|a| a.profile.id == id).cloned()
        })
    }

    /// One account, with its token.
    pub fn get(&self, id: &str) -> Result<Option<StoredAccount>, StorageError> {
        self.read(|vault| vault.accounts.iter().find(|a| a.profile.id == id).cloned())
    }

    /// Every account, with its token.
    pub fn all(&self) -> Result<Vec<StoredAccount>, StorageError> {
        self.read(|vault| vault.accounts.clone())
    }

    /// Threads refused this account's token: it waits for a new login.
    pub fn mark_needs_login(&self, id: &str) -> Result<(), StorageError> {
        self.change(|vault| {
            if let Some(account) = vault.accounts.iter_mut().find(|a| a.profile.id == id) {
                account.needs_login = true;
            }
        })
    }

    /// Stores a renewed token.
    pub fn renewed(
        &self,
        id: &str,
        token: AccessToken,
        issued_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        self.change(|vault| {
            if let Some(account) = vault.accounts.iter_mut().find(|a| a.profile.id == id) {
                account.token = token;
                account.issued_at = issued_at;
                account.expires_at = expires_at;
                account.needs_login = false;
            }
        })
    }

    /// Forgets every account, token, the Meta app and every setting: what "Remove all data"
    /// does to the credentials store.
    pub fn forget_everything(&self) -> Result<(), StorageError> {
        self.change(|vault| *vault = Vault::default())?;
        self.store.forget_copies()?;
        Ok(())
    }

    /// The creator's Meta app, if entered.
    pub fn app(&self) -> Result<Option<AppCredentials>, StorageError> {
        self.read(|vault| vault.app.clone())
    }

    /// Saves the creator's Meta app.
    pub fn set_app(&self, app: AppCredentials) -> Result<(), StorageError> {
        self.change(|vault| vault.app = Some(app))
    }

    /// The moment the demo account is made as of: kept from the first demo login, or `now`
    /// (then kept).
    pub fn demo_anchor(&self, now: DateTime<Utc>) -> Result<DateTime<Utc>, StorageError> {
        if let Some(anchor) = self.read(|vault| vault.demo_anchor)? {
            return Ok(anchor);
        }
        self.change(|vault| *vault.demo_anchor.get_or_insert(now))
    }

    /// Hours between automatic syncs.
    pub fn sync_every_hours(&self) -> Result<u32, StorageError> {
        self.read(|vault| vault.sync_every_hours.unwrap_or(DEFAULT_SYNC_EVERY_HOURS))
    }

    /// Keeps the hours between automatic syncs.
    pub fn set_sync_every_hours(&self, hours: u32) -> Result<(), StorageError> {
        self.change(|vault| vault.sync_every_hours = Some(hours))
    }

    /// Whether closing the window leaves Spool in the tray (on unless the creator said no).
    pub fn keep_running_in_tray(&self) -> Result<bool, StorageError> {
        self.read(|vault| vault.keep_running_in_tray.unwrap_or(true))
    }

    /// The notifications the creator wants (all, unless they chose).
    pub fn notify_choices(&self) -> Result<NotifyChoices, StorageError> {
        self.read(|vault| vault.notify.unwrap_or_default())
    }

    /// Keeps the creator's choices of what closing the window does and of notifications.
    pub fn set_desktop_choices(
        &self,
        keep_running_in_tray: bool,
        notify: NotifyChoices,
    ) -> Result<(), StorageError> {
        self.change(|vault| {
            vault.keep_running_in_tray = Some(keep_running_in_tray);
            vault.notify = Some(notify);
        })
    }

    /// The scheduled report, if one is set, and the last day a scheduled report covered.
    pub fn report_schedule(
        &self,
    ) -> Result<
        (
            Option<spool_model::ReportSchedule>,
            Option<chrono::NaiveDate>,
        ),
        StorageError,
    > {
        self.read(|vault| (vault.report_schedule.clone(), vault.report_written_through))
    }

    /// Keeps the scheduled report (`None`: none). A new schedule starts with the period
    /// before it, so the first report comes at the next period's turn.
    pub fn set_report_schedule(
        &self,
        schedule: Option<spool_model::ReportSchedule>,
        written_through: Option<chrono::NaiveDate>,
    ) -> Result<(), StorageError> {
        self.change(|vault| {
            vault.report_schedule = schedule;
            vault.report_written_through = written_through;
        })
    }

    /// How the window last wrote a report's numbers and days.
    pub fn report_locale(&self) -> Result<Option<spool_model::Locale>, StorageError> {
        self.read(|vault| vault.report_locale.clone())
    }

    /// Keeps how the window writes a report's numbers and days, when it changed.
    pub fn set_report_locale(&self, locale: &spool_model::Locale) -> Result<(), StorageError> {
        if self.report_locale()?.as_ref() == Some(locale) {
            return Ok(());
        }
        self.change(|vault| vault.report_locale = Some(locale.clone()))
    }

    /// The language the creator chose, if they chose one.
    pub fn language(&self) -> Result<Option<Language>, StorageError> {
        self.read(|vault| vault.language)
    }

    /// Keeps the language the creator chose (`None`: the system's).
    pub fn set_language(&self, language: Option<Language>) -> Result<(), StorageError> {
        self.change(|vault| vault.language = language)
    }

    /// Notes that the creator was told where Spool went when its window closed; `true` the
    /// first time only.
    pub fn tell_of_tray_once(&self) -> Result<bool, StorageError> {
        if self.read(|vault| vault.told_of_tray)? {
            return Ok(false);
        }
        self.change(|vault| vault.told_of_tray = true)?;
        Ok(true)
    }

    /// The login listener's port the creator chose, if any.
    pub fn login_port(&self) -> Result<Option<u16>, StorageError> {
        self.read(|vault| vault.login_port)
    }

    /// Keeps the login listener's port.
    pub fn set_login_port(&self, port: u16) -> Result<(), StorageError> {
        self.change(|vault| vault.login_port = Some(port))
    }

    /// What "Connect an account" shows about the app, for the listener on `port`.
    pub fn login_setup(&self, port: u16) -> Result<LoginSetup, StorageError> {
        self.read(|vault| LoginSetup {
            redirect_uri: crate::loopback::redirect_uri(port),
            port,
            app_id: vault.app.as_ref().map(|app| app.app_id.clone()),
            has_app_secret: vault
                .app
                .as_ref()
                .is_some_and(|app| !app.expose_secret().is_empty()),
        })
    }
}

fn summary(account: &StoredAccount, current: bool) -> AccountSummary {
    AccountSummary {
        id: account.profile.id.clone(),
        username: account.profile.username.clone(),
        name: account.profile.name.clone(),
        picture_url: account.profile.picture_url.clone(),
        token_expires_at: account.expires_at,
        status: if account.needs_login {
            AccountStatus::NeedsLogin
        } else {
            AccountStatus::Active
        },
        demo: account.demo,
        current,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn account(id: &str, issued_at: DateTime<Utc>) -> StoredAccount {
        StoredAccount {
            profile: Profile {
                id: id.to_owned(),
                username: format!("user{id}"),
                name: None,
                picture_url: None,
                biography: None,
                is_verified: false,
            },
            token: AccessToken::new(format!("THAAsecret{id}")),
            issued_at,
            expires_at: issued_at + TimeDelta::days(60),
            needs_login: false,
            demo: false,
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("moment").to_utc()
    }

    #[test]
    fn a_token_is_renewed_only_once_a_day_old_and_inside_the_last_week() {
        let issued = at("2026-01-01T00:00:00Z");
        let mut token = account("1", issued);
        token.expires_at = issued + TimeDelta::days(5);
        // Inside the last week but younger than a day: not yet.
        assert_eq!(
            token.refresh_decision(issued + TimeDelta::hours(23)),
            RefreshDecision::NotDue
        );
        assert_eq!(
            token.refresh_decision(issued + TimeDelta::hours(24)),
            RefreshDecision::Due
        );
        let fresh = account("2", issued);
        // A day old but 59 days left: not yet; 7 days left: due.
        assert_eq!(
            fresh.refresh_decision(issued + TimeDelta::days(2)),
            RefreshDecision::NotDue
        );
        assert_eq!(
            fresh.refresh_decision(issued + TimeDelta::days(53)),
            RefreshDecision::Due
        );
        assert_eq!(
            fresh.refresh_decision(issued + TimeDelta::days(60)),
            RefreshDecision::Expired
        );
    }

    #[test]
    fn adding_switching_and_logging_out_are_stored_and_never_show_the_token() {
        let store = std::sync::Arc::new(MemoryStore::default());
        struct Shared(std::sync::Arc<MemoryStore>);
        impl CredentialStore for Shared {
            fn load(&self) -> Result<Vault, StorageError> {
                self.0.load()
            }
            fn save(&self, vault: &Vault) -> Result<(), StorageError> {
                self.0.save(vault)
            }
        }
        let accounts = Accounts::open(Box::new(Shared(store.clone()))).expect("opens");
        let now = at("2026-03-01T00:00:00Z");
        accounts.add(account("1", now)).expect("added");
        accounts.add(account("2", now)).expect("added");
        let shown = accounts.summaries().expect("summaries");
        assert_eq!(shown.len(), 2);
        assert!(shown[1].current, "the newest login is shown");
        let json = serde_json::to_string(&shown).expect("serializes");
        assert!(!json.contains("THAAsecret"), "{json}");

        accounts.switch_to("1").expect("switched");
        assert_eq!(store.load().expect("stored").current.as_deref(), Some("1"));
        assert!(matches!(
            accounts.switch_to("9"),
            Err(StorageError::UnknownAccount)
        ));

        accounts.log_out("1").expect("logged out");
        let stored = store.load().expect("stored");
        assert_eq!(stored.accounts.len(), 1);
        assert_eq!(
            stored.current.as_deref(),
            Some("2"),
            "another account is shown"
        );
        assert!(
            !serde_json::to_string(&stored)
                .expect("json")
                .contains("THAAsecret1")
        );
    }

    #[test]
    fn a_login_again_replaces_an_account_but_never_brings_back_a_removed_one() {
        let now = Utc::now();
        let accounts = Accounts::open(Box::new(MemoryStore::default())).expect("opened");
        accounts.add(account("1", now)).expect("added");
        accounts.add(account("2", now)).expect("added");
        let mut again = account("1", now + TimeDelta::hours(1));
        again.token = AccessToken::new("THAAsecret1-again".to_owned());
        assert!(accounts.logged_in_again(again.clone()).expect("stored"));
        assert_eq!(accounts.get("1").expect("read"), Some(again.clone()));
        assert_eq!(
            accounts.current().expect("read").map(|a| a.profile.id),
            Some("2".to_owned()),
            "the account shown stays shown"
        );
        // Removed while its login was checked: the check's answer does not bring it back.
        accounts.forget_everything().expect("removed");
        assert!(!accounts.logged_in_again(again).expect("stored"));
        assert_eq!(accounts.all().expect("read"), Vec::new());
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        struct Broken;
        impl CredentialStore for Broken {
            fn load(&self) -> Result<Vault, StorageError> {
                Ok(Vault::default())
            }
            fn save(&self, _: &Vault) -> Result<(), StorageError> {
                Err(StorageError::Credentials("the disk is full".into()))
            }
        }
        let accounts = Accounts::open(Box::new(Broken)).expect("opens");
        assert!(
            accounts
                .add(account("1", at("2026-03-01T00:00:00Z")))
                .is_err()
        );
        assert!(accounts.summaries().expect("summaries").is_empty());
    }

    #[test]
    fn a_debug_print_of_the_vault_hides_every_secret() {
        let vault = Vault {
            app: Some(AppCredentials::new("123", "app-secret-xyz")),
            accounts: vec![account("1", at("2026-03-01T00:00:00Z"))],
            current: Some("1".into()),
            login_port: None,
            demo_anchor: None,
            sync_every_hours: None,
            ..Vault::default()
        };
        let shown = format!("{vault:?}");
        assert!(
            !shown.contains("THAAsecret1") && !shown.contains("app-secret-xyz"),
            "{shown}"
        );
    }
}
