//! The model's modules form no circle: if `a` names `b`, then `b` and
//! everything `b` names never name `a`. A circle (`content` ↔ `path` ↔
//! `progress` once) means neither module can be read, tested or moved on
//! its own, so the rule is checked here rather than left to review.
//!
//! The graph is read from the source as text: every `crate::x` path in a
//! module's files (`use crate::x::…`, `use crate::{x, y::…}` and inline paths
//! such as `crate::x::CONST`), test code included, each name resolved to
//! its module through lib.rs's `pub use`s. A module is a file `src/x.rs` or
//! a folder `src/x/`; its submodules are part of it. Comment lines are
//! skipped. The model names other modules by `crate::`, never by
//! `super::super::`, so this is every edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module → the modules it names, each with the first place it does so.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

#[test]
fn the_model_modules_import_no_circle() {
    // Issue 23: progress named path, path named progress and content, and
    // content named path, so no one of them could be understood alone.
    let graph = model_graph();
    let cycles = cycles(&graph);
    assert!(
        cycles.is_empty(),
        "the model's modules import each other in a circle; break it by moving \
         the shared item to the lower module:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_graph_sees_the_edges_it_should() {
    // A reader that missed every edge would find no circle either.
    let graph = model_graph();
    let lib = read("lib.rs");
    let declared = lib.lines().filter(|l| l.starts_with("pub mod ")).count();
    assert_eq!(graph.len(), declared, "one node per `pub mod` in lib.rs");
    for (from, to) in [
        ("content", "path"),         // use crate::{…, LearningPath, …} (a re-export)
        ("path", "progress"),        // use crate::progress::{…}
        ("careers", "content_file"), // a test's use crate::content_file::{…}
        ("chart", "read"),           // an inline crate::read::quote
        ("site", "content_file"),    // the content_file! macro's import
    ] {
        assert!(
            graph[from].contains_key(to),
            "{from} -> {to} not found in {:?}",
            graph[from]
        );
    }
}

#[test]
fn a_circle_is_named_with_where_each_step_is() {
    let graph: Graph = [
        ("a", vec![("b", "a.rs:3")]),
        ("b", vec![("c", "b.rs:5")]),
        ("c", vec![("a", "c.rs:7"), ("d", "c.rs:8")]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(from, to)| {
        let to = to
            .into_iter()
            .map(|(m, at)| (m.to_string(), at.to_string()))
            .collect();
        (from.to_string(), to)
    })
    .collect();
    assert_eq!(
        cycles(&graph),
        ["a -> b (a.rs:3) -> c (b.rs:5) -> a (c.rs:7)"]
    );
    let mut acyclic = graph;
    acyclic.get_mut("c").unwrap().remove("a");
    assert_eq!(cycles(&acyclic), Vec::<String>::new());
}

/// Every circle a depth-first walk finds, one per edge that closes one,
/// each as `a -> b (where a names b) -> … -> a`.
fn cycles(graph: &Graph) -> Vec<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Open,
        Done,
    }
    fn walk<'g>(
        graph: &'g Graph,
        module: &'g str,
        path: &mut Vec<&'g str>,
        state: &mut BTreeMap<&'g str, State>,
        found: &mut Vec<String>,
    ) {
        state.insert(module, State::Open);
        path.push(module);
        for (next, _) in graph.get(module).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(State::Done) => {}
                Some(State::Open) => {
                    let start = path.iter().position(|m| m == next).unwrap();
                    let mut text = path[start].to_string();
                    for pair in path[start..]
                        .iter()
                        .copied()
                        .chain([next.as_str()])
                        .collect::<Vec<_>>()
                        .windows(2)
                    {
                        text.push_str(&format!(" -> {} ({})", pair[1], graph[pair[0]][pair[1]]));
                    }
                    found.push(text);
                }
                None => walk(graph, next, path, state, found),
            }
        }
        path.pop();
        state.insert(module, State::Done);
    }
    let mut state = BTreeMap::new();
    let mut found = Vec::new();
    for module in graph.keys() {
        if !state.contains_key(module.as_str()) {
            walk(graph, module, &mut Vec::new(), &mut state, &mut found);
        }
    }
    found
}

fn src() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))
}

fn read(file: &str) -> String {
    std::fs::read_to_string(src().join(file)).unwrap_or_else(|e| panic!("src/{file}: {e}"))
}

/// The model's import graph, read from src/.
fn model_graph() -> Graph {
    let lib = read("lib.rs");
    let modules: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .map(str::to_string)
        .collect();
    // `pub use careers::Careers;`, `pub use site::{SectionId, Site};`
    let mut reexported: BTreeMap<String, String> = BTreeMap::new();
    for line in lib.lines() {
        let Some(rest) = line.strip_prefix("pub use ") else {
            continue;
        };
        let (module, names) = rest.trim_end_matches(';').split_once("::").unwrap();
        for name in names.trim_matches(['{', '}']).split(',') {
            reexported.insert(name.trim().to_string(), module.to_string());
        }
    }
    let resolve = |name: &str, at: &str| -> String {
        if modules.contains(name) {
            return name.to_string();
        }
        reexported.get(name).cloned().unwrap_or_else(|| {
            panic!("{at}: crate::{name} is neither a module nor a `pub use` of lib.rs")
        })
    };
    let mut graph = Graph::new();
    for module in &modules {
        let mut names = BTreeMap::new();
        for file in files_of(module) {
            for (name, line) in crate_names(&read(&file)) {
                let at = format!("{file}:{line}");
                let target = resolve(&name, &at);
                if &target != module {
                    names.entry(target).or_insert(at);
                }
            }
        }
        graph.insert(module.clone(), names);
    }
    graph
}

/// A module's files, relative to src/: `x.rs`, or every `.rs` under `x/`.
fn files_of(module: &str) -> Vec<String> {
    if src().join(format!("{module}.rs")).is_file() {
        return vec![format!("{module}.rs")];
    }
    let mut files = Vec::new();
    let mut folders = vec![module.to_string()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(src().join(&folder)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let path = format!("{folder}/{name}");
            if src().join(&path).is_dir() {
                folders.push(path);
            } else if name.ends_with(".rs") {
                files.push(path);
            }
        }
    }
    assert!(!files.is_empty(), "no source files for module {module}");
    files.sort();
    files
}

/// The first name after each `crate::` in `text`, with its line: `x` in
/// `crate::x::y`, and `x` and `y` in `crate::{x::A, y}` (which may span
/// lines). Comment lines are left out.
fn crate_names(text: &str) -> Vec<(String, usize)> {
    let code: String = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let line_of = |at: usize| code[..at].matches('\n').count() + 1;
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // `my_crate::` is another crate; `$crate::` (in a macro) is this one.
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The group's items at depth 0, each's first segment.
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(std::mem::take(&mut item)),
                    _ if depth == 0 => item.push(c),
                    _ => {}
                }
            }
            items.push(item);
            for item in items {
                let name = first_name(item.trim());
                if !name.is_empty() {
                    found.push((name, line_of(at)));
                }
            }
        } else {
            found.push((first_name(rest), line_of(at)));
        }
    }
    found
}

/// The identifier at the start of `text`: `path` in `path::Step`.
fn first_name(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}
