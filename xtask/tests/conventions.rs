//! `specs/CONVENTIONS.md` lists every `x-` extension the specs use, each with an example.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Every key starting `x-` anywhere in `v`.
fn extensions(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (key, value) in map {
                if key.starts_with("x-") {
                    out.insert(key.clone());
                }
                extensions(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| extensions(v, out)),
        _ => {}
    }
}

/// The rows of the "Extension index" table: (extension, example).
fn index_rows(conventions: &str) -> Vec<(String, String)> {
    let section = conventions
        .split("\n## ")
        .find(|s| s.starts_with("Extension index\n"))
        .expect("specs/CONVENTIONS.md has a section `## Extension index`");
    section
        .lines()
        .filter(|l| l.starts_with("| `x-"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 5, "a row of 5 cells: {line}");
            (cells[0].trim_matches('`').to_owned(), cells[3].to_owned())
        })
        .collect()
}

#[test]
fn every_extension_the_specs_use_is_listed_with_an_example() {
    let specs = xtask::spec_files(root()).unwrap();
    assert!(specs.len() >= 5, "the specs are missing: {specs:?}");
    let mut used = BTreeSet::new();
    for spec in &specs {
        let spec = xtask::model::Spec::load(spec).unwrap();
        extensions(&spec.doc, &mut used);
    }
    // The specs use the extensions the generator depends on (a walk that found nothing would
    // pass vacuously).
    for known in [
        "x-source",
        "x-idempotent",
        "x-error-envelope",
        "x-pagination",
        "x-rust-type",
    ] {
        assert!(used.contains(known), "no spec uses {known}? found {used:?}");
    }

    let conventions = std::fs::read_to_string(root().join("specs/CONVENTIONS.md")).unwrap();
    let rows = index_rows(&conventions);
    let listed: BTreeSet<String> = rows.iter().map(|(name, _)| name.clone()).collect();
    let missing: Vec<_> = used.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "specs/CONVENTIONS.md, Extension index: no row for {missing:?}"
    );
    for (name, example) in &rows {
        assert!(
            example.starts_with(&format!("`{name}: ")) && example.ends_with('`'),
            "the example of {name} is `{name}: ...` in backticks: {example}"
        );
    }
}

#[test]
fn the_index_reader_finds_rows_and_refuses_a_short_one() {
    let text = "# t\n\n## Extension index\n\n| extension | on | read by | example | see |\n|---|---|---|---|---|\n| `x-a` | root | docs | `x-a: 1` | A |\n\n## Next\n| `x-b` | x | x | x | x |\n";
    assert_eq!(index_rows(text), [("x-a".to_owned(), "`x-a: 1`".to_owned())]);
    let short = "## Extension index\n| `x-a` | root |\n";
    assert!(std::panic::catch_unwind(|| index_rows(short)).is_err());
}
