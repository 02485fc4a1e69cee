//! The login's loopback listener: https on 127.0.0.1 (Meta accepts only https redirects) with a
//! self-signed certificate made once and kept, taking the one request that carries this
//! attempt's state on the expected path, and nothing else.
//!
//! Each connection is served on a task of its own, with one deadline for its TLS handshake and
//! its request, so a connection that stalls (a port scanner, a browser's speculative
//! connection) never holds up the browser's real return. The return is answered with a
//! redirect to a page without the code ([`DONE_PATH`]), so the code does not stay in the
//! browser's address bar or history.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use threads_api::{AuthorizationError, code_from_redirect};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, watch};
use tokio_rustls::TlsAcceptor;

use crate::StorageError;
use crate::login::LoginError;

/// The port Spool listens on for the login, unless the creator chose another.
pub const DEFAULT_LOGIN_PORT: u16 = 8443;
/// The path of the redirect address.
pub const CALLBACK_PATH: &str = "/callback";
/// How long Spool waits for the browser.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(10 * 60);
/// Where the browser is sent once the login's code is taken: a page without the code.
pub const DONE_PATH: &str = "/done";
/// Where the browser is sent once a cancel is taken.
pub const CANCELLED_PATH: &str = "/cancelled";
/// How long one connection may take for its TLS handshake and its request, together.
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(10);
/// The longest request head Spool reads.
const MAX_HEAD: usize = 16 * 1024;
/// The most connections served at once; more wait, unaccepted, until one ends (each ends
/// within [`REQUEST_DEADLINE`] of its last request).
const MAX_CONNECTIONS: usize = 32;

/// The redirect address to register for `port`.
pub fn redirect_uri(port: u16) -> String {
    format!("https://127.0.0.1:{port}{CALLBACK_PATH}")
}

/// The listener's certificate and key, kept in the data folder so the browser's one-time
/// warning is not repeated at every login.
#[derive(Clone)]
pub struct TlsIdentity {
    cert: CertificateDer<'static>,
    key_pem: String,
}

impl std::fmt::Debug for TlsIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsIdentity").finish_non_exhaustive()
    }
}

impl TlsIdentity {
    /// The identity kept in `dir`, made on first use.
    pub fn load_or_create(dir: &Path) -> Result<Self, StorageError> {
        let cert_path = dir.join("login-certificate.pem");
        let key_path = dir.join("login-key.pem");
        let fail = |what: &str, path: &PathBuf, e: &dyn std::fmt::Display| {
            StorageError::Credentials(format!("{what} {}: {e}", path.display()))
        };
        if let (Ok(cert), Ok(key)) = (
            std::fs::read(&cert_path),
            std::fs::read_to_string(&key_path),
        ) && let Ok(cert) = CertificateDer::from_pem_slice(&cert)
            && PrivateKeyDer::from_pem_slice(key.as_bytes()).is_ok()
        {
            return Ok(Self { cert, key_pem: key });
        }
        let made = rcgen::generate_simple_self_signed(vec![
            "127.0.0.1".to_owned(),
            "localhost".to_owned(),
        ])
        .map_err(|e| StorageError::Credentials(format!("no login certificate: {e}")))?;
        let key_pem = made.signing_key.serialize_pem();
        crate::private_file::write(&key_path, key_pem.as_bytes())
            .map_err(|e| fail("cannot write", &key_path, &e))?;
        crate::private_file::write(&cert_path, made.cert.pem().as_bytes())
            .map_err(|e| fail("cannot write", &cert_path, &e))?;
        Ok(Self {
            cert: made.cert.der().clone(),
            key_pem,
        })
    }

    fn acceptor(&self) -> Result<TlsAcceptor, String> {
        let key =
            PrivateKeyDer::from_pem_slice(self.key_pem.as_bytes()).map_err(|e| e.to_string())?;
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_no_client_auth()
        .with_single_cert(vec![self.cert.clone()], key)
        .map_err(|e| e.to_string())?;
        Ok(TlsAcceptor::from(Arc::new(config)))
    }
}

/// A listener bound for one login.
pub struct LoopbackListener {
    // Dropped in this order: the port is free before `closed` tells anyone so.
    listener: TcpListener,
    acceptor: TlsAcceptor,
    port: u16,
    closed: watch::Sender<()>,
}

/// Resolves once a [`LoopbackListener`] has let go of its port, however its wait ended.
#[derive(Debug, Clone)]
pub struct PortReleased(watch::Receiver<()>);

impl PortReleased {
    /// Waits until the listener's port is free again.
    pub async fn wait(mut self) {
        // `changed` fails only once the listener, and with it the sender, is gone.
        while self.0.changed().await.is_ok() {}
    }
}

/// What a connection took from the browser for the login waiting on the listener.
type Returned = Result<String, LoginError>;

impl LoopbackListener {
    /// Binds 127.0.0.1:`port` (0 picks a free port, for tests).
    pub async fn bind(port: u16, identity: &TlsIdentity) -> Result<Self, LoginError> {
        let failed = |reason: String| LoginError::Listener { port, reason };
        let acceptor = identity.acceptor().map_err(failed)?;
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| failed(e.to_string()))?;
        let port = listener
            .local_addr()
            .map_err(|e| failed(e.to_string()))?
            .port();
        Ok(Self {
            listener,
            acceptor,
            port,
            closed: watch::channel(()).0,
        })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A handle that resolves once this listener has closed its port.
    pub fn released(&self) -> PortReleased {
        PortReleased(self.closed.subscribe())
    }

    /// Waits for the browser's return from the window and gives its code. Requests for other
    /// paths or with another state are answered and ignored; a cancel in the window ends the
    /// wait. The listener closes when this returns; the connection that brought the code
    /// stays open a little longer, for the page it was sent on to.
    pub async fn receive(self, state: &str, timeout: Duration) -> Result<String, LoginError> {
        let (returned, mut taken) = mpsc::channel::<Returned>(1);
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let state: Arc<str> = Arc::from(state);
        let wait = async {
            loop {
                let Ok(slot) = slots.clone().acquire_owned().await else {
                    // Never closed; if it were, no connection could be served.
                    return Err(LoginError::Listener {
                        port: self.port,
                        reason: "the listener stopped".to_owned(),
                    });
                };
                tokio::select! {
                    Some(outcome) = taken.recv() => return outcome,
                    accepted = self.listener.accept() => match accepted {
                        Ok((stream, _)) => {
                            let connection = Connection {
                                acceptor: self.acceptor.clone(),
                                state: state.clone(),
                                port: self.port,
                                returned: returned.clone(),
                                _slot: slot,
                            };
                            tokio::spawn(connection.serve(stream));
                        }
                        // Out of file descriptors, say: try again shortly rather than spin.
                        Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                    },
                }
            }
        };
        tokio::time::timeout(timeout, wait)
            .await
            .unwrap_or(Err(LoginError::TimedOut {
                minutes: timeout.as_secs().div_ceil(60),
            }))
    }
}

/// One connection to the listener, served on a task of its own.
struct Connection {
    acceptor: TlsAcceptor,
    state: Arc<str>,
    port: u16,
    returned: mpsc::Sender<Returned>,
    /// Frees a place for another connection when this one ends.
    _slot: OwnedSemaphorePermit,
}

impl Connection {
    /// Serves the connection: its TLS handshake and first request within one
    /// [`REQUEST_DEADLINE`], then, after a redirect, the page the browser is sent on to.
    async fn serve(self, stream: TcpStream) {
        let mut head = Vec::new();
        let opened = tokio::time::timeout(REQUEST_DEADLINE, async {
            // A browser that has not yet accepted the certificate fails the handshake; it
            // comes back on a new connection.
            let mut tls = self.acceptor.accept(stream).await.ok()?;
            let target = read_request_target(&mut tls, &mut head).await?;
            Some((tls, target))
        })
        .await;
        let Ok(Some((mut tls, mut target))) = opened else {
            return;
        };
        // The callback, then at most the page its redirect leads to, on this connection.
        for _ in 0..2 {
            if !self.answer(&mut tls, &target).await {
                break;
            }
            match tokio::time::timeout(REQUEST_DEADLINE, read_request_target(&mut tls, &mut head))
                .await
            {
                Ok(Some(next)) => target = next,
                _ => break,
            }
        }
        let _ = tls.shutdown().await;
    }

    /// Answers one request; whether the connection stays open for the browser's next one.
    async fn answer<S: AsyncWriteExt + Unpin>(&self, stream: &mut S, target: &str) -> bool {
        let path = target.split('?').next().unwrap_or_default();
        match path {
            CALLBACK_PATH => {
                let address = format!("https://127.0.0.1:{}{target}", self.port);
                // The state is checked first, in `code_from_redirect`: neither a code nor a
                // cancel counts unless it answers this attempt.
                match code_from_redirect(&address, &self.state) {
                    Ok(code) => {
                        redirect(stream, DONE_PATH, DONE_MESSAGE).await;
                        let _ = self.returned.send(Ok(code)).await;
                        true
                    }
                    Err(AuthorizationError::Denied { description }) => {
                        redirect(stream, CANCELLED_PATH, CANCELLED_MESSAGE).await;
                        let denied = AuthorizationError::Denied { description };
                        let _ = self.returned.send(Err(denied.into())).await;
                        true
                    }
                    Err(_) => {
                        respond(
                            stream,
                            "400 Bad Request",
                            "This address does not belong to the login Spool is waiting for.",
                        )
                        .await;
                        false
                    }
                }
            }
            DONE_PATH => {
                respond(stream, "200 OK", DONE_MESSAGE).await;
                false
            }
            CANCELLED_PATH => {
                respond(stream, "200 OK", CANCELLED_MESSAGE).await;
                false
            }
            _ => {
                respond(stream, "404 Not Found", "Nothing here.").await;
                false
            }
        }
    }
}

/// What the page after a login says.
const DONE_MESSAGE: &str =
    "Spool has received the login. You can close this tab and return to Spool.";
/// What the page after a cancel says.
const CANCELLED_MESSAGE: &str =
    "The login was cancelled. You can close this tab and return to Spool.";

/// The target of the next `GET` request on a connection, read from at most [`MAX_HEAD`] bytes
/// of head; `head` keeps what was read past it, for the next request.
async fn read_request_target<S: AsyncReadExt + Unpin>(
    stream: &mut S,
    head: &mut Vec<u8>,
) -> Option<String> {
    let mut buffer = [0u8; 1024];
    let end = loop {
        if let Some(at) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let read = stream.read(&mut buffer).await.ok()?;
        if read == 0 || head.len() + read > MAX_HEAD {
            return None;
        }
        head.extend_from_slice(&buffer[..read]);
    };
    let request: Vec<u8> = head.drain(..end).collect();
    let line = request.split(|b| *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim_end();
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some("GET"), Some(target)) if target.starts_with('/') => Some(target.to_owned()),
        _ => None,
    }
}

/// Sends the browser on to `location` on this listener with a 303, keeping the connection
/// open for that request. The page says `message` too, for a client that does not follow.
async fn redirect<S: AsyncWriteExt + Unpin>(stream: &mut S, location: &str, message: &str) {
    let body = page(message);
    let answer = format!(
        "HTTP/1.1 303 See Other\r\nLocation: {location}\r\nContent-Type: text/html; \
         charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         Referrer-Policy: no-referrer\r\n\r\n{body}",
        body.len()
    );
    // The browser may already be gone; the login's outcome does not depend on this answer.
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.flush().await;
}

async fn respond<S: AsyncWriteExt + Unpin>(stream: &mut S, status: &str, message: &str) {
    let body = page(message);
    let answer = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n\r\n\
         {body}",
        body.len()
    );
    // The browser may already be gone; the login's outcome does not depend on this answer.
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// A page of the listener's, saying `message`.
fn page(message: &str) -> String {
    format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Spool</title></head>\
         <body style=\"font-family: sans-serif; margin: 4em auto; max-width: 32em\">\
         <h1>Spool</h1><p>{message}</p></body></html>"
    )
}
