//! Content files as views see them. Each file is loaded once per page and
//! shared by every view that shows it ([`use_content`]). A file is ready
//! from the first render when its text was handed in: at build time (the
//! prerenderer reads `public/content/`) and when the app takes over a
//! prerendered page (it fetches the page's files before it mounts). Any
//! other file loads over the network the first time a view asks for it.

mod fetch;

use std::any::Any;
use std::collections::HashMap;

use guide_model::base::ContentRoot;
use guide_model::content_file::{decode, ContentFile, LoadError};
use guide_model::{Careers, Comparison, Date, LearningPath, Overview, Site, SkillsFile};
use leptos::prelude::*;

pub use fetch::{fetch_text, TIMEOUT_MS};

/// One content file: loading (`None`), loaded, or failed. Copy, so views share it.
pub struct ContentResource<T: 'static> {
    state: RwSignal<Option<Result<T, LoadError>>>,
    url: StoredValue<String>,
}

impl<T: 'static> Clone for ContentResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: 'static> Copy for ContentResource<T> {}

impl<T: ContentFile + Send + Sync> ContentResource<T> {
    /// The file's state; tracks it.
    pub fn get(&self) -> Option<Result<T, LoadError>> {
        self.state.get()
    }

    /// The data once it has loaded without error; tracks it.
    pub fn loaded(&self) -> Option<T> {
        self.state.get().and_then(Result::ok)
    }

    /// Loads the file again (Retry).
    pub fn refetch(&self) {
        let (state, url) = (self.state, self.url.get_value());
        state.set(None);
        leptos::task::spawn_local(async move {
            let result = fetch::fetch::<T>(url).await;
            // The page may have gone by the time the answer arrives.
            let _ = state.try_set(Some(result));
        });
    }
}

/// Where the files come from, provided once at the root.
#[derive(Clone, Copy)]
pub struct ContentStore(StoredValue<Store>);

struct Store {
    root: ContentRoot,
    /// Texts (or why a text could not be had) handed in before the first render.
    texts: HashMap<String, Result<String, LoadError>>,
    /// Whether files that were not handed in may be fetched (not at build time).
    online: bool,
    /// Each file's resource, created under the store's owner so it outlives
    /// the view that first asked for it.
    files: HashMap<&'static str, Box<dyn Any + Send + Sync>>,
    /// Files in the order views first asked for them.
    used: Vec<&'static str>,
    owner: Owner,
}

impl ContentStore {
    /// A store that fetches from `root`, with the texts already in hand.
    pub fn online(root: ContentRoot, texts: HashMap<String, Result<String, LoadError>>) -> Self {
        Self::new(root, texts, true)
    }

    /// A store that only has the texts handed in (build-time rendering).
    pub fn offline(root: ContentRoot, texts: HashMap<String, Result<String, LoadError>>) -> Self {
        Self::new(root, texts, false)
    }

    fn new(
        root: ContentRoot,
        texts: HashMap<String, Result<String, LoadError>>,
        online: bool,
    ) -> Self {
        Self(StoredValue::new(Store {
            root,
            texts,
            online,
            files: HashMap::new(),
            used: Vec::new(),
            owner: Owner::current().unwrap_or_default(),
        }))
    }

    /// The shared resource of `T`'s file, created on first use.
    pub fn file<T: ContentFile + Send + Sync>(self) -> ContentResource<T> {
        if let Some(existing) = self
            .0
            .with_value(|s| s.files.get(T::FILE).and_then(|f| f.downcast_ref().copied()))
        {
            return existing;
        }
        let (owner, url, handed_in, online) = self.0.with_value(|s| {
            (
                s.owner.clone(),
                s.root.url(T::FILE),
                s.texts.get(T::FILE).cloned(),
                s.online,
            )
        });
        let initial = match handed_in {
            Some(text) => Some(text.and_then(|text| decode::<T>(T::FILE, &text))),
            None if online => None,
            None => Some(Err(LoadError::Network {
                file: T::FILE.to_string(),
                reason: "the file was not available when this page was built".into(),
            })),
        };
        let loading = initial.is_none();
        let resource = owner.with(|| ContentResource {
            state: RwSignal::new(initial),
            url: StoredValue::new(url),
        });
        self.0.update_value(|s| {
            s.files.insert(T::FILE, Box::new(resource));
            s.used.push(T::FILE);
        });
        if loading {
            resource.refetch();
        }
        resource
    }

    /// The `checked` date of `file` once it has loaded (tracks it); `None`
    /// while it loads, if it failed, or for a file the guide does not read.
    /// Asking creates the file's resource, so a handed-in text is decoded.
    pub fn checked(self, file: &str) -> Option<Date> {
        self.state(file)?.ok()
    }

    /// `file`'s `checked` date or why it failed; `None` while it loads or
    /// for a file the guide does not read. Tracks it.
    fn state(self, file: &str) -> Option<Result<Date, LoadError>> {
        fn of<T: ContentFile + Send + Sync>(
            store: ContentStore,
        ) -> Option<Result<Date, LoadError>> {
            store.file::<T>().state.with(|state| {
                state.as_ref().map(|state| {
                    state
                        .as_ref()
                        .map(ContentFile::checked)
                        .map_err(Clone::clone)
                })
            })
        }
        match file {
            Site::FILE => of::<Site>(self),
            Overview::FILE => of::<Overview>(self),
            SkillsFile::FILE => of::<SkillsFile>(self),
            Careers::FILE => of::<Careers>(self),
            Comparison::FILE => of::<Comparison>(self),
            LearningPath::FILE => of::<LearningPath>(self),
            _ => None,
        }
    }

    /// Why files handed in could not be used: not fetched, not valid, or
    /// (path.json with skills.json) not valid together.
    pub fn handed_in_errors(self) -> Vec<LoadError> {
        let files: Vec<String> = self.0.with_value(|s| s.texts.keys().cloned().collect());
        let mut errors: Vec<LoadError> = files
            .iter()
            .filter_map(|file| untrack(|| self.state(file))?.err())
            .collect();
        let handed_in = |file: &str| files.iter().any(|f| f == file);
        if errors.is_empty() && handed_in(LearningPath::FILE) && handed_in(SkillsFile::FILE) {
            let (path, skills) = (self.file::<LearningPath>(), self.file::<SkillsFile>());
            let problems = path.state.with_untracked(|path| {
                skills.state.with_untracked(|skills| match (path, skills) {
                    (Some(Ok(path)), Some(Ok(skills))) => path.skill_problems(skills),
                    _ => Vec::new(),
                })
            });
            errors.extend(LoadError::invalid(LearningPath::FILE, problems));
        }
        errors
    }

    /// Decodes every file whose text was handed in, now rather than in the
    /// first render: the app's takeover does this in a task of its own, so
    /// no single task of the browser's main thread holds both (a long task
    /// is what delays a reader's first click; Lighthouse counts it as
    /// blocking time).
    pub fn decode_handed_in(self) {
        let files: Vec<String> = self.0.with_value(|s| s.texts.keys().cloned().collect());
        for file in files {
            untrack(|| self.checked(&file));
        }
    }

    /// The files views have asked for so far, in that order.
    pub fn used(self) -> Vec<&'static str> {
        self.0.with_value(|s| s.used.clone())
    }

    /// Makes this the store for the views below.
    pub fn provide(self) -> Self {
        provide_context(self);
        self
    }
}

/// The shared resource of `T`'s content file.
pub fn use_content<T: ContentFile + Send + Sync>() -> ContentResource<T> {
    expect_context::<ContentStore>().file::<T>()
}
