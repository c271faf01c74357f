//! Two routes, a signal, a fetched file: the parts of Leptos, its router
//! and gloo-net that any app on them ships (serde without a format adds
//! nothing until something decodes).
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

#[component]
fn Home() -> impl IntoView {
    let site = LocalResource::new(|| async {
        let response = gloo_net::http::Request::get("content/site.json").send().await;
        match response {
            Ok(r) => r.text().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        }
    });
    let count = RwSignal::new(0);
    view! {
        <h1>{move || match site.get() {
            Some(Ok(text)) => format!("{} bytes", text.len()),
            Some(Err(e)) => e,
            None => "Loading".into(),
        }}</h1>
        <button on:click=move |_| count.update(|n| *n += 1)>{count}</button>
        <A href="/about">"About"</A>
    }
}

fn main() {
    mount_to_body(|| {
        view! {
            <Router>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/about") view=|| view! { <p>"About"</p> } />
                </Routes>
            </Router>
        }
    })
}
