use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::Progress;
use guide_model::progress::{KnownIds, Level};
use guide_model::SkillsFile;

/// "Not started / Learning / Known" for one skill.
#[component]
pub fn LevelSelect(
    #[prop(into)] skill_id: Signal<String>,
    #[prop(into)] skill_name: Signal<String>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let value = move || {
        skill_id
            .with(|id| progress.state.with(|s| s.level(id)))
            .map_or("none", Level::key)
    };
    let on_change = move |ev: leptos::ev::Event| {
        let level = Level::parse(&event_target_value(&ev));
        skill_id.with_untracked(|id| progress.state.update(|s| s.set_level(id, level)));
    };
    view! {
        // The label holds its control: no ids to keep in step as the skill changes.
        <label class="bg-level">
            <span class="bg-level__label">
                "Progress" <span class="bg-visually-hidden">" for " {skill_name}</span>
            </span>
            <select
                class="bg-level__select"
                class:bg-level__select--known=move || value() == "known"
                prop:value=value
                on:change=on_change
            >
                <option value="none">"Not started"</option>
                <option value="learning">"Learning"</option>
                <option value="known">"Known"</option>
            </select>
        </label>
    }
}

/// How many skills are known, and moving progress in and out as a file.
#[component]
pub fn ProgressTools(file: StoredValue<SkillsFile>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let ids: Vec<String> = file.with_value(|f| f.skills.iter().map(|s| s.id.clone()).collect());
    let total = ids.len();
    let ids = StoredValue::new(ids);
    let known = move || {
        ids.with_value(|ids| {
            progress
                .state
                .with(|s| s.known_among(ids.iter().map(String::as_str)))
        })
    };
    let learning = move || {
        ids.with_value(|ids| {
            progress.state.with(|s| {
                ids.iter()
                    .filter(|id| s.level(id) == Some(Level::Learning))
                    .count()
            })
        })
    };
    // The outcome of the last export or import: (is_error, text).
    let message = RwSignal::new(None::<(bool, String)>);

    let export = move |_| {
        let json = progress.state.with_untracked(|s| s.to_json());
        let outcome = crate::browser::download::download(
            "backend-guide-progress.json",
            "application/json",
            &json,
        );
        message.set(Some(match outcome {
            Ok(()) => (
                false,
                "Progress exported as backend-guide-progress.json.".to_string(),
            ),
            Err(e) => (true, e),
        }));
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let name = input
            .files()
            .and_then(|f| f.get(0))
            .map(|f| f.name())
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let Some(text) = crate::browser::files::read_picked_file(&input).await else {
                return;
            };
            input.set_value("");
            let known_ids = KnownIds {
                skills: Some(ids.with_value(|ids| ids.iter().cloned().collect())),
                roles: None,
            };
            let result = text.and_then(|text| {
                progress
                    .state
                    .with_untracked(|s| s.import(&text, &known_ids))
            });
            message.set(Some(match result {
                Ok(report) => {
                    progress.state.set(report.state);
                    let mut text = format!("Imported {} entries from {name}.", report.imported);
                    if !report.skipped.is_empty() {
                        text.push_str(&format!(
                            " Skipped ids this guide does not know: {}.",
                            report.skipped.join(", ")
                        ));
                    }
                    (false, text)
                }
                Err(reason) => (
                    true,
                    format!("{name} could not be imported: {reason}. Your saved progress was not changed."),
                ),
            }));
        });
    };

    view! {
        <div class="bg-progress">
            <label class="bg-progress__meter" for="progress-meter">
                <span>{move || format!("Known: {} of {total}", known())} {move || match learning() {
                    0 => String::new(),
                    n => format!(" · learning {n}"),
                }}</span>
                <progress id="progress-meter" max=total value=known></progress>
            </label>
            <div class="bg-progress__actions">
                <button type="button" class="bg-button bg-button--quiet" on:click=export>
                    "Export progress"
                </button>
                <label class="bg-button bg-button--quiet bg-file">
                    "Import progress"
                    <input
                        class="bg-file__input"
                        type="file"
                        accept="application/json,.json"
                        on:change=on_file
                    />
                </label>
            </div>
            <div class="bg-progress__message" aria-live="polite">
                {move || {
                    message
                        .get()
                        .map(|(is_error, text)| {
                            view! {
                                <p class="bg-progress__note" class:bg-progress__note--error=is_error role=if is_error { "alert" } else { "status" }>
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
        </div>
    }
}
