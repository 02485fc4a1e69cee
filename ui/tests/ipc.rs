//! The interface's door to the native side, run in Node with a stand-in for Tauri's `invoke`:
//! every outcome of a command reaches the caller as a typed value, never as a JS exception.

use std::cell::RefCell;
use std::rc::Rc;

use spool_model::{AppInfo, ErrorKind, SecretsKept, SyncOutcome, SyncPhase, SyncProgress};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Installs `window.__TAURI__.core.invoke` as a function with the given JS body.
fn stand_in_for_tauri(invoke_body: &str) {
    let invoke = js_sys::Function::new_with_args("command, args", invoke_body);
    let core = js_sys::Object::new();
    let tauri = js_sys::Object::new();
    let window = js_sys::Object::new();
    let set = |target: &js_sys::Object, key: &str, value: &JsValue| {
        js_sys::Reflect::set(target, &JsValue::from_str(key), value).expect("settable");
    };
    set(&core, "invoke", &invoke);
    let channel_class = js_sys::Function::new_no_args(
        "return class Channel { constructor() { this.onmessage = null; } \
         toJSON() { return '__CHANNEL__:1'; } };",
    )
    .call0(&JsValue::NULL)
    .expect("a class");
    set(&core, "Channel", &channel_class);
    set(&tauri, "core", &core);
    set(&window, "__TAURI__", &tauri);
    set(&js_sys::global(), "window", &window);
}

#[wasm_bindgen_test]
async fn a_command_answer_arrives_typed() {
    stand_in_for_tauri(
        "if (command !== 'app_info') throw new Error('wrong command ' + command);
         return Promise.resolve({ version: '9.8.7', data_dir: '/home/me/.local/share/spool', log_dir: '/home/me/.local/share/spool/logs', os: 'linux', secrets: { kind: 'system_store', store: 'secret_service' } });",
    );
    let info = spool_ui::bindings::app_info().await.expect("answered");
    assert_eq!(
        info,
        AppInfo {
            version: "9.8.7".into(),
            data_dir: "/home/me/.local/share/spool".into(),
            log_dir: "/home/me/.local/share/spool/logs".into(),
            os: "linux".into(),
            secrets: SecretsKept::SystemStore {
                store: spool_model::SystemStore::SecretService
            },
        }
    );
}

#[wasm_bindgen_test]
async fn a_failed_command_arrives_as_its_typed_error() {
    stand_in_for_tauri(
        "return Promise.reject({ kind: 'needs_login', message: 'Your login to @maria has expired: log in again.' });",
    );
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::NeedsLogin);
    assert_eq!(
        error.message,
        "Your login to @maria has expired: log in again."
    );
}

#[wasm_bindgen_test]
async fn a_refusal_by_tauri_itself_arrives_as_an_ipc_error() {
    // What Tauri rejects with when a capability does not allow a command.
    stand_in_for_tauri("return Promise.reject('Command app_info not allowed by ACL');");
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(
        error
            .message
            .contains("Command app_info not allowed by ACL"),
        "{}",
        error.message
    );
}

#[wasm_bindgen_test]
async fn a_throwing_invoke_arrives_as_an_ipc_error() {
    stand_in_for_tauri("throw new TypeError('invoke exploded');");
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(
        error.message.contains("invoke exploded"),
        "{}",
        error.message
    );
}

#[wasm_bindgen_test]
async fn an_answer_of_the_wrong_shape_arrives_as_an_ipc_error() {
    stand_in_for_tauri("return Promise.resolve({ version: 3 });");
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(
        error.message.contains("answer of app_info"),
        "{}",
        error.message
    );
}

/// `value` as Tauri hands over a command's answer: the bytes of its JSON, in an `ArrayBuffer`
/// (`src-tauri/commands/mod.rs`).
fn as_json_bytes(value: &str) -> String {
    format!("return Promise.resolve(new TextEncoder().encode(JSON.stringify({value})).buffer);")
}

#[wasm_bindgen_test]
async fn an_answer_sent_as_json_bytes_arrives_typed() {
    stand_in_for_tauri(&as_json_bytes(
        "{ version: '9.8.7', data_dir: '/d', log_dir: '/d/logs', os: 'linux', secrets: { kind: 'key_file', path: '/d/credentials.key' } }",
    ));
    let info = spool_ui::bindings::app_info().await.expect("answered");
    assert_eq!(
        info,
        AppInfo {
            version: "9.8.7".into(),
            data_dir: "/d".into(),
            log_dir: "/d/logs".into(),
            os: "linux".into(),
            secrets: SecretsKept::KeyFile {
                path: "/d/credentials.key".into()
            },
        }
    );
}

#[wasm_bindgen_test]
async fn json_bytes_of_the_wrong_shape_arrive_as_an_ipc_error() {
    stand_in_for_tauri(&as_json_bytes("{ version: 3 }"));
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(
        error.message.contains("answer of app_info"),
        "{}",
        error.message
    );
}

#[wasm_bindgen_test]
async fn a_long_list_sent_as_json_bytes_arrives_whole_and_in_order() {
    // A list is read row by row (`ipc::invoke_rows`), in slices when it is long.
    stand_in_for_tauri(&as_json_bytes(
        "Array.from({ length: 20000 }, (_, i) => 'Notice ' + i + ' — 日本')",
    ));
    let notices = spool_ui::bindings::notices().await.expect("answered");
    assert_eq!(notices.len(), 20_000);
    assert_eq!(notices[0], "Notice 0 — 日本");
    assert_eq!(notices[19_999], "Notice 19999 — 日本");
    assert!(
        notices
            .iter()
            .enumerate()
            .all(|(i, notice)| notice.starts_with(&format!("Notice {i} ")))
    );
}

#[wasm_bindgen_test]
async fn a_list_with_one_row_of_the_wrong_shape_arrives_as_an_ipc_error() {
    stand_in_for_tauri(&as_json_bytes("['fine', 'also fine', 3, 'fine again']"));
    let error = spool_ui::bindings::notices().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(
        error.message.contains("answer of notices"),
        "{}",
        error.message
    );
}

#[wasm_bindgen_test]
async fn without_tauri_at_all_a_command_fails_with_an_ipc_error() {
    // The page opened outside Spool's window: no `window.__TAURI__`, no `window` even.
    js_sys::Reflect::delete_property(&js_sys::global(), &JsValue::from_str("window"))
        .expect("deletable");
    let error = spool_ui::bindings::app_info().await.expect_err("failed");
    assert_eq!(error.kind, ErrorKind::Ipc);
    assert!(error.message.contains("Restart Spool"), "{}", error.message);
}

#[wasm_bindgen_test]
async fn a_commands_channel_delivers_typed_progress_before_the_answer() {
    stand_in_for_tauri(
        "if (command !== 'sync_now') throw new Error('wrong command ' + command);
         const channel = args.onProgress;
         if (JSON.stringify(channel) !== '\"__CHANNEL__:1\"') throw new Error('not a channel');
         channel.onmessage({ phase: 'posts', done: 1, total: 3, requests_per_second: 2.5 });
         channel.onmessage({ phase: 'saving', done: 1, total: 1, requests_per_second: 4 });
         return Promise.resolve({ started_at: '2026-11-28T10:00:00Z', ended_at: '2026-11-28T10:00:05Z',
                                  outcome: 'completed', requests: 5, error: null });",
    );
    let seen: Rc<RefCell<Vec<SyncProgress>>> = Rc::default();
    let sink = seen.clone();
    let summary = spool_ui::bindings::sync_now(move |p| sink.borrow_mut().push(p))
        .await
        .expect("synced");
    assert_eq!(summary.outcome, SyncOutcome::Completed);
    assert_eq!(summary.requests, 5);
    let phases: Vec<SyncPhase> = seen.borrow().iter().map(|p| p.phase).collect();
    assert_eq!(phases, [SyncPhase::Posts, SyncPhase::Saving]);
    assert_eq!(seen.borrow()[0].done, 1);
}
