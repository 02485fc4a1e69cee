//! The sealed vault on disk: sealed, migrated, recovered, never emptied by an error, and
//! forgotten in every copy on logging out.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use threads_api::AppCredentials;

use super::*;
use crate::Accounts;
use crate::accounts::tests::account;

/// A fresh folder of its own for each test.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-vault-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

/// `notice` as the window is told it in English.
fn said(notice: &Notice) -> String {
    let english = spool_i18n::Catalogue::bundled(
        spool_i18n::Language::English,
        spool_i18n::NumberStyle::english(),
    );
    notice.said(&english)
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-03-01T00:00:00Z")
        .expect("moment")
        .to_utc()
}

/// Two logins and the creator's app.
fn two_logins() -> Vault {
    Vault {
        app: Some(AppCredentials::new("123", "app-secret-xyz")),
        accounts: vec![account("1", now()), account("2", now())],
        current: Some("1".into()),
        ..Vault::default()
    }
}

const SECRETS: [&str; 3] = ["THAAsecret1", "THAAsecret2", "app-secret-xyz"];

fn file_only(dir: &Path) -> KeyStores {
    KeyStores {
        system: None,
        file: KeyFile::in_folder(dir),
    }
}

fn open(dir: &Path) -> Result<Opened, StorageError> {
    SealedStore::open(dir, file_only(dir), Box::new(RealDisk), Box::new(NoCopy))
}

/// Opens `dir` as the app does and keeps `vault` in it.
fn keep(dir: &Path, vault: &Vault) {
    let opened = open(dir).expect("opens");
    opened.store.save(vault).expect("saved");
}

/// Names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("listed")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_no_secret(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for secret in SECRETS {
        assert!(!text.contains(secret), "{secret} is in {text}");
    }
}

/// A credential store in memory, standing for the Keychain, Credential Manager or the Secret
/// Service.
#[derive(Default, Clone)]
struct SystemStore {
    key: Arc<Mutex<Option<String>>>,
    answering: Arc<Mutex<bool>>,
    keeps: bool,
}

impl SystemStore {
    fn working() -> Self {
        let store = Self {
            keeps: true,
            ..Self::default()
        };
        *store.answering.lock().expect("lock") = true;
        store
    }
}

impl KeyStore for SystemStore {
    fn holder(&self) -> KeyHolder {
        KeyHolder::SystemStore
    }
    fn place(&self) -> KeyPlace {
        KeyPlace::System(spool_model::SystemStore::SecretService)
    }
    fn get(&self) -> Result<Option<VaultKey>, KeyError> {
        if !*self.answering.lock().expect("lock") {
            return Err(KeyError::NotAnswering(
                "no Secret Service on the bus".into(),
            ));
        }
        match &*self.key.lock().expect("lock") {
            Some(text) => VaultKey::from_text(text)
                .map(Some)
                .map_err(|_| KeyError::NotAKey),
            None => Ok(None),
        }
    }
    fn put(&self, key: &VaultKey) -> Result<(), KeyError> {
        if !*self.answering.lock().expect("lock") {
            return Err(KeyError::NotAnswering(
                "no Secret Service on the bus".into(),
            ));
        }
        if self.keeps {
            *self.key.lock().expect("lock") = Some(key.to_text().to_string());
        }
        Ok(())
    }
}

fn with_system(dir: &Path, system: &SystemStore) -> Result<Opened, StorageError> {
    SealedStore::open(
        dir,
        KeyStores {
            system: Some(Box::new(system.clone())),
            file: KeyFile::in_folder(dir),
        },
        Box::new(RealDisk),
        Box::new(NoCopy),
    )
}

#[test]
fn a_kept_vault_is_sealed_on_disk_and_opens_again() {
    let dir = folder("round-trip");
    keep(&dir, &two_logins());
    for name in [FILE_NAME, BACKUP_NAME] {
        let bytes = std::fs::read(dir.join(name)).expect("written");
        assert_no_secret(&bytes);
        let json: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
        assert!(SealedVault::is_sealed(&json[VAULT_KEY]), "{name}");
    }
    assert_eq!(
        names(&dir),
        [FILE_NAME, BACKUP_NAME, KEY_FILE_NAME],
        "the vault, its backup and the key beside them"
    );
    #[cfg(unix)]
    for name in [FILE_NAME, BACKUP_NAME, KEY_FILE_NAME] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join(name))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{name} is private");
    }
    let opened = open(&dir).expect("opens");
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    assert_eq!(opened.store.load().expect("loaded"), two_logins());
    assert!(matches!(
        opened.store.how_kept(),
        Protection::KeyFile { .. }
    ));
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn a_plaintext_vault_of_an_older_spool_is_sealed_when_first_opened() {
    let dir = folder("migrate");
    let plaintext = file_bytes(&serde_json::to_value(two_logins()).expect("JSON")).expect("bytes");
    std::fs::write(dir.join(FILE_NAME), &plaintext).expect("written");
    let opened = open(&dir).expect("opens");
    assert!(opened.notices.is_empty());
    assert_eq!(opened.store.load().expect("loaded"), two_logins());
    for name in [FILE_NAME, BACKUP_NAME] {
        assert_no_secret(&std::fs::read(dir.join(name)).expect("written"));
    }
    drop(opened);
    assert_eq!(
        open(&dir).expect("opens").store.load().expect("loaded"),
        two_logins()
    );
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn a_write_stopped_half_way_loses_no_login() {
    let dir = folder("half-way");
    keep(&dir, &two_logins());
    let whole = std::fs::read(dir.join(FILE_NAME)).expect("written");
    // Killed while rewriting in place (as tauri-plugin-store's own save does): the file cut
    // short; and a temporary file of an atomic write that never got renamed.
    std::fs::write(dir.join(FILE_NAME), &whole[..whole.len() / 2]).expect("cut");
    let partial = dir.join(".credentials.json.00112233aabbccdd.spool-partial");
    std::fs::write(&partial, &whole[..10]).expect("partial");

    let opened = open(&dir).expect("opens");
    assert_eq!(opened.store.load().expect("loaded"), two_logins());
    assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
    let notice = said(&opened.notices[0]);
    assert!(
        notice.contains("restored your logins from its backup copy"),
        "{notice}"
    );
    assert!(!partial.exists(), "the half-written file is removed");
    let set_aside: Vec<_> = names(&dir)
        .into_iter()
        .filter(|n| n.starts_with("credentials.json.damaged-"))
        .collect();
    assert_eq!(set_aside.len(), 1, "the damaged file is kept");
    assert_eq!(
        std::fs::read(dir.join(&set_aside[0])).expect("kept"),
        &whole[..whole.len() / 2]
    );
    // The vault's file is whole again.
    drop(opened);
    let again = open(&dir).expect("opens");
    assert!(again.notices.is_empty());
    assert_eq!(again.store.load().expect("loaded"), two_logins());

    // A missing vault file with its backup there: restored too.
    std::fs::remove_file(dir.join(FILE_NAME)).expect("removed");
    assert_eq!(
        open(&dir).expect("opens").store.load().expect("loaded"),
        two_logins()
    );
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

/// A disk that fails every write, as a full one does, after cutting the file it was asked to
/// write in half when `torn` (a writer killed half-way through an in-place write).
struct FullDisk {
    torn: bool,
}

impl Disk for FullDisk {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn replace(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if self.torn {
            std::fs::write(path, &bytes[..bytes.len() / 2])?;
        }
        Err(io::Error::from(io::ErrorKind::StorageFull))
    }
}

#[test]
fn a_full_disk_refuses_the_change_and_the_logins_survive() {
    let dir = folder("full-disk");
    keep(&dir, &two_logins());
    let before = std::fs::read(dir.join(FILE_NAME)).expect("written");
    for torn in [false, true] {
        let opened = SealedStore::open(
            &dir,
            file_only(&dir),
            Box::new(FullDisk { torn }),
            Box::new(NoCopy),
        )
        .expect("opens");
        let accounts = Accounts::open(Box::new(opened.store)).expect("opens");
        let error = accounts
            .add(account("3", now()))
            .expect_err("the disk is full");
        assert!(
            matches!(error, StorageError::CredentialsNotWritten { .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("free some space"), "{message}");
        assert!(message.contains("Nothing was changed"), "{message}");
        assert_eq!(
            accounts.summaries().expect("summaries").len(),
            2,
            "nothing changed in memory"
        );
        if !torn {
            assert_eq!(
                std::fs::read(dir.join(FILE_NAME)).expect("kept"),
                before,
                "the file is as it was"
            );
        }
        // Started again: both logins are there (from the backup when the file was torn).
        let reopened = open(&dir).expect("opens");
        assert_eq!(reopened.store.load().expect("loaded"), two_logins());
    }
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

/// A disk on which the vault's files cannot be read, with `kind`.
struct Unreadable(io::ErrorKind);

impl Disk for Unreadable {
    fn read(&self, _path: &Path) -> io::Result<Vec<u8>> {
        Err(io::Error::from(self.0))
    }
    fn replace(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        private_file::replace(path, bytes)
    }
}

#[test]
fn an_unreadable_file_stops_the_start_and_is_left_as_it_was() {
    let dir = folder("unreadable");
    keep(&dir, &two_logins());
    let before: Vec<_> = [FILE_NAME, BACKUP_NAME, KEY_FILE_NAME]
        .map(|n| std::fs::read(dir.join(n)).expect("written"))
        .into();
    for kind in [
        io::ErrorKind::PermissionDenied,
        io::ErrorKind::Other,
        io::ErrorKind::Interrupted,
    ] {
        let error = SealedStore::open(
            &dir,
            file_only(&dir),
            Box::new(Unreadable(kind)),
            Box::new(NoCopy),
        )
        .expect_err("refused");
        assert!(
            matches!(error, StorageError::CredentialsUnreadable { .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("Nothing was changed"), "{message}");
        assert!(message.contains("credentials.json"), "{message}");
        let after: Vec<_> = [FILE_NAME, BACKUP_NAME, KEY_FILE_NAME]
            .map(|n| std::fs::read(dir.join(n)).expect("still there"))
            .into();
        assert_eq!(after, before, "{kind:?} changed a file");
        assert_eq!(names(&dir), [FILE_NAME, BACKUP_NAME, KEY_FILE_NAME]);
    }
    assert_eq!(
        open(&dir).expect("opens").store.load().expect("loaded"),
        two_logins()
    );
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn a_vault_whose_key_is_gone_or_wrong_is_set_aside_never_overwritten() {
    for lost in ["gone", "wrong"] {
        let dir = folder(&format!("key-{lost}"));
        keep(&dir, &two_logins());
        let sealed = std::fs::read(dir.join(FILE_NAME)).expect("written");
        let key = dir.join(KEY_FILE_NAME);
        if lost == "gone" {
            std::fs::remove_file(&key).expect("removed");
        } else {
            let other = VaultKey::generate().expect("a key");
            std::fs::write(&key, other.to_text().as_bytes()).expect("written");
        }
        let opened = open(&dir).expect("opens");
        assert_eq!(opened.store.load().expect("loaded"), Vault::default());
        assert_eq!(opened.notices.len(), 1);
        let notice = said(&opened.notices[0]);
        assert!(notice.contains("Log in to your accounts again"), "{notice}");
        let set_aside: Vec<_> = names(&dir)
            .into_iter()
            .filter(|n| n.starts_with("credentials.json.damaged-"))
            .collect();
        assert!(!set_aside.is_empty(), "{:?}", names(&dir));
        assert!(notice.contains(&set_aside[0]), "{notice}");
        // A new login is kept beside the copy, which stays as it was.
        opened
            .store
            .save(&Vault {
                accounts: vec![account("9", now())],
                ..Vault::default()
            })
            .expect("saved");
        assert_eq!(
            std::fs::read(dir.join(&set_aside[0])).expect("kept"),
            sealed
        );
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }
}

#[test]
fn the_system_credential_store_holds_the_key_when_it_answers() {
    let dir = folder("system-store");
    let system = SystemStore::working();
    let opened = with_system(&dir, &system).expect("opens");
    opened.store.save(&two_logins()).expect("saved");
    assert_eq!(
        opened.store.how_kept(),
        &Protection::SystemStore(spool_model::SystemStore::SecretService)
    );
    assert!(
        !dir.join(KEY_FILE_NAME).exists(),
        "no key file where the credential store answers"
    );
    assert_no_secret(&std::fs::read(dir.join(FILE_NAME)).expect("written"));
    drop(opened);
    assert_eq!(
        with_system(&dir, &system)
            .expect("opens")
            .store
            .load()
            .expect("loaded"),
        two_logins()
    );

    // The store stops answering (locked, not running): nothing changes, the start stops.
    let before = std::fs::read(dir.join(FILE_NAME)).expect("written");
    *system.answering.lock().expect("lock") = false;
    let error = with_system(&dir, &system).expect_err("refused");
    assert!(
        matches!(error, StorageError::KeyUnavailable { .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("Your logins are kept"),
        "{error}"
    );
    assert_eq!(std::fs::read(dir.join(FILE_NAME)).expect("kept"), before);
    assert_eq!(names(&dir), [FILE_NAME, BACKUP_NAME]);
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn without_a_credential_store_the_key_file_is_used_and_said() {
    // One that does not answer, and one that takes the key but keeps nothing.
    for system in [
        SystemStore::default(),
        SystemStore {
            keeps: false,
            answering: Arc::new(Mutex::new(true)),
            ..SystemStore::default()
        },
    ] {
        let dir = folder("no-system-store");
        let opened = with_system(&dir, &system).expect("opens");
        opened.store.save(&two_logins()).expect("saved");
        let Protection::KeyFile { path, reason } = opened.store.how_kept() else {
            panic!("{:?}", opened.store.how_kept());
        };
        assert_eq!(path, &dir.join(KEY_FILE_NAME));
        assert!(!reason.is_empty());
        assert!(path.exists());
        drop(opened);
        assert_eq!(
            with_system(&dir, &system)
                .expect("opens")
                .store
                .load()
                .expect("loaded"),
            two_logins()
        );
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }
}

/// Records what the copy in memory is given.
#[derive(Default, Clone)]
struct Recorder(Arc<Mutex<Vec<String>>>);

impl VaultCopy for Recorder {
    fn written(&self, sealed: &serde_json::Value) {
        self.0.lock().expect("lock").push(sealed.to_string());
    }
}

#[test]
fn the_copy_in_memory_is_only_ever_given_the_sealed_vault() {
    let dir = folder("copy");
    let recorder = Recorder::default();
    let opened = SealedStore::open(
        &dir,
        file_only(&dir),
        Box::new(RealDisk),
        Box::new(recorder.clone()),
    )
    .expect("opens");
    let accounts = Accounts::open(Box::new(opened.store)).expect("opens");
    accounts
        .set_app(AppCredentials::new("123", "app-secret-xyz"))
        .expect("saved");
    accounts.add(account("1", now())).expect("added");
    accounts.add(account("2", now())).expect("added");
    let seen = recorder.0.lock().expect("lock").clone();
    assert_eq!(seen.len(), 3, "one copy per save");
    for value in seen {
        assert_no_secret(value.as_bytes());
        assert!(value.contains(sealing::FORMAT), "{value}");
    }
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn logging_out_leaves_no_copy_of_the_login() {
    let dir = folder("log-out");
    keep(&dir, &two_logins());
    // Copies set aside at an earlier start, and a half-written file.
    std::fs::write(
        dir.join("credentials.json.damaged-1700000000"),
        b"{\"vault\": {\"accounts\": [{\"token\": \"THAAsecret1\"",
    )
    .expect("written");
    std::fs::write(
        dir.join(".credentials.json.0011223344556677.spool-partial"),
        b"{",
    )
    .expect("written");
    std::fs::write(dir.join("history.sqlite.damaged-1700000000"), b"kept").expect("written");
    let opened = open(&dir).expect("opens");
    let accounts = Accounts::open(Box::new(opened.store)).expect("opens");
    accounts.log_out("1").expect("logged out");
    assert_eq!(
        names(&dir),
        [
            FILE_NAME,
            BACKUP_NAME,
            KEY_FILE_NAME,
            "history.sqlite.damaged-1700000000"
        ],
        "only the vault, its backup, its key and the history's copy are left"
    );
    let store = open(&dir).expect("opens").store;
    let left = store.load().expect("loaded");
    assert_eq!(left.accounts.len(), 1);
    assert_eq!(left.accounts[0].profile.id, "2");
    // Neither the vault nor its backup holds the token, even once unsealed.
    let key = KeyFile::in_folder(&dir)
        .get()
        .expect("read")
        .expect("a key");
    for name in [FILE_NAME, BACKUP_NAME] {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join(name)).expect("read")).expect("JSON");
        let sealed: SealedVault = serde_json::from_value(json[VAULT_KEY].clone()).expect("sealed");
        let vault = sealing::unseal(&sealed, &key).expect("unsealed");
        let plain = serde_json::to_string(&vault).expect("JSON");
        assert!(!plain.contains("THAAsecret1"), "{name}: {plain}");
        assert!(
            plain.contains("THAAsecret2"),
            "{name} keeps the other login"
        );
    }
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn a_damaged_file_is_set_aside_with_a_copy_and_a_notice() {
    let dir = folder("damaged");
    let path = dir.join(FILE_NAME);
    std::fs::write(&path, b"{\"vault\": {\"accounts\": [tru").expect("written");
    let opened = open(&dir).expect("handled");
    assert_eq!(opened.notices.len(), 1, "a notice");
    let notice = said(&opened.notices[0]);
    assert!(
        !path.exists(),
        "the damaged file no longer blocks the start"
    );
    let copies: Vec<_> = std::fs::read_dir(&dir)
        .expect("listed")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        std::fs::read(copies[0].path()).expect("kept"),
        b"{\"vault\": {\"accounts\": [tru"
    );
    assert!(notice.contains("kept a copy"), "{notice}");
    assert_eq!(opened.store.load().expect("loaded"), Vault::default());
    std::fs::remove_dir_all(&dir).expect("cleaned");
}

#[test]
fn a_readable_file_is_left_alone() {
    let dir = folder("readable");
    let path = dir.join(FILE_NAME);
    std::fs::write(
        &path,
        b"{\"vault\": {\"app\": null, \"accounts\": [], \"current\": null}}",
    )
    .expect("written");
    assert!(open(&dir).expect("handled").notices.is_empty());
    assert!(path.exists());
    std::fs::write(&path, b"{}").expect("written");
    assert!(open(&dir).expect("handled").notices.is_empty());
    assert_eq!(std::fs::read(&path).expect("kept"), b"{}");
    std::fs::remove_dir_all(&dir).expect("cleaned");
}
