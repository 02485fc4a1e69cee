//! Spool's core: where a creator's data lives and what Spool does with it, with no knowledge of Tauri.
//!
//! A post's growth curve is made of the readings Spool took of it, as Threads keeps no history:
//! while Spool runs, posts younger than 48 hours are read **every hour** (a round of one
//! request plus one per young post, between full syncs); otherwise a post is read **at each
//! sync** (every sync while it is under two weeks old, then weekly). The insights interpolate
//! between readings, so a post's views at 1 h or 6 h of age are as exact as the readings near
//! them: to the hour for a post published while Spool ran, to the sync interval otherwise. See
//! [`sync`].
#![warn(missing_docs)]

pub mod accounts;
pub mod analytics;
pub mod app;
pub mod chart_export;
pub mod data_export;
pub mod demo;
pub mod glance;
pub mod history;
pub mod insights;
mod library;
pub mod lifecycle;
pub mod locks;
pub mod login;
pub mod loopback;
pub mod notice;
pub mod notifications;
pub mod private_file;
pub mod report;
pub mod saved_file;
pub mod sealing;
pub mod sync;
pub mod vault_file;

pub use accounts::{Accounts, CredentialStore, MemoryStore, RefreshDecision, StoredAccount, Vault};
pub use app::{AppError, AppResult, FileKind, Host, Spool, SpoolParts, caught, panic_report};
pub use demo::Demo;
pub use library::{LOCK_FILE, Library, StorageError, settle_data_folder};
pub use notice::Notice;
