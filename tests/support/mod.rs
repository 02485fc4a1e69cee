//! Runs the real Spool binary in a virtual display and drives its window through WebDriver:
//! Xvfb, then tauri-driver (which starts WebKitWebDriver, which starts Spool), then fantoccini.
//!
//! It drives Linux only ([`DRIVEN`]): WebDriver reaches WebKitGTK there, under Xvfb. On Windows
//! and macOS the tests compile, and `cargo xtask test` lints them for both; every difference
//! of platform the harness meets is in this file.
//!
//! Each [`App`] has its own display, ports and data folders, so tests do not see each other.
//! When a test fails, a screenshot of the window is saved beside its output in
//! `target/tmp/e2e/<test>/failure.png`.

// Each test binary uses part of the harness.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};

/// Whether this harness drives Spool's window on the platform it was built for: Linux, where
/// tauri-driver reaches WebKitGTK through WebKitWebDriver and Xvfb gives it a display.
pub const DRIVEN: bool = cfg!(target_os = "linux");

/// Makes `command` lead a process group of its own where there are such groups (Unix), so that
/// it and everything it starts can be stopped together.
pub fn in_own_group(command: &mut Command) -> &mut Command {
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(command, 0);
    command
}

/// The permission bits of the file at `path`, as `ls -l` shows them (Unix's; the harness drives
/// Linux only).
pub fn permission_bits(path: &Path) -> std::io::Result<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Ok(std::fs::metadata(path)?.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Err(std::io::Error::other("permission bits are Unix's"))
    }
}

/// What a step of an end-to-end test returns; any error fails the test with a screenshot.
pub type Step<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Held while an app is being launched.
static LAUNCHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// How long the window may take to show what a test waits for.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// How long the demo account may take to arrive. Its first start replays 90 days of daily
/// syncs against its simulator (about ten thousand requests), which the debug build the tests
/// run does several times slower than the installed app; and a test binary starts its tests'
/// demos at once, on two cores. (Alone, a debug build takes about 11 s.)
pub const DEMO_PATIENCE: Duration = Duration::from_secs(120);

/// One running Spool, driven through WebDriver.
pub struct App {
    /// The WebDriver session on Spool's window.
    pub client: Client,
    /// The XDG data folder the app was given; Spool keeps its data below it.
    pub data_home: PathBuf,
    /// The X display the app runs on, as `DISPLAY` names it (":99").
    pub display: String,
    /// The environment the app was started with: display, XDG folders and the test's own.
    environment: Vec<(String, String)>,
    dir: PathBuf,
    processes: Processes,
}

/// Stops Xvfb and tauri-driver however the test ends.
struct Processes(Vec<Child>);

impl Drop for Processes {
    fn drop(&mut self) {
        for child in self.0.iter_mut().rev() {
            // tauri-driver leads a process group of its own, with WebKitWebDriver and the app in
            // it: the whole group goes, or WebKitWebDriver outlives every test. (For a child
            // that leads no group, such as Xvfb, there is no such group and nothing happens.)
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .stderr(Stdio::null())
                .status();
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl App {
    /// Starts Spool for the test `name` with empty data folders.
    pub async fn launch(name: &str) -> App {
        Self::launch_with(name, &[]).await
    }

    /// Starts Spool for the test `name` with empty data folders and `env` set for the app.
    pub async fn launch_with(name: &str, env: &[(&str, &str)]) -> App {
        Self::launch_prepared(name, env, |_| {}).await
    }

    /// Starts Spool for the test `name` after `prepare` has put files in its (empty) data
    /// folder, which it is given.
    pub async fn launch_prepared(
        name: &str,
        env: &[(&str, &str)],
        prepare: impl FnOnce(&Path),
    ) -> App {
        if !DRIVEN {
            panic!(
                "the end-to-end tests drive Spool's window on Linux only (WebKitGTK under Xvfb); \
                 run them there with `cargo xtask test`"
            );
        }
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("e2e")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("test folder");
        let data_dir = dir.join("data/app.spool.desktop");
        std::fs::create_dir_all(&data_dir).expect("data folder");
        prepare(&data_dir);
        let mut processes = Processes(Vec::new());

        let (xvfb, display) = start_xvfb();
        processes.0.push(xvfb);

        let data_home = dir.join("data");
        let mut environment: Vec<(String, String)> = [
            ("DISPLAY", format!(":{display}")),
            ("XDG_DATA_HOME", data_home.display().to_string()),
            ("XDG_CONFIG_HOME", dir.join("config").display().to_string()),
            ("XDG_CACHE_HOME", dir.join("cache").display().to_string()),
            ("XDG_RUNTIME_DIR", dir.join("runtime").display().to_string()),
            // No browser pops up: xdg-open runs `true` instead.
            ("BROWSER", "true".to_owned()),
            // Spool speaks English unless a test gives the system another language.
            ("LANGUAGE", "en".to_owned()),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect();
        environment.extend(env.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())));
        // One launch at a time in this test binary: free ports are picked by binding and
        // releasing, which two launches at once could both pick.
        let _launching = LAUNCHING.lock().await;
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            let port = free_port();
            // Two ports that differ: the system may hand the same free port out twice.
            let native_port = std::iter::repeat_with(free_port)
                .find(|&p| p != port)
                .expect("a second free port");
            let driver = in_own_group(&mut Command::new("tauri-driver"))
                .args(["--port", &port.to_string()])
                .args(["--native-port", &native_port.to_string()])
                .envs(environment.iter().map(|(n, v)| (n, v)))
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(dir.join("tauri-driver.log")).expect("log file"))
                .spawn()
                .unwrap_or_else(|e| {
                    panic!("could not start tauri-driver ({e}); `cargo xtask test` installs it")
                });
            let mut driver = Processes(vec![driver]);
            // tauri-driver starts WebKitWebDriver first and forwards the session to it: a
            // session asked for before WebKitWebDriver listens is refused ("webdriver server
            // did not respond"), as happened on a busy machine.
            wait_for_port(port);
            wait_for_port(native_port);
            let capabilities = serde_json::json!({
                "browserName": "wry",
                "tauri:options": { "application": application() },
            });
            let serde_json::Value::Object(capabilities) = capabilities else {
                unreachable!("a JSON object literal")
            };
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities)
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => {
                    processes.0.append(&mut driver.0);
                    break client;
                }
                // A driver still starting its native WebDriver can refuse the first session.
                Err(error) if attempt < 3 => {
                    eprintln!("starting Spool again after: {error}");
                    drop(driver);
                }
                Err(error) => panic!(
                    "WebDriver could not start Spool: {error}; see {}",
                    dir.join("tauri-driver.log").display()
                ),
            }
        };
        App {
            client,
            data_home,
            display: format!(":{display}"),
            environment,
            dir,
            processes,
        }
    }

    /// Ends the test: on failure saves a screenshot and fails with the step's error.
    pub async fn finish(self, outcome: Step) {
        if let Err(error) = &outcome {
            let shot = self.dir.join("failure.png");
            let saved = match self.client.screenshot().await {
                Ok(png) => std::fs::write(&shot, png).map(|()| shot.display().to_string()),
                Err(e) => Ok(format!("no screenshot: {e}")),
            };
            let _ = self.client.clone().close().await;
            drop(self.processes);
            panic!(
                "{error}\nscreenshot: {}",
                saved.unwrap_or_else(|e| e.to_string())
            );
        }
        let _ = self.client.clone().close().await;
    }

    /// Saves a screenshot of the window as `target/tmp/e2e/<test>/<name>.png`, once the
    /// window has painted what the test last waited for.
    pub async fn screenshot(&self, name: &str) -> Step<PathBuf> {
        // A screenshot right after an assertion can show the previous frame: wait for a paint.
        self.client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await?;
        let path = self.dir.join(format!("{name}.png"));
        std::fs::write(&path, self.client.screenshot().await?)?;
        Ok(path)
    }

    /// The text of the first element matching `css`, or `None` while there is none. Read in
    /// the page (the DOM's text, trimmed), so an element re-rendered meanwhile is no error.
    async fn read_text(&self, css: &str) -> Step<Option<String>> {
        let value = self
            .script(
                "const found = document.querySelector(arguments[0]);
                 return found ? found.textContent.trim() : null;",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        Ok(value.as_str().map(str::to_owned))
    }

    /// Runs `script` in the page. WebKitWebDriver now and then drops a request while the app
    /// is busy ("Unexpected EOF"); such a request is sent again, a few times at most.
    pub async fn script(
        &self,
        script: &str,
        args: Vec<serde_json::Value>,
    ) -> Step<serde_json::Value> {
        let mut tries = 0;
        loop {
            match self.client.execute(script, args.clone()).await {
                Ok(value) => return Ok(value),
                Err(error) if tries < 5 && error.to_string().contains("Unexpected EOF") => {
                    eprintln!("retrying a dropped WebDriver request: {error}");
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(error) => return Err(error.into()),
            }
        }
    }

    /// The text of the first element matching `css`, once it is there and not empty.
    pub async fn text_of(&self, css: &str) -> Step<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(text) = self.read_text(css).await?.filter(|t| !t.is_empty()) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                return Err(format!("nothing showed `{css}` within {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element matching `css` shows exactly `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> Step {
        self.wait_for_text_within(css, expected, PATIENCE).await
    }

    /// Waits up to `patience` until the element matching `css` shows exactly `expected`.
    pub async fn wait_for_text_within(
        &self,
        css: &str,
        expected: &str,
        patience: Duration,
    ) -> Step {
        let deadline = Instant::now() + patience;
        loop {
            let last = self.read_text(css).await?;
            if last.as_deref() == Some(expected) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "`{css}` showed {last:?}, not {expected:?}, after {patience:?}"
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks `button` (one that starts the demo) and waits for the demo account to be the
    /// current one, as its chip in the sidebar shows.
    pub async fn start_demo(&self, button: &str) -> Step {
        self.click(button).await?;
        self.wait_for_text_within(
            "#current-account .account-handle",
            "@mara.makes",
            DEMO_PATIENCE,
        )
        .await
    }

    /// Waits until the element matching `css` shows a text that `accept` accepts, and returns it.
    pub async fn wait_until_text(&self, css: &str, accept: impl Fn(&str) -> bool) -> Step<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let last = self.read_text(css).await?;
            if let Some(text) = last.as_deref().filter(|t| accept(t)) {
                return Ok(text.to_owned());
            }
            if Instant::now() > deadline {
                return Err(format!("`{css}` still showed {last:?} after {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Clicks the element matching `css` once it is there and enabled. (Through the DOM: a
    /// WebDriver click that starts a long command has been seen to break WebKitWebDriver's
    /// connection.)
    pub async fn click(&self, css: &str) -> Step {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let clicked = self
                .script(
                    "const found = document.querySelector(arguments[0]);
                     if (!found || found.disabled) { return false; }
                     found.scrollIntoView({ block: 'center' });
                     found.click();
                     return true;",
                    vec![serde_json::Value::from(css)],
                )
                .await?;
            if clicked.as_bool() == Some(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(
                    format!("nothing clickable matched `{css}` within {PATIENCE:?}").into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Puts `text` in the input matching `css` as typing would, input event included. (Through
    /// the DOM, so a re-render in between cannot leave WebDriver holding a stale element.)
    pub async fn type_into(&self, css: &str, text: &str) -> Step {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let typed = self
                .script(
                    "const input = document.querySelector(arguments[0]);
                     if (!input) { return false; }
                     input.focus();
                     input.value = arguments[1];
                     input.dispatchEvent(new Event('input', { bubbles: true }));
                     return true;",
                    vec![serde_json::Value::from(css), serde_json::Value::from(text)],
                )
                .await?;
            if typed.as_bool() == Some(true) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("no input matched `{css}` within {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses `key` (a `KeyboardEvent.key`: "k", "?", "Escape"), with Ctrl held when `ctrl`,
    /// where the focus is, as the keyboard would: the event bubbles to the window and can be
    /// cancelled. Returns whether the page cancelled it (took the key for itself).
    pub async fn press(&self, key: &str, ctrl: bool) -> Step<bool> {
        let taken = self
            .script(
                "const target = document.activeElement || document.body;
                 const event = new KeyboardEvent('keydown', {
                   key: arguments[0], ctrlKey: arguments[1], bubbles: true, cancelable: true,
                 });
                 return !target.dispatchEvent(event);",
                vec![serde_json::Value::from(key), serde_json::Value::from(ctrl)],
            )
            .await?;
        Ok(taken.as_bool() == Some(true))
    }

    /// Chooses the option `value` in the list matching `css`, as a user would (change event
    /// included).
    pub async fn choose(&self, css: &str, value: &str) -> Step {
        let chosen = self
            .script(
                "const list = document.querySelector(arguments[0]);
                 if (!list) { return false; }
                 list.value = arguments[1];
                 list.dispatchEvent(new Event('change', { bubbles: true }));
                 return list.value === arguments[1];",
                vec![serde_json::Value::from(css), serde_json::Value::from(value)],
            )
            .await?;
        if chosen.as_bool() == Some(true) {
            Ok(())
        } else {
            Err(format!("`{css}` has no option {value:?}").into())
        }
    }

    /// What the chart in the figure matching `css` reads out, place by place, as a keyboard
    /// user hears it: the figure focused, Home, then the right arrow until the last place.
    /// Waits until the chart is drawn (it has places to read out), in any language.
    pub async fn readouts(&self, css: &str) -> Step<Vec<String>> {
        let drawn = format!("{css}[data-readouts]:not([data-readouts='0']) .readout");
        self.wait_until_text(&drawn, |_| true).await?;
        let value = self
            .client
            .execute_async(
                "const [css, done] = arguments;
                 const figure = document.querySelector(css);
                 const caption = figure.querySelector('.readout');
                 const press = (key) => figure.dispatchEvent(
                   new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
                 const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
                 (async () => {
                   figure.focus();
                   press('End');
                   await settled();
                   const last = caption.textContent;
                   press('Home');
                   await settled();
                   const read = [caption.textContent];
                   while (read[read.length - 1] !== last && read.length < 5000) {
                     press('ArrowRight');
                     await settled();
                     read.push(caption.textContent);
                   }
                   done(read);
                 })();",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        Ok(serde_json::from_value(value)?)
    }

    /// The name a chart in the figure matching `css` has for assistive technology, once the
    /// chart is there.
    pub async fn chart_name(&self, css: &str) -> Step<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let value = self
                .script(
                    "const chart = document.querySelector(arguments[0] + ' canvas[role=img]');
                     return chart ? chart.getAttribute('aria-label') : null;",
                    vec![serde_json::Value::from(css)],
                )
                .await?;
            if let Some(name) = value.as_str() {
                return Ok(name.to_owned());
            }
            if Instant::now() > deadline {
                return Err(format!("no chart in `{css}` within {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Records every command the page sends over Tauri's IPC and every answer it gets, from
    /// now on, so a test can check what crossed into the web view. (Tauri freezes its own
    /// objects, so the recorder sits on `fetch`, which carries the IPC.)
    pub async fn record_ipc(&self) -> Step {
        self.client
            .execute(
                "const original = window.__spoolFetch || window.fetch;
                 window.__spoolFetch = original;
                 window.__spoolIpc = [];
                 window.fetch = async (input, init) => {
                   const response = await original(input, init);
                   const url = String((input && input.url) || input);
                   if (url.startsWith('ipc:') || url.includes('ipc.localhost')) {
                     const body = init && typeof init.body === 'string' ? init.body : '';
                     window.__spoolIpc.push(url + ' ' + body);
                     // Read once and hand Tauri a copy: a cloned IPC answer never finishes.
                     const answer = await response.arrayBuffer();
                     window.__spoolIpc.push(new TextDecoder().decode(answer));
                     return new Response(answer, {
                       status: response.status,
                       statusText: response.statusText,
                       headers: response.headers,
                     });
                   }
                   return response;
                 };
                 return true;",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// What [`App::record_ipc`] recorded, and the page as it is now. Read in slices: tauri-driver
    /// drops answers of more than a few kilobytes ("Unexpected EOF").
    pub async fn ipc_and_page(&self) -> Step<String> {
        let length = self
            .script(
                "window.__spoolSeen = (window.__spoolIpc || []).join('\\n') + '\\n'
                   + document.documentElement.outerHTML;
                 return window.__spoolSeen.length;",
                vec![],
            )
            .await?
            .as_u64()
            .ok_or("the page reported no length")?;
        let mut seen = String::new();
        let mut start = 0;
        while start < length {
            let slice = self
                .script(
                    "return window.__spoolSeen.slice(arguments[0], arguments[0] + 2000);",
                    vec![serde_json::Value::from(start)],
                )
                .await?;
            seen.push_str(slice.as_str().unwrap_or_default());
            start += 2000;
        }
        Ok(seen)
    }

    /// What tauri-driver, WebKitWebDriver and the app printed so far, then Spool's log file.
    pub fn log(&self) -> String {
        let printed =
            std::fs::read_to_string(self.dir.join("tauri-driver.log")).unwrap_or_default();
        printed + &self.log_file()
    }

    /// Starts the app's binary once more, outside WebDriver, on the same display and with the
    /// same environment but for `changes`; what it prints goes to `<name>.log` in the test's
    /// folder.
    pub fn start_again(&self, name: &str, changes: &[(&str, &str)]) -> std::io::Result<Child> {
        Command::new(application())
            .envs(
                self.environment
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str())),
            )
            .envs(changes.iter().copied())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(self.dir.join(format!("{name}.log")))?)
            .spawn()
    }

    /// The folder of this test's files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Spool's log file: on Linux in `logs/` below its data folder.
    pub fn log_file(&self) -> String {
        std::fs::read_to_string(self.data_home.join("app.spool.desktop/logs/spool.log"))
            .unwrap_or_default()
    }

    /// The texts of every element matching `css`, in page order.
    pub async fn texts_of(&self, css: &str) -> Step<Vec<String>> {
        let value = self
            .client
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent.trim());",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        Ok(serde_json::from_value(value)?)
    }
}

/// The vault Spool keeps in its data folder `data_dir`, unsealed with the key from where Spool
/// keeps it (the credential store, or the key file where none answers, as on a test machine),
/// changing nothing.
pub fn stored_vault(data_dir: &Path) -> Step<spool_core::Vault> {
    let keys = spool_core::vault_file::KeyStores {
        system: spool_app::system_key_store(data_dir),
        file: spool_core::vault_file::KeyFile::in_folder(data_dir),
    };
    Ok(spool_core::vault_file::peek(data_dir, &keys)?.ok_or("no vault is stored yet")?)
}

/// The Spool binary the tests drive: the one cargo built for this test run, or the one named by
/// `SPOOL_E2E_APP` (`cargo xtask bundle --smoke` points it at the installed package's).
pub fn application() -> PathBuf {
    if let Some(installed) = std::env::var_os("SPOOL_E2E_APP") {
        return PathBuf::from(installed);
    }
    PathBuf::from(env!("CARGO_BIN_EXE_spool"))
}

// The tests point the app at simulators, ports and folders through variables that only a build
// with the `test-hooks` feature reads; the app's dev-dependency on itself turns it on for every
// test and bench, so one build serves them all.
#[cfg(not(feature = "test-hooks"))]
compile_error!(
    "the app is built without its test hooks; keep `spool` with feature `test-hooks` in the \
     dev-dependencies of Cargo.toml"
);

/// A private D-Bus session bus, stopped when dropped: how a running Spool is found on Linux.
pub struct SessionBus {
    daemon: Child,
    /// The bus's address, for `DBUS_SESSION_BUS_ADDRESS`.
    pub address: String,
}

impl SessionBus {
    /// Starts a session bus of its own.
    pub fn start() -> SessionBus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("could not start dbus-daemon ({e}); `cargo xtask test` installs it")
            });
        let stdout = daemon.stdout.take().expect("dbus-daemon's stdout is piped");
        let mut address = String::new();
        BufReader::new(stdout)
            .read_line(&mut address)
            .expect("dbus-daemon prints its address");
        let address = address.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon exited without an address");
        SessionBus { daemon, address }
    }

    /// Whether a StatusNotifier host is registered with the watcher on this bus: what Spool
    /// asks to learn whether its tray icon is shown, asked here with `dbus-send`.
    pub fn tray_host_registered(&self) -> Result<bool, String> {
        let watcher = "org.kde.StatusNotifierWatcher";
        let out = Command::new("dbus-send")
            .arg(format!("--bus={}", self.address))
            .args([
                "--print-reply",
                &format!("--dest={watcher}"),
                "/StatusNotifierWatcher",
            ])
            .arg("org.freedesktop.DBus.Properties.Get")
            .arg(format!("string:{watcher}"))
            .arg("string:IsStatusNotifierHostRegistered")
            .output()
            .map_err(|e| format!("dbus-send could not run: {e}"))?;
        let said = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        Ok(said.contains("boolean true"))
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// A tray on the desktop: a standalone StatusNotifier host with its own watcher
/// (gtk-sni-tray-standalone) on the app's display and bus, stopped when dropped. Its own
/// words go to `tray.log` in the app's folder.
pub struct Tray(Started);

impl Tray {
    /// Starts the tray and waits until its host is registered with its watcher, as a desktop's
    /// tray does as it starts (which takes seconds on a loaded machine); fails with the tray's
    /// own words if it ends or never does.
    pub async fn start(app: &App, bus: &SessionBus) -> Step<Tray> {
        let log = app.dir().join("tray.log");
        let child = Command::new("gtk-sni-tray-standalone")
            .args(["--watcher", "--top", "--end"])
            .env("DISPLAY", &app.display)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log)?)
            .spawn()
            .map_err(|e| {
                format!(
                    "could not start gtk-sni-tray-standalone ({e}); `cargo xtask test` installs it"
                )
            })?;
        let mut tray = Started(child);
        let said = || std::fs::read_to_string(&log).unwrap_or_default();
        let deadline = Instant::now() + DEMO_PATIENCE;
        loop {
            if let Some(status) = tray.0.try_wait()? {
                return Err(format!("the standalone tray ended ({status}): {}", said()).into());
            }
            let registered = bus.tray_host_registered();
            if registered == Ok(true) {
                return Ok(Tray(tray));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "the standalone tray registered no host ({registered:?}): {}",
                    said()
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// Stops a Spool started outside WebDriver however the test ends.
pub struct Started(pub Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl App {
    /// Launches Spool again with this app's data folder, as a user would a second time: the
    /// new one must hand over to this one (which logs it) and exit successfully. The app must
    /// have been launched with a [`SessionBus`].
    pub async fn second_launch_hands_over(&self) -> Step {
        let mut second = Started(self.start_again("second", &[])?);
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = second.0.try_wait()? {
                break status;
            }
            if Instant::now() > deadline {
                return Err("a second Spool on the same data folder kept running".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        if !status.success() {
            return Err(format!("the second Spool exited with {status}").into());
        }
        let handed_over = "a second launch brought the window to the front";
        while !self.log_file().contains(handed_over) {
            if Instant::now() > deadline {
                return Err(
                    format!("the log never said `{handed_over}`:\n{}", self.log_file()).into(),
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }
}

/// Starts Xvfb on a display number it picks itself, and returns it and that number.
pub fn start_xvfb() -> (Child, String) {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("could not start Xvfb ({e}); `cargo xtask test` installs it"));
    let stdout = xvfb.stdout.take().expect("Xvfb's stdout is piped");
    let mut display = String::new();
    BufReader::new(stdout)
        .read_line(&mut display)
        .expect("Xvfb names its display");
    let display = display.trim().to_owned();
    assert!(!display.is_empty(), "Xvfb exited without opening a display");
    (xvfb, display)
}

/// A port nothing listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port on the loopback interface")
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "tauri-driver or its WebKitWebDriver did not listen on port {port} within {PATIENCE:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
