//! Logging in: the authorization window's address with a fresh state, the two exchanges, and the
//! fallbacks (a pasted address or code, a pasted long-lived token).

use chrono::{DateTime, TimeDelta, Utc};
use threads_api::{
    AccessToken, ApiError, ApiHosts, AppCredentials, AuthorizationError, Endpoint, ThreadsClient,
    authorization_url, code_from_redirect,
};
use url::Url;

use crate::StorageError;
use crate::accounts::StoredAccount;

/// How long a token from the User Token Generator is assumed to live: its issue time is not
/// known, so Spool counts 60 days from when it was pasted and renews it in time.
const PASTED_TOKEN_LIFETIME: TimeDelta = TimeDelta::days(60);

/// Why a login did not complete, with what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum LoginError {
    /// The app id and secret are missing.
    #[error("Enter your Threads app id and app secret first (Settings → Connect an account).")]
    NoApp,
    /// The app id or secret entered cannot be right.
    #[error("{0}")]
    BadAppCredentials(&'static str),
    /// What the browser came back with holds no usable code.
    #[error("{}", authorization_advice(.0))]
    Authorization(#[from] AuthorizationError),
    /// Threads refused a step, or could not be reached.
    #[error("{}", api_advice(.0))]
    Api(#[from] ApiError),
    /// Nothing came back from the browser in time.
    #[error("No answer came from the browser within {minutes} minutes; start the login again.")]
    TimedOut {
        /// How long Spool waited.
        minutes: u64,
    },
    /// The loopback listener could not start.
    #[error(
        "Spool could not listen for the login on 127.0.0.1:{port} ({reason}). Another program \
         may use that port: choose another one in Settings and register the new redirect address."
    )]
    Listener {
        /// The port.
        port: u16,
        /// What the system said.
        reason: String,
    },
    /// No login was started, or it already ended.
    #[error("No login is in progress: choose \"Log in with Threads\" first.")]
    NotStarted,
    /// The login was given up.
    #[error("The login was cancelled.")]
    Cancelled,
    /// The demo could not start.
    #[error("The demo could not start: {0}")]
    Demo(String),
    /// The login worked but could not be kept.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

fn authorization_advice(error: &AuthorizationError) -> String {
    match error {
        AuthorizationError::Denied { .. } => {
            "The login was cancelled in the Threads window. Log in again and choose \"Allow\" \
             to let Spool read your insights."
                .to_owned()
        }
        AuthorizationError::StateMismatch => {
            "That address belongs to an earlier login attempt. Start the login again and paste \
             the address the browser shows at its end."
                .to_owned()
        }
        // Meta's own error page: the advice is threads-api's, from the one table of codes.
        AuthorizationError::WindowRefused { .. } => error.to_string(),
        AuthorizationError::NotAnAddress | AuthorizationError::MissingCode => {
            "That is neither the address the browser landed on nor a login code. Copy the whole \
             address from the browser's address bar after allowing Spool."
                .to_owned()
        }
    }
}

fn api_advice(error: &ApiError) -> String {
    match error {
        ApiError::LoginRefused {
            endpoint: Endpoint::CodeExchange,
            message,
        } => {
            let lower = message.to_lowercase();
            if lower.contains("already used") || lower.contains("expired") {
                "This login code was already used or has expired (codes work once, within an \
                 hour). Start the login again."
                    .to_owned()
            } else if lower.contains("secret") || lower.contains("application") {
                "Threads did not accept the app id and secret together. Copy both again from \
                 your app's dashboard (App settings → Basic, the Threads app id and secret)."
                    .to_owned()
            } else if lower.contains("redirect") {
                "Threads did not accept the redirect address. Register exactly the one Settings \
                 shows under your app's Threads settings, then log in again."
                    .to_owned()
            } else {
                format!("Threads refused the login: {message}")
            }
        }
        other => other.to_string(),
    }
}

/// What is said of an app id that cannot be right (the window says it from the catalogue).
pub(crate) const APP_ID_ADVICE: &str =
    "The Threads app id is a number of 15 or 16 digits (App settings → Basic → Threads app ID).";

/// What is said of an app secret that cannot be right (the window says it from the catalogue).
pub(crate) const APP_SECRET_ADVICE: &str = "The Threads app secret is a string of 32 letters and \
     digits (App settings → Basic → Threads app secret, after \"Show\").";

/// Checks what can be checked of an app id and secret before they are used.
pub fn check_app(app_id: &str, secret: &str) -> Result<AppCredentials, LoginError> {
    let app_id = app_id.trim();
    let secret = secret.trim();
    if app_id.is_empty() || !app_id.chars().all(|c| c.is_ascii_digit()) || app_id.len() < 6 {
        return Err(LoginError::BadAppCredentials(APP_ID_ADVICE));
    }
    if secret.len() < 16
        || !secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Err(LoginError::BadAppCredentials(APP_SECRET_ADVICE));
    }
    Ok(AppCredentials::new(app_id, secret))
}

/// A login in progress: the window's address and the state it must come back with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLogin {
    /// The random state of this attempt.
    pub state: String,
    /// Where Threads sends the browser back.
    pub redirect_uri: String,
    /// The authorization window's address.
    pub url: Url,
}

/// Starts a login: a fresh, unguessable state and the window's address.
pub fn begin_login(
    hosts: &ApiHosts,
    app_id: &str,
    redirect_uri: &str,
) -> Result<PendingLogin, LoginError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|e| LoginError::Demo(format!("no randomness for the login state: {e}")))?;
    let state: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let url = authorization_url(hosts, app_id, redirect_uri, &state);
    Ok(PendingLogin {
        state,
        redirect_uri: redirect_uri.to_owned(),
        url,
    })
}

/// The code in what the creator pasted: the whole address the browser landed on, or the code.
pub fn code_from_pasted(pasted: &str, state: &str) -> Result<String, LoginError> {
    let text = pasted.trim();
    // An address, or the JSON Meta's error page shows.
    if text.contains("://") || text.starts_with('{') {
        return Ok(code_from_redirect(text, state)?);
    }
    let code = text.trim_end_matches("#_");
    if code.len() >= 10
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    {
        Ok(code.to_owned())
    } else {
        Err(AuthorizationError::MissingCode.into())
    }
}

/// Completes a login from its code: code → short-lived token → long-lived token → profile.
pub async fn finish_login(
    client: &ThreadsClient,
    app: &AppCredentials,
    code: &str,
    redirect_uri: &str,
    now: DateTime<Utc>,
    demo: bool,
) -> Result<StoredAccount, LoginError> {
    let short = client.exchange_code(app, code, redirect_uri).await?;
    let long = client.exchange_for_long_lived(app, &short.token).await?;
    let profile = client.profile(&long.token).await?;
    let lifetime = TimeDelta::from_std(long.expires_in).unwrap_or(PASTED_TOKEN_LIFETIME);
    Ok(StoredAccount {
        profile,
        token: long.token,
        issued_at: now,
        expires_at: now + lifetime,
        needs_login: false,
        demo,
    })
}

/// Logs in with a long-lived token pasted from the User Token Generator, checked with `/me`.
pub async fn login_with_token(
    client: &ThreadsClient,
    token: &str,
    now: DateTime<Utc>,
) -> Result<StoredAccount, LoginError> {
    let token = AccessToken::new(token.trim());
    let profile = client.profile(&token).await?;
    Ok(StoredAccount {
        profile,
        token,
        issued_at: now,
        expires_at: now + PASTED_TOKEN_LIFETIME,
        needs_login: false,
        demo: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use spool_model::{CommandError, ErrorKind};

    #[test]
    fn metas_error_page_pasted_says_what_to_change_in_the_dashboard() {
        let page = "https://www.threads.com/oauth/authorize/error.json?error_message=URL+Blocked\
                    &error_code=1349168";
        let told = code_from_pasted(page, "st4te")
            .expect_err("an error page")
            .to_string();
        assert!(told.contains("Redirect Callback URLs"), "{told}");
        assert!(!told.contains("earlier login attempt"), "{told}");
        let shown = r#"{"error_message": "No application data was given", "error_code": 1349026}"#;
        let told = code_from_pasted(shown, "st4te")
            .expect_err("an error")
            .to_string();
        assert!(told.contains("Threads app ID"), "{told}");
    }

    #[test]
    fn each_login_gets_its_own_unguessable_state() {
        let hosts = ApiHosts::meta();
        let a = begin_login(&hosts, "1234567", "https://127.0.0.1:8443/callback").expect("a");
        let b = begin_login(&hosts, "1234567", "https://127.0.0.1:8443/callback").expect("b");
        assert_ne!(a.state, b.state);
        assert_eq!(a.state.len(), 48);
        assert!(a.url.as_str().contains(&format!("state={}", a.state)));
    }

    #[test]
    fn a_pasted_address_or_bare_code_is_accepted_and_the_fragment_dropped() {
        let state = "s1";
        assert_eq!(
            code_from_pasted(
                " https://127.0.0.1:8443/callback?code=AQDabc123xyz&state=s1#_ ",
                state
            )
            .expect("an address"),
            "AQDabc123xyz"
        );
        assert_eq!(
            code_from_pasted("AQDabc123xyz#_", state).expect("a code"),
            "AQDabc123xyz"
        );
        let mismatch =
            code_from_pasted("https://127.0.0.1/cb?code=AQDabc123xyz&state=old#_", state)
                .expect_err("another attempt");
        assert!(
            mismatch.to_string().contains("earlier login attempt"),
            "{mismatch}"
        );
        assert!(code_from_pasted("hello there", state).is_err());
    }

    #[test]
    fn a_cancel_and_a_reused_code_are_explained() {
        let cancelled = code_from_pasted(
            "https://127.0.0.1/cb?error=access_denied&error_reason=user_denied&state=s#_",
            "s",
        )
        .expect_err("cancelled");
        assert!(
            cancelled.to_string().contains("choose \"Allow\""),
            "{cancelled}"
        );
        let reused = LoginError::Api(ApiError::LoginRefused {
            endpoint: Endpoint::CodeExchange,
            message: "Matching code was not found or was already used".into(),
        });
        assert!(
            reused.to_string().contains("already used or has expired"),
            "{reused}"
        );
        assert_eq!(
            CommandError::from(crate::AppError::from(reused)).kind,
            ErrorKind::NeedsLogin
        );
    }

    #[test]
    fn app_credentials_that_cannot_be_right_are_refused() {
        assert!(check_app("123456789012345", "0123456789abcdef0123456789abcdef").is_ok());
        assert!(check_app("my app", "0123456789abcdef0123456789abcdef").is_err());
        assert!(check_app("123456789012345", "short").is_err());
    }
}
