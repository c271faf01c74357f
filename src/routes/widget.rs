//! `/widget`: the builder for site owners. Pick what to show, its theme,
//! language, loading mode, height and name; see the real widget, placed by
//! `embed.js` as a host page would; copy any of the snippets. The choice is
//! kept in the address (`guide_model::widget`), so it can be shared.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::NavigateOptions;

use crate::components::{on_page, use_guide_root, use_page_title, Loaded, NeedsJs, Snippet};
use crate::content::{fetch_text, use_content};
use crate::routes::{use_app_navigate, NotFound};
use crate::words::{use_locale, use_words};
use guide_model::base::{AppBase, Mode};
use guide_model::embed::{LoadMode, WidgetItem, HEIGHT_RANGE};
use guide_model::locale::Locale;
use guide_model::pages::{document_title, title_of, Page};
use guide_model::site::{Choice, WidgetPage as Words};
use guide_model::template::fill;
use guide_model::theme::Theme;
use guide_model::widget::{WidgetChoice, MAX_NAME};
use guide_model::{Careers, SectionId, Site, SkillsFile};

/// The builder's page; only on the site (an embed view of it is not found).
#[component]
pub fn WidgetPage() -> impl IntoView {
    if expect_context::<AppBase>().mode != Mode::Site {
        return view! { <NotFound /> }.into_any();
    }
    let site = use_content::<Site>();
    let skills = use_content::<SkillsFile>();
    let careers = use_content::<Careers>();
    use_page_title(move || {
        let site = site.loaded()?;
        Some(document_title(&site.widget.title, &site))
    });
    view! {
        <Loaded
            resource=site
            skeleton=WidgetSkeleton
            render=move |site: Site| {
                view! {
                    <Loaded
                        resource=skills
                        skeleton=WidgetSkeleton
                        render=move |skills: SkillsFile| {
                            let site = site.clone();
                            view! {
                                <Loaded
                                    resource=careers
                                    skeleton=WidgetSkeleton
                                    render=move |careers: Careers| {
                                        builder(site.clone(), skills.clone(), careers)
                                    }
                                />
                            }
                        }
                    />
                }
            }
        />
    }
    .into_any()
}

#[component]
fn WidgetSkeleton() -> impl IntoView {
    view! { <div class="bg-skeleton bg-page-head__skeleton"></div> }
}

fn builder(site: Site, skills: SkillsFile, careers: Careers) -> impl IntoView {
    let locale = use_locale();
    let words = use_words();
    let root = StoredValue::new(use_guide_root());
    let search = use_location().search.get_untracked();
    let exists = |item: &WidgetItem| match item {
        WidgetItem::Section(_) => true,
        WidgetItem::Skill(id) => skills.skill(id).is_some(),
        WidgetItem::Chart(key) => careers.chart_in(key, locale).is_some(),
    };
    let (initial, unknown) = WidgetChoice::from_query(&search, locale, exists);
    let choice = RwSignal::new(initial.clone());
    let w = site.widget.clone();

    // The address keeps the choice (replacing, so Back leaves the builder).
    let navigate = use_app_navigate();
    Effect::new(move |ran: Option<()>| {
        let query = choice.with(WidgetChoice::query);
        if ran.is_some() {
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate(&format!("/widget?{query}"), options);
        }
    });

    // The iframe's name: the page's title in the widget's language. This
    // page has its own language's content; the other's title comes from
    // that page's oEmbed answer.
    let other_title = LocalResource::new(move || {
        let (item, lang) = choice.with(|c| (c.item.clone(), c.locale));
        let root = root.get_value();
        async move {
            if lang == locale {
                return None;
            }
            let file = Page::site(item.kind()).in_locale(lang).oembed_file()?;
            let text = fetch_text(&format!("{root}{file}"), &file).await.ok()?;
            guide_model::oembed::title_in(&text)
        }
    });
    let content = StoredValue::new((site.clone(), skills.clone(), careers.clone()));
    let title = Memo::new(move |_| {
        let (kind, lang) = choice.with(|c| (c.item.kind(), c.locale));
        let own = content
            .with_value(|(site, skills, careers)| title_of(&kind, locale, site, skills, careers));
        if lang == locale {
            own
        } else {
            other_title.get().flatten().unwrap_or(own)
        }
    });

    let script =
        Signal::derive(move || root.with_value(|root| choice.with(|c| c.request(root).loader())));
    let iframe = Signal::derive(move || {
        let title = title.get();
        root.with_value(|root| choice.with(|c| c.request(root).iframe(&title)))
    });
    let inline =
        Signal::derive(move || root.with_value(|root| choice.with(|c| c.request(root).inline())));
    let link =
        Signal::derive(move || root.with_value(|root| choice.with(|c| c.request(root).page_url())));
    let section_name = move |section: SectionId| {
        content.with_value(|(site, _, _)| {
            site.nav_item(section)
                .map_or(section.key().to_string(), |i| i.label.clone())
        })
    };
    let inline_help = {
        let (help, note) = (w.inline_help.clone(), w.inline_note.clone());
        Signal::derive(move || match choice.with(|c| c.item.clone()) {
            WidgetItem::Section(_) => help.clone(),
            item => format!(
                "{help} {}",
                fill(&note, &[("section", &section_name(item.section()))])
            ),
        })
    };

    let unknown = unknown
        .into_iter()
        .map(|u| {
            view! {
                <p class="bg-widget__unknown">
                    {fill(&w.unknown, &[("name", u.name), ("value", &u.value)])}
                </p>
            }
        })
        .collect_view();

    view! {
        <header class="bg-page-head">
            <h1 class="bg-page-head__title">{w.title.clone()}</h1>
            <p class="bg-page-head__lead">{w.lead.clone()}</p>
        </header>
        {unknown}
        <div class="bg-widget">
            <div class="bg-widget__side">
                <section class="bg-widget__choices" aria-labelledby="widget-choose">
                    <h2 id="widget-choose">{w.choose.clone()}</h2>
                    <NeedsJs text=words.needs_js_embed />
                    {what_field(&w, &site, &skills, &careers, &initial, choice)}
                    {theme_and_language(&w, &initial, choice)}
                    {load_field(&w, &initial, choice)}
                    {height_field(&w, &initial, choice)}
                    {name_field(&w, &initial, choice)}
                </section>
                <section class="bg-widget__code" aria-labelledby="widget-code">
                    <h2 id="widget-code">{w.code.clone()}</h2>
                    <p class="bg-snippet__help">{w.code_intro.clone()}</p>
                    <Snippet
                        id="widget-script".to_string()
                        label=words.embed_iframe
                        help=Signal::stored(w.script_help.clone())
                        text=script
                    />
                    <Snippet
                        id="widget-iframe".to_string()
                        label=words.embed_plain
                        help=Signal::stored(w.iframe_help.clone())
                        text=iframe
                    />
                    <Snippet
                        id="widget-inline".to_string()
                        label=words.embed_inline
                        help=inline_help
                        text=inline
                    />
                    <Snippet
                        id="widget-link".to_string()
                        label=w.link_label.clone()
                        help=Signal::stored(w.link_help.clone())
                        text=link
                        rows=2
                    />
                </section>
            </div>
            <Preview words=w.clone() initial=initial.clone() choice root=root.get_value() />
        </div>
    }
}

/// The list of what to show: the sections, each skill card, each chart.
fn what_field(
    w: &Words,
    site: &Site,
    skills: &SkillsFile,
    careers: &Careers,
    initial: &WidgetChoice,
    choice: RwSignal<WidgetChoice>,
) -> impl IntoView {
    let locale = use_locale();
    let option = |item: WidgetItem, label: String| {
        let selected = item == initial.item;
        view! {
            <option value=item.key() selected=selected>
                {label}
            </option>
        }
    };
    let sections = SectionId::ALL
        .into_iter()
        .map(|s| {
            let label = site
                .nav_item(s)
                .map_or(s.key().to_string(), |i| i.label.clone());
            option(WidgetItem::Section(s), label)
        })
        .collect_view();
    let cards = skills
        .skills
        .iter()
        .map(|s| option(WidgetItem::Skill(s.id.clone()), s.name.clone()))
        .collect_view();
    let charts = careers
        .all_charts_in(locale)
        .into_iter()
        .map(|(source, chart)| {
            let key = guide_model::careers::chart_key(&chart).to_string();
            let label = match source {
                Some(source) => format!("{} — {}", source.name, chart.title),
                None => chart.title.clone(),
            };
            option(WidgetItem::Chart(key), label)
        })
        .collect_view();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(item) = WidgetItem::parse(&event_target_value(&ev)) {
            choice.update(|c| c.item = item);
        }
    };
    view! {
        <div class="bg-field">
            <label class="bg-field__label" for="widget-what">
                {w.what.clone()}
            </label>
            <select id="widget-what" class="bg-field__select" on:change=on_change>
                <optgroup label=w.sections.clone()>{sections}</optgroup>
                <optgroup label=w.skills.clone()>{cards}</optgroup>
                <optgroup label=w.charts.clone()>{charts}</optgroup>
            </select>
        </div>
    }
}

fn theme_and_language(
    w: &Words,
    initial: &WidgetChoice,
    choice: RwSignal<WidgetChoice>,
) -> impl IntoView {
    let words = use_words();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = match theme {
                Theme::Auto => words.theme_auto,
                Theme::Light => words.theme_light,
                Theme::Dark => words.theme_dark,
            };
            view! {
                <option value=theme.key() selected=theme == initial.theme>
                    {label}
                </option>
            }
        })
        .collect_view();
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <option value=locale.code() lang=locale.code() selected=locale == initial.locale>
                    {locale.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="bg-widget__pair">
            <div class="bg-field">
                <label class="bg-field__label" for="widget-theme">
                    {w.theme.clone()}
                </label>
                <select
                    id="widget-theme"
                    class="bg-field__select"
                    on:change=move |ev| {
                        if let Some(theme) = Theme::parse(&event_target_value(&ev)) {
                            choice.update(|c| c.theme = theme);
                        }
                    }
                >
                    {themes}
                </select>
            </div>
            <div class="bg-field">
                <label class="bg-field__label" for="widget-lang">
                    {w.language.clone()}
                </label>
                <select
                    id="widget-lang"
                    class="bg-field__select"
                    on:change=move |ev| {
                        if let Some(locale) = Locale::parse(&event_target_value(&ev)) {
                            choice.update(|c| c.locale = locale);
                        }
                    }
                >
                    {languages}
                </select>
            </div>
        </div>
    }
}

fn load_field(w: &Words, initial: &WidgetChoice, choice: RwSignal<WidgetChoice>) -> impl IntoView {
    let modes = LoadMode::ALL
        .into_iter()
        .map(|mode| {
            let Choice { label, text } = match mode {
                LoadMode::Lazy => w.load_lazy.clone(),
                LoadMode::Eager => w.load_eager.clone(),
                LoadMode::Click => w.load_click.clone(),
            };
            let id = format!("widget-load-{}", mode.key());
            let text_id = format!("{id}-text");
            view! {
                <div class="bg-widget__mode">
                    <input
                        type="radio"
                        name="widget-load"
                        id=id.clone()
                        value=mode.key()
                        checked=mode == initial.load
                        aria-describedby=text_id.clone()
                        on:change=move |_| choice.update(|c| c.load = mode)
                    />
                    <label for=id>{label}</label>
                    <p id=text_id class="bg-widget__mode-text">
                        {text}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="bg-widget__modes">
            <legend class="bg-field__label">{w.load.clone()}</legend>
            {modes}
        </fieldset>
    }
}

fn height_field(
    w: &Words,
    initial: &WidgetChoice,
    choice: RwSignal<WidgetChoice>,
) -> impl IntoView {
    let template = w.height_error.clone();
    let (min, max) = (
        HEIGHT_RANGE.start().to_string(),
        HEIGHT_RANGE.end().to_string(),
    );
    let error = Memo::new(move |_| {
        choice.with(|c| {
            c.height().err().map(|_| {
                fill(
                    &template,
                    &[("value", c.height.trim()), ("min", &min), ("max", &max)],
                )
            })
        })
    });
    let invalid = move || error.with(Option::is_some).then_some("true");
    view! {
        <div class="bg-field">
            <label class="bg-field__label" for="widget-height">
                {w.height.clone()}
            </label>
            <p id="widget-height-help" class="bg-snippet__help">
                {w.height_help.clone()}
            </p>
            <input
                id="widget-height"
                class="bg-field__input"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value=initial.height.clone()
                aria-describedby="widget-height-help widget-height-error"
                aria-invalid=invalid
                on:input=move |ev| choice.update(|c| c.height = event_target_value(&ev))
            />
            <p id="widget-height-error" class="bg-field__error" aria-live="polite">
                {move || error.get()}
            </p>
        </div>
    }
}

fn name_field(w: &Words, initial: &WidgetChoice, choice: RwSignal<WidgetChoice>) -> impl IntoView {
    view! {
        <div class="bg-field">
            <label class="bg-field__label" for="widget-name">
                {w.name.clone()}
            </label>
            <p id="widget-name-help" class="bg-snippet__help">
                {w.name_help.clone()}
            </p>
            <input
                id="widget-name"
                class="bg-field__input"
                type="text"
                autocomplete="off"
                maxlength=MAX_NAME.to_string()
                value=initial.name.clone()
                aria-describedby="widget-name-help"
                on:input=move |ev| choice.update(|c| c.name = event_target_value(&ev))
            />
        </div>
    }
}

/// The widget itself, placed by `embed.js` from the same attributes as the
/// script snippet (its name aside, so typing one does not reload it).
/// Without scripts, the plain iframe of the first choice.
#[component]
fn Preview(
    words: Words,
    initial: WidgetChoice,
    choice: RwSignal<WidgetChoice>,
    root: String,
) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    let root = StoredValue::new(root);
    let attrs = Memo::new(move |_| {
        root.with_value(|root| {
            choice.with(|c| {
                let mut request = c.request(root);
                request.name = None;
                request.loader_attrs()
            })
        })
    });
    let placed = RwSignal::new(false);
    Effect::new(move |_| on_page(move || placed.set(true)));
    Effect::new(move |_| {
        let attrs = attrs.get();
        if placed.get() {
            if let Some(container) = container.get_untracked() {
                place_widget(&container, &attrs);
            }
        }
    });
    // Relative to the page, so it loads wherever the build is served.
    let base = expect_context::<AppBase>();
    let without_js = cfg!(feature = "ssr").then(|| {
        let path = root.with_value(|root| initial.request(root).embed_path());
        // The site's root, without the page's language (the path has it).
        let request = format!("{}/{path}", base.site_href_in(Locale::En, ""));
        view! {
            <noscript>
                <iframe
                    class="bg-widget__frame"
                    src=request
                    title=words.preview.clone()
                    height="600"
                ></iframe>
            </noscript>
        }
    });
    view! {
        <section class="bg-widget__preview" aria-labelledby="widget-preview">
            <h2 id="widget-preview">{words.preview.clone()}</h2>
            <p class="bg-snippet__help">{words.preview_help.clone()}</p>
            <div class="bg-widget__stage" node_ref=container>
                {without_js}
            </div>
        </section>
    }
}

/// Replaces what `container` holds with `embed.js`'s script, which puts the
/// widget (or its click-to-load box) right after itself.
fn place_widget(container: &web_sys::HtmlElement, attrs: &[(&'static str, String)]) {
    container.set_text_content(None);
    let Ok(script) = document().create_element("script") else {
        return;
    };
    for (name, value) in attrs {
        let _ = script.set_attribute(name, value);
    }
    let _ = container.append_child(&script);
}
