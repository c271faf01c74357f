use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::SkillsUi;
use crate::components::{use_page_title, Loaded, NeedsJs};
use crate::content::use_content;
use guide_model::base::AppBase;
use guide_model::pages::{document_title, side_by_side_heading};
use guide_model::skills::{side_by_side, Skill};
use guide_model::Site;
use guide_model::SkillsFile;

/// `/skills/side-by-side?ids=python,java`: two or three skills in one table.
#[component]
pub fn SkillsSideBySide() -> impl IntoView {
    let ui = expect_context::<SkillsUi>();
    let query = use_query_map();
    let ids = Memo::new(move |_| query.with(|q| q.get("ids").unwrap_or_default()));
    let site = use_content::<Site>();
    use_page_title(move || Some(document_title(side_by_side_heading(), &site.loaded()?)));
    view! {
        <header class="bg-page-head">
            <h1 class="bg-page-head__title">{side_by_side_heading()}</h1>
        </header>
        <Loaded
            resource=ui.file
            skeleton=|| view! { <div class="bg-skeleton bg-skill-detail__skeleton"></div> }
            render=move |file: SkillsFile| move || table_view(&file, &ids.get())
        />
    }
}

/// The rows every column gets, in order: (row heading, cell text).
fn rows(skill: &Skill, file: &SkillsFile) -> Vec<(&'static str, String)> {
    let join = |items: &[String]| items.join(", ");
    vec![
        (
            "Category",
            file.category(&skill.category)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
        ),
        ("Summary", skill.summary.clone()),
        (
            "First released",
            skill
                .first_release
                .map(|y| y.to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        (
            "Known for",
            skill.known_for.clone().unwrap_or_else(|| "—".into()),
        ),
        ("Frameworks and tools", join(&skill.tools)),
        ("Where it is used", join(&skill.used_for)),
        ("Strengths", skill.strengths.join(" ")),
        ("Trade-offs", skill.tradeoffs.join(" ")),
    ]
}

fn table_view(file: &SkillsFile, ids: &str) -> AnyView {
    let base = expect_context::<AppBase>();
    let (skills, unknown) = side_by_side(file, ids);
    let unknown_note = (!unknown.is_empty()).then(|| {
        view! {
            <p class="bg-error" role="alert">
                "Not found, so left out: " {unknown.join(", ")}
            </p>
        }
    });
    if skills.len() < 2 {
        return view! {
            {unknown_note}
            <p>"Choose two or three skills with their “Compare” boxes to see them side by side."</p>
            <NeedsJs text="Choosing skills needs JavaScript." />
            <p>
                <a class="bg-target" href=base.href("/skills")>"Back to all skills"</a>
            </p>
        }
        .into_any();
    }
    let names: Vec<String> = skills.iter().map(|s| s.name.clone()).collect();
    let columns: Vec<Vec<(&str, String)>> = skills.iter().map(|s| rows(s, file)).collect();
    let headings: Vec<&str> = columns[0].iter().map(|(h, _)| *h).collect();
    let body = headings
        .iter()
        .enumerate()
        .map(|(r, heading)| {
            view! {
                <tr>
                    <th scope="row">{*heading}</th>
                    {columns.iter().map(|col| view! { <td>{col[r].1.clone()}</td> }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        {unknown_note}
        <div class="bg-table-wrap" tabindex="0" role="region" aria-label="Comparison table">
            <table class="bg-table bg-table--side-by-side">
                <caption>{format!("Comparing {}", names.join(", "))}</caption>
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
            <a class="bg-target" href=base.href("/skills")>"Back to all skills"</a>
        </p>
    }
    .into_any()
}
