//! Runs the real Spool binary in a virtual display and drives its window through WebDriver:
//! Xvfb, then tauri-driver (which starts WebKitWebDriver, which starts Spool), then fantoccini.
//!
//! Each [`App`] has its own display, ports and data folders, so tests do not see each other.
//! When a test fails, a screenshot of the window is saved beside its output in
//! `target/tmp/e2e/<test>/failure.png`.

use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// What a step of an end-to-end test returns; any error fails the test with a screenshot.
pub type Step<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// How long the window may take to show what a test waits for.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// One running Spool, driven through WebDriver.
pub struct App {
    /// The WebDriver session on Spool's window.
    pub client: Client,
    /// The XDG data folder the app was given; Spool keeps its data below it.
    pub data_home: PathBuf,
    dir: PathBuf,
    processes: Processes,
}

/// Stops Xvfb and tauri-driver however the test ends.
struct Processes(Vec<Child>);

impl Drop for Processes {
    fn drop(&mut self) {
        for child in self.0.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl App {
    /// Starts Spool for the test `name` with empty data folders.
    pub async fn launch(name: &str) -> App {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("e2e")
            .join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("test folder");
        let mut processes = Processes(Vec::new());

        let (xvfb, display) = start_xvfb();
        processes.0.push(xvfb);

        let port = free_port();
        let data_home = dir.join("data");
        let driver = Command::new("tauri-driver")
            .args(["--port", &port.to_string()])
            .args(["--native-port", &free_port().to_string()])
            .env("DISPLAY", format!(":{display}"))
            .env("XDG_DATA_HOME", &data_home)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_CACHE_HOME", dir.join("cache"))
            .env("XDG_RUNTIME_DIR", dir.join("runtime"))
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.join("tauri-driver.log")).expect("log file"))
            .spawn()
            .unwrap_or_else(|e| {
                panic!("could not start tauri-driver ({e}); `cargo xtask test` installs it")
            });
        processes.0.push(driver);
        wait_for_port(port);

        let capabilities = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": env!("CARGO_BIN_EXE_spool") },
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object literal")
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "WebDriver could not start Spool: {e}; see {}",
                    dir.join("tauri-driver.log").display()
                )
            });
        App {
            client,
            data_home,
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

    /// The text of the first element matching `css`, once it is there and not empty.
    pub async fn text_of(&self, css: &str) -> Step<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                let text = element.text().await?;
                if !text.trim().is_empty() {
                    return Ok(text);
                }
            }
            if Instant::now() > deadline {
                return Err(format!("nothing showed `{css}` within {PATIENCE:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element matching `css` shows exactly `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> Step {
        let deadline = Instant::now() + PATIENCE;
        let mut last = String::new();
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                last = element.text().await?;
                if last == expected {
                    return Ok(());
                }
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "`{css}` showed {last:?}, not {expected:?}, after {PATIENCE:?}"
                )
                .into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The texts of every element matching `css`, in page order.
    pub async fn texts_of(&self, css: &str) -> Step<Vec<String>> {
        let mut texts = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await? {
            texts.push(element.text().await?);
        }
        Ok(texts)
    }
}

/// Starts Xvfb on a display number it picks itself, and returns that number.
fn start_xvfb() -> (Child, String) {
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

fn free_port() -> u16 {
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
            "tauri-driver did not listen on port {port} within {PATIENCE:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
