//! The xtask adds to progenitor's output and never edits it: for every spec, what progenitor
//! itself generates (`xtask::progenitor_output`) appears unchanged in the committed
//! `generated.rs`. At the file's top level and inside every module, progenitor's items come
//! first, in progenitor's order, token for token; the xtask's own items (the `IntoFuture`
//! impls, the streams, open enums, tables, `decode_response`) follow them. The only change is
//! prettyplease's formatting.

use std::path::Path;

use quote::ToTokens;

/// Where `generated` first departs from `raw`, if it does: progenitor's items must be a prefix
/// of the generated items of the same module, recursively.
fn departure(raw: &[syn::Item], generated: &[syn::Item], module: &str) -> Option<String> {
    if generated.len() < raw.len() {
        return Some(format!(
            "{module}: progenitor wrote {} items, generated.rs has only {}",
            raw.len(),
            generated.len()
        ));
    }
    for (i, (r, g)) in raw.iter().zip(generated).enumerate() {
        match (r, g) {
            (syn::Item::Mod(rm), syn::Item::Mod(gm)) if rm.ident == gm.ident => {
                let inner = format!("{module}::{}", rm.ident);
                let attrs = |m: &syn::ItemMod| {
                    m.attrs
                        .iter()
                        .map(|a| a.to_token_stream().to_string())
                        .collect::<Vec<_>>()
                };
                if attrs(rm) != attrs(gm)
                    || rm.vis.to_token_stream().to_string() != gm.vis.to_token_stream().to_string()
                {
                    return Some(format!("{inner}: the module's attributes or visibility changed"));
                }
                let empty = Vec::new();
                let items = |m: &syn::ItemMod| {
                    m.content
                        .as_ref()
                        .map(|c| c.1.clone())
                        .unwrap_or_else(|| empty.clone())
                };
                if let Some(found) = departure(&items(rm), &items(gm), &inner) {
                    return Some(found);
                }
            }
            _ => {
                let (r, g) = (r.to_token_stream().to_string(), g.to_token_stream().to_string());
                if r != g {
                    let cut = |s: &str| s.chars().take(300).collect::<String>();
                    return Some(format!(
                        "{module}: item {i} differs from progenitor's\n  progenitor: {}\n  generated:  {}",
                        cut(&r),
                        cut(&g)
                    ));
                }
            }
        }
    }
    None
}

/// progenitor's output as the xtask writes it: formatted by prettyplease (which only drops
/// redundant punctuation such as a trailing comma in a `use` list) and read back.
fn formatted(raw: syn::File) -> syn::File {
    syn::parse_file(&prettyplease::unparse(&raw)).unwrap()
}

#[test]
fn progenitor_output_is_untouched_in_every_generated_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let specs = xtask::spec_files(root).unwrap();
    assert_eq!(specs.len(), 5, "five specs: {specs:?}");
    for spec in specs {
        let provider = spec.file_stem().unwrap().to_str().unwrap().to_owned();
        let spec_file = format!("{provider}.yaml");
        let yaml = std::fs::read_to_string(&spec).unwrap();
        let raw = formatted(xtask::progenitor_output(&spec_file, &yaml).unwrap());
        let path = root.join("crates").join(&provider).join("src/generated.rs");
        let generated: syn::File = syn::parse_file(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(raw.items.len() > 3, "{provider}: progenitor wrote almost nothing");
        assert!(
            generated.items.len() > raw.items.len(),
            "{provider}: the xtask added nothing at the top level"
        );
        if let Some(found) = departure(&raw.items, &generated.items, &provider) {
            panic!("{}: progenitor's output was edited: {found}", path.display());
        }
    }
}

/// The check itself finds an edit: one statement changed deep inside a builder's `send()`, an
/// item moved, an item deleted.
#[test]
fn an_edit_of_progenitors_output_is_found() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let yaml = std::fs::read_to_string(root.join("specs/onebox.yaml")).unwrap();
    let raw = formatted(xtask::progenitor_output("onebox.yaml", &yaml).unwrap());
    assert_eq!(departure(&raw.items, &raw.items, "onebox"), None);

    // A rewrite of one token inside `mod builder`.
    let text = raw.to_token_stream().to_string();
    let needle = "let info = OperationInfo";
    assert!(text.contains(needle));
    let edited: syn::File =
        syn::parse_str(&text.replacen(needle, "let info = ::progenitor_client::OperationInfo", 1)).unwrap();
    let found = departure(&raw.items, &edited.items, "onebox").expect("the edit is found");
    assert!(found.starts_with("onebox::builder: item"), "{found}");

    // Two items swapped at the top level.
    let mut swapped = raw.clone();
    let last = swapped.items.len() - 1;
    swapped.items.swap(0, last);
    assert!(departure(&raw.items, &swapped.items, "onebox").is_some());

    // An item deleted (and something added after, so the count alone does not tell).
    let mut deleted = raw.clone();
    let gone = deleted.items.remove(1);
    deleted.items.push(gone);
    deleted.items.push(syn::parse_quote!(
        pub const ADDED: u8 = 1;
    ));
    assert!(departure(&raw.items, &deleted.items, "onebox").is_some());
}
