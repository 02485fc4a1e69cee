//! The login's loopback listener: https on 127.0.0.1 (Meta accepts only https redirects) with a
//! self-signed certificate made once and kept, taking the one request that carries this
//! attempt's state on the expected path, and nothing else.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use threads_api::{AuthorizationError, code_from_redirect};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

use crate::StorageError;
use crate::login::LoginError;

/// The port Spool listens on for the login, unless the creator chose another.
pub const DEFAULT_LOGIN_PORT: u16 = 8443;
/// The path of the redirect address.
pub const CALLBACK_PATH: &str = "/callback";
/// How long Spool waits for the browser.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(10 * 60);
/// The longest request head Spool reads.
const MAX_HEAD: usize = 16 * 1024;

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
    listener: TcpListener,
    acceptor: TlsAcceptor,
    port: u16,
}

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
        })
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Waits for the browser's return from the window and gives its code. Requests for other
    /// paths or with another state are answered and ignored; a cancel in the window ends the
    /// wait. The listener closes when this returns.
    pub async fn receive(self, state: &str, timeout: Duration) -> Result<String, LoginError> {
        let wait = async {
            loop {
                let Ok((stream, _)) = self.listener.accept().await else {
                    continue;
                };
                // A browser that has not yet accepted the certificate fails the handshake; it
                // comes back on a new connection.
                let Ok(mut tls) = self.acceptor.accept(stream).await else {
                    continue;
                };
                let Some(target) = read_request_target(&mut tls).await else {
                    continue;
                };
                let path = target.split('?').next().unwrap_or_default();
                if path != CALLBACK_PATH {
                    respond(&mut tls, "404 Not Found", "Nothing here.").await;
                    continue;
                }
                let address = format!("https://127.0.0.1:{}{target}", self.port);
                match code_from_redirect(&address, state) {
                    Ok(code) => {
                        respond(
                            &mut tls,
                            "200 OK",
                            "You are logged in. You can close this tab and return to Spool.",
                        )
                        .await;
                        return Ok(code);
                    }
                    Err(AuthorizationError::Denied { description }) => {
                        respond(
                            &mut tls,
                            "200 OK",
                            "The login was cancelled. You can close this tab.",
                        )
                        .await;
                        return Err(AuthorizationError::Denied { description }.into());
                    }
                    Err(_) => {
                        respond(
                            &mut tls,
                            "400 Bad Request",
                            "This address does not belong to the login Spool is waiting for.",
                        )
                        .await;
                    }
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

/// The target of a `GET` request line, read from at most [`MAX_HEAD`] bytes of head.
async fn read_request_target<S: AsyncReadExt + Unpin>(stream: &mut S) -> Option<String> {
    let mut head = Vec::with_capacity(1024);
    let mut buffer = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buffer))
            .await
            .ok()?
            .ok()?;
        if read == 0 || head.len() + read > MAX_HEAD {
            return None;
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let line = head.split(|b| *b == b'\n').next()?;
    let line = std::str::from_utf8(line).ok()?.trim_end();
    let mut parts = line.split(' ');
    match (parts.next(), parts.next()) {
        (Some("GET"), Some(target)) if target.starts_with('/') => Some(target.to_owned()),
        _ => None,
    }
}

async fn respond<S: AsyncWriteExt + Unpin>(stream: &mut S, status: &str, message: &str) {
    let body = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Spool</title></head>\
         <body style=\"font-family: sans-serif; margin: 4em auto; max-width: 32em\">\
         <h1>Spool</h1><p>{message}</p></body></html>"
    );
    let answer = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\
         Connection: close\r\nCache-Control: no-store\r\n\r\n{body}",
        body.len()
    );
    // The browser may already be gone; the login's outcome does not depend on this answer.
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}
