//! Generation of the provider clients from `specs/<provider>.yaml` with progenitor.
//!
//! `cargo xtask generate` calls [`generate_provider`] for every spec; the tests call it on
//! small fixture specs. progenitor reads the spec with the lowerings of [`lower`], and its
//! output is kept as it is: the xtask only adds items after progenitor's own (at the end of the
//! file, of `mod builder` and of `mod types`), never edits, moves or deletes them
//! (`xtask/tests/untouched.rs` checks it for every spec). What it adds: per operation builder,
//! an `IntoFuture` impl that awaits progenitor's `send()` and maps its result onto
//! `payspec::Error` (`payspec::hooks::finish`); the `stream()` of `x-pagination` operations;
//! the open enums of `x-open-enum` schemas; and the tables the hooks read (`SIGNATURES`,
//! `CLIENT_FILLS`, `REQUIRE_ONE_OF`, `IDEMPOTENT`, `ANSWERS`) and `decode_response` for the
//! fuzzers.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use proc_macro2::{TokenStream, TokenTree};
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::model::OperationExt;

pub mod cli;

/// The `specs/*.yaml` files under `root`, sorted.
pub fn spec_files(root: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let specs_dir = root.join("specs");
    let mut specs: Vec<_> = std::fs::read_dir(&specs_dir)
        .map_err(|e| format!("cannot read {}: {e}", specs_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    specs.sort();
    Ok(specs)
}
pub mod cost;
pub mod coverage;
pub mod diff;
pub mod docs;
pub mod lint;
pub mod lower;
pub mod model;
pub mod sandbox;
pub mod sources;
pub mod tables;

/// What one provider's generation produced.
#[derive(Debug)]
pub struct Generated {
    /// The complete text of `generated.rs`.
    pub code: String,
    /// How many operations the spec has.
    pub operations: usize,
    /// How many types `mod types` holds.
    pub types: usize,
}

/// Generates `generated.rs` for `provider` from the spec's YAML text. The error names the
/// operation or schema at fault where it can be found.
///
/// The file is progenitor's output, unchanged, with the xtask's items added after progenitor's
/// own at the end of the file, of `mod builder` and of `mod types` (see [`progenitor_output`]
/// and the test `progenitor_output_is_untouched`).
pub fn generate_provider(provider: &str, spec_file: &str, yaml: &str) -> Result<Generated, String> {
    let spec = model::Spec::parse(spec_file, yaml)?;
    let doc = &spec.doc;
    let mut file = progenitor_output(spec_file, yaml)?;

    let operations = spec.operation_extensions()?;
    check_require_one_of(&file, &operations)?;
    let outputs = add_into_future_impls(&mut file)?;
    let decoders: syn::File = syn::parse2(decode_response_fn(&outputs)).map_err(|e| e.to_string())?;
    file.items.extend(decoders.items);
    let (streams, answers) = pagination_impls(&file, &operations, &outputs)?;
    builder_module(&mut file)?.1.extend(streams);
    let mut open_enums = open_enums(doc)?;
    open_enums.extend(answers);
    let types = add_to_types_module(&mut file, open_enums)?;
    let costs = cost::items(&file, &outputs)?;
    file.items.extend(costs);
    let tables: syn::File = syn::parse2(signature_table(&operations)?).map_err(|e| e.to_string())?;
    file.items.extend(tables.items);
    let answers: syn::File = syn::parse2(answers_table(&file, &outputs)?).map_err(|e| e.to_string())?;
    file.items.extend(answers.items);
    file.items
        .extend(tables::items(doc).map_err(|e| format!("specs/{spec_file}: {e}"))?);

    let body = prettyplease::unparse(&file);
    let header = format!(
        "// @generated from specs/{spec_file} by `cargo xtask generate` — do not edit.\n\
         // Provider: {provider}. Edit the spec and regenerate instead.\n\
         #![allow(clippy::all, unused_imports, dead_code, missing_docs, unreachable_pub, rustdoc::all)]\n\n"
    );
    Ok(Generated {
        code: format!("{header}{body}"),
        operations: operations.len(),
        types,
    })
}

/// What progenitor itself generates from the spec's YAML text (read with the lowerings of
/// [`lower`]), as parsed Rust: the part of `generated.rs` that the xtask never edits.
pub fn progenitor_output(spec_file: &str, yaml: &str) -> Result<syn::File, String> {
    let model::Spec { doc, ordered, .. } = model::Spec::parse(spec_file, yaml)?;
    // Through text: openapiv3 reads `enum: [null]` from YAML text but not from a YAML value.
    let lowered = serde_norway::to_string(&lower::for_generator(&ordered)).map_err(|e| e.to_string())?;
    let spec: openapiv3::OpenAPI = serde_norway::from_str(&lowered)
        .map_err(|e| format!("specs/{spec_file}: not an OpenAPI 3.0 document: {e}"))?;

    let tokens = match run_generator(&doc, &spec) {
        Ok(t) => t,
        Err(first) => {
            // progenitor often fails without naming the operation: find it by generating
            // each operation alone.
            let culprits = find_failing_operations(&doc, &spec);
            return Err(if culprits.is_empty() {
                first
            } else {
                culprits.join("; ")
            });
        }
    };
    syn::parse2(tokens).map_err(|e| format!("progenitor produced code that does not parse: {e}"))
}

fn settings(doc: &Value) -> Result<GenerationSettings, String> {
    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_inner_type(quote!(::payspec::Context<crate::Inner>))
        .with_hooks(HooksMode::Expected)
        .with_derive("PartialEq");
    let schemas = doc.pointer("/components/schemas").and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        if let Some(rust) = schema.get("x-rust-type") {
            let rust = rust
                .as_str()
                .ok_or_else(|| format!("schema {name}: x-rust-type must be a string"))?;
            let generic = rust.contains('<');
            let impls: Vec<TypeImpl> = if generic {
                vec![]
            } else {
                vec![TypeImpl::Display, TypeImpl::FromStr]
            };
            settings.with_replacement(name, qualify_schema_names(rust, schemas), impls.into_iter());
        } else if schema.get("x-open-enum").and_then(Value::as_bool) == Some(true) {
            settings.with_replacement(
                name,
                format!("crate::generated::types::{name}"),
                [TypeImpl::Display, TypeImpl::FromStr].into_iter(),
            );
        }
    }
    Ok(settings)
}

/// `::payspec::LenientList<Payment>` → `::payspec::LenientList<crate::generated::types::Payment>`:
/// typify pastes replacement paths verbatim into both the `types` and `builder` modules.
fn qualify_schema_names(rust: &str, schemas: Option<&serde_json::Map<String, Value>>) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String, next: char| {
        let qualified =
            next != ':' && !out.ends_with("::") && schemas.is_some_and(|s| s.contains_key(word.as_str()));
        if qualified {
            out.push_str("crate::generated::types::");
        }
        out.push_str(word);
        word.clear();
    };
    for c in rust.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out, c);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, ' ');
    out
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, catching a panic without printing it. The process-wide panic hook is wrapped once,
/// and only this thread is silenced while `f` runs, so concurrent callers (tests) neither
/// silence each other's panics nor leave the hook switched off.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    result
}

fn run_generator(doc: &Value, spec: &openapiv3::OpenAPI) -> Result<TokenStream, String> {
    let settings = settings(doc)?;
    let result = quietly(|| Generator::new(&settings).generate_tokens(spec));
    match result {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(format!(
                "progenitor panicked: {}",
                msg.lines().next().unwrap_or_default()
            ))
        }
    }
}

fn find_failing_operations(doc: &Value, spec: &openapiv3::OpenAPI) -> Vec<String> {
    // First the components alone: a broken schema is the schema's fault, not every operation's.
    let mut bare = spec.clone();
    bare.paths.paths.clear();
    if let Err(e) = run_generator(doc, &bare) {
        return vec![format!("components: {e}")];
    }
    let mut out = Vec::new();
    for (path, item) in &spec.paths.paths {
        let openapiv3::ReferenceOr::Item(item) = item else {
            continue;
        };
        for (method, op) in item.iter() {
            let mut single = spec.clone();
            let mut only = openapiv3::PathItem {
                parameters: item.parameters.clone(),
                ..Default::default()
            };
            match method {
                "get" => only.get = Some(op.clone()),
                "put" => only.put = Some(op.clone()),
                "post" => only.post = Some(op.clone()),
                "delete" => only.delete = Some(op.clone()),
                "patch" => only.patch = Some(op.clone()),
                "head" => only.head = Some(op.clone()),
                "options" => only.options = Some(op.clone()),
                _ => only.trace = Some(op.clone()),
            }
            single.paths.paths = [(path.clone(), openapiv3::ReferenceOr::Item(only))]
                .into_iter()
                .collect();
            if let Err(e) = run_generator(doc, &single) {
                let id = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{} {path}", method.to_uppercase()));
                out.push(format!("operation {id}: {e}"));
            }
        }
    }
    out
}

/// The name progenitor gives an operation's builder: `payment_get` → `PaymentGet`.
fn builder_name(op: &str) -> String {
    op.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Checks every `x-require-one-of` group against the builders progenitor made: each name must
/// be an optional parameter of the operation (`Result<Option<T>, String>` in its builder).
/// Names are matched ignoring case and punctuation, as progenitor sanitises them (`1c` → `_1c`,
/// `XMLId` → `xml_id`). The groups themselves go into the `REQUIRE_ONE_OF` table, which the
/// hooks check on the built request.
fn check_require_one_of(file: &syn::File, ops: &BTreeMap<String, OperationExt>) -> Result<(), String> {
    let builders = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|c| struct_fields(&c.1)),
            _ => None,
        })
        .ok_or("progenitor output has no `builder` module")?;
    for (op, ext) in ops {
        for param in ext.require_one_of.iter().flatten() {
            let err = |m: &str| format!("operation {op}: x-require-one-of names `{param}`, {m}");
            let (_, ty) = builders
                .get(&builder_name(op))
                .into_iter()
                .flatten()
                .find(|(ident, _)| squash(&ident.to_string()) == squash(param))
                .ok_or_else(|| err("which is not a parameter"))?;
            if !ty
                .to_token_stream()
                .to_string()
                .replace(' ', "")
                .starts_with("Result<Option<")
            {
                return Err(err("which is required; make it optional"));
            }
        }
    }
    Ok(())
}

fn find_operation_id(body: &TokenStream) -> Option<String> {
    let tokens: Vec<TokenTree> = body.clone().into_iter().collect();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Ident(id) if id == "operation_id" => {
                if let Some(TokenTree::Literal(lit)) = tokens.get(i + 2) {
                    return Some(lit.to_string().trim_matches('"').to_owned());
                }
            }
            TokenTree::Group(g) => {
                if let Some(found) = find_operation_id(&g.stream()) {
                    return Some(found);
                }
            }
            _ => {}
        }
    }
    None
}

/// `Result<ResponseValue<T>, Error<E>>` → `T`.
fn success_type(ret: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = ret else {
        return None;
    };
    let first_arg = |ty: &syn::Type| -> Option<syn::Type> {
        let syn::Type::Path(p) = ty else { return None };
        let seg = p.path.segments.last()?;
        let syn::PathArguments::AngleBracketed(args) = &seg.arguments else {
            return None;
        };
        match args.args.first()? {
            syn::GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        }
    };
    first_arg(&first_arg(ty)?)
}

/// The success type of every operation, by operation id.
type Outputs = BTreeMap<String, syn::Type>;

/// `decode_response`: decodes a body as an operation's success type, exactly as the generated
/// client does; the fuzz targets and property tests drive every response type through it.
fn decode_response_fn(outputs: &Outputs) -> TokenStream {
    let arms = outputs
        .iter()
        .filter(|(_, ty)| !ty.to_token_stream().to_string().contains("ByteStream"))
        .map(|(op, ty)| quote! { #op => Some(::serde_json::from_slice::<#ty>(body).map(drop)), });
    let ops = outputs.keys();
    quote! {
        /// Every operation id of the spec.
        pub const OPERATIONS: &[&str] = &[#(#ops),*];
        /// Decodes `body` as the success answer of `operation` the way the client does; `None`
        /// for an unknown operation or one whose answer is not JSON. For fuzzing and tests.
        #[doc(hidden)]
        pub fn decode_response(operation: &str, body: &[u8]) -> Option<::std::result::Result<(), ::serde_json::Error>> {
            match operation {
                #(#arms)*
                _ => None,
            }
        }
    }
}

fn add_into_future_impls(file: &mut syn::File) -> Result<Outputs, String> {
    let builder = builder_module(file)?;
    let mut added = Vec::new();
    let mut outputs = Outputs::new();
    for item in builder.1.iter() {
        let syn::Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let self_ty = &imp.self_ty;
        let Some(send) = imp.items.iter().find_map(|i| match i {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
            _ => None,
        }) else {
            continue;
        };
        let op = find_operation_id(&quote!(#send)).ok_or("a builder's send() names no operation_id")?;
        let output = success_type(&send.sig.output)
            .ok_or_else(|| format!("operation {op}: unexpected send() type"))?;
        outputs.insert(op.clone(), output.clone());
        let doc = format!(
            " Sends the `{op}` request with progenitor's own `send()` and maps its result once: \
             `.await` gives the decoded answer, or a [`payspec::Error`] (provider refusals \
             included). `send()` gives the raw progenitor result."
        );
        added.push(
            syn::parse2::<syn::Item>(quote! {
                #[doc = #doc]
                impl<'a> ::std::future::IntoFuture for #self_ty {
                    type Output = ::std::result::Result<#output, ::payspec::Error>;
                    type IntoFuture = ::std::pin::Pin<::std::boxed::Box<
                        dyn ::std::future::Future<Output = Self::Output> + ::std::marker::Send + 'a>>;
                    fn into_future(self) -> Self::IntoFuture {
                        use ::progenitor_client::ClientInfo as _;
                        let client: &'a super::Client = self.client;
                        ::std::boxed::Box::pin(::payspec::hooks::call(client.inner(), #op, async move {
                            ::payspec::hooks::finish(client.inner(), #op, self.send().await).await
                        }))
                    }
                }
            })
            .map_err(|e| format!("operation {op}: {e}"))?,
        );
    }
    builder.1.extend(added);
    Ok(outputs)
}

/// `ANSWERS` (`payspec::hooks::Answers`, sorted by operation): for every operation, the
/// statuses its `send()` matches (the arms of progenitor's `match response.status().as_u16()`,
/// read from `send()` itself, so the table says what progenitor does) and, when its success is
/// decoded as JSON, the decoder of its success type.
fn answers_table(file: &syn::File, outputs: &Outputs) -> Result<TokenStream, String> {
    /// The ranges of the arms of the `match` on `response.status().as_u16()`.
    #[derive(Default)]
    struct Arms(Option<Vec<(u16, u16)>>, Option<String>);
    impl<'ast> syn::visit::Visit<'ast> for Arms {
        fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
            let scrutinee = m.expr.to_token_stream().to_string().replace(' ', "");
            if scrutinee != "response.status().as_u16()" {
                return syn::visit::visit_expr_match(self, m);
            }
            let mut ranges = Vec::new();
            for arm in &m.arms {
                let mut pats = vec![&arm.pat];
                while let Some(pat) = pats.pop() {
                    match pat {
                        syn::Pat::Wild(_) => {}
                        syn::Pat::Or(or) => pats.extend(or.cases.iter()),
                        syn::Pat::Lit(lit) => match status(&lit.lit) {
                            Some(code) => ranges.push((code, code)),
                            None => self.1 = Some(lit.to_token_stream().to_string()),
                        },
                        syn::Pat::Range(range) => {
                            let bound = |e: &Option<Box<syn::Expr>>| match e.as_deref() {
                                Some(syn::Expr::Lit(l)) => status(&l.lit),
                                _ => None,
                            };
                            match (bound(&range.start), bound(&range.end), &range.limits) {
                                (Some(low), Some(high), syn::RangeLimits::Closed(_)) => {
                                    ranges.push((low, high))
                                }
                                _ => self.1 = Some(range.to_token_stream().to_string()),
                            }
                        }
                        other => self.1 = Some(other.to_token_stream().to_string()),
                    }
                }
            }
            ranges.sort_unstable();
            self.0 = Some(ranges);
        }
    }
    fn status(lit: &syn::Lit) -> Option<u16> {
        match lit {
            syn::Lit::Int(i) => i.base10_parse().ok(),
            _ => None,
        }
    }
    let mut rows = BTreeMap::new();
    let builder = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
            _ => None,
        })
        .ok_or("no `mod builder` in progenitor's output")?;
    for item in &builder.1 {
        let syn::Item::Impl(imp) = item else { continue };
        let Some(send) = imp.items.iter().find_map(|i| match i {
            syn::ImplItem::Fn(f) if imp.trait_.is_none() && f.sig.ident == "send" => Some(f),
            _ => None,
        }) else {
            continue;
        };
        let op = find_operation_id(&quote!(#send)).ok_or("a builder's send() names no operation_id")?;
        let mut arms = Arms::default();
        syn::visit::Visit::visit_impl_item_fn(&mut arms, send);
        if let Some(odd) = arms.1 {
            return Err(format!("operation {op}: send() matches a status as `{odd}`"));
        }
        let ranges = arms
            .0
            .ok_or_else(|| format!("operation {op}: send() has no match on the status"))?;
        let ranges = ranges.iter().map(|(low, high)| quote!((#low, #high)));
        let json = match outputs.get(&op) {
            Some(ty) if !ty.to_token_stream().to_string().contains("ByteStream") => {
                quote!(Some(::payspec::hooks::Decoder::of::<#ty>()))
            }
            _ => quote!(None),
        };
        rows.insert(
            op.clone(),
            quote! { ::payspec::hooks::Answers { operation: #op, statuses: &[#(#ranges),*], json: #json } },
        );
    }
    let rows = rows.values();
    Ok(quote! {
        /// What each operation's `send()` does with an answer, sorted by operation: the
        /// statuses it declares and how it decodes the success (see `payspec::hooks::Answers`).
        pub const ANSWERS: &[::payspec::hooks::Answers] = &[#(#rows),*];
    })
}

/// The Rust variant name the xtask gives an open enum value (also used by lint and diff).
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    let mut upper = true;
    for c in value.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(if upper { c.to_ascii_uppercase() } else { c });
            upper = false;
        } else {
            upper = true;
        }
    }
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if out == "Other" {
        out.push_str("Value");
    }
    out
}

fn open_enums(doc: &Value) -> Result<Vec<syn::Item>, String> {
    let mut items = Vec::new();
    let schemas = doc.pointer("/components/schemas").and_then(Value::as_object);
    for (name, schema) in schemas.into_iter().flatten() {
        if schema.get("x-open-enum").and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let values: Vec<&str> = schema
            .get("enum")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("schema {name}: x-open-enum needs an enum list"))?
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| format!("schema {name}: open enum values must be strings"))
            })
            .collect::<Result<_, _>>()?;
        let ident = format_ident!("{}", name);
        let variants: Vec<syn::Ident> = values
            .iter()
            .map(|v| format_ident!("{}", variant_name(v)))
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        for (v, ident) in values.iter().zip(&variants) {
            if !seen.insert(ident.to_string()) {
                return Err(format!(
                    "schema {name}: enum value {v:?} gives the Rust variant {ident}, like an earlier value"
                ));
            }
        }
        let docs = values.iter().map(|v| format!(" `{v}`"));
        let description = schema.get("description").and_then(Value::as_str).unwrap_or("");
        let type_doc = format!(
            " {}\n\n An open enum: values this client does not know decode as `Other`.",
            description.trim()
        );
        items.push(
            syn::parse2(quote! {
                #[doc = #type_doc]
                #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
                pub enum #ident {
                    #( #[doc = #docs] #variants, )*
                    /// A value not documented when this client was generated.
                    Other(::std::string::String),
                }
            })
            .map_err(|e| format!("schema {name}: {e}"))?,
        );
        items.push(
            syn::parse2(quote! {
                impl #ident {
                    /// The value as it goes on the wire.
                    pub fn as_str(&self) -> &str {
                        match self { #( Self::#variants => #values, )* Self::Other(v) => v.as_str() }
                    }
                }
            })
            .map_err(|e| e.to_string())?,
        );
        items.push(syn::parse2(quote! {
            impl ::std::convert::From<&str> for #ident {
                fn from(value: &str) -> Self {
                    match value { #( #values => Self::#variants, )* other => Self::Other(other.to_owned()) }
                }
            }
        }).map_err(|e| e.to_string())?);
        for item in [
            quote! { impl ::std::convert::From<::std::string::String> for #ident {
            fn from(value: ::std::string::String) -> Self { Self::from(value.as_str()) } } },
            quote! { impl ::std::convert::From<&::std::string::String> for #ident {
            fn from(value: &::std::string::String) -> Self { Self::from(value.as_str()) } } },
            quote! { impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> { Ok(Self::from(value)) } } },
            quote! { impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { f.write_str(self.as_str()) } } },
            quote! { impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str()) } } },
            quote! { impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                ::payspec::text_with(d, |s: &str| Self::from(s)) } } },
        ] {
            items.push(syn::parse2(item).map_err(|e| e.to_string())?);
        }
    }
    Ok(items)
}

/// Adds items to `mod types` and returns how many types it then holds.
fn builder_module(file: &mut syn::File) -> Result<&mut (syn::token::Brace, Vec<syn::Item>), String> {
    file.items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .ok_or_else(|| "progenitor output has no `builder` module".to_owned())
}

/// The fields of every struct of a module: struct name → (field, its type as tokens).
fn struct_fields(items: &[syn::Item]) -> BTreeMap<String, Vec<(syn::Ident, syn::Type)>> {
    items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(st) => Some((
                st.ident.to_string(),
                st.fields
                    .iter()
                    .filter_map(|f| Some((f.ident.clone()?, f.ty.clone())))
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

/// Letters and digits, lowercased: how a spec name is matched to the Rust identifier
/// progenitor made of it (`pageSize` ~ `page_size`).
fn squash(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// For every operation with `x-pagination`: `stream()` (and `stream_by(page_size)` where the
/// page size is a parameter) on its builder, and, for an answer that holds its items in a
/// field, `payspec::paginate::Items` on the answer's type.
fn pagination_impls(
    file: &syn::File,
    ops: &BTreeMap<String, OperationExt>,
    outputs: &Outputs,
) -> Result<(Vec<syn::Item>, Vec<syn::Item>), String> {
    let module = |name: &str| {
        file.items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|c| &c.1),
                _ => None,
            })
            .ok_or_else(|| format!("progenitor output has no `{name}` module"))
    };
    let builders = struct_fields(module("builder")?);
    let types = struct_fields(module("types")?);
    // The JSON body builders (`types::builder`): their fields are the body setters.
    let body_builders = module("types")?
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|c| struct_fields(&c.1)),
            _ => None,
        })
        .unwrap_or_default();
    let mut streams = Vec::new();
    let mut answers: BTreeMap<String, syn::Item> = BTreeMap::new();
    for (op, ext) in ops {
        let Some(p) = &ext.pagination else { continue };
        let err = |m: String| format!("operation {op}: x-pagination: {m}");
        let output = outputs
            .get(op)
            .ok_or_else(|| err("the operation has no JSON answer".into()))?;
        let builder_name = builder_name(op);
        let fields = builders
            .get(&builder_name)
            .ok_or_else(|| err(format!("no builder `{builder_name}`")))?;
        let field = |name: &str| {
            fields
                .iter()
                .find(|(ident, _)| squash(&ident.to_string()) == squash(name))
                .map(|(ident, _)| ident.clone())
        };
        let body_field = |name: &str| -> Result<syn::Ident, String> {
            let body = fields
                .iter()
                .find(|(ident, _)| ident == "body")
                .ok_or_else(|| err(format!("`{name}` is neither a parameter nor a body field")))?;
            // `Result<types::builder::X, String>`: the body builder's fields are the setters.
            let text = body.1.to_token_stream().to_string().replace(' ', "");
            let name_of_body = text
                .split("types::builder::")
                .nth(1)
                .and_then(|rest| rest.split([',', '>']).next())
                .ok_or_else(|| err("the request body is not a JSON object".into()))?;
            body_builders
                .get(name_of_body)
                .into_iter()
                .flatten()
                .find(|(ident, _)| squash(&ident.to_string()) == squash(name))
                .map(|(ident, _)| ident.clone())
                .ok_or_else(|| err(format!("`{name}` is neither a parameter nor a body field")))
        };
        let page_size = p.page_size;
        let first = p.first;
        let offset = p.offset;
        let call = match field(&p.page) {
            Some(page) => {
                let size = match &p.size {
                    Some(size) => {
                        let size = field(size)
                            .ok_or_else(|| err(format!("`{size}` is not a parameter like `{}`", p.page)))?;
                        quote!(.#size(page_size))
                    }
                    None => quote!(),
                };
                quote!(self.clone().#page(page) #size)
            }
            None => {
                let page = body_field(&p.page)?;
                let size = match &p.size {
                    Some(size) => {
                        let size = body_field(size)?;
                        quote!(.#size(::std::option::Option::Some(page_size)))
                    }
                    None => quote!(),
                };
                quote!(self.clone().body_map(move |body| body.#page(::std::option::Option::Some(page)) #size))
            }
        };
        if let Some(items) = &p.items {
            let syn::Type::Path(path) = output else {
                return Err(err("the answer is not a named type".into()));
            };
            let answer = path
                .path
                .segments
                .last()
                .map(|s| s.ident.clone())
                .ok_or_else(|| err("the answer is not a named type".into()))?;
            let (field, ty) = types
                .get(&answer.to_string())
                .into_iter()
                .flatten()
                .find(|(ident, _)| squash(&ident.to_string()) == squash(items))
                .ok_or_else(|| err(format!("the answer `{answer}` has no field `{items}`")))?;
            let (doc, into_page) = match &p.has_next {
                None => (
                    format!(" The items of a `{answer}` page: its `{field}`."),
                    quote!(),
                ),
                Some(has_next) => {
                    let (flag, _) = types
                        .get(&answer.to_string())
                        .into_iter()
                        .flatten()
                        .find(|(ident, _)| squash(&ident.to_string()) == squash(has_next))
                        .ok_or_else(|| err(format!("the answer `{answer}` has no field `{has_next}`")))?;
                    let doc = format!(
                        " The items of a `{answer}` page: its `{field}`; its `{flag}` says whether another page follows."
                    );
                    let into_page = quote! {
                        fn into_page(self) -> ::payspec::paginate::Page<Self::Item> {
                            ::payspec::paginate::Page {
                                has_next: ::payspec::paginate::NextFlag::next_flag(&self.#flag),
                                items: ::payspec::paginate::Items::into_items(self.#field),
                            }
                        }
                    };
                    (doc, into_page)
                }
            };
            let item = syn::parse2(quote! {
                #[doc = #doc]
                impl ::payspec::paginate::Items for #answer {
                    type Item = <#ty as ::payspec::paginate::Items>::Item;
                    fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                        ::payspec::paginate::Items::into_items(self.#field)
                    }
                    #into_page
                }
            })
            .map_err(|e| err(e.to_string()))?;
            match answers.entry(answer.to_string()) {
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(item);
                }
                // Two operations with one answer type must read it the same way.
                std::collections::btree_map::Entry::Occupied(o)
                    if o.get().to_token_stream().to_string() != item.to_token_stream().to_string() =>
                {
                    return Err(err(format!(
                        "the answer `{answer}` is paged by another operation with other `items` or `has-next`"
                    )));
                }
                std::collections::btree_map::Entry::Occupied(_) => {}
            }
        }
        // (`has-next` without `items` is refused by `model::Pagination::parse`.)
        let builder_ident = syn::Ident::new(&builder_name, proc_macro2::Span::call_site());
        let kind = if offset { "item offset" } else { "page number" };
        let mut stream_doc = format!(
            " Every item of every page, fetched lazily: `{page}` from {first} on ({kind}), {page_size} items a page. The caller's other parameters are kept. See [`payspec::paginate`].",
            page = p.page
        );
        let (constructor, into) = match &p.has_next {
            Some(flag) => {
                stream_doc.push_str(&format!(
                    " The answer's `{flag}` decides whether another page is asked for; where it is absent, a short page is the last."
                ));
                (quote!(flagged), quote!(into_page))
            }
            None => (quote!(new), quote!(into_items)),
        };
        let body = quote! {
            let paging = ::payspec::paginate::Paging {
                provider: <crate::Inner as ::payspec::Provider>::NAME,
                operation: #op,
                first: #first,
                offset: #offset,
                page_size,
            };
            ::payspec::paginate::Pages::#constructor(paging, move |page| {
                let call = #call;
                ::std::boxed::Box::pin(async move {
                    call.await.map(::payspec::paginate::Items::#into)
                })
            })
        };
        let item = quote!(::payspec::paginate::Pages<'a, <#output as ::payspec::paginate::Items>::Item>);
        let methods = if p.size.is_some() {
            let by_doc = format!(
                " Like [`{builder_name}::stream`], with `page_size` items a page (`{}`).",
                p.size.as_deref().unwrap_or_default()
            );
            quote! {
                #[doc = #stream_doc]
                pub fn stream(self) -> #item {
                    self.stream_by(#page_size)
                }
                #[doc = #by_doc]
                pub fn stream_by(self, page_size: i64) -> #item {
                    #body
                }
            }
        } else {
            quote! {
                #[doc = #stream_doc]
                pub fn stream(self) -> #item {
                    let page_size: i64 = #page_size;
                    #body
                }
            }
        };
        streams.push(
            syn::parse2(quote! {
                impl<'a> #builder_ident<'a> {
                    #methods
                }
            })
            .map_err(|e| err(e.to_string()))?,
        );
    }
    Ok((streams, answers.into_values().collect()))
}

fn add_to_types_module(file: &mut syn::File, items: Vec<syn::Item>) -> Result<usize, String> {
    let types = file
        .items
        .iter_mut()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
            _ => None,
        })
        .ok_or("progenitor output has no `types` module")?;
    types.1.extend(items);
    Ok(types
        .1
        .iter()
        .filter(|i| matches!(i, syn::Item::Struct(_) | syn::Item::Enum(_) | syn::Item::Type(_)))
        .count())
}

fn signature_table(ops: &BTreeMap<String, OperationExt>) -> Result<TokenStream, String> {
    let rows = ops.iter().filter_map(|(id, ext)| {
        let model::Signature { field, of, canonical } = ext.signature.as_ref()?;
        Some(quote! { ::payspec::auth::SignatureRecipe { operation: #id, field: #field, of: &[#(#of),*], canonical: &[#(#canonical),*] } })
    });
    let fills = ops
        .iter()
        .filter(|(_, ext)| !ext.client_fills.is_empty())
        .map(|(id, ext)| {
            let fields = &ext.client_fills;
            quote! { (#id, &[#(#fields),*]) }
        });
    let require = ops
        .iter()
        .filter(|(_, ext)| !ext.require_one_of.is_empty())
        .map(|(id, ext)| {
            let groups = ext.require_one_of.iter().map(|g| quote!(&[#(#g),*]));
            quote! { (#id, &[#(#groups),*]) }
        });
    let idempotent = ops.iter().filter(|(_, ext)| ext.idempotent).map(|(id, _)| id);
    let mut retry_doc = vec![
        String::new(),
        "Every operation, whether a [`RetryPolicy`](payspec::RetryPolicy) may repeat it, and".to_owned(),
        "what the spec says about repeating it (`x-idempotent-note`): what makes a repeat safe,".to_owned(),
        "or how to find out whether a call that failed uncertainly went through.".to_owned(),
        String::new(),
        "| operation | repeated | note |".to_owned(),
        "|---|---|---|".to_owned(),
    ];
    for (id, ext) in ops {
        let repeated = if ext.idempotent { "yes" } else { "never" };
        let note = ext.idempotent_note.as_deref().unwrap_or("").replace('|', "\\|");
        retry_doc.push(format!("| `{id}` | {repeated} | {note} |"));
    }
    let retry_doc = retry_doc.iter().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    Ok(quote! {
        /// The signatures the client computes, from each operation's `x-signature` in the spec.
        pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[#(#rows),*];
        /// The body fields the client fills from its configuration when the caller leaves them
        /// out, from each operation's `x-client-fills` in the spec.
        pub const CLIENT_FILLS: &[(&str, &[&str])] = &[#(#fills),*];
        /// The operations that need at least one parameter of each group set
        /// (`x-require-one-of` in the spec); the client refuses the call before sending it
        /// otherwise.
        pub const REQUIRE_ONE_OF: &[(&str, &[&[&str]])] = &[#(#require),*];
        /// The operations that are safe to repeat (`x-idempotent: true` in the spec): the only
        /// ones a retry policy repeats.
        #(#retry_doc)*
        pub const IDEMPOTENT: &[&str] = &[#(#idempotent),*];
    })
}
