use guide_model::base::{AppBase, Mode};
use guide_model::locale::plural;
use guide_model::skills::{SearchIndex, SkillQuery, Sort, MAX_SIDE_BY_SIDE};
use guide_model::template::fill;
use guide_model::SkillsFile;
use leptos::prelude::*;

use super::card::SkillCard;
use super::card_link_id;
use super::progress_tools::ProgressTools;
use super::SkillsUi;
use crate::browser::{focus, perf};
use crate::components::{NeedsJs, TakeoverPart};
use crate::words::{use_locale, use_words};

/// The skill cards with search, category filters, sort, paging, progress and
/// the side-by-side selection. Where its query lives is up to the caller:
/// the URL on the site, a local signal inline.
#[component]
pub fn SkillCatalog(
    file: SkillsFile,
    query: Signal<SkillQuery>,
    /// Applies a new query; `true` while typing (the caller may write it
    /// to the URL later, replacing the history entry).
    set_query: Callback<(SkillQuery, bool)>,
) -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let (words, locale) = (use_words(), use_locale());
    let base = StoredValue::new(expect_context::<AppBase>());
    let index = StoredValue::new(SearchIndex::new(&file));
    let total = file.skills.len();
    let file = StoredValue::new(file);

    let shown = Memo::new(move |_| {
        let q = query.get();
        file.with_value(|f| {
            index
                .try_update_value(|ix| f.matching(ix, &q))
                .unwrap_or_default()
        })
    });

    // Cards render a page at a time, so a keystroke costs the same with 13
    // skills or 10,000 (see `make bench`). A new query starts at one page.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        query.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    // The grid's places, each following the skill at its position (see SkillCard).
    let places = move || 0..shown.with(Vec::len).min(limit.get());
    let hidden = move || shown.with(Vec::len).saturating_sub(limit.get());

    let set_query = move |next: SkillQuery, replace: bool| set_query.run((next, replace));
    let search_box = NodeRef::<leptos::html::Input>::new();
    // Remember the list's state, so a card's Close button comes back to it.
    Effect::new(move |_| ui.list_query.set(query.get().to_query_string()));
    // Give focus back to the card the reader opened, once it is on screen.
    Effect::new(move |_| {
        if let Some(id) = ui.return_focus.get() {
            request_animation_frame(move || {
                focus::focus_id(&card_link_id(&id));
                ui.return_focus.set(None);
            });
        }
    });
    Effect::new(|_| perf::mark(perf::CONTENT_READY));

    let categories = file.with_value(|f| f.categories.clone());
    let languages_note = file.with_value(|f| f.page.languages_note.clone());
    let category_buttons = categories
        .into_iter()
        .map(|c| {
            let id = c.id.clone();
            let pressed = {
                let id = id.clone();
                move || query.with(|q| q.categories.contains(&id))
            };
            view! {
                <button
                    type="button"
                    class="bg-chip"
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    title=c.description
                    on:click=move |_| set_query(query.get_untracked().toggled(&id), false)
                >
                    {c.name}
                </button>
            }
        })
        .collect_view();

    let count_text = move || {
        let n = shown.with(Vec::len);
        let total = total.to_string();
        if !query.with(SkillQuery::is_filtered) {
            return fill(words.skills_all, &[("total", &total)]);
        }
        let template = plural(
            n as u64,
            locale,
            words.skills_matching_one,
            words.skills_matching_other,
        );
        fill(template, &[("shown", &n.to_string()), ("total", &total)])
    };

    let on_search = {
        move |ev: leptos::ev::Event| {
            let mut next = query.get_untracked();
            next.q = event_target_value(&ev);
            set_query(next, true);
        }
    };
    let on_sort = {
        move |ev: leptos::ev::Event| {
            let mut next = query.get_untracked();
            next.sort = Sort::parse(&event_target_value(&ev)).unwrap_or_default();
            set_query(next, false);
        }
    };
    let clear = {
        move |_| {
            let next = SkillQuery {
                sort: query.get_untracked().sort,
                ..Default::default()
            };
            set_query(next, false);
            // A ref, not an id: inline mode renders in a shadow root, where
            // the document cannot find the search box.
            if let Some(input) = search_box.get_untracked() {
                let _ = input.focus();
            }
        }
    };

    let chosen_count = move || ui.side_by_side.with(Vec::len);
    let side_by_side_href = move || {
        let ids = ui.side_by_side.with(|ids| ids.join(","));
        base.with_value(|b| b.href(&format!("/skills/side-by-side?ids={ids}")))
    };
    // Inline mode has no router: the table opens on the guide, in a new tab,
    // never in place of the host's page.
    let inline = base.with_value(|b| b.mode == Mode::Inline);

    view! {
        <div class="bg-skills">
            <div class="bg-skills__toolbar" role="search" aria-label=words.skills_toolbar>
                <div class="bg-field">
                    <label class="bg-field__label" for="skill-search">
                        {words.search_skills}
                    </label>
                    <input
                        id="skill-search"
                        node_ref=search_box
                        class="bg-field__input"
                        type="search"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=words.search_placeholder
                        prop:value=move || query.with(|q| q.q.clone())
                        on:input=on_search
                    />
                </div>
                <div class="bg-field">
                    <label class="bg-field__label" for="skill-sort">
                        {words.sort}
                    </label>
                    <select
                        id="skill-sort"
                        class="bg-field__input"
                        on:change=on_sort
                        prop:value=move || query.with(|q| q.sort.key())
                    >
                        <option value="name">{words.sort_by_name}</option>
                        <option value="year">{words.sort_by_year}</option>
                    </select>
                </div>
                <div class="bg-skills__categories" role="group" aria-labelledby="skill-categories-label">
                    <span id="skill-categories-label" class="bg-field__label">
                        {words.categories}
                    </span>
                    <div class="bg-chips">{category_buttons}</div>
                </div>
            </div>

            <NeedsJs text=words.needs_js_search />

            <div class="bg-skills__status">
                <p class="bg-skills__count" role="status" aria-live="polite">
                    {count_text}
                </p>
                <ProgressTools file />
                <NeedsJs text=words.needs_js_compare_and_progress />
            </div>

            <Show when=move || shown.with(Vec::is_empty)>
                <div class="bg-skills__empty">
                    <p>{words.no_match}</p>
                    <button type="button" class="bg-button" on:click=clear>
                        {words.clear_filters}
                    </button>
                </div>
            </Show>

            <ul class="bg-skill-grid">
                <For each=places key=|place| *place let:place>
                    <li class="bg-skill-grid__item">
                        // A memo per place: the card's many bindings follow it,
                        // not the whole list (one subscriber each on `shown`).
                        // During the takeover each card is a task of its own.
                        <TakeoverPart>
                            <SkillCard
                                file
                                place
                                index=Memo::new(move |_| shown.with(|all| all.get(place).copied().unwrap_or(usize::MAX)))
                            />
                        </TakeoverPart>
                    </li>
                </For>
            </ul>

            <Show when=move || { hidden() > 0 }>
                <p class="bg-skills__more">
                    <button
                        type="button"
                        class="bg-button bg-button--quiet"
                        on:click=move |_| limit.update(|l| *l += PAGE)
                    >
                        {move || {
                            let hidden = hidden();
                            fill(
                                words.show_more,
                                &[
                                    ("count", &hidden.min(PAGE).to_string()),
                                    ("hidden", &hidden.to_string()),
                                ],
                            )
                        }}
                    </button>
                </p>
            </Show>

            <p class="bg-skills__note">{languages_note}</p>

            <Show when=move || { chosen_count() > 0 }>
                <div class="bg-side-by-side-bar" role="region" aria-label=words.comparison>
                    <p>
                        {move || {
                            let n = chosen_count();
                            fill(
                                plural(n as u64, locale, words.chosen_one, words.chosen_other),
                                &[("count", &n.to_string()), ("max", &MAX_SIDE_BY_SIDE.to_string())],
                            )
                        }}
                    </p>
                    <Show
                        when=move || { chosen_count() >= 2 }
                        fallback=|| view! { <span class="bg-side-by-side-bar__hint"></span> }
                    >
                        <a
                            class="bg-button"
                            href=side_by_side_href
                            target=inline.then_some("_blank")
                            rel=inline.then_some("noopener")
                        >
                            {words.compare_side_by_side}
                        </a>
                    </Show>
                    <button type="button" class="bg-button bg-button--quiet" on:click=move |_| ui.side_by_side.set(Vec::new())>
                        {words.clear_comparison}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// How many cards one page shows.
const PAGE: usize = 60;
