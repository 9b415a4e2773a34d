//! `DECODE_COSTS`: how decoding each operation's success answer allocates, as a tree of
//! `payspec::envelope::Cost` built from the Rust types progenitor generated (not from the
//! spec: the tree must describe what serde actually does with the types, `#[serde(flatten)]`
//! buffers and `Vec` item sizes included). One `static` per type of `mod types` (types may
//! refer to themselves through a `Box`); sizes are `size_of` the real types, so the tree stays
//! right whatever the compiler lays out.
//!
//! The client reads each 2xx JSON answer once against its operation's tree before decoding
//! it, and refuses one whose decoding would allocate more than `payspec::envelope::DECODE_BUDGET`
//! allows (`crates/payspec/src/hooks/shape.rs`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

/// What a type of `mod types` is, for its cost.
enum Def<'a> {
    Struct(&'a syn::ItemStruct),
    /// An enum of strings (each variant unit, or one `String`): a scalar.
    Scalar,
    /// Another enum: costed as an untyped value.
    Untyped,
    Alias(&'a syn::Type),
}

/// The `DECODE_COSTS` table and the module `decode_costs` it points into, for `outputs`
/// (operation id → success type, as the builders name it).
pub fn items(file: &syn::File, outputs: &BTreeMap<String, syn::Type>) -> Result<Vec<syn::Item>, String> {
    let types = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|c| &c.1),
            _ => None,
        })
        .ok_or("progenitor output has no `types` module")?;
    let mut defs = BTreeMap::new();
    for item in types {
        match item {
            syn::Item::Struct(s) => {
                defs.insert(s.ident.to_string(), Def::Struct(s));
            }
            syn::Item::Enum(e) => {
                let scalar = e.variants.iter().all(|v| match &v.fields {
                    syn::Fields::Unit => true,
                    syn::Fields::Unnamed(f) => {
                        f.unnamed.len() == 1 && last_ident(&f.unnamed[0].ty).is_some_and(|i| i == "String")
                    }
                    syn::Fields::Named(_) => false,
                });
                defs.insert(
                    e.ident.to_string(),
                    if scalar { Def::Scalar } else { Def::Untyped },
                );
            }
            syn::Item::Type(t) => {
                defs.insert(t.ident.to_string(), Def::Alias(&t.ty));
            }
            _ => {}
        }
    }
    let costs = Gen { defs: &defs };
    let mut statics = Vec::new();
    for (name, def) in &defs {
        let ident = format_ident!("{}", name);
        let value = match def {
            Def::Struct(s) => costs.object(s)?,
            Def::Scalar => quote! { ::payspec::envelope::Cost::Scalar },
            Def::Untyped => quote! { ::payspec::envelope::Cost::Untyped },
            Def::Alias(ty) => {
                let inner = costs.cost(ty);
                quote! { ::payspec::envelope::Cost::Boxed { inner: #inner, size: 0 } }
            }
        };
        statics.push(quote! { pub static #ident: ::payspec::envelope::Cost = #value; });
    }
    let rows = outputs
        .iter()
        .filter(|(_, ty)| !ty.to_token_stream().to_string().contains("ByteStream"))
        .map(|(op, ty)| {
            let cost = costs.cost_in(ty, quote!(decode_costs::));
            quote! { (#op, #cost) }
        });
    let tokens = quote! {
        /// How decoding each type of `mod types` allocates (see `DECODE_COSTS`).
        #[allow(non_upper_case_globals)]
        pub mod decode_costs {
            use super::types;
            #(#statics)*
        }
        /// How decoding each operation's success answer allocates, from its Rust type: the
        /// client refuses a 2xx JSON answer whose decoding would cost more than
        /// `payspec::envelope::DECODE_BUDGET` allows, before decoding it.
        pub static DECODE_COSTS: &[(&str, &::payspec::envelope::Cost)] = &[#(#rows),*];
    };
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
    Ok(parsed.items)
}

struct Gen<'a, 'd> {
    defs: &'a BTreeMap<String, Def<'d>>,
}

impl Gen<'_, '_> {
    /// A struct as `Cost::Object`: its fields by JSON name.
    fn object(&self, s: &syn::ItemStruct) -> Result<TokenStream, String> {
        let syn::Fields::Named(fields) = &s.fields else {
            // A newtype: costs what its field costs.
            let Some(field) = s.fields.iter().next() else {
                return Ok(quote! { ::payspec::envelope::Cost::Scalar });
            };
            let inner = self.cost(&field.ty);
            return Ok(quote! { ::payspec::envelope::Cost::Boxed { inner: #inner, size: 0 } });
        };
        let mut members = BTreeMap::new();
        let mut extra = false;
        let mut buffered = false;
        self.members(fields, &mut members, &mut extra, &mut buffered)?;
        let members = members.iter().map(|(name, cost)| quote! { (#name, #cost) });
        Ok(quote! {
            ::payspec::envelope::Cost::Object(&::payspec::envelope::CostObject {
                members: &[#(#members),*],
                extra: #extra,
                buffered: #buffered,
            })
        })
    }

    fn members(
        &self,
        fields: &syn::FieldsNamed,
        out: &mut BTreeMap<String, TokenStream>,
        extra: &mut bool,
        buffered: &mut bool,
    ) -> Result<(), String> {
        for field in &fields.named {
            let attrs = serde_attrs(&field.attrs);
            if attrs.flatten {
                // serde collects the members the struct has no field for in its buffer; the
                // generated types flatten only a map of values there (`extra`).
                *buffered = true;
                match last_ident(strip_option(&field.ty)).as_deref() {
                    Some("Map" | "Value") => *extra = true,
                    _ => {
                        return Err(format!(
                            "DECODE_COSTS: a flattened field that is not a map of values ({}): \
                             the cost tree cannot describe it",
                            field.ty.to_token_stream()
                        ));
                    }
                }
                continue;
            }
            if attrs.skip {
                continue;
            }
            let name = match attrs.rename {
                Some(name) => name,
                None => field
                    .ident
                    .as_ref()
                    .ok_or("a named field without a name")?
                    .to_string()
                    .trim_start_matches("r#")
                    .to_owned(),
            };
            out.insert(name, self.cost(&field.ty));
        }
        Ok(())
    }

    /// A `&'static Cost` expression for `ty`, as written in `mod types`.
    fn cost(&self, ty: &syn::Type) -> TokenStream {
        self.cost_in(ty, TokenStream::new())
    }

    /// As [`Gen::cost`], naming the statics with `prefix` (`decode_costs::` from outside the
    /// module).
    fn cost_in(&self, ty: &syn::Type, prefix: TokenStream) -> TokenStream {
        let cost = quote!(::payspec::envelope::Cost);
        let syn::Type::Path(path) = ty else {
            return quote! { &#cost::Ignored };
        };
        let Some(last) = path.path.segments.last() else {
            return quote! { &#cost::Untyped };
        };
        let name = last.ident.to_string();
        let arg = match &last.arguments {
            syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t),
                _ => None,
            }),
            _ => None,
        };
        match (name.as_str(), arg) {
            ("Option", Some(inner)) => self.cost_in(inner, prefix),
            ("Box", Some(inner)) => {
                let child = self.cost_in(inner, prefix);
                let sized = self.sized(inner);
                quote! { &#cost::Boxed { inner: #child, size: ::core::mem::size_of::<#sized>() } }
            }
            ("LenientMap", Some(inner)) => {
                let child = self.cost_in(inner, prefix);
                let sized = self.sized(inner);
                quote! { &#cost::Map { value: #child, size: ::core::mem::size_of::<#sized>() } }
            }
            ("JsonText", Some(inner)) => {
                let child = self.cost_in(inner, prefix);
                quote! { &#cost::Json { inner: #child } }
            }
            ("Vec" | "LenientList" | "Single", Some(inner)) => {
                let child = self.cost_in(inner, prefix);
                let sized = self.sized(inner);
                let lenient = name != "Vec";
                quote! {
                    &#cost::List { item: #child, size: ::core::mem::size_of::<#sized>(), lenient: #lenient }
                }
            }
            ("Value" | "Map", _) => quote! { &#cost::Untyped },
            (
                "String" | "Text" | "NullableText" | "Decimal" | "DecimalNumber" | "Int" | "Flag" | "bool"
                | "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64" | "usize"
                | "isize",
                None,
            ) => quote! { &#cost::Scalar },
            (_, _) if self.defs.contains_key(&name) && is_local(path) => {
                let ident = format_ident!("{}", name);
                quote! { &#prefix #ident }
            }
            // Anything else is costed as a `serde_json::Value`.
            _ => quote! { &#cost::Untyped },
        }
    }

    /// `ty` with the types of `mod types` named from outside it (`types::X`).
    fn sized(&self, ty: &syn::Type) -> syn::Type {
        use syn::visit_mut::VisitMut;
        struct Qualify<'a, 'd>(&'a BTreeMap<String, Def<'d>>);
        impl VisitMut for Qualify<'_, '_> {
            fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
                syn::visit_mut::visit_type_path_mut(self, p);
                if p.qself.is_none()
                    && p.path.leading_colon.is_none()
                    && p.path.segments.len() == 1
                    && self.0.contains_key(&p.path.segments[0].ident.to_string())
                {
                    let ident = &p.path.segments[0].ident;
                    *p = syn::parse_quote!(types::#ident);
                }
            }
        }
        let mut ty = ty.clone();
        Qualify(self.defs).visit_type_mut(&mut ty);
        ty
    }
}

/// A path to a type of `mod types`: `X`, `types::X` or `crate::generated::types::X`.
fn is_local(path: &syn::TypePath) -> bool {
    let segments: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
    path.path.leading_colon.is_none()
        && (segments.len() == 1
            || segments[segments.len() - 2] == "types" && segments.first().is_some_and(|s| s != "std"))
}

fn strip_option(ty: &syn::Type) -> &syn::Type {
    if let syn::Type::Path(p) = ty
        && let Some(last) = p.path.segments.last()
        && last.ident == "Option"
        && let syn::PathArguments::AngleBracketed(a) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = a.args.first()
    {
        return inner;
    }
    ty
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

#[derive(Default)]
struct SerdeAttrs {
    rename: Option<String>,
    flatten: bool,
    skip: bool,
}

fn serde_attrs(attrs: &[syn::Attribute]) -> SerdeAttrs {
    let mut out = SerdeAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                out.rename = Some(value.value());
            } else if meta.path.is_ident("flatten") {
                out.flatten = true;
            } else if meta.path.is_ident("skip") || meta.path.is_ident("skip_deserializing") {
                out.skip = true;
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
    }
    out
}
