//! Progress import: any file the reader picks is imported or refused with a
//! reason — never a panic — and what is imported exports and reads back to
//! exactly the same state (moving progress to another browser loses nothing).

#![no_main]

use std::collections::BTreeSet;

use guide_model::progress::{KnownIds, ProgressState};
use libfuzzer_sys::fuzz_target;

fn round_trips(state: &ProgressState) {
    let json = state.to_json();
    assert_eq!(ProgressState::parse(&json).as_ref(), Ok(state), "{json}");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    if let Ok(state) = ProgressState::parse(&text) {
        round_trips(&state);
    }

    // Nothing loaded yet: every id is kept.
    let report = ProgressState::default().import(&text, &KnownIds::default());
    if let Ok(report) = &report {
        round_trips(&report.state);
        assert!(report.skipped.is_empty());
        assert_eq!(
            report.imported,
            report.state.skills.len() + report.state.roles.len()
        );
    }

    // Content loaded: unknown ids are skipped, known ones kept, none lost.
    let known = KnownIds {
        skills: Some(["python", "java"].map(String::from).into()),
        roles: Some(BTreeSet::from(["apis".to_string()])),
    };
    let checked = ProgressState::default().import(&text, &known);
    assert_eq!(checked.is_ok(), report.is_ok());
    if let (Ok(all), Ok(checked)) = (report, checked) {
        round_trips(&checked.state);
        assert_eq!(checked.imported + checked.skipped.len(), all.imported);
        assert!(checked
            .state
            .skills
            .keys()
            .all(|id| id == "python" || id == "java"));
        assert!(checked.state.roles.iter().all(|id| id == "apis"));
    }
});
