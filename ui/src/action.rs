//! The one way the window changes something: a command the user starts (a button, a form, a
//! list) is a Leptos [`Action`]. The control that starts it is disabled while the action is
//! `pending()`, and what the command answers is handled in the task that ran it, so the answer
//! is not lost when the control is gone by then (a screen rebuilt once an account appears).
//!
//! Most commands say their failure in the shared error banner: see
//! [`Session::action`](crate::session::Session::action). An export says its outcome beside its
//! buttons instead, with [`new`] directly.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use spool_model::CommandError;

/// An action running `command` on what is dispatched to it and handing its answer to `settle`.
/// Built on [`Action::new_local`]: the commands' futures hold the web view's promises, which
/// are not `Send`.
pub fn new<I, T, Fut>(
    command: impl Fn(&I) -> Fut + 'static,
    settle: impl Fn(Result<T, CommandError>) + 'static,
) -> Action<I, ()>
where
    I: 'static,
    T: 'static,
    Fut: Future<Output = Result<T, CommandError>> + 'static,
{
    let settle = Rc::new(settle);
    Action::new_local(move |input: &I| {
        let answer = command(input);
        let settle = Rc::clone(&settle);
        async move { settle(answer.await) }
    })
}
