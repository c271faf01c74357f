//! Checks of the repository itself: scripts and documents that point at
//! each other must agree, or a reader (or a fuzzing run) silently misses part.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn fuzz_script_runs_every_target_by_default() {
    // scripts/fuzz.sh named three of the four targets, so a run without
    // arguments skipped embed_params.
    let manifest = std::fs::read_to_string(root().join("fuzz/Cargo.toml")).unwrap();
    let declared: Vec<&str> = manifest
        .split("[[bin]]")
        .skip(1)
        .filter_map(|bin| {
            bin.lines()
                .find_map(|l| l.trim().strip_prefix("name = "))
                .map(|n| n.trim_matches('"'))
        })
        .collect();
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
fn files_served_to_other_sites_point_at_documents_that_exist() {
    // backend-guide-element.js told host authors to read docs/embedding.md,
    // which never existed.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    for script in ["public/backend-guide-element.js", "public/embed.js"] {
        let text = std::fs::read_to_string(root().join(script)).unwrap();
        for word in text.split(|c: char| c.is_whitespace() || "()\"'`,".contains(c)) {
            if word.ends_with(".md") {
                assert!(root().join(word).is_file(), "{script} names {word}");
            }
        }
        // `section "X"` refers to a heading of the README.
        for part in text.split("section \"").skip(1) {
            let heading = part.split('"').next().unwrap();
            assert!(
                readme
                    .lines()
                    .any(|l| l.trim_start_matches('#').trim() == heading),
                "{script} names README section {heading:?}"
            );
        }
    }
}
