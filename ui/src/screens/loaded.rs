//! The one way a screen shows what it loads from the history: a [`Load`] (the answers, and the
//! last good one) shown by [`Loaded`] ("Loading…" before the first answer, the failure said in
//! place, or the view of the answer).

use std::future::Future;

use leptos::prelude::*;
use spool_model::CommandError;

use crate::app::ErrorNotice;
use crate::i18n::t;
use crate::session::Session;
use crate::timing;

/// Something a view loads, and the last good answer it gave.
pub struct Load<T: Send + Sync + 'static> {
    /// The answers as they come; a new one replaces the last only once it is in.
    answers: LocalResource<Result<T, CommandError>>,
    /// The last good answer: kept while the next loads, gone after a failure.
    last: Memo<Option<T>>,
}

// By hand: derived, they would ask `T` to be `Clone` and `Copy` too.
impl<T: Send + Sync> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync> Copy for Load<T> {}

impl<T> Load<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    /// Loads from the history of the account shown with `fetch`: again after every sync, on
    /// switching accounts, and whenever a signal `fetch` reads changes.
    pub fn history<Fut>(fetch: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<T, CommandError>> + 'static,
    {
        let session = Session::get();
        Self::new(move || {
            session.track_history();
            fetch()
        })
    }

    /// Loads with `fetch`, and again whenever a signal it reads changes.
    pub fn new<Fut>(fetch: impl Fn() -> Fut + 'static) -> Self
    where
        Fut: Future<Output = Result<T, CommandError>> + 'static,
    {
        let answers = LocalResource::new(fetch);
        // After a failure nothing of the last answer stays: it may have been another account's.
        let last = Memo::new(move |kept: Option<&Option<T>>| {
            answers.with(|answer| match answer {
                Some(Ok(value)) => Some(value.clone()),
                Some(Err(_)) => None,
                None => kept.cloned().flatten(),
            })
        });
        Self { answers, last }
    }

    /// The last good answer: kept while the next one loads; `None` before the first answer and
    /// after a failure.
    pub fn last(self) -> Memo<Option<T>> {
        self.last
    }
}

/// What a [`Loaded`] shows.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    /// Before the first answer.
    Loading,
    /// The last answer was a failure.
    Failed(CommandError),
    /// The last answer was good.
    Shown,
}

/// What `load` answers: "Loading…" before the first answer (nothing when `quiet`), a failure
/// said in place, or `shown` of the last good answer. `shown` is built once per phase and
/// follows the answer from then on, so a new answer can redraw a chart on the canvas it has
/// (an open Export panel staying open) instead of building it again.
#[component]
pub fn Loaded<T, V, F>(
    /// What is loaded.
    load: Load<T>,
    /// The view of the last good answer, built from the signal of it.
    shown: F,
    /// Whether to show nothing while the first answer loads (another part of the screen says
    /// it is loading).
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    F: Fn(Memo<Option<T>>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let phase = Memo::new(move |kept: Option<&Phase>| {
        load.answers.with(|answer| match answer {
            Some(Ok(_)) => Phase::Shown,
            Some(Err(error)) => Phase::Failed(error.clone()),
            None => kept.cloned().unwrap_or(Phase::Loading),
        })
    });
    // A change of screen being measured (`SPOOL_TIMINGS`) waits for this load's first answer.
    let measured = StoredValue::new(if phase.get_untracked() == Phase::Loading {
        timing::screen_load_started()
    } else {
        None
    });
    let answered = move || {
        if let Some(change) = measured.get_value() {
            measured.set_value(None);
            timing::screen_load_done(change);
        }
    };
    move || match phase.get() {
        Phase::Loading if quiet => ().into_any(),
        Phase::Loading => view! { <p class="loading">{t("loaded-loading")}</p> }.into_any(),
        Phase::Failed(error) => {
            answered();
            view! { <ErrorNotice error /> }.into_any()
        }
        // Untracked: the view follows the answer itself; only a new phase builds it again.
        Phase::Shown => {
            let view = untrack(|| shown(load.last)).into_any();
            answered();
            view
        }
    }
}
