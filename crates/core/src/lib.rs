//! Spool's core: where a creator's data lives and what Spool does with it, with no knowledge of Tauri.
#![warn(missing_docs)]

pub mod accounts;
pub mod analytics;
pub mod app;
pub mod chart_export;
pub mod data_export;
pub mod demo;
pub mod history;
pub mod insights;
mod library;
pub mod lifecycle;
pub mod locks;
pub mod login;
pub mod loopback;
pub mod private_file;
pub mod saved_file;
pub mod sync;

pub use accounts::{Accounts, CredentialStore, MemoryStore, RefreshDecision, StoredAccount, Vault};
pub use app::{AppError, AppResult, FileKind, Host, Spool, SpoolParts};
pub use demo::Demo;
pub use library::{Library, StorageError};
