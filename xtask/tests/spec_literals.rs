//! Hand-written code restates nothing the spec holds: no `crates/*/src/lib.rs` has a string
//! literal equal to a known message or code, a success or failure value of the envelope's
//! marker, a credential's name, an operation path (the token endpoint's among them) or a
//! server URL, and none contains a known message, an operation path or a server URL. The provider crates read those from
//! the tables `cargo xtask generate` writes (`xtask::tables`).
//!
//! A provider crate is checked against its own spec; every other crate (the sandbox, the
//! hostile-input properties, the facade) against all five, except for the marker values, which
//! are too generic (`0`, `ok`) to mean the spec outside the provider's own crate. Doc comments are not code and are skipped;
//! literals inside macros (`format!`, `concat!`) are not.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use xtask::tables::Literal;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
}

fn spec_literals(provider: &str) -> BTreeSet<(String, Literal)> {
    let path = root().join("specs").join(format!("{provider}.yaml"));
    let yaml = std::fs::read_to_string(&path).unwrap();
    let doc: serde_json::Value = serde_norway::from_str(&yaml).unwrap();
    xtask::tables::spec_literals(&doc).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every string literal of `tokens`, outside attributes (`#[doc = "..."]` is a doc comment).
fn string_literals(tokens: TokenStream, out: &mut Vec<String>) {
    let mut after_pound = false;
    for tree in tokens {
        match tree {
            TokenTree::Punct(p) => after_pound = p.as_char() == '#' || (after_pound && p.as_char() == '!'),
            TokenTree::Group(g) => {
                if !(after_pound && g.delimiter() == proc_macro2::Delimiter::Bracket) {
                    string_literals(g.stream(), out);
                }
                after_pound = false;
            }
            TokenTree::Literal(l) => {
                if let Ok(syn::Lit::Str(s)) = syn::parse_str::<syn::Lit>(&l.to_string()) {
                    out.push(s.value());
                }
                after_pound = false;
            }
            TokenTree::Ident(_) => after_pound = false,
        }
    }
}

/// The spec strings `code` restates: `(literal, spec string, what it is)`.
fn restated(code: &str, literals: &BTreeSet<(String, Literal)>) -> Vec<(String, String, Literal)> {
    let tokens: TokenStream = code.parse().expect("lib.rs tokenizes");
    let mut found = Vec::new();
    string_literals(tokens, &mut found);
    let mut out = Vec::new();
    for lit in found {
        for (value, what) in literals {
            let contained = matches!(what, Literal::Message | Literal::Path | Literal::Server)
                && lit.contains(value.as_str());
            if lit == *value || contained {
                out.push((lit.clone(), value.clone(), *what));
            }
        }
    }
    out
}

const PROVIDERS: &[&str] = &["crystalpay", "invoicebox", "onebox", "paykeeper", "sber"];

#[test]
fn no_lib_rs_restates_a_string_the_spec_holds() {
    let mut all = BTreeSet::new();
    for p in PROVIDERS {
        all.extend(spec_literals(p));
    }
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root().join("crates"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("src/lib.rs").is_file())
        .collect();
    crates.sort();
    assert!(crates.len() >= 7, "{crates:?}");
    let mut problems = Vec::new();
    for dir in crates {
        let name = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let literals = if PROVIDERS.contains(&name.as_str()) {
            spec_literals(&name)
        } else {
            all.iter()
                .filter(|(_, what)| *what != Literal::Marker)
                .cloned()
                .collect()
        };
        let code = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
        for (lit, value, what) in restated(&code, &literals) {
            problems.push(format!(
                "crates/{name}/src/lib.rs: {lit:?} restates the spec's {what:?} {value:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_literals_in_code_and_macros_but_not_in_doc_comments() {
    let literals = BTreeSet::from([
        ("Bad user level!".to_owned(), Literal::Message),
        ("/info/settings/token/".to_owned(), Literal::Path),
        ("token".to_owned(), Literal::Credential),
        ("unauthorized".to_owned(), Literal::Code),
        ("0".to_owned(), Literal::Marker),
    ]);
    let code = r##"
        //! "Bad user level!" in a doc comment is prose.
        /// So is `"/info/settings/token/"`.
        #[doc = "unauthorized"]
        const A: &[&str] = &["Bad user level!", "token"];
        fn f(base: &str) -> String { format!("{base}/info/settings/token/") }
        fn g(code: &str) -> bool { matches!(code, "unauthorized" | "0") }
        fn h() -> &'static str { "not unauthorized, no token here, 10" }
    "##;
    let found: Vec<(String, Literal)> = restated(code, &literals)
        .into_iter()
        .map(|(lit, _, what)| (lit, what))
        .collect();
    assert_eq!(
        found,
        [
            ("Bad user level!".to_owned(), Literal::Message),
            ("token".to_owned(), Literal::Credential),
            ("{base}/info/settings/token/".to_owned(), Literal::Path),
            ("unauthorized".to_owned(), Literal::Code),
            ("0".to_owned(), Literal::Marker),
        ]
    );
}
