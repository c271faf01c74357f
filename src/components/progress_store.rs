use guide_model::progress::ProgressState;
use leptos::prelude::*;

use crate::browser::storage;
use crate::words::use_words;

/// The reader's progress, shared by the skill cards and the careers
/// self-check. On the site it is saved to localStorage whenever it changes.
#[derive(Clone, Copy)]
pub struct Progress {
    pub state: RwSignal<ProgressState>,
    /// A storage problem to tell the reader about, once.
    pub notice: RwSignal<Option<String>>,
}

impl Progress {
    /// Progress that lasts only as long as the page: embed views and inline
    /// mode run in someone else's page, and the reader's storage is not
    /// theirs to read or write. Also what build-time rendering uses.
    pub fn provide_in_memory() -> Progress {
        let progress = Progress {
            state: RwSignal::new(ProgressState::default()),
            notice: RwSignal::new(None),
        };
        provide_context(progress);
        progress
    }

    /// Loads stored progress and starts saving changes. The site's root only.
    pub fn provide_stored() -> Progress {
        let (state, problem) = storage::load_progress();
        let progress = Progress {
            state: RwSignal::new(state),
            notice: RwSignal::new(problem.map(|p| p.0)),
        };
        Effect::new(move |first_run: Option<()>| {
            let state = progress.state.get();
            // The first run only reads what was just loaded; nothing to save.
            if first_run.is_some() {
                if let Err(problem) = storage::save_progress(&state) {
                    if progress.notice.get_untracked().is_none() {
                        progress.notice.set(Some(problem.0));
                    }
                }
            }
        });
        // Another open tab's ticks show here too (issue 21: one progress
        // across tabs); listening starts in the browser only.
        Effect::new(move |_| {
            storage::on_progress_saved_elsewhere(move |state| {
                if progress.state.with_untracked(|now| *now != state) {
                    progress.state.set(state);
                }
            });
        });
        provide_context(progress);
        progress
    }
}

/// Tells the reader once about a storage problem; dismissible.
#[component]
pub fn ProgressNotice() -> impl IntoView {
    let progress = expect_context::<Progress>();
    let words = use_words();
    move || {
        progress.notice.get().map(|text| {
            view! {
                <div class="bg-notice" role="status">
                    <p>{text}</p>
                    <button type="button" class="bg-button bg-button--quiet" on:click=move |_| progress.notice.set(None)>
                        {words.dismiss}
                    </button>
                </div>
            }
        })
    }
}
