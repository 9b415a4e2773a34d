//! `cargo xtask generate [--check] [--provider NAME]`: regenerate the provider clients.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: cargo xtask generate [--check] [--provider NAME]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        return usage();
    };
    if command != "generate" {
        return usage();
    }
    let mut check = false;
    let mut provider = None;
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--provider" => match it.next() {
                Some(p) => provider = Some(p.clone()),
                None => return usage(),
            },
            _ => return usage(),
        }
    }
    let root = std::env::var_os("PAYSPEC_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .unwrap()
                .to_path_buf()
        });
    match xtask::cli::generate(&root, check, provider.as_deref()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
