//! `cargo xtask lint` (being written).

use std::path::Path;

/// Runs the command; `Ok(false)` means it found problems.
pub fn run(_root: &Path, _provider: Option<&str>) -> Result<bool, String> {
    Err("not implemented yet".into())
}
