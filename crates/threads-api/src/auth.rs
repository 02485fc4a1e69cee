//! The authorization window: the address that opens it, and reading the address it returns to.

use spool_model::limits::SCOPES;
use spool_model::login_errors::window_error;
use url::Url;

use crate::client::ApiHosts;
use crate::error::ApiError;

/// Why the address the browser returned to holds no usable code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthorizationError {
    /// The text is not an address.
    #[error("that is not a web address")]
    NotAnAddress,
    /// The creator chose "Cancel" in the window.
    #[error("the login was cancelled in the Threads window{}", describe(.description))]
    Denied {
        /// Threads' words, if any.
        description: Option<String>,
    },
    /// Meta's window showed its own error page instead of sending the browser back: its
    /// address (or the JSON it shows) carries `error_code` and `error_message`.
    #[error("{}", window_advice(*.code, .message))]
    WindowRefused {
        /// Meta's `error_code`.
        code: i64,
        /// Meta's `error_message`.
        message: String,
    },
    /// The address belongs to another login attempt (or was forged).
    #[error("the address belongs to another login attempt; start the login again")]
    StateMismatch,
    /// The address carries no code.
    #[error("the address carries no login code")]
    MissingCode,
}

/// What went wrong and what to change, from the one table of known codes.
fn window_advice(code: i64, message: &str) -> String {
    match window_error(code) {
        Some(known) => format!(
            "Threads' login window refused the login (error {code}): {}. {}",
            known.meaning, known.fix
        ),
        None => format!(
            "Threads' login window refused the login (error {code}: {message}). Check the app \
             id and the redirect address in the Meta app dashboard, then start the login again."
        ),
    }
}

/// The `error_code` and `error_message` of Meta's error page, from its address or from the JSON
/// it shows, when `text` is one of them.
fn window_refusal(text: &str, url: Option<&Url>) -> Option<AuthorizationError> {
    let (code, message) = match url {
        Some(url) => {
            let param = |name: &str| {
                url.query_pairs()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.into_owned())
            };
            (
                param("error_code")?,
                param("error_message").unwrap_or_default(),
            )
        }
        None => {
            let json: serde_json::Value = serde_json::from_str(text).ok()?;
            let code = json.get("error_code")?;
            let code = code
                .as_i64()
                .map(|c| c.to_string())
                .or_else(|| code.as_str().map(str::to_owned))?;
            let message = json.get("error_message").and_then(|m| m.as_str());
            (code, message.unwrap_or_default().to_owned())
        }
    };
    Some(AuthorizationError::WindowRefused {
        code: code.trim().parse().ok()?,
        message,
    })
}

fn describe(description: &Option<String>) -> String {
    description
        .as_deref()
        .map(|d| format!(" ({d})"))
        .unwrap_or_default()
}

/// The address of the authorization window for the creator's Threads app.
pub fn authorization_url(hosts: &ApiHosts, app_id: &str, redirect_uri: &str, state: &str) -> Url {
    let mut url = hosts.authorize.clone();
    url.set_path("oauth/authorize");
    url.query_pairs_mut()
        .append_pair("client_id", app_id)
        .append_pair("redirect_uri", redirect_uri)
        .append_pair("scope", &SCOPES.join(","))
        .append_pair("response_type", "code")
        .append_pair("state", state);
    url
}

/// The code in the address the window redirected to, after checking, before anything else in
/// it, that it answers the login attempt with `expected_state`. Threads appends `#_`, which is ignored. The address of Meta's
/// own error page (or the JSON it shows) is read for its error code, whatever the state.
pub fn code_from_redirect(
    address: &str,
    expected_state: &str,
) -> Result<String, AuthorizationError> {
    let Ok(url) = Url::parse(address.trim()) else {
        return Err(
            window_refusal(address.trim(), None).unwrap_or(AuthorizationError::NotAnAddress)
        );
    };
    if let Some(refusal) = window_refusal(address, Some(&url)) {
        return Err(refusal);
    }
    let param = |name: &str| {
        url.query_pairs()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    // The state first: a cancel, like a code, counts only from the attempt it answers, so an
    // address forged or left over from another attempt cannot end this one.
    if param("state").as_deref() != Some(expected_state) {
        return Err(AuthorizationError::StateMismatch);
    }
    if param("error").is_some() {
        return Err(AuthorizationError::Denied {
            description: param("error_description").filter(|d| !d.is_empty()),
        });
    }
    // Some servers put `#_` inside the value when the fragment is not split off: drop it too.
    let code = param("code")
        .map(|code| code.trim_end_matches("#_").to_owned())
        .filter(|code| !code.is_empty())
        .ok_or(AuthorizationError::MissingCode)?;
    Ok(code)
}

/// Opens the authorization window as a browser would, without following its redirect, and
/// returns the address it sends the browser to. Only a window that approves at once (the
/// simulator's, for the demo account) answers with that redirect straight away.
pub async fn approve_in_window(url: &Url) -> Result<String, ApiError> {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| ApiError::Network(e.without_url().to_string()))?;
    let answer = http
        .get(url.clone())
        .send()
        .await
        .map_err(|e| ApiError::Network(e.without_url().to_string()))?;
    let status = answer.status().as_u16();
    answer
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .map(str::to_owned)
        .ok_or(ApiError::UnexpectedResponse {
            status,
            detail: "the authorization window did not redirect".to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_address_asks_for_both_scopes_and_carries_the_state() {
        let url = authorization_url(
            &ApiHosts::meta(),
            "990011",
            "https://127.0.0.1:8443/callback",
            "st4te",
        );
        assert_eq!(
            url.as_str(),
            "https://www.threads.com/oauth/authorize?client_id=990011\
             &redirect_uri=https%3A%2F%2F127.0.0.1%3A8443%2Fcallback\
             &scope=threads_basic%2Cthreads_manage_insights&response_type=code&state=st4te"
        );
    }

    #[test]
    fn the_code_is_read_and_the_trailing_fragment_ignored() {
        let code = code_from_redirect(
            "https://127.0.0.1:8443/callback?code=AQBx-123&state=st4te#_",
            "st4te",
        );
        assert_eq!(code, Ok("AQBx-123".to_owned()));
    }

    #[test]
    fn a_cancelled_login_says_so() {
        let denied = code_from_redirect(
            "https://127.0.0.1:8443/callback?error=access_denied&error_reason=user_denied\
             &error_description=Permissions+error&state=st4te#_",
            "st4te",
        );
        assert_eq!(
            denied,
            Err(AuthorizationError::Denied {
                description: Some("Permissions error".into())
            })
        );
    }

    #[test]
    fn a_cancel_without_this_attempts_state_is_not_a_cancel() {
        for address in [
            "https://127.0.0.1:8443/callback?error=access_denied&error_reason=user_denied#_",
            "https://127.0.0.1:8443/callback?error=access_denied&state=0ther#_",
            "https://127.0.0.1:8443/callback?state=0ther&error=access_denied&state=st4te#_",
        ] {
            assert_eq!(
                code_from_redirect(address, "st4te"),
                Err(AuthorizationError::StateMismatch),
                "{address}"
            );
        }
    }

    #[test]
    fn metas_error_page_says_what_to_change_whatever_the_state() {
        let page = "https://www.threads.com/oauth/authorize/error.json?error_message=URL+Blocked\
                    %3A+This+redirect+failed+because+the+redirect+URI+is+not+whitelisted\
                    &error_code=1349168";
        let refused = code_from_redirect(page, "st4te").expect_err("an error page");
        assert!(matches!(
            refused,
            AuthorizationError::WindowRefused {
                code: 1_349_168,
                ..
            }
        ));
        let advice = refused.to_string();
        assert!(advice.contains("not registered"), "{advice}");
        assert!(advice.contains("Redirect Callback URLs"), "{advice}");
        assert!(!advice.contains("another login attempt"), "{advice}");

        // The Facebook app id: the Threads app id is what to enter.
        let page = "https://www.threads.com/oauth/authorize/error.json?error_message=No+application\
                    +data+was+given&error_code=1349026&ext=1783434300&hash=Aed7gnHBaDckNlfD";
        let advice = code_from_redirect(page, "st4te")
            .expect_err("an error page")
            .to_string();
        assert!(advice.contains("Threads app ID"), "{advice}");

        // The JSON the page shows, pasted instead of its address.
        let shown = r#"{"error_message": "Invalid Request: The user has not accepted the invite to test the app.", "error_code": 1349245}"#;
        let advice = code_from_redirect(shown, "st4te")
            .expect_err("an error")
            .to_string();
        assert!(advice.contains("Threads Testers"), "{advice}");

        // A code no report knows still says Meta's words.
        let page = "https://www.threads.com/oauth/authorize/error.json?error_message=Something+new\
                    &error_code=1349999";
        let advice = code_from_redirect(page, "st4te")
            .expect_err("an error")
            .to_string();
        assert!(advice.contains("1349999: Something new"), "{advice}");
    }

    #[test]
    fn another_attempts_state_or_no_code_is_refused() {
        assert_eq!(
            code_from_redirect("https://127.0.0.1/cb?code=abc&state=other#_", "st4te"),
            Err(AuthorizationError::StateMismatch)
        );
        assert_eq!(
            code_from_redirect("https://127.0.0.1/cb?state=st4te#_", "st4te"),
            Err(AuthorizationError::MissingCode)
        );
        assert_eq!(
            code_from_redirect("not an address", "st4te"),
            Err(AuthorizationError::NotAnAddress)
        );
    }
}
