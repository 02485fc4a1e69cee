//! The errors Meta's authorization window shows instead of sending the browser back: every code
//! known from Meta's pages and public reports, what it means and what to change in the Meta app
//! dashboard. Written once, here: `threads-api` says it when such an address is pasted, the
//! login screen lists it, and `docs/connecting.md` carries the same table (a test compares them).
//! What the user reads is the catalogue's, by each row's `meaning_id` and `fix_id`, whose
//! English is this table's (spool-i18n's tests compare them); Meta's own words stay as Meta
//! wrote them.
//!
//! The window's error page has an address like
//! `https://www.threads.com/oauth/authorize/error.json?error_message=...&error_code=1349168`,
//! and shows `{"error_message": "...", "error_code": 1349168}`.

/// One error the authorization window is known to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowError {
    /// Meta's `error_code`.
    pub code: i64,
    /// Meta's own words, as reported.
    pub meta_says: &'static str,
    /// What it means, in a few words.
    pub meaning: &'static str,
    /// What to change, and where.
    pub fix: &'static str,
    /// The catalogue's message for [`WindowError::meaning`], in the user's language.
    pub meaning_id: &'static str,
    /// The catalogue's message for [`WindowError::fix`], in the user's language.
    pub fix_id: &'static str,
}

/// Every login error code known from Meta's pages and public reports, most common first.
pub const WINDOW_ERRORS: [WindowError; 6] = [
    WindowError {
        code: 1_349_168,
        meta_says: "URL Blocked: This redirect failed because the redirect URI is not whitelisted \
                    in the app's OAuth settings.",
        meaning: "the redirect address Spool sent is not registered for the app",
        fix: "In the Meta app dashboard, open Use cases → Access the Threads API → Settings and \
              add the redirect address Spool's Settings show, exactly as shown (https, \
              127.0.0.1, the same port and path), to \"Redirect Callback URLs\"; save, then log \
              in again.",
        meaning_id: "login-window-1349168-meaning",
        fix_id: "login-window-1349168-fix",
    },
    WindowError {
        code: 1_349_026,
        meta_says: "No application data was given: There was a problem getting data for an \
                    application. The application may not be valid or there is a temporary \
                    glitch.",
        meaning: "the app id is not a Threads app id: usually the Facebook app id was entered",
        fix: "In the Meta app dashboard, open App settings → Basic and copy the \"Threads app \
              ID\" and the \"Threads app secret\" (not the App ID at the top of the page) into \
              Spool's Settings, then log in again.",
        meaning_id: "login-window-1349026-meaning",
        fix_id: "login-window-1349026-fix",
    },
    WindowError {
        code: 4_476_002,
        meta_says: "Authorization Failed: No app ID was sent with the request.",
        meaning: "no usable app id reached the window: the Facebook app id was entered, or the \
                  address lost its query on a redirect from threads.net to threads.com",
        fix: "Check that Spool's Settings hold the \"Threads app ID\" from App settings → Basic \
              (not the Facebook App ID), then start the login again from Spool, which opens \
              www.threads.com directly.",
        meaning_id: "login-window-4476002-meaning",
        fix_id: "login-window-4476002-fix",
    },
    WindowError {
        code: 1_349_245,
        meta_says: "Invalid Request: The user has not accepted the invite to test the app.",
        meaning: "the Threads account is not yet an accepted tester of the app",
        fix: "In the Meta app dashboard, add the account under App roles → Roles → Threads \
              Testers; then, in Threads, open Settings → Account → Website permissions → \
              Invites and accept the invitation. Log in again with that account.",
        meaning_id: "login-window-1349245-meaning",
        fix_id: "login-window-1349245-fix",
    },
    WindowError {
        code: 1_349_187,
        meta_says: "Insecure Login Blocked: You can't get an access token or login to this app \
                    from an insecure page.",
        meaning: "the redirect address is not https",
        fix: "Register and use an https redirect address: Spool's own is the https://127.0.0.1 \
              address its Settings show. Plain http and custom schemes are refused.",
        meaning_id: "login-window-1349187-meaning",
        fix_id: "login-window-1349187-fix",
    },
    WindowError {
        code: 1,
        meta_says: "An unknown error has occurred.",
        meaning: "Meta could not read the request: an app id that is not a number, or a query \
                  lost on the way, or a passing fault",
        fix: "Check that the Threads app ID in Spool's Settings is the number from App settings \
              → Basic, with no spaces, then start the login again from Spool. If it persists, \
              try again in a few minutes.",
        meaning_id: "login-window-1-meaning",
        fix_id: "login-window-1-fix",
    },
];

/// What Meta's window error `code` means, if it is known.
pub fn window_error(code: i64) -> Option<&'static WindowError> {
    WINDOW_ERRORS.iter().find(|error| error.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `docs/connecting.md` holds the same table: every code, with the same fix.
    #[test]
    fn the_setup_guide_lists_every_code_with_its_fix() {
        let guide = include_str!("../../../docs/connecting.md");
        let rows: Vec<&str> = guide
            .lines()
            .filter(|line| line.starts_with("| "))
            .collect();
        for error in WINDOW_ERRORS {
            let row = rows
                .iter()
                .find(|row| row.starts_with(&format!("| {} |", error.code)))
                .unwrap_or_else(|| panic!("docs/connecting.md has no row for {}", error.code));
            assert!(
                row.contains(error.fix),
                "the row of {} in docs/connecting.md should give the fix: {}",
                error.code,
                error.fix
            );
            assert!(row.contains(error.meaning), "{row}");
        }
    }

    #[test]
    fn codes_are_known_once() {
        for error in WINDOW_ERRORS {
            assert_eq!(window_error(error.code), Some(&error));
        }
        assert_eq!(window_error(42), None);
    }
}
