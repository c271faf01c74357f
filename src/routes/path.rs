use leptos::prelude::*;

use crate::components::{LoadFailed, Loaded, NeedsJs, Progress};
use crate::content::use_content;
use crate::routes::SectionHead;
use crate::words::use_words;
use guide_model::base::{AppBase, Mode};
use guide_model::content_file::{ContentFile, LoadError};
use guide_model::path::{Estimate, LearningPath, Step};
use guide_model::progress::{Level, HOURS_PER_WEEK};
use guide_model::template::fill;
use guide_model::{SectionId, SkillsFile};

/// `/path`: "Where to start", the learning path. Each step links the skill
/// cards it uses; the reader's progress says which steps are done, and the
/// pace planner turns the open steps into a range of weeks. The hours a
/// week are kept with the progress store (never in the URL: they are the
/// reader's own and go nowhere), so the page needs no router and also
/// renders inline.
#[component]
pub fn PathPage() -> impl IntoView {
    let path = use_content::<LearningPath>();
    let skills = use_content::<SkillsFile>();
    let retry = Callback::new(move |()| {
        path.refetch();
        skills.refetch();
    });
    view! {
        <SectionHead section=SectionId::Path />
        <Loaded
            resource=path
            skeleton=PathSkeleton
            render=move |path: LearningPath| {
                view! {
                    <Loaded
                        resource=skills
                        skeleton=PathSkeleton
                        render=move |skills_file: SkillsFile| {
                            checked_path(path.clone(), skills_file, retry)
                        }
                    />
                }
            }
        />
    }
}

/// The path, once both files are in: a step naming a skill skills.json
/// lacks is the editor's slip, shown like any other content error.
fn checked_path(path: LearningPath, skills: SkillsFile, retry: Callback<()>) -> AnyView {
    match LoadError::invalid(LearningPath::FILE, path.skill_problems(&skills)) {
        Some(error) => view! { <LoadFailed error on_retry=retry /> }.into_any(),
        None => path_view(path, skills).into_any(),
    }
}

fn path_view(path: LearningPath, skills: SkillsFile) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let intro = path
        .intro
        .iter()
        .map(|p| view! { <p>{p.clone()}</p> })
        .collect_view();
    let (low, high) = path.total_hours();
    let total = fill(
        &path.total,
        &[("low", &low.to_string()), ("high", &high.to_string())],
    );
    let heading = path.steps_heading.clone();
    let note = path.progress.note.clone();
    let path = StoredValue::new(path);
    let skills = StoredValue::new(skills);
    let progress_line = move || path.with_value(|p| progress.state.with(|s| p.progress_text(s)));
    let steps = path.with_value(|p| {
        p.steps
            .iter()
            .enumerate()
            .map(|(i, step)| step_view(i, step.clone(), path, skills))
            .collect_view()
    });
    view! {
        <div class="bg-path">
            <div class="bg-path__intro">{intro}</div>
            <Planner path total />
            <section class="bg-path__section" aria-labelledby="path-steps">
                <h2 id="path-steps">{heading}</h2>
                <p class="bg-path__progress" role="status">
                    {progress_line}
                </p>
                <p class="bg-path__progress-note">{note}</p>
                <ol class="bg-path__steps">{steps}</ol>
            </section>
        </div>
    }
}

/// Hours a week in, a range of weeks for the open steps out.
#[component]
fn Planner(path: StoredValue<LearningPath>, total: String) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let words = path.with_value(|p| p.planner.clone());
    let kept = use_words();
    let estimate_note = path.with_value(|p| p.estimate_note.clone());
    // The field's own text, so typing "0" or clearing it is not overwritten;
    // the stored hours follow it whenever it holds a valid number.
    let typed = RwSignal::new(
        progress
            .state
            .with_untracked(|s| s.hours_per_week.map(|h| h.to_string()).unwrap_or_default()),
    );
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let hours = text.trim().parse::<u16>().ok();
        typed.set(text);
        progress.state.update(|s| s.set_hours_per_week(hours));
    };
    let estimate = move || {
        path.with_value(|p| {
            progress
                .state
                .with(|s| p.estimate_text(p.estimate(s, s.hours_per_week)))
        })
    };
    // Nothing to print while the reader has not said their hours.
    let waiting = move || {
        path.with_value(|p| {
            progress
                .state
                .with(|s| p.estimate(s, s.hours_per_week) == Estimate::NeedHours)
        })
    };
    view! {
        <section class="bg-path__planner" aria-labelledby="path-planner">
            <h2 id="path-planner">{words.heading}</h2>
            <p>{words.intro}</p>
            <div class="bg-field bg-path__field">
                <label class="bg-field__label" for="path-hours">
                    {words.hours_label}
                </label>
                <input
                    id="path-hours"
                    class="bg-field__input bg-path__hours"
                    type="number"
                    inputmode="numeric"
                    min=*HOURS_PER_WEEK.start()
                    max=*HOURS_PER_WEEK.end()
                    step="1"
                    aria-describedby="path-privacy"
                    prop:value=move || typed.get()
                    on:input=on_input
                />
                <NeedsJs text=kept.needs_js_planner />
            </div>
            <p class="bg-path__estimate" class:bg-path__estimate--waiting=waiting aria-live="polite">
                {estimate}
            </p>
            <p class="bg-path__note">{estimate_note} " " {total}</p>
            <p id="path-privacy" class="bg-path__privacy">
                {words.privacy}
            </p>
        </section>
    }
}

fn step_view(
    i: usize,
    step: Step,
    path: StoredValue<LearningPath>,
    skills: StoredValue<SkillsFile>,
) -> impl IntoView {
    let progress = expect_context::<Progress>();
    let base = expect_context::<AppBase>();
    let words = use_words();
    // Inline mode has no router: a card opens on the guide, in a new tab.
    let inline = base.mode == Mode::Inline;
    let labels = path.with_value(|p| p.labels.clone());
    let title_id = format!("step-{}-title", step.id);
    let hours = fill(
        &labels.hours,
        &[
            ("low", &step.hours.low.to_string()),
            ("high", &step.hours.high.to_string()),
        ],
    );
    let done = {
        let step = step.clone();
        move || progress.state.with(|s| step.is_done(s))
    };
    let practice = step
        .practice
        .iter()
        .map(|item| view! { <li>{item.clone()}</li> })
        .collect_view();
    let cards = step
        .skills
        .iter()
        .filter_map(|id| skills.with_value(|f| f.skill(id).cloned()))
        .map(|skill| {
            let id = skill.id.clone();
            let level = move || progress.state.with(|s| s.level(&id));
            view! {
                <li class="bg-path__card">
                    <a
                        class="bg-target"
                        href=base.href(&format!("/skills/{}", skill.id))
                        target=inline.then_some("_blank")
                        rel=inline.then_some("noopener")
                    >
                        {skill.name}
                    </a>
                    // The level words are the progress control's own (see LevelSelect).
                    {move || {
                        level()
                            .map(|level| {
                                let class = match level {
                                    Level::Known => "bg-path__level bg-path__level--known",
                                    Level::Learning => "bg-path__level",
                                };
                                view! { <span class=class>{words.level(level)}</span> }
                            })
                    }}
                </li>
            }
        })
        .collect_view();
    let done_badge = labels.done.clone();
    view! {
        <li
            id=format!("step-{}", step.id)
            class="bg-path__step"
            class:bg-path__step--done=done.clone()
        >
            <div class="bg-path__step-head">
                <span class="bg-path__number" aria-hidden="true">
                    {i + 1}
                </span>
                <h3 id=title_id class="bg-path__title">
                    {step.title.clone()}
                </h3>
                <Show when=done.clone()>
                    <span class="bg-path__done">{done_badge.clone()}</span>
                </Show>
            </div>
            <p class="bg-path__step-hours">{hours}</p>
            <h4>{labels.why.clone()}</h4>
            <p>{step.why.clone()}</p>
            <h4>{labels.practice.clone()}</h4>
            <ul class="bg-path__practice">{practice}</ul>
            <h4>{labels.skills.clone()}</h4>
            <ul class="bg-path__cards">{cards}</ul>
        </li>
    }
}

#[component]
fn PathSkeleton() -> impl IntoView {
    view! {
        <div class="bg-path bg-path--skeleton" aria-hidden="true">
            <div class="bg-skeleton bg-skeleton--para"></div>
            <div class="bg-skeleton bg-path__skeleton-planner"></div>
            <div class="bg-skeleton bg-skeleton--h2"></div>
            {(0..3)
                .map(|_| view! { <div class="bg-skeleton bg-path__skeleton-step"></div> })
                .collect_view()}
        </div>
    }
}
