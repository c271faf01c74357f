use leptos::either::Either;
use leptos::prelude::*;

use crate::content::LoadError;

/// Renders a content resource: `skeleton` while it loads, `render(data)` once
/// it is there, and a readable error with Retry if it fails.
///
/// Each use is its own error boundary: the error is a value rendered in place,
/// so one broken file never takes the rest of the page down. (Leptos's
/// `ErrorBoundary` is not used here: its hook is ambient, and an error that
/// resolves asynchronously can land in a sibling boundary, whose Retry then
/// reloads the wrong file.)
#[component]
pub fn Loaded<T, F, V>(
    resource: LocalResource<Result<T, LoadError>>,
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
    T: Clone + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=move || {
            view! {
                <div class="bg-loading" aria-busy="true">
                    <span class="bg-visually-hidden" role="status">"Loading…"</span>
                    {skeleton.run()}
                </div>
            }
        }>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => Either::Left(render(data)),
                        Err(error) => {
                            Either::Right(
                                view! {
                                    <LoadFailed error compact on_retry=move || resource.refetch() />
                                },
                            )
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// The error panel: what failed, where, and a way to try again.
#[component]
fn LoadFailed(
    error: LoadError,
    compact: bool,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="bg-error" class:bg-error--compact=compact role="alert">
            <p class="bg-error__title">"This part of the guide could not be loaded."</p>
            <p class="bg-error__detail">
                <code class="bg-error__file">{error.file().to_string()}</code>
                ": "
                <span class="bg-error__reason">{error.reason()}</span>
            </p>
            <button type="button" class="bg-button" on:click=move |_| on_retry()>
                "Retry"
            </button>
        </div>
    }
}
