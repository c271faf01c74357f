use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::Progress;
use crate::words::{use_locale, use_words};
use guide_model::locale::plural;
use guide_model::progress::{check_file_size, KnownIds, Level};
use guide_model::template::fill;
use guide_model::SkillsFile;

/// "Not started / Learning / Known" for one skill.
#[component]
pub fn LevelSelect(
    #[prop(into)] skill_id: Signal<String>,
    #[prop(into)] skill_name: Signal<String>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let words = use_words();
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
                {words.progress} <span class="bg-visually-hidden">{words.progress_for} {skill_name}</span>
            </span>
            <select
                class="bg-level__select"
                class:bg-level__select--known=move || value() == "known"
                prop:value=value
                on:change=on_change
            >
                <option value="none">{words.level_not_started}</option>
                <option value="learning">{words.level(Level::Learning)}</option>
                <option value="known">{words.level(Level::Known)}</option>
            </select>
        </label>
    }
}

/// How many skills are known, and moving progress in and out as a file.
#[component]
pub fn ProgressTools(file: StoredValue<SkillsFile>) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let (words, locale) = (use_words(), use_locale());
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
        let outcome = crate::browser::download::download(EXPORT_FILE, "application/json", &json);
        message.set(Some(match outcome {
            Ok(()) => (
                false,
                fill(words.progress_exported, &[("file", EXPORT_FILE)]),
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
            let Some(text) = crate::browser::files::read_picked_file(&input, check_file_size).await
            else {
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
                    let n = report.imported;
                    let imported = plural(
                        n as u64,
                        locale,
                        words.progress_imported_one,
                        words.progress_imported_other,
                    );
                    let mut text = fill(imported, &[("count", &n.to_string()), ("file", &name)]);
                    if !report.skipped.is_empty() {
                        text.push(' ');
                        text.push_str(&fill(
                            words.progress_skipped,
                            &[("ids", &report.skipped.join(", "))],
                        ));
                    }
                    (false, text)
                }
                Err(reason) => (
                    true,
                    fill(
                        words.progress_import_failed,
                        &[("file", &name), ("reason", &reason)],
                    ),
                ),
            }));
        });
    };

    view! {
        <div class="bg-progress">
            <label class="bg-progress__meter" for="progress-meter">
                <span>
                    {move || {
                        fill(
                            words.progress_known,
                            &[("known", &known().to_string()), ("total", &total.to_string())],
                        )
                    }}
                    {move || match learning() {
                        0 => String::new(),
                        n => format!(" · {}", fill(words.progress_learning, &[("count", &n.to_string())])),
                    }}
                </span>
                <progress id="progress-meter" max=total value=known></progress>
            </label>
            <div class="bg-progress__actions">
                <button type="button" class="bg-button bg-button--quiet" on:click=export>
                    {words.export_progress}
                </button>
                <label class="bg-button bg-button--quiet bg-file">
                    {words.import_progress}
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

/// The name an export is saved under.
const EXPORT_FILE: &str = "backend-guide-progress.json";
