//! Secrets that must never be printed: access tokens and the app secret.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Threads access token. Its `Debug` hides the value and it has no `Display`; the only way to
/// read it is [`AccessToken::expose`], used where a request is built. It serializes (for the
/// credential store) as the plain string.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AccessToken(String);

impl AccessToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token itself, for building a request or storing it; never for a message.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<hidden>)")
    }
}

/// The creator's own Meta app: the Threads app id, and the secret the code exchange needs.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppCredentials {
    /// The Threads app id (not the Facebook app id).
    pub app_id: String,
    secret: String,
}

impl AppCredentials {
    /// The app id and its secret.
    pub fn new(app_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            secret: secret.into(),
        }
    }

    /// The app secret, for building a request; never for a message.
    pub fn expose_secret(&self) -> &str {
        &self.secret
    }
}

impl fmt::Debug for AppCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppCredentials")
            .field("app_id", &self.app_id)
            .field("secret", &"<hidden>")
            .finish()
    }
}

/// Removes every occurrence of each secret from a text that came from elsewhere (an API message,
/// an HTTP library's error), in case it echoes one.
pub(crate) fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(secret, "<hidden>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_prints_hide_secrets() {
        let token = AccessToken::new("THAAtokenvalue123");
        assert_eq!(format!("{token:?}"), "AccessToken(<hidden>)");
        let app = AppCredentials::new("1234", "s3cr3t-value");
        let shown = format!("{app:?}");
        assert!(shown.contains("1234"));
        assert!(!shown.contains("s3cr3t-value"));
    }

    #[test]
    fn redaction_removes_every_occurrence() {
        assert_eq!(
            redact("bad token abcdef, again abcdef", &["abcdef"]),
            "bad token <hidden>, again <hidden>"
        );
    }
}
