//! Checks of the repository itself: scripts and documents that point at
//! each other must agree, or a reader (or a fuzzing run) silently misses part.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// README.md and every Markdown file in docs/, as (path, text).
fn documents() -> Vec<(String, String)> {
    let mut paths = vec!["README.md".to_string()];
    let mut docs: Vec<String> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    docs.sort();
    paths.extend(docs);
    paths
        .into_iter()
        .map(|path| {
            let text = read(&path);
            (path, text)
        })
        .collect()
}

/// The targets fuzz/Cargo.toml declares, in its order.
fn fuzz_targets() -> Vec<String> {
    read("fuzz/Cargo.toml")
        .split("[[bin]]")
        .skip(1)
        .filter_map(|bin| {
            bin.lines()
                .find_map(|l| l.trim().strip_prefix("name = "))
                .map(|n| n.trim_matches('"').to_string())
        })
        .collect()
}

/// A Markdown document's headings, without their `#`s, outside code blocks.
fn headings(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|l| {
            if l.starts_with("```") {
                fenced = !fenced;
            }
            !fenced && l.starts_with('#')
        })
        .map(|l| l.trim_start_matches('#').trim())
        .collect()
}

/// The anchor GitHub gives a heading: lower case, spaces to hyphens,
/// punctuation other than `-` and `_` dropped.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The text under `heading` up to the next heading of the same or a higher
/// level, or `None` if the document has no such heading.
fn section<'a>(text: &'a str, heading: &str) -> Option<&'a str> {
    let mut level = None;
    let mut start = 0;
    let mut offset = 0;
    let mut fenced = false;
    for line in text.split_inclusive('\n') {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        let hashes = line.len() - line.trim_start_matches('#').len();
        if hashes > 0 && !fenced {
            match level {
                Some(l) if hashes <= l => return Some(&text[start..offset]),
                None if line.trim_start_matches('#').trim() == heading => {
                    level = Some(hashes);
                    start = offset + line.len();
                }
                _ => {}
            }
        }
        offset += line.len();
    }
    level.map(|_| &text[start..])
}

/// The targets of a document's relative Markdown links (`[a](docs/x.md#y)`),
/// web addresses left out.
fn links(text: &str) -> Vec<&str> {
    text.split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|target| !target.contains("://") && !target.starts_with("mailto:"))
        .collect()
}

#[test]
fn fuzz_script_runs_every_target_by_default() {
    // scripts/fuzz.sh named three of the four targets, so a run without
    // arguments skipped embed_params.
    let declared = fuzz_targets();
    assert!(declared.len() >= 4, "{declared:?}");
    let out = Command::new("bash")
        .arg(root().join("scripts/fuzz.sh"))
        .arg("--list")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let listed: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(listed, declared);
}

#[test]
fn fuzzing_document_describes_exactly_the_declared_targets() {
    // The README once listed json_parse after the target was removed, and
    // no line about embed_params when it was added.
    let doc = read("docs/fuzzing.md");
    let table = section(&doc, "Targets").expect("docs/fuzzing.md has a Targets section");
    let described: Vec<String> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect();
    assert_eq!(described, fuzz_targets());
}

#[test]
fn files_served_to_other_sites_point_at_documents_that_exist() {
    // backend-guide-element.js told host authors to read docs/embedding.md,
    // which never existed.
    let readme = read("README.md");
    for script in ["public/backend-guide-element.js", "public/embed.js"] {
        let text = read(script);
        for word in text.split(|c: char| c.is_whitespace() || "()\"'`,".contains(c)) {
            if word.ends_with(".md") {
                assert!(root().join(word).is_file(), "{script} names {word}");
            }
        }
        // `section "X", "Y"` names a heading X of the README, then headings Y
        // within it: in the README or in a document X's text links to (the
        // README keeps a short section and links to the whole one in docs/).
        for part in text.split("section \"").skip(1) {
            let mut names = part.split('"');
            let heading = names.next().unwrap();
            let body = section(&readme, heading)
                .unwrap_or_else(|| panic!("{script} names README section {heading:?}"));
            let mut linked: Vec<String> = vec![body.to_string()];
            for target in links(body) {
                let file = target.split('#').next().unwrap();
                if file.ends_with(".md") {
                    linked.push(read(file));
                }
            }
            // After the first name: `", "` then the next name, and so on.
            while names.next() == Some(", ") {
                let Some(sub) = names.next() else { break };
                assert!(
                    linked.iter().any(|doc| headings(doc).contains(&sub)),
                    "{script} names {sub:?} under README section {heading:?}"
                );
            }
        }
    }
}

#[test]
fn documents_link_to_files_and_headings_that_exist() {
    // Sections moved out of the README into docs/; a link left pointing at
    // the old place, or at a renamed heading, leads nowhere.
    for (path, text) in documents() {
        let folder = Path::new(&path).parent().unwrap();
        for target in links(&text) {
            let (file, fragment) = match target.split_once('#') {
                Some((file, fragment)) => (file, Some(fragment)),
                None => (target, None),
            };
            let linked = if file.is_empty() {
                text.clone()
            } else {
                let at = folder.join(file);
                assert!(root().join(&at).exists(), "{path} links to {target}");
                if fragment.is_none() {
                    continue;
                }
                read(at.to_str().unwrap())
            };
            if let Some(fragment) = fragment {
                assert!(
                    headings(&linked).iter().any(|h| anchor(h) == fragment),
                    "{path} links to {target}, a heading that does not exist"
                );
            }
        }
    }
}

#[test]
fn files_named_in_documents_exist() {
    // A document that names a script or a source file that was renamed or
    // deleted sends its reader looking for nothing. Only files are checked
    // (a last part with an extension); patterns (`<id>`, `*`) are skipped.
    const FOLDERS: &[&str] = &[
        "bench/", "crates/", "deploy/", "docs/", "fuzz/", "public/", "scripts/", "src/", "style/",
        "tests/",
    ];
    for (path, text) in documents() {
        for word in text.split(|c: char| c.is_whitespace() || "`()[]\"',;".contains(c)) {
            let word = word.trim_end_matches(['.', ':']);
            let is_file = word
                .rsplit('/')
                .next()
                .is_some_and(|last| last.contains('.') && !last.ends_with('.'));
            if FOLDERS.iter().any(|f| word.starts_with(f))
                && is_file
                && !word.contains(['<', '*', '…', '#'])
            {
                assert!(root().join(word).exists(), "{path} names {word}");
            }
        }
    }
}

#[test]
fn make_targets_named_in_documents_exist() {
    // `make X` in a document is a command a reader will type.
    let makefile = read("Makefile");
    let targets: Vec<&str> = makefile
        .lines()
        .filter(|l| !l.starts_with(['\t', ' ', '#', '.']))
        .filter_map(|l| l.split_once(':'))
        .filter(|(name, rest)| !rest.starts_with('=') && !name.contains(['=', ' ', '$']))
        .map(|(name, _)| name)
        .collect();
    assert!(targets.contains(&"test"), "{targets:?}");
    for (path, text) in documents() {
        for line in text.lines() {
            for (at, _) in line.match_indices("make ") {
                // A command, not the verb: at the start of a line or a code
                // span, or after an environment assignment (`BENCH_RUNS=21 make`).
                let before = &line[..at];
                let command = before.is_empty()
                    || before.ends_with('`')
                    || before
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.contains('='));
                if !command {
                    continue;
                }
                let target: String = line[at + 5..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                assert!(
                    targets.contains(&target.as_str()),
                    "{path} names `make {target}`, which the Makefile does not have"
                );
            }
        }
    }
}

#[test]
fn readme_stays_short() {
    // The README is what a newcomer reads first; the detail lives in docs/.
    let lines = read("README.md").lines().count();
    assert!(lines <= 150, "README.md has {lines} lines; at most 150");
}
