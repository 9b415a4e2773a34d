//! `cargo xtask diff`: the comparison on fixture pairs (`fixtures/diff/base.yaml` against each
//! other file of that folder, which changes it in one respect), and the git path end to end on
//! temporary repositories, through `xtask::diff::run` and through the binary.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use xtask::diff::{Change, compare, render, report, run};

fn fixture_text(name: &str) -> String {
    let path = format!("{}/tests/fixtures/diff/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn fixture(name: &str) -> Value {
    serde_norway::from_str(&fixture_text(name)).unwrap_or_else(|e| panic!("{name}.yaml: {e}"))
}

/// The report lines of `base.yaml` → `<case>.yaml`.
fn from_base(case: &str) -> Vec<String> {
    render(&compare(&fixture("base"), &fixture(case)))
}

fn breaking(changes: &[Change]) -> usize {
    changes.iter().filter(|c| c.breaking).count()
}

// ---------------------------------------------------------------------------------- breaking

#[test]
fn operation_removed() {
    assert_eq!(
        from_base("operation_removed"),
        ["- operation payment_delete (GET /api/payment/delete/)   BREAKING"]
    );
}

#[test]
fn operation_renamed_is_a_removal_and_an_addition() {
    assert_eq!(
        from_base("operation_renamed"),
        [
            "- operation payment_delete (GET /api/payment/delete/), renamed to payment_remove   BREAKING",
            "+ operation payment_remove (GET /api/payment/delete/), renamed from payment_delete",
        ]
    );
}

#[test]
fn property_removed() {
    assert_eq!(
        from_base("property_removed"),
        ["~ schema Payment: - property `comment`   BREAKING"]
    );
}

#[test]
fn parameter_removed() {
    assert_eq!(
        from_base("parameter_removed"),
        ["~ operation payment_add: - parameter `comment` (query)   BREAKING"]
    );
}

#[test]
fn request_body_removed() {
    assert_eq!(
        from_base("request_body_removed"),
        ["~ operation invoice_create: - request body InvoiceRequest   BREAKING"]
    );
}

#[test]
fn property_type_changed() {
    assert_eq!(
        from_base("property_type_changed"),
        ["~ schema Payment: property `amount` type Decimal -> Text   BREAKING"]
    );
}

#[test]
fn parameter_type_changed() {
    assert_eq!(
        from_base("parameter_type_changed"),
        [
            "~ operation payment_get: parameter `paymentid` type integer(int64) -> string   BREAKING",
            // The example changed with it.
            "~ documentation: 1 change(s) in operation payment_get",
        ]
    );
}

#[test]
fn response_ref_target_changed() {
    assert_eq!(
        from_base("response_type_changed"),
        ["~ operation payment_get: response 200 type Payment -> Invoice   BREAKING"]
    );
}

#[test]
fn new_required_parameter() {
    assert_eq!(
        from_base("new_required_parameter"),
        ["~ operation payment_add: + parameter `currency` (query, required)   BREAKING"]
    );
}

#[test]
fn parameter_made_required() {
    assert_eq!(
        from_base("parameter_now_required"),
        ["~ operation payment_add: parameter `comment` now required   BREAKING"]
    );
}

#[test]
fn new_required_property_breaks_requests_only() {
    assert_eq!(
        from_base("new_required_property"),
        [
            "~ schema Invoice: + property `created_at` (string, required)",
            "~ schema InvoiceRequest: + property `currency` (string, required)   BREAKING",
        ]
    );
}

#[test]
fn property_made_optional_changes_its_rust_type() {
    assert_eq!(
        from_base("property_now_optional"),
        ["~ schema Invoice: property `id` now optional (Rust type string -> Option<string>)   BREAKING"]
    );
}

#[test]
fn closed_enum_value_removed() {
    assert_eq!(
        from_base("closed_enum_value_removed"),
        [
            "~ operation payment_add: parameter `kind`: - enum value `out`   BREAKING",
            "~ schema Direction: - enum value `toclient`   BREAKING",
        ]
    );
}

#[test]
fn open_enum_value_removed_is_a_variant_removal() {
    assert_eq!(
        from_base("open_enum_value_removed"),
        [
            "~ schema InvoiceStatus: - enum value `expired` (open enum: variant `Expired` removed, \
             the value now decodes as `Other`)   BREAKING"
        ]
    );
}

#[test]
fn open_enum_made_closed() {
    assert_eq!(
        from_base("open_enum_closed"),
        ["~ schema InvoiceStatus: no longer an open enum (x-open-enum): variant `Other` removed   BREAKING"]
    );
}

#[test]
fn parameter_moved_location() {
    assert_eq!(
        from_base("parameter_moved"),
        ["~ operation payment_get: parameter `paymentid` moved query -> header   BREAKING"]
    );
}

#[test]
fn schema_removed() {
    assert_eq!(
        from_base("schema_removed"),
        [
            "~ schema InvoiceRequest: property `items` type array<Item> -> array<Text>   BREAKING",
            "- schema Item   BREAKING",
        ]
    );
}

#[test]
fn spec_removed() {
    let changes = compare(&fixture("base"), &Value::Null);
    assert_eq!(
        render(&changes),
        ["- spec removed (4 operation(s), 10 schema(s))   BREAKING"]
    );
    assert_eq!(breaking(&changes), 1);
}

// ---------------------------------------------------------------------------------- not breaking

#[test]
fn additions_of_optional_things() {
    let changes = compare(&fixture("base"), &fixture("additions"));
    assert_eq!(
        render(&changes),
        [
            "~ operation payment_add: + parameter `currency` (query, optional)",
            "+ operation payment_refund (GET /api/payment/refund/)",
            "~ schema Direction: + enum value `internal`",
            "~ schema InvoiceRequest: + property `currency` (string, optional)",
            "~ schema InvoiceStatus: + enum value `refunded`",
            "~ schema Payment: + property `tags` (array<string>, optional)",
            "+ schema Refund (object)",
        ]
    );
    assert_eq!(breaking(&changes), 0);
}

#[test]
fn documentation_changes_are_counted() {
    let changes = compare(&fixture("base"), &fixture("documentation"));
    assert_eq!(
        render(&changes),
        [
            "~ documentation: 6 change(s) in spec, operation invoice_create, operation payment_add, schema Payment"
        ]
    );
    assert_eq!(breaking(&changes), 0);
    let places: Vec<&str> = changes.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        places,
        [
            "spec: info description",
            "operation invoice_create: request body example",
            "operation payment_add: summary",
            "operation payment_add: x-source",
            "operation payment_add: parameter `sum` example",
            "schema Payment: description",
        ]
    );
}

#[test]
fn relaxed_requirements() {
    let changes = compare(&fixture("base"), &fixture("relaxations"));
    assert_eq!(
        render(&changes),
        [
            "~ operation invoice_create: request body now optional",
            "~ operation payment_get: parameter `paymentid` now optional",
            "~ schema Direction: now an open enum (x-open-enum): unknown values decode as `Other`",
            // Optional, so an Option either way.
            "~ schema Invoice: property `paid_at` no longer nullable",
        ]
    );
    assert_eq!(breaking(&changes), 0);
}

#[test]
fn method_path_version_servers_and_extensions() {
    let changes = compare(&fixture("base"), &fixture("moved"));
    assert_eq!(
        render(&changes),
        [
            "~ info.version v1 -> v2",
            "~ servers: https://example.invalid -> https://api.example.invalid",
            "~ operation payment_add: + `x-require-one-of` [[\"comment\",\"kind\"]]",
            "~ operation payment_get: GET /api/payment/get/ -> POST /api/payment/one/",
        ]
    );
    assert_eq!(breaking(&changes), 0);
}

#[test]
fn new_spec_is_all_added() {
    let changes = compare(&Value::Null, &fixture("base"));
    let lines = render(&changes);
    assert_eq!(lines[0], "+ new spec (4 operation(s), 10 schema(s))");
    assert!(lines.contains(&"+ operation payment_add (GET /api/payment/add/)".to_owned()));
    assert!(lines.contains(&"+ schema InvoiceStatus (string enum)".to_owned()));
    assert_eq!(lines.len(), 1 + 4 + 10, "{lines:#?}");
    assert!(lines.iter().all(|l| l.starts_with("+ ")), "{lines:#?}");
    assert_eq!(breaking(&changes), 0);
}

#[test]
fn same_spec_no_changes() {
    assert_eq!(compare(&fixture("base"), &fixture("base")), []);
}

/// The repository's own specs compare cleanly with themselves, and as new specs.
#[test]
fn repository_specs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let Ok(spec) = serde_norway::from_str::<Value>(&std::fs::read_to_string(&path).unwrap()) else {
            continue; // being edited: the lint reports it.
        };
        assert_eq!(compare(&spec, &spec), [], "{}", path.display());
        let added = compare(&Value::Null, &spec);
        assert_eq!(breaking(&added), 0, "{}", path.display());
    }
}

#[test]
fn render_names_a_few_places_of_documentation_changes() {
    let doc = |subject: &str| Change {
        subject: subject.to_owned(),
        text: format!("{subject}: description"),
        breaking: false,
        documentation: true,
    };
    let changes = [
        doc("operation a"),
        doc("operation a"),
        doc("operation b"),
        doc("operation c"),
        doc("schema D"),
        doc("schema E"),
        doc("schema F"),
    ];
    assert_eq!(
        render(&changes),
        ["~ documentation: 7 change(s) in operation a, operation b, operation c, schema D and 2 more"]
    );
}

#[test]
fn report_per_provider() {
    let old: BTreeMap<String, Value> = [
        ("gone".to_owned(), fixture("base")),
        ("shop".to_owned(), fixture("base")),
        ("same".to_owned(), fixture("base")),
    ]
    .into();
    let new: BTreeMap<String, Value> = [
        ("shop".to_owned(), fixture("property_removed")),
        ("same".to_owned(), fixture("base")),
    ]
    .into();
    let (text, breaking) = report(&old, &new);
    assert_eq!(
        text,
        "gone:\n  - spec removed (4 operation(s), 10 schema(s))   BREAKING\n\
         same: no changes\n\
         shop:\n  ~ schema Payment: - property `comment`   BREAKING\n\
         2 breaking change(s)\n"
    );
    assert_eq!(breaking, 2);
}

// ---------------------------------------------------------------------------------- git

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=xtask tests",
            "-c",
            "user.email=tests@example.invalid",
        ])
        .args(["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository whose one commit holds `specs/shop.yaml` (= base.yaml) and a file of
/// `specs/` that is not a spec.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("specs")).unwrap();
    std::fs::write(dir.path().join("specs/shop.yaml"), fixture_text("base")).unwrap();
    std::fs::write(dir.path().join("specs/CONVENTIONS.md"), "# not a spec\n").unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "specs"]);
    git(dir.path(), &["commit", "-q", "-m", "specs"]);
    dir
}

fn write_spec(root: &Path, provider: &str, case: &str) {
    std::fs::write(root.join(format!("specs/{provider}.yaml")), fixture_text(case)).unwrap();
}

#[test]
fn run_fails_on_breaking_changes_only_when_asked() {
    let repo = repo();
    assert_eq!(run(repo.path(), "HEAD", true), Ok(true), "no change");
    write_spec(repo.path(), "shop", "property_removed");
    assert_eq!(run(repo.path(), "HEAD", true), Ok(false));
    assert_eq!(run(repo.path(), "HEAD", false), Ok(true));
}

#[test]
fn run_passes_non_breaking_changes() {
    let repo = repo();
    write_spec(repo.path(), "shop", "additions");
    assert_eq!(run(repo.path(), "HEAD", true), Ok(true));
}

#[test]
fn run_compares_with_older_revisions() {
    let repo = repo();
    write_spec(repo.path(), "shop", "property_removed");
    git(repo.path(), &["commit", "-q", "-am", "breaking"]);
    assert_eq!(run(repo.path(), "HEAD", true), Ok(true), "same as HEAD");
    assert_eq!(run(repo.path(), "HEAD~1", true), Ok(false));
}

#[test]
fn new_provider_is_not_breaking_removed_one_is() {
    let repo = repo();
    write_spec(repo.path(), "newcomer", "base");
    assert_eq!(run(repo.path(), "HEAD", true), Ok(true), "provider added");
    std::fs::remove_file(repo.path().join("specs/shop.yaml")).unwrap();
    assert_eq!(run(repo.path(), "HEAD", true), Ok(false), "provider removed");
}

#[test]
fn bad_revision_is_an_error_with_gits_message() {
    let repo = repo();
    let err = run(repo.path(), "no-such-rev", false).unwrap_err();
    assert!(err.contains("no-such-rev"), "{err}");
    assert!(
        err.to_lowercase().contains("not a valid object name"),
        "git's message: {err}"
    );
    let not_a_repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(not_a_repo.path().join("specs")).unwrap();
    let err = run(not_a_repo.path(), "HEAD", false).unwrap_err();
    assert!(err.to_lowercase().contains("not a git repository"), "{err}");
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PAYSPEC_ROOT", root)
        .output()
        .expect("xtask runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn binary_exit_code_and_report() {
    let repo = repo();
    write_spec(repo.path(), "shop", "property_removed");
    write_spec(repo.path(), "newcomer", "base");
    let expected_start = "newcomer:\n  + new spec (4 operation(s), 10 schema(s))\n";
    let expected_end = "shop:\n  ~ schema Payment: - property `comment`   BREAKING\n1 breaking change(s)\n";

    let out = xtask(repo.path(), &["diff", "HEAD", "--fail-on-breaking"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = stdout(&out);
    assert!(text.starts_with(expected_start), "{text}");
    assert!(text.ends_with(expected_end), "{text}");
    assert!(out.stderr.is_empty(), "{out:?}");

    let out = xtask(repo.path(), &["diff", "HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stdout(&out).ends_with(expected_end));
}

#[test]
fn binary_without_changes_and_with_a_bad_revision() {
    let repo = repo();
    let out = xtask(repo.path(), &["diff", "HEAD", "--fail-on-breaking"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(stdout(&out), "shop: no changes\n0 breaking change(s)\n");

    let out = xtask(repo.path(), &["diff", "nope", "--fail-on-breaking"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(stdout(&out), "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("error: git ls-tree"), "{stderr}");
    assert!(stderr.contains("nope"), "{stderr}");

    let out = xtask(repo.path(), &["diff"]);
    assert_eq!(out.status.code(), Some(2), "usage: {out:?}");
}
