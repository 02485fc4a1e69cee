//! The line the shell's panic hook writes to the log (`spool_core::panic_report`), made from a
//! real panic: where it happened and what it said, with no token or secret in it. Alone in its
//! test binary, since a panic hook is the whole process's.

use std::sync::Mutex;

static REPORTED: Mutex<Vec<String>> = Mutex::new(Vec::new());

#[test]
fn a_panic_is_reported_with_its_place_and_message_and_no_secret() {
    let token = "THAAQ9x2hG7kLmN0pQrStUvWxYz1234567890abcdefGHIJKLmnopQRSTUV";
    let secret = "0f9d2c4b6a8e1f3d5c7b9a0e2f4d6c8b";
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        REPORTED
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(spool_core::panic_report(info));
    }));
    let line = line!() + 2;
    let outcome = std::panic::catch_unwind(|| {
        panic!("GET /v1.0/me?access_token={token}&fields=id failed (client_secret={secret})")
    });
    std::panic::set_hook(previous);
    assert!(outcome.is_err());
    let reported = REPORTED.lock().unwrap_or_else(|p| p.into_inner()).clone();
    assert_eq!(reported.len(), 1, "{reported:?}");
    let report = &reported[0];
    assert!(
        report.starts_with(&format!(
            "Spool panicked at crates/core/tests/panic_report.rs:{line}"
        )),
        "{report}"
    );
    assert!(
        report.ends_with(
            "GET /v1.0/me?access_token=[hidden]&fields=id failed (client_secret=[hidden])"
        ),
        "{report}"
    );
    assert!(
        !report.contains(token) && !report.contains(secret),
        "{report}"
    );
}
