//! The side-by-side table of two or three skills: `/skills/side-by-side?ids=python,java`.

use super::{Skill, SkillsFile};

/// The table stays readable on a phone with up to three columns.
pub const MAX_SIDE_BY_SIDE: usize = 3;

/// The skills named by `ids` (comma-separated): the known ones, at most
/// three, in the order given and without repeats; and the ids that do not exist.
pub fn side_by_side<'a>(file: &'a SkillsFile, ids: &str) -> (Vec<&'a Skill>, Vec<String>) {
    let mut found: Vec<&Skill> = Vec::new();
    let mut unknown = Vec::new();
    for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match file.skill(id) {
            Some(skill)
                if !found.iter().any(|s| s.id == skill.id) && found.len() < MAX_SIDE_BY_SIDE =>
            {
                found.push(skill)
            }
            Some(_) => {}
            None => unknown.push(id.chars().take(64).collect()),
        }
    }
    (found, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::skills::tests::fixture;

    #[test]
    fn keeps_order_drops_repeats_and_reports_unknown_ids() {
        let file = fixture();
        let ids = |s: &str| {
            let (found, unknown) = side_by_side(&file, s);
            let found: Vec<&str> = found.iter().map(|s| s.id.as_str()).collect();
            (found.join(","), unknown.join(","))
        };
        assert_eq!(ids("python,java"), ("python,java".into(), "".into()));
        assert_eq!(ids("java,java,python"), ("java,python".into(), "".into()));
        assert_eq!(ids("python,cobol"), ("python".into(), "cobol".into()));
        assert_eq!(
            ids("php,python,java,ruby"),
            ("php,python,java".into(), "".into())
        );
        assert_eq!(ids(""), ("".into(), "".into()));
    }
}
