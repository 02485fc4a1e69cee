//! What the user must be told once the window is up about the files Spool opened at start: a
//! damaged one set aside, logins restored from a backup. Kept as what happened, and said in
//! the user's language only when told ([`Notice::said`]); the log has its own English lines.

use std::path::PathBuf;

use spool_i18n::{Arg, Catalogue};

use crate::vault_file::KeyPlace;

/// A file Spool opened at start that needed care, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The credentials file was damaged; the logins came back from its backup copy.
    CredentialsRestored {
        /// Where the damaged file was kept.
        kept_at: PathBuf,
    },
    /// The credentials file was damaged and no backup could stand in: Spool started without.
    CredentialsDamaged {
        /// Where the damaged file was kept.
        kept_at: PathBuf,
    },
    /// The key that sealed the credentials is gone: Spool started without them.
    CredentialsKeyGone {
        /// Where the key was kept.
        holder: KeyPlace,
        /// Where the sealed file was kept.
        kept_at: PathBuf,
    },
    /// The history could not be read: Spool started a new one.
    HistorySetAside {
        /// Where the old file was kept.
        kept_at: PathBuf,
    },
}

impl Notice {
    /// The notice in `catalogue`'s language.
    pub fn said(&self, catalogue: &Catalogue) -> String {
        let path = |kept_at: &PathBuf| ("path", Arg::Text(kept_at.display().to_string()));
        match self {
            Notice::CredentialsRestored { kept_at } => {
                catalogue.format("native-credentials-restored", &[path(kept_at)])
            }
            Notice::CredentialsDamaged { kept_at } => {
                catalogue.format("native-credentials-damaged", &[path(kept_at)])
            }
            Notice::CredentialsKeyGone { holder, kept_at } => catalogue.format(
                "native-credentials-key-gone",
                &[("holder", holder.sentence().into()), path(kept_at)],
            ),
            Notice::HistorySetAside { kept_at } => {
                catalogue.format("native-history-set-aside", &[path(kept_at)])
            }
        }
    }
}

/// What happened, for the log (always English).
impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Notice::CredentialsRestored { kept_at } => write!(
                f,
                "credentials.json was damaged: restored from its backup copy, the damaged file \
                 kept at {}",
                kept_at.display()
            ),
            Notice::CredentialsDamaged { kept_at } => write!(
                f,
                "credentials.json was damaged and had no usable backup: started without it, a \
                 copy kept at {}",
                kept_at.display()
            ),
            Notice::CredentialsKeyGone { holder, kept_at } => write!(
                f,
                "the key that sealed credentials.json is gone from {holder}: started without \
                 it, the sealed file kept at {}",
                kept_at.display()
            ),
            Notice::HistorySetAside { kept_at } => write!(
                f,
                "the history could not be read: started a new one, the old file kept at {}",
                kept_at.display()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use spool_i18n::{Language, NumberStyle};

    use super::*;

    #[test]
    fn each_notice_says_where_the_file_went_in_every_language() {
        let kept_at = PathBuf::from("/data/spool/credentials.json.damaged-1");
        let notices = [
            Notice::CredentialsRestored {
                kept_at: kept_at.clone(),
            },
            Notice::CredentialsDamaged {
                kept_at: kept_at.clone(),
            },
            Notice::CredentialsKeyGone {
                holder: KeyPlace::System(spool_model::SystemStore::MacosKeychain),
                kept_at: kept_at.clone(),
            },
            Notice::HistorySetAside {
                kept_at: kept_at.clone(),
            },
        ];
        for language in Language::ALL {
            let catalogue = Catalogue::bundled(language, NumberStyle::english());
            for notice in &notices {
                let said = notice.said(&catalogue);
                assert!(said.contains(&kept_at.display().to_string()), "{said}");
                assert!(!said.contains('{'), "{said}");
            }
        }
    }
}
