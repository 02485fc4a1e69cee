//! Spool's one policy for a poisoned lock: carry on with what the lock guards.
//!
//! A lock is poisoned when a thread panicked while holding it. Everything Spool guards with a
//! lock stays whole through such a panic: the history writes inside SQLite transactions (rolled
//! back when dropped), and the vault, the sync registry and the login slot are replaced whole,
//! never left half-changed. So the value is taken as it stands instead of failing every later
//! command until a restart.

use std::sync::{Mutex, MutexGuard, PoisonError};

/// Locks `mutex`, taking its value as it stands if an earlier holder panicked.
pub fn lock<T: ?Sized>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_holding_the_lock_leaves_the_value_usable() {
        let shared = std::sync::Arc::new(Mutex::new(vec![1]));
        let holder = std::sync::Arc::clone(&shared);
        let panicked = std::thread::spawn(move || {
            let _guard = holder.lock();
            panic!("a fault while holding the lock");
        })
        .join();
        assert!(panicked.is_err());
        assert!(shared.is_poisoned());
        lock(&shared).push(2);
        assert_eq!(*lock(&shared), vec![1, 2]);
    }
}
