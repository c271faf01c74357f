use guide_model::content_file::{ContentFile, LoadError};
use guide_model::locale::plural;
use guide_model::template::fill;
use leptos::prelude::*;

use crate::content::ContentResource;
use crate::words::{use_locale, use_words};

/// Renders a content file: `skeleton` while it loads, `render(data)` once
/// it is there, and a readable error with Retry if it fails. A file that is
/// ready from the start (build time, takeover) renders at once, with no
/// skeleton and no suspense.
///
/// Each use is its own error boundary: the error is a value rendered in place,
/// so one broken file never takes the rest of the page down. (Leptos's
/// `ErrorBoundary` is not used here: its hook is ambient, and an error that
/// resolves asynchronously can land in a sibling boundary, whose Retry then
/// reloads the wrong file.)
#[component]
pub fn Loaded<T, F, V>(
    resource: ContentResource<T>,
    /// Placeholder with the same footprint as the content, shown while loading.
    #[prop(into)]
    skeleton: ViewFn,
    /// Builds the view from the loaded data.
    render: F,
    /// Smaller error layout for tight places such as the header.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView
where
    T: ContentFile + Send + Sync,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // Only this line depends on the render function's type; the loading
    // machinery below is compiled once per content type, which keeps the
    // wasm small (each distinct view otherwise gets its own copy).
    let render = Callback::new(move |data: T| render(data).into_any());
    loaded_view(resource, skeleton, render, compact)
}

fn loaded_view<T>(
    resource: ContentResource<T>,
    skeleton: ViewFn,
    render: Callback<T, AnyView>,
    compact: bool,
) -> AnyView
where
    T: ContentFile + Send + Sync,
{
    let retry = Callback::new(move |()| resource.refetch());
    // Read here, while rendering: the closure below runs again later.
    let words = use_words();
    // Re-renders when the file's state changes, and only then: what `render`
    // reads is tracked by the views it builds, not here.
    (move || match resource.get() {
        None => view! {
            <div class="bg-loading" aria-busy="true">
                <span class="bg-visually-hidden" role="status">{words.loading}</span>
                {skeleton.run()}
            </div>
        }
        .into_any(),
        Some(Ok(data)) => untrack(|| render.run(data)),
        Some(Err(error)) => view! { <LoadFailed error compact on_retry=retry /> }.into_any(),
    })
    .into_any()
}

/// The error panel: what failed, where, and a way to try again. The first
/// problem reads `file: path: message`; a file that breaks several rules
/// lists the others below it, so an editor sees them all at once.
#[component]
pub fn LoadFailed(
    error: LoadError,
    /// Smaller layout for tight places such as the header.
    #[prop(optional)]
    compact: bool,
    on_retry: Callback<()>,
) -> impl IntoView {
    let (words, locale) = (use_words(), use_locale());
    let file = error.file().to_string();
    let more = error.more().to_vec();
    let more = (!more.is_empty()).then(|| {
        let n = more.len();
        let template = plural(
            n as u64,
            locale,
            words.more_problems_one,
            words.more_problems_other,
        );
        let count = fill(template, &[("count", &n.to_string())]);
        view! {
            <details class="bg-error__more">
                <summary>{count}</summary>
                <ul class="bg-error__list">
                    {more
                        .into_iter()
                        .map(|problem| {
                            view! {
                                <li>
                                    <code class="bg-error__file">{file.clone()}</code>
                                    ": "
                                    {problem.to_string()}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    });
    view! {
        <div class="bg-error" class:bg-error--compact=compact role="alert">
            <p class="bg-error__title">{words.load_failed}</p>
            <p class="bg-error__detail">
                <code class="bg-error__file">{error.file().to_string()}</code>
                ": "
                <span class="bg-error__reason">{error.reason_in(words)}</span>
            </p>
            {more}
            <button type="button" class="bg-button" on:click=move |_| on_retry.run(())>
                {words.retry}
            </button>
        </div>
    }
}
