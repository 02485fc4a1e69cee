//! The vault sealed at rest: what `credentials.json` holds is the [`Vault`] encrypted and
//! authenticated with XChaCha20-Poly1305 (RustCrypto's `chacha20poly1305`), under a 256-bit
//! key kept apart from it (the operating system's credential store, or a key file where none
//! answers: [`KeyHolder`]). Each sealing draws a fresh random 192-bit nonce.
//!
//! The envelope's header (format, version, cipher and where the key is kept) is bound to the
//! ciphertext as associated data, so changing any byte of it, or of the ciphertext, makes
//! [`unseal`] refuse; so does any other key. Nothing here writes a file or asks a credential
//! store: [`crate::vault_file`] does.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::Vault;

/// What the envelope's `format` field says.
pub const FORMAT: &str = "spool-sealed-vault";
/// The envelope's version this Spool writes and reads.
pub const VERSION: u32 = 1;
/// The cipher's name, as the envelope records it.
pub const CIPHER: &str = "XChaCha20-Poly1305";
const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 24;

/// Why a vault could not be sealed or unsealed. No message carries any of the vault's contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The system gave no random bytes for a key or a nonce.
    #[error("the system gave no random numbers: {0}")]
    NoRandomness(String),
    /// The key is not 32 bytes of base64.
    #[error("the vault's key is not a key Spool made")]
    BadKey,
    /// The envelope is not one this Spool reads: another format, a newer version, a field
    /// that is not base64, a nonce of the wrong length.
    #[error("the credentials are not sealed in a form this Spool reads ({0})")]
    Unreadable(&'static str),
    /// The key does not open the envelope: another key, or bytes changed since sealing.
    #[error("the credentials could not be unsealed: another key sealed them, or they were changed")]
    WrongKeyOrTampered,
    /// What the envelope held is not a vault.
    #[error("the unsealed credentials are not a vault Spool reads")]
    NotAVault,
}

/// The key that seals the vault: 32 random bytes, wiped from memory when dropped, never
/// printed.
#[derive(Clone, PartialEq, Eq)]
pub struct VaultKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for VaultKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("VaultKey([hidden])")
    }
}

impl VaultKey {
    /// A new random key.
    pub fn generate() -> Result<Self, SealError> {
        let mut key = Zeroizing::new([0_u8; KEY_LEN]);
        getrandom::fill(key.as_mut_slice()).map_err(|e| SealError::NoRandomness(e.to_string()))?;
        Ok(Self(key))
    }

    /// The key written as text (base64), as a credential store or the key file keeps it.
    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(BASE64.encode(self.0.as_slice()))
    }

    /// The key from the text [`VaultKey::to_text`] made.
    pub fn from_text(text: &str) -> Result<Self, SealError> {
        let bytes = Zeroizing::new(
            BASE64
                .decode(text.trim().as_bytes())
                .map_err(|_| SealError::BadKey)?,
        );
        let mut key = Zeroizing::new([0_u8; KEY_LEN]);
        if bytes.len() != KEY_LEN {
            return Err(SealError::BadKey);
        }
        key.copy_from_slice(&bytes);
        Ok(Self(key))
    }
}

/// Where the key that sealed a vault is kept; recorded in the envelope, so that a later start
/// asks the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyHolder {
    /// The operating system's credential store: macOS Keychain, Windows Credential Manager,
    /// the Secret Service on Linux.
    SystemStore,
    /// A file beside the vault, readable by the user only: where no credential store answers
    /// (a Linux session without a Secret Service).
    KeyFile,
}

/// A sealed vault, as `credentials.json` keeps it under the key `vault`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedVault {
    /// Always [`FORMAT`].
    pub format: String,
    /// The envelope's version: [`VERSION`].
    pub version: u32,
    /// The cipher: [`CIPHER`].
    pub cipher: String,
    /// Where the key is kept.
    pub key: KeyHolder,
    /// The nonce, base64.
    pub nonce: String,
    /// The ciphertext with its tag, base64.
    pub sealed: String,
}

impl SealedVault {
    /// Whether `value` (what `credentials.json` holds under `vault`) is a sealed vault rather
    /// than a plaintext one from an older Spool.
    pub fn is_sealed(value: &serde_json::Value) -> bool {
        value.get("format").and_then(serde_json::Value::as_str) == Some(FORMAT)
    }

    /// The header bound to the ciphertext.
    fn associated_data(&self) -> Vec<u8> {
        let key = match self.key {
            KeyHolder::SystemStore => "system_store",
            KeyHolder::KeyFile => "key_file",
        };
        format!("{}\n{}\n{}\n{key}", self.format, self.version, self.cipher).into_bytes()
    }
}

/// Seals `vault` under `key`, recording that the key is kept by `holder`, with a fresh nonce.
pub fn seal(vault: &Vault, key: &VaultKey, holder: KeyHolder) -> Result<SealedVault, SealError> {
    let plaintext = Zeroizing::new(serde_json::to_vec(vault).map_err(|_| SealError::NotAVault)?);
    let mut nonce = [0_u8; NONCE_LEN];
    getrandom::fill(&mut nonce).map_err(|e| SealError::NoRandomness(e.to_string()))?;
    let mut envelope = SealedVault {
        format: FORMAT.to_owned(),
        version: VERSION,
        cipher: CIPHER.to_owned(),
        key: holder,
        nonce: BASE64.encode(nonce),
        sealed: String::new(),
    };
    let aad = envelope.associated_data();
    let ciphertext = cipher(key)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &plaintext,
                aad: &aad,
            },
        )
        // Encryption fails only for messages of more than 256 GiB.
        .map_err(|_| SealError::Unreadable("the vault is too large to seal"))?;
    envelope.sealed = BASE64.encode(ciphertext);
    Ok(envelope)
}

/// Opens `sealed` with `key`: the vault, or why not. A changed byte anywhere (header, nonce,
/// ciphertext) or another key is [`SealError::WrongKeyOrTampered`].
pub fn unseal(sealed: &SealedVault, key: &VaultKey) -> Result<Vault, SealError> {
    if sealed.format != FORMAT {
        return Err(SealError::Unreadable("not Spool's sealed vault"));
    }
    if sealed.version != VERSION || sealed.cipher != CIPHER {
        return Err(SealError::Unreadable(
            "sealed by a newer Spool: update Spool to read it",
        ));
    }
    let nonce = BASE64
        .decode(sealed.nonce.as_bytes())
        .map_err(|_| SealError::Unreadable("the nonce is not base64"))?;
    if nonce.len() != NONCE_LEN {
        return Err(SealError::Unreadable("the nonce has the wrong length"));
    }
    let ciphertext = BASE64
        .decode(sealed.sealed.as_bytes())
        .map_err(|_| SealError::Unreadable("the ciphertext is not base64"))?;
    let aad = sealed.associated_data();
    let plaintext = Zeroizing::new(
        cipher(key)
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: &aad,
                },
            )
            .map_err(|_| SealError::WrongKeyOrTampered)?,
    );
    // serde_json's own message could quote a value (a token): it is not passed on.
    serde_json::from_slice(&plaintext).map_err(|_| SealError::NotAVault)
}

fn cipher(key: &VaultKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(Key::from_slice(key.0.as_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::tests::account;
    use threads_api::AppCredentials;

    fn vault() -> Vault {
        let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T00:00:00Z")
            .expect("moment")
            .to_utc();
        Vault {
            app: Some(AppCredentials::new("123", "app-secret-xyz")),
            accounts: vec![account("1", now), account("2", now)],
            current: Some("1".into()),
            ..Vault::default()
        }
    }

    #[test]
    fn a_sealed_vault_unseals_to_the_same_vault() {
        let key = VaultKey::generate().expect("a key");
        for holder in [KeyHolder::SystemStore, KeyHolder::KeyFile] {
            let sealed = seal(&vault(), &key, holder).expect("sealed");
            assert_eq!(sealed.key, holder);
            assert_eq!(unseal(&sealed, &key).expect("unsealed"), vault());
        }
        // The key survives being kept as text.
        let again = VaultKey::from_text(&key.to_text()).expect("a key");
        let sealed = seal(&vault(), &key, KeyHolder::KeyFile).expect("sealed");
        assert_eq!(unseal(&sealed, &again).expect("unsealed"), vault());
    }

    #[test]
    fn no_token_or_secret_is_in_the_stored_bytes() {
        let key = VaultKey::generate().expect("a key");
        let sealed = seal(&vault(), &key, KeyHolder::SystemStore).expect("sealed");
        let stored = serde_json::to_string(&serde_json::json!({ "vault": sealed })).expect("json");
        for secret in ["THAAsecret1", "THAAsecret2", "app-secret-xyz"] {
            assert!(!stored.contains(secret), "{secret} in {stored}");
        }
        assert!(
            !stored.contains(&*key.to_text()),
            "the key is not stored with the vault"
        );
        assert!(SealedVault::is_sealed(
            &serde_json::to_value(&sealed).expect("json")
        ));
    }

    #[test]
    fn each_sealing_draws_a_new_nonce() {
        let key = VaultKey::generate().expect("a key");
        let first = seal(&vault(), &key, KeyHolder::KeyFile).expect("sealed");
        let second = seal(&vault(), &key, KeyHolder::KeyFile).expect("sealed");
        assert_ne!(first.nonce, second.nonce);
        assert_ne!(first.sealed, second.sealed);
    }

    #[test]
    fn another_key_is_refused() {
        let sealed = seal(
            &vault(),
            &VaultKey::generate().expect("a key"),
            KeyHolder::SystemStore,
        )
        .expect("sealed");
        let other = VaultKey::generate().expect("a key");
        assert_eq!(unseal(&sealed, &other), Err(SealError::WrongKeyOrTampered));
    }

    #[test]
    fn any_changed_byte_is_refused() {
        let key = VaultKey::generate().expect("a key");
        let sealed = seal(&vault(), &key, KeyHolder::SystemStore).expect("sealed");
        let ciphertext = BASE64.decode(&sealed.sealed).expect("base64");
        // Every byte of the ciphertext and its tag, one at a time.
        for at in 0..ciphertext.len() {
            let mut changed = ciphertext.clone();
            changed[at] ^= 0x01;
            let tampered = SealedVault {
                sealed: BASE64.encode(&changed),
                ..sealed.clone()
            };
            assert_eq!(
                unseal(&tampered, &key),
                Err(SealError::WrongKeyOrTampered),
                "byte {at}"
            );
        }
        let mut nonce = BASE64.decode(&sealed.nonce).expect("base64");
        nonce[0] ^= 0x80;
        let tampered = SealedVault {
            nonce: BASE64.encode(&nonce),
            ..sealed.clone()
        };
        assert_eq!(unseal(&tampered, &key), Err(SealError::WrongKeyOrTampered));
        // The header is bound too: a vault moved to the other key holder does not open.
        let moved = SealedVault {
            key: KeyHolder::KeyFile,
            ..sealed.clone()
        };
        assert_eq!(unseal(&moved, &key), Err(SealError::WrongKeyOrTampered));
        // Cut short.
        let cut = SealedVault {
            sealed: BASE64.encode(&ciphertext[..ciphertext.len() - 1]),
            ..sealed.clone()
        };
        assert_eq!(unseal(&cut, &key), Err(SealError::WrongKeyOrTampered));
        let newer = SealedVault {
            version: VERSION + 1,
            ..sealed
        };
        assert!(matches!(
            unseal(&newer, &key),
            Err(SealError::Unreadable(_))
        ));
    }

    #[test]
    fn a_key_prints_as_hidden_and_only_a_real_key_is_taken() {
        let key = VaultKey::generate().expect("a key");
        assert_eq!(format!("{key:?}"), "VaultKey([hidden])");
        assert_eq!(VaultKey::from_text("c2hvcnQ="), Err(SealError::BadKey));
        assert_eq!(VaultKey::from_text("not base64!"), Err(SealError::BadKey));
    }
}
