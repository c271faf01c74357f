//! Which step of the request flow is selected, and how to change it:
//! through the URL on `/compare` (`?step=…`, beside `?aspect=…`), in a local
//! signal in the overview's compact copy.

use guide_model::comparison::Flow;
use guide_model::CompareQuery;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;

use crate::routes::use_app_navigate;

/// The selected step, as a copyable handle.
#[derive(Clone, Copy)]
pub struct StepSelection {
    /// The index of the selected step, if any.
    pub selected: Signal<Option<usize>>,
    local: RwSignal<Option<usize>>,
    flow: StoredValue<Flow>,
    url: Option<UrlSync>,
}

/// `use_navigate`'s closure, boxed so it can be stored in a `Copy` handle.
type Navigate = Box<dyn Fn(&str, NavigateOptions) + Send + Sync>;

#[derive(Clone, Copy)]
struct UrlSync {
    query: Memo<leptos_router::params::ParamsMap>,
    navigate: StoredValue<Navigate>,
}

/// The selection of `flow`'s steps: in the URL unless `local`. Call while
/// rendering, where the router is in reach.
pub fn use_step_selection(flow: StoredValue<Flow>, local: bool) -> StepSelection {
    let own = RwSignal::new(None);
    let url = (!local).then(|| UrlSync {
        query: use_query_map(),
        navigate: StoredValue::new(Box::new(use_app_navigate()) as Navigate),
    });
    let selected = match url {
        Some(UrlSync { query, .. }) => Signal::derive(move || {
            let step = query.with(|q| CompareQuery::from_pairs(q.latest_values()).step)?;
            flow.with_value(|f| f.step_index(&step))
        }),
        None => own.into(),
    };
    StepSelection {
        selected,
        local: own,
        flow,
        url,
    }
}

impl StepSelection {
    /// Selects step `i` (or none), replacing the history entry in URL mode.
    pub fn select(self, i: Option<usize>) {
        let Some(UrlSync { query, navigate }) = self.url else {
            self.local.set(i);
            return;
        };
        let step = i.and_then(|i| {
            self.flow
                .with_value(|f| f.steps.get(i).map(|s| s.id.clone()))
        });
        let mut next = query.with_untracked(|q| CompareQuery::from_pairs(q.latest_values()));
        next.step = step;
        navigate.with_value(|go| {
            go(
                &next.path(),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    }
}
