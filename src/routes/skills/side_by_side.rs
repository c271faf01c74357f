use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::SkillsUi;
use crate::components::{use_page_title, Loaded, NeedsJs};
use crate::content::use_content;
use crate::words::use_words;
use guide_model::base::AppBase;
use guide_model::pages::document_title;
use guide_model::skills::{side_by_side, Skill};
use guide_model::template::fill;
use guide_model::{Site, SkillsFile};

/// `/skills/side-by-side?ids=python,java`: two or three skills in one table.
#[component]
pub fn SkillsSideBySide() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let query = use_query_map();
    let ids = Memo::new(move |_| query.with(|q| q.get("ids").unwrap_or_default()));
    let site = use_content::<Site>();
    use_page_title(move || {
        Some(document_title(
            &ui.file.loaded()?.page.compare.title,
            &site.loaded()?,
        ))
    });
    view! {
        <Loaded
            resource=ui.file
            skeleton=|| view! { <div class="bg-skeleton bg-skill-detail__skeleton"></div> }
            render=move |file: SkillsFile| {
                let title = file.page.compare.title.clone();
                view! {
                    <header class="bg-page-head">
                        <h1 class="bg-page-head__title">{title}</h1>
                    </header>
                    {move || table_view(&file, &ids.get())}
                }
            }
        />
    }
}

/// The rows every column gets, in order: (row heading, cell text).
fn rows<'a>(skill: &Skill, file: &'a SkillsFile) -> Vec<(&'a str, String)> {
    let join = |items: &[String]| items.join(", ");
    let l = &file.page.labels;
    vec![
        (
            l.category.as_str(),
            file.category(&skill.category)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
        ),
        (l.summary.as_str(), skill.summary.clone()),
        (
            l.first_release.as_str(),
            skill
                .first_release
                .map(|y| y.to_string())
                .unwrap_or_else(|| l.none.clone()),
        ),
        (
            l.known_for.as_str(),
            skill.known_for.clone().unwrap_or_else(|| l.none.clone()),
        ),
        (l.tools.as_str(), join(&skill.tools)),
        (l.used_for.as_str(), join(&skill.used_for)),
        (l.strengths.as_str(), skill.strengths.join(" ")),
        (l.tradeoffs.as_str(), skill.tradeoffs.join(" ")),
    ]
}

fn table_view(file: &SkillsFile, ids: &str) -> AnyView {
    let base = expect_context::<AppBase>();
    let kept = use_words();
    let words = &file.page.compare;
    let (skills, unknown) = side_by_side(file, ids);
    let unknown_note = (!unknown.is_empty()).then(|| {
        view! {
            <p class="bg-error" role="alert">
                {fill(&words.unknown, &[("ids", &unknown.join(", "))])}
            </p>
        }
    });
    if skills.len() < 2 {
        return view! {
            {unknown_note}
            <p>{words.empty.clone()}</p>
            <NeedsJs text=kept.needs_js_choose_skills />
            <p>
                <a class="bg-target" href=base.href("/skills")>{words.back_link.clone()}</a>
            </p>
        }
        .into_any();
    }
    let names: Vec<String> = skills.iter().map(|s| s.name.clone()).collect();
    let columns: Vec<Vec<(&str, String)>> = skills.iter().map(|s| rows(s, file)).collect();
    let headings: Vec<String> = columns[0].iter().map(|(h, _)| h.to_string()).collect();
    let body = headings
        .iter()
        .enumerate()
        .map(|(r, heading)| {
            view! {
                <tr>
                    <th scope="row">{heading.clone()}</th>
                    {columns.iter().map(|col| view! { <td>{col[r].1.clone()}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        {unknown_note}
        <div class="bg-table-wrap" tabindex="0" role="region" aria-label=words.table_label.clone()>
            <table class="bg-table bg-table--side-by-side">
                <caption>{fill(&words.caption, &[("names", &names.join(", "))])}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {skills
                            .iter()
                            .map(|s| {
                                view! {
                                    <th scope="col">
                                        <a class="bg-target" href=base.href(&format!("/skills/{}", s.id))>{s.name.clone()}</a>
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p>
            <a class="bg-target" href=base.href("/skills")>{words.back_link.clone()}</a>
        </p>
    }
    .into_any()
}
