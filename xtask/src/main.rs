//! `cargo xtask <command>`: generate the provider clients and check the specs.
//!
//! - `generate [--check] [--provider NAME]`: regenerate crates/<p>/src/generated.rs
//! - `lint [--provider NAME]`: check the specs against our conventions and their own examples
//! - `docs [--out DIR]`: render each spec to a browsable offline HTML reference
//! - `diff <git-rev> [--fail-on-breaking]`: what changed in the specs since a revision
//! - `coverage`: every parameter and field of each seed's tables, and whether its spec has it
//! - `sources update|check [--json] [--strict] ...`: watch the pages cited in `x-source`
//!   (`cargo xtask sources --help`, `xtask::sources`)

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask generate [--check] [--provider NAME]
       cargo xtask lint [--provider NAME]
       cargo xtask docs [--out DIR]
       cargo xtask diff <git-rev> [--fail-on-breaking]
       cargo xtask coverage
       cargo xtask sources update|check [--json] [--strict] [--timeout SECS] [--concurrency N] (--help)";

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// `--provider NAME`, `--out DIR` and flags, with at most one positional argument.
#[derive(Default)]
struct Args {
    check: bool,
    fail_on_breaking: bool,
    provider: Option<String>,
    out: Option<PathBuf>,
    positional: Option<String>,
}

fn parse(rest: &[String]) -> Option<Args> {
    let mut args = Args::default();
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--check" => args.check = true,
            "--fail-on-breaking" => args.fail_on_breaking = true,
            "--provider" => args.provider = Some(it.next()?.clone()),
            "--out" => args.out = Some(PathBuf::from(it.next()?)),
            other if !other.starts_with("--") && args.positional.is_none() => {
                args.positional = Some(other.to_owned())
            }
            _ => return None,
        }
    }
    Some(args)
}

/// `PAYSPEC_ROOT`, or the workspace this xtask was built in.
fn workspace_root() -> PathBuf {
    std::env::var_os("PAYSPEC_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .unwrap()
                .to_path_buf()
        })
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = argv.split_first() else {
        return usage();
    };
    if command == "sources" {
        return ExitCode::from(xtask::sources::main(&workspace_root(), rest));
    }
    let Some(args) = parse(rest) else {
        return usage();
    };
    let root = workspace_root();
    let outcome = match command.as_str() {
        "generate" if args.positional.is_none() => {
            xtask::cli::generate(&root, args.check, args.provider.as_deref())
        }
        "lint" if args.positional.is_none() => xtask::lint::run(&root, args.provider.as_deref()),
        "docs" if args.positional.is_none() => {
            let out = args.out.unwrap_or_else(|| root.join("target/spec-docs"));
            xtask::docs::run(&root, &out)
        }
        "diff" => match args.positional {
            Some(rev) => xtask::diff::run(&root, &rev, args.fail_on_breaking),
            None => return usage(),
        },
        "coverage" if args.positional.is_none() => xtask::coverage::run(&root),
        _ => return usage(),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
