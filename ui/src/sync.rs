//! Syncing, as the window shows it: the last sync always in view, a button to sync now, and
//! a progress bar with a way to stop.

use leptos::prelude::*;
use spool_model::{Locale, SyncOutcome, SyncSummary};

use crate::app::Details;
use crate::bindings;
use crate::i18n::{say, t, tf};
use crate::session::Session;

/// The last sync, the "Sync now" button, and the running sync's progress.
#[component]
pub fn SyncPanel() -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<Locale>();
    let running = move || session.progress.get().is_some();
    let syncing = session.sync.pending();
    let cancel = session.action(|()| bindings::cancel_sync(), |()| {});
    let cancelling = cancel.pending();
    view! {
        <div class="sync-panel" id="sync-panel">
            <p id="last-sync">{move || describe(&locale, session.last_sync.get().as_ref())}</p>
            {move || {
                let details = session.last_sync.get().and_then(|last| last.details);
                view! { <Details details /> }
            }}
            {move || {
                if running() {
                    view! {
                        <ProgressBar />
                        <button
                            id="cancel-sync"
                            disabled=move || cancelling.get()
                            on:click=move |_| {
                                cancel.dispatch(());
                            }
                        >
                            {t("sync-cancel")}
                        </button>
                    }
                    .into_any()
                } else {
                    view! {
                        <button
                            id="sync-now"
                            class="primary"
                            disabled=move || syncing.get()
                            on:click=move |_| {
                                session.sync.dispatch(());
                            }
                        >
                            {t("sync-now")}
                        </button>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// The progress of the running sync or demo replay.
#[component]
pub fn ProgressBar() -> impl IntoView {
    let session = Session::get();
    move || {
        let Some(progress) = session.progress.get() else {
            return view! { <p class="muted">{t("sync-starting")}</p> }.into_any();
        };
        let share = if progress.total == 0 {
            0.0
        } else {
            f64::from(progress.done) / f64::from(progress.total)
        };
        view! {
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow=format!("{:.0}", share * 100.0)>
                <div class="progress-label">
                    <span id="sync-phase">{t(progress.phase.message_id())}</span>
                    <span class="muted">
                        {tf(
                            "sync-progress",
                            &[
                                ("done", progress.done.into()),
                                ("total", progress.total.into()),
                                ("rate", progress.requests_per_second.into()),
                            ],
                        )}
                    </span>
                </div>
                <div class="progress-track">
                    <div class="progress-fill" style:width=format!("{:.1}%", share * 100.0)></div>
                </div>
            </div>
        }
        .into_any()
    }
}

fn describe(locale: &Locale, last: Option<&SyncSummary>) -> String {
    let Some(last) = last else {
        return t("sync-never");
    };
    let when = locale.date_time(last.ended_at);
    match last.outcome {
        SyncOutcome::Completed => tf(
            "sync-completed",
            &[("when", when.into()), ("requests", last.requests.into())],
        ),
        SyncOutcome::Cancelled => tf("sync-cancelled", &[("when", when.into())]),
        // The reason already says that nothing was saved.
        SyncOutcome::Failed => tf(
            "sync-failed",
            &[
                ("when", when.into()),
                (
                    "reason",
                    last.error
                        .as_ref()
                        .map_or_else(|| t("sync-failed-no-reason"), say)
                        .into(),
                ),
            ],
        ),
    }
}

/// The last sync in a few words, for the sidebar.
pub fn short(locale: &Locale, last: Option<&SyncSummary>) -> String {
    match last {
        None => String::new(),
        Some(last) => match last.outcome {
            SyncOutcome::Completed => tf(
                "sync-short-completed",
                &[
                    (
                        "day",
                        locale.day_month(locale.local_day(last.ended_at)).into(),
                    ),
                    ("time", locale.time(last.ended_at).into()),
                ],
            ),
            SyncOutcome::Cancelled => t("sync-short-cancelled"),
            SyncOutcome::Failed => t("sync-short-failed"),
        },
    }
}
