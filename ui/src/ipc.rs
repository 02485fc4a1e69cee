//! The two doors to the native side that the generated bindings use: invoking a command and
//! listening for an event. Every failure arrives as a [`CommandError`], never as a JS exception.

use serde::Serialize;
use serde::de::DeserializeOwned;
use spool_model::{CommandError, ErrorKind};
use wasm_bindgen::prelude::*;

// Declared as returning a promise rather than as `async fn`: a synchronous throw (Tauri's global
// missing, say) must become an `Err` too, and wasm-bindgen's async imports let it escape.
#[wasm_bindgen]
extern "C" {
    /// Tauri's `invoke`, present because `withGlobalTauri` is on.
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    fn tauri_invoke(command: &str, args: JsValue) -> Result<js_sys::Promise, JsValue>;

    /// Tauri's `listen`; resolves to the function that stops listening.
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "event"], js_name = listen)]
    fn tauri_listen(
        event: &str,
        handler: &Closure<dyn FnMut(JsValue)>,
    ) -> Result<js_sys::Promise, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// Tauri's `Channel`: a command streams messages to it while it runs.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], js_name = Channel)]
    type TauriChannel;

    #[wasm_bindgen(constructor, catch, js_namespace = ["window", "__TAURI__", "core"], js_class = "Channel")]
    fn new_channel() -> Result<TauriChannel, JsValue>;

    #[wasm_bindgen(method, setter, js_name = onmessage)]
    fn set_onmessage(this: &TauriChannel, handler: &Closure<dyn FnMut(JsValue)>);
}

/// A channel a command streams messages of type `T` into, handed to `handler` as they come.
/// Messages stop when it is dropped.
pub struct Channel {
    js: TauriChannel,
    _handler: Closure<dyn FnMut(JsValue)>,
}

impl Channel {
    /// A channel whose messages go to `handler`; ones that do not parse are reported to the
    /// console and skipped.
    pub fn new<T: DeserializeOwned + 'static>(
        handler: impl Fn(T) + 'static,
    ) -> Result<Self, CommandError> {
        let js = TauriChannel::new_channel().map_err(|error| failed_call(describe(&error)))?;
        let handler = Closure::<dyn FnMut(JsValue)>::new(move |message: JsValue| {
            match serde_wasm_bindgen::from_value(message) {
                Ok(message) => handler(message),
                Err(error) => web_sys::console::error_1(&format!("channel: {error}").into()),
            }
        });
        js.set_onmessage(&handler);
        Ok(Self {
            js,
            _handler: handler,
        })
    }

    /// The channel as the command's argument.
    pub fn js(&self) -> JsValue {
        self.js.clone()
    }
}

/// Settles a call into Tauri, whether it threw at once or rejected later.
async fn settle(call: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    wasm_bindgen_futures::JsFuture::from(call?).await
}

/// The arguments of a command that takes none.
#[derive(Serialize)]
pub struct NoArgs;

/// Calls a command; its `Err` is the command's own error or, when the call itself failed, an
/// [`ErrorKind::Ipc`](spool_model::ErrorKind::Ipc) error that says what happened.
pub async fn invoke<A: Serialize, T: DeserializeOwned>(
    command: &str,
    args: &A,
) -> Result<T, CommandError> {
    let value = call(command, args).await?;
    let started = crate::timing::now();
    let answer = crate::timing::work(|| format!("read {command}"), || decode(value))
        .map_err(|error| failed_call(format!("answer of {command}: {error}")));
    let took = crate::timing::now() - started;
    answered(command, took);
    // Reading a long answer takes a frame's time or more: the page draws a frame before
    // building on it, rather than do both in one long frame.
    if took > LONG_READ_MS {
        after_a_frame().await;
    }
    answer
}

/// Calls a command that answers a list, as [`invoke`] does; a long list (the posts table's ten
/// thousand rows) is read a slice at a time with a frame drawn between slices, so that no frame
/// of the page holds the whole reading.
pub async fn invoke_rows<A: Serialize, T: DeserializeOwned>(
    command: &str,
    args: &A,
) -> Result<Vec<T>, CommandError> {
    let value = call(command, args).await?;
    let unreadable =
        |error: serde_json::Error| failed_call(format!("answer of {command}: {error}"));
    let Some(buffer) = value.dyn_ref::<js_sys::ArrayBuffer>() else {
        return invoke_read(command, value).await;
    };
    let mut took = 0.0;
    let mut slice_began = crate::timing::now();
    let bytes = js_sys::Uint8Array::new(buffer).to_vec();
    // Each row's JSON found first, which is quick; then read into Rust's types a slice at a time.
    let raw: Vec<&serde_json::value::RawValue> =
        serde_json::from_slice(&bytes).map_err(unreadable)?;
    let mut rows = Vec::with_capacity(raw.len());
    for row in raw {
        rows.push(serde_json::from_str(row.get()).map_err(unreadable)?);
        let now = crate::timing::now();
        if now - slice_began > LONG_READ_MS {
            took += now - slice_began;
            crate::timing::work_between(|| format!("read {command}"), slice_began, now);
            after_a_frame().await;
            slice_began = crate::timing::now();
        }
    }
    let now = crate::timing::now();
    took += now - slice_began;
    crate::timing::work_between(|| format!("read {command}"), slice_began, now);
    answered(command, took);
    Ok(rows)
}

/// Reads an answer that came as a value already made into JavaScript, as [`invoke`] does.
async fn invoke_read<T: DeserializeOwned>(
    command: &str,
    value: JsValue,
) -> Result<T, CommandError> {
    let started = crate::timing::now();
    let answer =
        decode(value).map_err(|error| failed_call(format!("answer of {command}: {error}")));
    answered(command, crate::timing::now() - started);
    answer
}

/// Sends `command` with `args` and waits for its answer, not yet read.
async fn call<A: Serialize>(command: &str, args: &A) -> Result<JsValue, CommandError> {
    let args = args
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| failed_call(format!("arguments of {command}: {error}")))?;
    if command != "record_timing" {
        crate::timing::start_up_step(|| format!("{command} asked"));
    }
    settle(tauri_invoke(command, args))
        .await
        .map_err(|rejection| {
            serde_wasm_bindgen::from_value::<CommandError>(rejection.clone())
                .unwrap_or_else(|_| failed_call(describe(&rejection)))
        })
}

/// Notes that `command`'s answer was read, in `millis` of the window's work.
fn answered(command: &str, millis: f64) {
    crate::timing::answer_decoded(command, millis);
    if command != "record_timing" {
        crate::timing::start_up_step(|| format!("{command} answered"));
    }
}

/// An answer that took longer than this to read, in milliseconds, is handed on after a frame;
/// a list is read in slices of about this long.
const LONG_READ_MS: f64 = 8.0;

/// Resolves once the page has drawn its next frame: after the next animation frame's work. A
/// window that is not drawn (hidden) gets no animation frame: then after 100 ms.
async fn after_a_frame() {
    let drawn = js_sys::Promise::new(&mut |resolve, _| {
        let on_time = resolve.clone();
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(
                move || {
                    let _ = on_time.call0(&JsValue::NULL);
                },
                std::time::Duration::ZERO,
            );
        });
        leptos::prelude::set_timeout(
            move || {
                let _ = resolve.call0(&JsValue::NULL);
            },
            std::time::Duration::from_millis(100),
        );
    });
    // It cannot reject: nothing above throws into it.
    let _ = wasm_bindgen_futures::JsFuture::from(drawn).await;
}

/// Reads an answer: the bytes of its JSON (how commands send their values, see
/// `src-tauri/commands/mod.rs`), else a value Tauri has already made into JavaScript.
fn decode<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    match value.dyn_ref::<js_sys::ArrayBuffer>() {
        Some(buffer) => {
            let bytes = js_sys::Uint8Array::new(buffer).to_vec();
            serde_json::from_slice(&bytes).map_err(|error| error.to_string())
        }
        None => serde_wasm_bindgen::from_value(value).map_err(|error| error.to_string()),
    }
}

/// A registered event handler; dropping it stops the listening.
pub struct Listener {
    unlisten: js_sys::Function,
    _handler: Closure<dyn FnMut(JsValue)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        // Nothing useful can be done if Tauri fails to unregister a handler that is going away.
        let _ = self.unlisten.call0(&JsValue::NULL);
    }
}

/// Listens for an event whose payload is a `T`; payloads that do not parse are reported to the
/// console and skipped rather than passed on half-read.
pub async fn listen<T: DeserializeOwned + 'static>(
    event: &str,
    handler: impl Fn(T) + 'static,
) -> Result<Listener, CommandError> {
    let name = event.to_owned();
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |message: JsValue| {
        let payload = js_sys::Reflect::get(&message, &JsValue::from_str("payload"))
            .unwrap_or(JsValue::UNDEFINED);
        match serde_wasm_bindgen::from_value(payload) {
            Ok(payload) => handler(payload),
            Err(error) => {
                web_sys::console::error_1(&format!("event {name}: {error}").into());
            }
        }
    });
    let unlisten = settle(tauri_listen(event, &handler))
        .await
        .map_err(|rejection| failed_call(describe(&rejection)))?;
    Ok(Listener {
        unlisten: unlisten.unchecked_into(),
        _handler: handler,
    })
}

/// A readable line for a rejection that is not one of Spool's errors (a JS exception, Tauri's own
/// refusal such as a command not allowed).
fn describe(rejection: &JsValue) -> String {
    if let Some(text) = rejection.as_string() {
        return text;
    }
    if let Some(error) = rejection.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    crate::i18n::t("app-ipc-unknown")
}

/// The error of a call that did not reach the native side or whose answer could not be read,
/// `detail` saying how (in technical words: what the page or the reading of the answer said).
/// Before the catalogue is read (it is read through this door), in the English words of
/// [`CommandError::ipc`].
fn failed_call(detail: String) -> CommandError {
    const ID: &str = "app-ipc-failed";
    let message = crate::i18n::tf(ID, &[("detail", detail.as_str().into())]);
    if message == ID {
        CommandError::ipc(detail)
    } else {
        CommandError::new(ErrorKind::Ipc, message)
    }
}
