//! Spool's core: where a creator's data lives and what Spool does with it, with no knowledge of Tauri.

mod library;

pub use library::{Library, StorageError};
