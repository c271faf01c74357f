//! The phrases the views print themselves, in the page's language (`guide_model::words`).

use guide_model::base::AppBase;
use guide_model::locale::Locale;
use guide_model::words::Words;
use leptos::prelude::*;

/// The page's locale, from the [`AppBase`] provided at the root; English
/// where there is none (a view mounted on its own, as in the browser tests).
pub fn use_locale() -> Locale {
    use_context::<AppBase>().map_or_else(Locale::default, |base| base.locale())
}

/// The phrases of the page's locale. Call while rendering, where the
/// context is in reach; closures may copy the reference freely.
pub fn use_words() -> &'static Words {
    use_locale().words()
}
