//! `xtask::cli::generate` and the `xtask` binary on a temporary workspace root, and the
//! freshness of the generated files committed in this repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use xtask::cli;

/// A spec that generates: one signed POST operation, three types.
const GOOD: &str = include_str!("fixtures/json_body.yaml");
const GOOD_DESCRIPTION: &str = "Creates an invoice. Signed over `amount` and `id`.";

/// A spec progenitor panics on (`200` JSON + `204` without a body).
const BAD: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /maybe/:
    get:
      operationId: json_or_nothing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        "204":
          description: nothing
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"#;

fn generate(root: &Path, check: bool, only: Option<&str>) -> Result<bool, String> {
    cli::generate(root, check, only)
}

/// A workspace root with `specs/<name>.yaml` and `crates/<name>/src/` for each provider.
fn temp_root(providers: &[(&str, &str)]) -> tempfile::TempDir {
    let root = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(root.path().join("specs")).unwrap();
    for (name, yaml) in providers {
        std::fs::write(root.path().join(format!("specs/{name}.yaml")), yaml).unwrap();
        std::fs::create_dir_all(root.path().join(format!("crates/{name}/src"))).unwrap();
    }
    root
}

fn generated_path(root: &Path, name: &str) -> PathBuf {
    root.join(format!("crates/{name}/src/generated.rs"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Changes a description in `specs/good.yaml`, which changes the generated doc comments.
fn edit_good_spec(root: &Path, marker: &str) {
    let spec = root.join("specs/good.yaml");
    let yaml = read(&spec);
    assert!(
        yaml.contains(GOOD_DESCRIPTION),
        "fixture changed: update GOOD_DESCRIPTION"
    );
    std::fs::write(
        &spec,
        yaml.replace(GOOD_DESCRIPTION, &format!("{GOOD_DESCRIPTION} {marker}")),
    )
    .unwrap();
}

fn run_xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PAYSPEC_ROOT", root)
        // A leaked panic message would come with a backtrace: make it as loud as possible.
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("run the xtask binary")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The summary table row of `name`, split into its columns.
fn table_row(stdout: &str, name: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .find(|cols| cols.first().is_some_and(|c| c == name))
        .unwrap_or_else(|| panic!("no table row for {name} in:\n{stdout}"))
}

#[test]
fn generate_write_and_check_cycle() {
    let root = temp_root(&[("good", GOOD), ("bad", BAD)]);
    let root = root.path();
    let good = generated_path(root, "good");

    // One provider fails: the run fails, but the other provider is still written.
    assert_eq!(generate(root, false, None), Ok(false));
    let written = read(&good);
    let expected = xtask::generate_provider("good", "good.yaml", GOOD).unwrap().code;
    assert!(
        written == expected,
        "generated.rs differs from generate_provider's output"
    );
    assert!(written.starts_with("// @generated from specs/good.yaml "));
    assert!(
        !generated_path(root, "bad").exists(),
        "nothing is written for a failed provider"
    );

    // The file just written is fresh; the failing provider alone still fails.
    assert_eq!(generate(root, true, Some("good")), Ok(true));
    assert_eq!(generate(root, true, Some("bad")), Ok(false));
    assert_eq!(generate(root, false, Some("bad")), Ok(false));
    assert!(!generated_path(root, "bad").exists());

    // A spec edit makes it stale; --check reports it and writes nothing.
    edit_good_spec(root, "(edited)");
    assert_eq!(generate(root, true, Some("good")), Ok(false));
    assert!(read(&good) == written, "--check must not write");
    assert_eq!(generate(root, true, None), Ok(false));
    assert!(read(&good) == written, "--check must not write");

    // Regenerating writes the change, after which --check passes again.
    assert_eq!(generate(root, false, Some("good")), Ok(true));
    let rewritten = read(&good);
    assert!(rewritten != written, "the edit must reach generated.rs");
    assert!(rewritten.contains("(edited)"));
    assert_eq!(generate(root, true, Some("good")), Ok(true));
    // A second write run finds nothing to change.
    assert_eq!(generate(root, false, Some("good")), Ok(true));
    assert!(read(&good) == rewritten);
}

#[test]
fn unknown_provider_is_an_error_naming_the_spec() {
    let root = temp_root(&[("good", GOOD), ("bad", BAD)]);
    let err = generate(root.path(), false, Some("nope")).unwrap_err();
    assert!(err.contains("specs/nope.yaml"), "{err}");
    assert!(err.contains("bad, good"), "the known specs are listed: {err}");
    assert!(
        !generated_path(root.path(), "good").exists(),
        "nothing is generated"
    );
}

#[test]
fn missing_crate_directory_fails_that_provider() {
    let root = temp_root(&[("good", GOOD)]);
    std::fs::write(root.path().join("specs/orphan.yaml"), GOOD).unwrap();
    assert_eq!(generate(root.path(), false, None), Ok(false));
    assert!(generated_path(root.path(), "good").exists());
    assert!(
        !root.path().join("crates/orphan").exists(),
        "no crate directory is created"
    );
}

#[test]
fn binary_check_reports_a_stale_file_with_a_diff() {
    let root = temp_root(&[("good", GOOD)]);
    let root = root.path();
    let good = generated_path(root, "good");

    let out = run_xtask(root, &["generate", "--provider", "good"]);
    assert!(out.status.success(), "generate failed: {}", text(&out.stderr));
    assert_eq!(
        table_row(&text(&out.stdout), "good"),
        ["good", "1", "3", "changed"]
    );

    let out = run_xtask(root, &["generate", "--check", "--provider", "good"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "fresh file: {stdout}{}", text(&out.stderr));
    assert_eq!(table_row(&stdout, "good"), ["good", "1", "3", "unchanged"]);
    assert!(!stdout.contains("@@"), "no diff for a fresh file: {stdout}");

    edit_good_spec(root, "(stale)");
    let before = read(&good);
    let out = run_xtask(root, &["generate", "--check", "--provider", "good"]);
    let stdout = text(&out.stdout);
    assert!(!out.status.success(), "a stale file must fail --check");
    assert!(stdout.contains("--- crates/good/src/generated.rs"), "{stdout}");
    assert!(
        stdout.contains("+++ crates/good/src/generated.rs (regenerated)"),
        "{stdout}"
    );
    assert!(stdout.contains("@@"), "{stdout}");
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with('+') && l.contains("(stale)")),
        "{stdout}"
    );
    assert_eq!(table_row(&stdout, "good"), ["good", "1", "3", "STALE"]);
    assert!(text(&out.stderr).contains("run `cargo xtask generate`"));
    assert!(read(&good) == before, "--check must not write");

    let out = run_xtask(root, &["generate"]);
    assert!(out.status.success(), "regenerate failed: {}", text(&out.stderr));
    let out = run_xtask(root, &["generate", "--check", "--provider", "good"]);
    assert!(out.status.success(), "after regenerating: {}", text(&out.stdout));
    assert_eq!(
        table_row(&text(&out.stdout), "good"),
        ["good", "1", "3", "unchanged"]
    );
}

#[test]
fn binary_reports_a_generator_panic_without_panic_noise() {
    let root = temp_root(&[("bad", BAD)]);
    let out = run_xtask(root.path(), &["generate", "--provider", "bad"]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("provider bad: operation json_or_nothing: "),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked at"),
        "the panic hook printed: {stderr}"
    );
    assert!(
        !stderr.contains("stack backtrace"),
        "the panic hook printed: {stderr}"
    );
    assert_eq!(table_row(&text(&out.stdout), "bad"), ["bad", "-", "-", "FAILED"]);
}

#[test]
fn binary_usage_errors() {
    let root = temp_root(&[("good", GOOD)]);
    for args in [
        &[][..],
        &["check"],
        &["generate", "--bogus"],
        &["generate", "--provider"],
    ] {
        let out = run_xtask(root.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains("usage: cargo xtask generate"),
            "{args:?}"
        );
    }
    let out = run_xtask(root.path(), &["generate", "--provider", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("error: no spec specs/nope.yaml"));
    assert!(!generated_path(root.path(), "good").exists());
}

#[test]
fn committed_generated_code_is_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    assert_eq!(
        generate(root, true, None),
        Ok(true),
        "crates/*/src/generated.rs are stale or a spec fails: run `cargo xtask generate` (diff above)"
    );
}
