//! The keyboard: shortcuts for the screens and for syncing, a command palette, and the list of
//! shortcuts.
//!
//! - **Ctrl+1 … Ctrl+8** (⌘ on macOS) choose the screens in the sidebar's order;
//! - **Ctrl+R** syncs the account shown (in a web view it would reload the page);
//! - **Ctrl+W** closes the window: Spool stays in the tray, or quits where there is none;
//! - **Ctrl+K** opens the command palette: go to a screen, open a post by its text, choose a
//!   range, sync, export the chart that had the focus, show another account;
//! - **?** (outside a text field) lists the shortcuts; **Escape** closes the palette or the list.
//!
//! The palette's commands are plain data ([`Command`]), listed and filtered by [`commands`] and
//! [`matching`] without a page, so what it offers is tested as a list.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use spool_model::{AccountSummary, PostRow, RangeChoice, RangePreset};
use wasm_bindgen::JsCast;

use crate::i18n::{t, tf};
use crate::screens::{Load, Screen};
use crate::session::{Session, handle};

/// Posts offered by the palette for one search, at most.
const POSTS_OFFERED: usize = 8;

/// What the palette can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show a screen.
    Go(Screen),
    /// Sync the account shown.
    Sync,
    /// Show the overview (or What works, if shown) over a range.
    Range(RangePreset),
    /// Show another account.
    Show {
        /// The account's id.
        id: String,
        /// Its handle, as the sidebar writes it.
        handle: String,
    },
    /// Open the export of the chart that had the focus.
    ExportChart,
    /// Open a post's page.
    Post {
        /// The post's id.
        id: String,
        /// The start of its text.
        excerpt: String,
    },
}

impl Command {
    /// What the palette says for the command.
    pub fn label(&self) -> String {
        match self {
            Self::Go(screen) => tf("palette-go-to", &[("screen", screen.label().into())]),
            Self::Sync => t("sync-now"),
            Self::Range(preset) => tf("palette-range", &[("range", t(preset.message_id()).into())]),
            Self::Show { handle, .. } => tf(
                "palette-show-account",
                &[("account", handle.as_str().into())],
            ),
            Self::ExportChart => t("palette-export-chart"),
            Self::Post { excerpt, .. } => {
                tf("palette-post", &[("excerpt", excerpt.as_str().into())])
            }
        }
    }

    /// The shortcut that does the same, if any.
    fn shortcut(&self, key: &str) -> Option<String> {
        match self {
            Self::Go(screen) => Screen::ALL
                .iter()
                .position(|s| s == screen)
                .map(|i| format!("{key}+{}", i + 1)),
            Self::Sync => Some(format!("{key}+R")),
            _ => None,
        }
    }
}

/// Every command the palette offers before anything is typed (posts are offered only for what
/// is typed): the screens, syncing (with an account shown), the ranges, the other accounts,
/// and exporting the chart that had the focus.
pub fn commands(accounts: &[AccountSummary], chart_in_focus: bool) -> Vec<Command> {
    let shown = accounts.iter().any(|a| a.current);
    let mut list: Vec<Command> = Screen::ALL.into_iter().map(Command::Go).collect();
    if shown {
        list.push(Command::Sync);
    }
    if chart_in_focus {
        list.push(Command::ExportChart);
    }
    list.extend(RangePreset::ALL.into_iter().map(Command::Range));
    list.extend(
        accounts
            .iter()
            .filter(|a| !a.current)
            .map(|a| Command::Show {
                id: a.id.clone(),
                handle: handle(a),
            }),
    );
    list
}

/// Whether `label` holds every word of `query`, in any case and any order.
fn holds(label: &str, query: &str) -> bool {
    let label = label.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| label.contains(word))
}

/// The commands of `all` that `query` names, then the posts whose text holds it (at most
/// [`POSTS_OFFERED`], newest first as `posts` is ordered), once two characters are typed.
pub fn matching(all: &[Command], posts: &[PostRow], query: &str) -> Vec<Command> {
    let query = query.trim();
    let mut found: Vec<Command> = all
        .iter()
        .filter(|c| holds(&c.label(), query))
        .cloned()
        .collect();
    if query.chars().count() >= 2 {
        found.extend(
            posts
                .iter()
                .filter(|row| {
                    row.post
                        .text
                        .as_deref()
                        .is_some_and(|text| holds(text, query))
                })
                .take(POSTS_OFFERED)
                .map(|row| Command::Post {
                    id: row.post.id.clone(),
                    excerpt: crate::screens::excerpt(row.post.text.as_deref()),
                }),
        );
    }
    found
}

/// What the keyboard opened: the palette or the list of shortcuts.
#[derive(Clone, Copy)]
struct Opened {
    palette: RwSignal<bool>,
    help: RwSignal<bool>,
}

/// The modifier the shortcuts use, as the platform writes it: ⌘ on macOS, Ctrl elsewhere.
fn modifier_name() -> &'static str {
    let mac = window()
        .navigator()
        .platform()
        .is_ok_and(|p| p.starts_with("Mac"));
    if mac { "⌘" } else { "Ctrl" }
}

/// Whether the key went to a field the user types in (where `?` is a character).
fn typing(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.has_attribute("contenteditable")
        })
}

/// The chart figure holding the focus, if any.
fn chart_in_focus() -> Option<web_sys::Element> {
    document()
        .active_element()?
        .closest("figure.chart")
        .ok()
        .flatten()
}

/// The window's shortcuts, the palette and the list of shortcuts: mounted once, beside the
/// screens.
#[component]
pub fn Keyboard() -> impl IntoView {
    let session = Session::get();
    let opened = Opened {
        palette: RwSignal::new(false),
        help: RwSignal::new(false),
    };
    // The chart that had the focus when the palette opened: the one "Export this chart" means.
    let chart = StoredValue::new_local(None::<web_sys::Element>);
    let key = modifier_name();
    // Made here, where it outlives the palette: the palette closes as the switch starts.
    let switch = crate::app::switch_account(session);
    let handle = window_event_listener(ev::keydown, move |event| {
        let with_modifier = event.ctrl_key() || event.meta_key();
        let pressed = event.key();
        if with_modifier && !event.alt_key() {
            if let Some(screen) = pressed
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| Screen::ALL.get(i).copied())
            {
                event.prevent_default();
                opened.palette.set(false);
                crate::timing::screen_changing(screen.id());
                session.screen.set(screen);
                return;
            }
            match pressed.to_lowercase().as_str() {
                "k" => {
                    event.prevent_default();
                    if !opened.palette.get_untracked() {
                        chart.set_value(chart_in_focus());
                    }
                    opened.help.set(false);
                    opened.palette.update(|open| *open = !*open);
                }
                "r" => {
                    // Never a reload of the page: the window would start again.
                    event.prevent_default();
                    sync_now(session);
                }
                "w" => {
                    event.prevent_default();
                    leptos::task::spawn_local(async {
                        // Fails only as the window goes: there is nothing left to tell.
                        let _ = crate::bindings::close_window().await;
                    });
                }
                _ => {}
            }
            return;
        }
        match pressed.as_str() {
            "Escape" => {
                opened.palette.set(false);
                opened.help.set(false);
            }
            "?" if !typing(&event) && !opened.palette.get_untracked() => {
                event.prevent_default();
                opened.help.update(|open| *open = !*open);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        {move || opened.palette.get().then(|| view! { <Palette opened chart switch key /> })}
        {move || opened.help.get().then(|| view! { <Shortcuts opened key /> })}
    }
}

/// Syncs the account shown, unless there is none or a sync is running.
fn sync_now(session: Session) {
    if session.current().is_some() && !session.sync.pending().get_untracked() {
        session.sync.dispatch(());
    }
}

/// The command palette: a field, and the commands it names.
#[component]
fn Palette(
    opened: Opened,
    chart: StoredValue<Option<web_sys::Element>, LocalStorage>,
    switch: Action<String, ()>,
    key: &'static str,
) -> impl IntoView {
    let session = Session::get();
    let query = RwSignal::new(String::new());
    let chosen = RwSignal::new(0_usize);
    let field = NodeRef::<leptos::html::Input>::new();
    // The posts, read once the palette opens (as the posts screen reads them), for finding
    // one by its text; without them the other commands still work.
    let posts = Load::history(|| async { crate::bindings::posts().await.map(Arc::new) }).last();
    let found = move || {
        let all = commands(&session.accounts.get(), chart.with_value(Option::is_some));
        let posts = posts.get().unwrap_or_default();
        query.with(|query| matching(&all, &posts, query))
    };
    Effect::new(move |_| {
        if let Some(input) = field.get() {
            let _ = input.focus();
        }
    });
    let close = move || opened.palette.set(false);
    let run = move |command: Command| {
        close();
        match command {
            Command::Go(screen) => {
                crate::timing::screen_changing(screen.id());
                session.screen.set(screen);
            }
            Command::Sync => sync_now(session),
            Command::Range(preset) => {
                session.range.set(RangeChoice::Preset { preset });
                if !matches!(
                    session.screen.get_untracked(),
                    Screen::Overview | Screen::Insights
                ) {
                    session.screen.set(Screen::Overview);
                }
            }
            Command::Show { id, .. } => {
                switch.dispatch(id);
            }
            Command::ExportChart => {
                if let Some(figure) = chart.get_value() {
                    open_export(&figure);
                }
            }
            Command::Post { id, .. } => session.open_post(id),
        }
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        let found = found();
        let count = found.len();
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                chosen.update(|i| *i = (*i + 1) % count);
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                chosen.update(|i| *i = (*i + count - 1) % count);
            }
            "Enter" => {
                event.prevent_default();
                if let Some(command) = found.get(chosen.get_untracked()).cloned() {
                    run(command);
                }
            }
            _ => {}
        }
    };
    // Plain items, drawn again whenever the list or the choice changes (a few dozen at most);
    // one handler on the list runs the item pressed.
    let items = move || {
        let chosen = chosen.get();
        found()
            .into_iter()
            .enumerate()
            .map(|(index, command)| {
                let shortcut = command.shortcut(key);
                view! {
                    <li
                        role="option"
                        id=format!("palette-option-{index}")
                        class="palette-option"
                        data-index=index
                        aria-selected=if chosen == index { "true" } else { "false" }
                    >
                        <span>{command.label()}</span>
                        {shortcut.map(|keys| view! { <kbd>{keys}</kbd> })}
                    </li>
                }
            })
            .collect_view()
    };
    let on_press = move |event: web_sys::MouseEvent| {
        // Chosen before the field loses the focus.
        event.prevent_default();
        let index = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-index]").ok().flatten())
            .and_then(|e| e.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(command) = index.and_then(|i| found().get(i).cloned()) {
            run(command);
        }
    };
    view! {
        <Dialog id="palette" label=t("palette-label") close=Callback::new(move |()| close())>
                <input
                    id="palette-input"
                    type="text"
                    role="combobox"
                    aria-expanded="true"
                    aria-controls="palette-options"
                    aria-activedescendant=move || format!("palette-option-{}", chosen.get())
                    placeholder=t("palette-placeholder")
                    autocomplete="off"
                    node_ref=field
                    prop:value=move || query.get()
                    on:input=move |event| {
                        query.set(event_target_value(&event));
                        chosen.set(0);
                    }
                    on:keydown=on_key
                />
                <ul id="palette-options" role="listbox" aria-label=t("palette-commands") on:mousedown=on_press>
                    {items}
                </ul>
                {move || found().is_empty().then(|| view! {
                    <p class="muted palette-empty">{t("palette-empty")}</p>
                })}
        </Dialog>
    }
}

/// A dialog over the dimmed window (styled by its `id`, also its class), closed by a press
/// outside it; Escape closes it through the window's keyboard.
#[component]
fn Dialog(
    id: &'static str,
    label: String,
    close: Callback<()>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="overlay" on:mousedown=move |_| close.run(())>
            <div
                class=id
                id=id
                role="dialog"
                aria-modal="true"
                aria-label=label
                on:mousedown=|event| event.stop_propagation()
            >
                {children()}
            </div>
        </div>
    }
}

/// Opens the export panel of the chart `figure` and puts the focus on its Save… button.
fn open_export(figure: &web_sys::Element) {
    if let Ok(Some(panel)) = figure.query_selector("details.export-panel") {
        let _ = panel.set_attribute("open", "");
    }
    if let Ok(Some(save)) = figure.query_selector(".export-save")
        && let Ok(save) = save.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = save.focus();
    }
}

/// The list of shortcuts.
#[component]
fn Shortcuts(opened: Opened, key: &'static str) -> impl IntoView {
    let close = move || opened.help.set(false);
    let rows = [
        (
            format!("{key}+1 … {key}+{}", Screen::ALL.len()),
            t("shortcuts-screens"),
        ),
        (format!("{key}+K"), t("shortcuts-palette")),
        (format!("{key}+R"), t("shortcuts-sync")),
        (format!("{key}+W"), t("shortcuts-close-window")),
        ("← → Home End".to_owned(), t("shortcuts-chart")),
        ("?".to_owned(), t("shortcuts-this-list")),
        ("Esc".to_owned(), t("shortcuts-close-dialogs")),
    ];
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close_button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <Dialog id="shortcuts" label=t("shortcuts-title") close=Callback::new(move |()| close())>
                <h2>{t("shortcuts-title")}</h2>
                <table>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(keys, what)| view! { <tr><td><kbd>{keys}</kbd></td><td>{what}</td></tr> })
                            .collect_view()}
                    </tbody>
                </table>
                <button node_ref=close_button on:click=move |_| close()>{t("shortcuts-close")}</button>
        </Dialog>
    }
}

#[cfg(test)]
mod tests {
    use spool_model::{AccountStatus, MediaType, Post};
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn account(id: &str, username: &str, current: bool) -> AccountSummary {
        AccountSummary {
            id: id.to_owned(),
            username: username.to_owned(),
            name: None,
            picture_url: None,
            token_expires_at: chrono::DateTime::UNIX_EPOCH,
            status: AccountStatus::Active,
            demo: false,
            current,
        }
    }

    fn post(id: &str, text: &str) -> PostRow {
        PostRow {
            post: Post {
                id: id.to_owned(),
                media_type: MediaType::TextPost,
                text: Some(text.to_owned()),
                published_at: chrono::DateTime::UNIX_EPOCH,
                permalink: None,
                shortcode: None,
                is_quote_post: false,
                link_attachment_url: None,
            },
            metrics: None,
            engagement_rate: None,
            on_track: None,
        }
    }

    #[wasm_bindgen_test]
    fn the_palette_offers_every_screen_sync_the_ranges_and_the_other_accounts() {
        crate::i18n::english_for_tests();
        let accounts = [account("1", "mara", true), account("2", "studio", false)];
        let labels: Vec<String> = commands(&accounts, false)
            .iter()
            .map(Command::label)
            .collect();
        for screen in Screen::ALL {
            assert!(labels.contains(&format!("Go to {}", screen.label())));
        }
        assert!(labels.contains(&"Sync now".to_owned()));
        assert!(labels.contains(&"Range: 30 days".to_owned()), "{labels:?}");
        assert!(labels.contains(&"Show @studio".to_owned()), "{labels:?}");
        assert!(
            !labels.contains(&"Show @mara".to_owned()),
            "the account shown"
        );
        assert!(!labels.contains(&"Export this chart…".to_owned()));
        // Without an account, nothing to sync; with a chart in focus, its export.
        let alone = commands(&[], true);
        assert!(!alone.contains(&Command::Sync));
        assert!(alone.contains(&Command::ExportChart));
    }

    #[wasm_bindgen_test]
    fn typing_narrows_the_commands_by_every_word_and_finds_posts_by_their_text() {
        crate::i18n::english_for_tests();
        let all = commands(&[account("1", "mara", true)], false);
        let posts = [
            post("p1", "The kiln is HOT today"),
            post("p2", "New glaze test"),
        ];
        let labels = |query: &str| -> Vec<String> {
            matching(&all, &posts, query)
                .iter()
                .map(Command::label)
                .collect()
        };
        assert_eq!(labels("posts"), ["Go to Posts"]);
        assert_eq!(labels("go WORKS"), ["Go to What works"]);
        assert_eq!(labels("kiln"), ["Post: The kiln is HOT today"]);
        assert_eq!(labels("hot kiln"), ["Post: The kiln is HOT today"]);
        // One letter names commands, not posts.
        assert!(labels("k").iter().all(|l| !l.starts_with("Post:")));
        assert!(labels("nothing like this").is_empty());
        assert_eq!(
            matching(&all, &posts, "glaze"),
            [Command::Post {
                id: "p2".to_owned(),
                excerpt: "New glaze test".to_owned()
            }]
        );
    }

    #[wasm_bindgen_test]
    fn the_screens_shortcuts_follow_the_sidebar() {
        assert_eq!(
            Command::Go(Screen::Today).shortcut("Ctrl").as_deref(),
            Some("Ctrl+1")
        );
        assert_eq!(
            Command::Go(Screen::Settings).shortcut("⌘").as_deref(),
            Some("⌘+8")
        );
        assert_eq!(Command::Sync.shortcut("Ctrl").as_deref(), Some("Ctrl+R"));
        assert_eq!(
            Command::Range(RangePreset::Last7Days).shortcut("Ctrl"),
            None
        );
    }
}
