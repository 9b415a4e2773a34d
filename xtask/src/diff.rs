//! `cargo xtask diff` (being written).

use std::path::Path;

/// Runs the command; `Ok(false)` means it found problems.
pub fn run(_root: &Path, _rev: &str, _fail_on_breaking: bool) -> Result<bool, String> {
    Err("not implemented yet".into())
}
