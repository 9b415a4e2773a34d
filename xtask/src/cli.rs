//! The `generate` command: spec discovery, writing or checking, the summary table.

use std::path::Path;

use similar::TextDiff;

use crate::generate_provider;

/// Runs `generate` over `root/specs/*.yaml`; returns `Ok(false)` when a provider failed or,
/// with `check`, a file is stale.
pub fn generate(root: &Path, check: bool, only: Option<&str>) -> Result<bool, String> {
    let specs = crate::spec_files(root)?;
    let names: Vec<String> = specs
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    if let Some(only) = only
        && !names.iter().any(|n| n == only)
    {
        return Err(format!("no spec specs/{only}.yaml (have: {})", names.join(", ")));
    }

    let mut ok = true;
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    for (spec, name) in specs.iter().zip(&names) {
        if only.is_some_and(|o| o != name) {
            continue;
        }
        let file_name = spec.file_name().unwrap().to_string_lossy().into_owned();
        let target = root.join("crates").join(name).join("src/generated.rs");
        let outcome = std::fs::read_to_string(spec)
            .map_err(|e| format!("cannot read {}: {e}", spec.display()))
            .and_then(|yaml| generate_provider(name, &file_name, &yaml));
        let generated = match outcome {
            Ok(g) => g,
            Err(e) => {
                eprintln!("provider {name}: {e}");
                rows.push((name.clone(), "-".into(), "-".into(), "FAILED".into()));
                ok = false;
                continue;
            }
        };
        if !target.parent().is_some_and(Path::is_dir) {
            eprintln!("provider {name}: no crate at crates/{name}/src");
            rows.push((name.clone(), "-".into(), "-".into(), "FAILED".into()));
            ok = false;
            continue;
        }
        let current = std::fs::read_to_string(&target).unwrap_or_default();
        let state = if current == generated.code {
            "unchanged"
        } else if check {
            let rel = format!("crates/{name}/src/generated.rs");
            let diff = TextDiff::from_lines(&current, &generated.code);
            print!(
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(&rel, &format!("{rel} (regenerated)"))
            );
            ok = false;
            "STALE"
        } else {
            std::fs::write(&target, &generated.code)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            "changed"
        };
        rows.push((
            name.clone(),
            generated.operations.to_string(),
            generated.types.to_string(),
            state.into(),
        ));
    }

    println!(
        "{:<12} {:>10} {:>6}  {}",
        "provider",
        "operations",
        "types",
        if check { "check" } else { "file" }
    );
    for (name, ops, types, state) in rows {
        println!("{name:<12} {ops:>10} {types:>6}  {state}");
    }
    // The sandbox's operation table and its per-operation test read every spec.
    if only.is_none() && root.join("crates/sandbox/src").is_dir() {
        ok &= crate::sandbox::generate(root, check).unwrap_or_else(|e| {
            eprintln!("sandbox: {e}");
            false
        });
    }
    if check && !ok {
        eprintln!("generated code is stale or failed: run `cargo xtask generate` and commit the result");
    }
    Ok(ok)
}
