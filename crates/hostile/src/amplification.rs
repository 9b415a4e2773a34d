//! Answers that are small on the wire and large in memory, per operation: lists of empty
//! objects at every list of the success type, nesting as deep as serde_json reads (in typed
//! positions and in untyped ones, where members the types do not name are kept as
//! `serde_json::Value`s), long strings, and many small unknown members. The bodies are built
//! from the operation's generated `DECODE_COSTS` tree, so every list the type has is reached.
//!
//! Property ([`amplification`]): the client's one read of the answer
//! ([`payspec::hooks::scan`]) either refuses it (its estimate is over
//! [`DECODE_BUDGET`](payspec::envelope::DECODE_BUDGET)) or lets the typed decoder have it,
//! and then decoding allocates no more than the budget: the caller measures the allocation (a
//! counting allocator in `tests/tests/memory.rs`, `-malloc_limit_mb` under libFuzzer).

use std::collections::BTreeSet;

use payspec::envelope::{Cost, DECODE_BUDGET};
use payspec::hooks::{Scanned, scan};
use payspec::progenitor_client::ClientInfo as _;

use crate::Provider;

/// One hostile answer: what it is, and its body.
#[derive(Clone, Debug)]
pub struct Hostile {
    /// The class and where in the answer it is.
    pub what: String,
    /// The body.
    pub body: Vec<u8>,
}

/// How deep serde_json reads (its recursion limit is 128): the untyped nesting here.
pub const DEEP: usize = 120;

/// How many lists of a type [`bodies`] fills, at most.
const LISTS: usize = 8;

impl Provider {
    /// The provider's generated `DECODE_COSTS` table (operation → cost tree).
    pub fn costs(self) -> &'static [(&'static str, &'static Cost)] {
        fn of<P: payspec::Provider>(_: &P) -> &'static [(&'static str, &'static Cost)] {
            P::DECODE_COSTS
        }
        match self {
            Provider::Onebox => of(crate::ONEBOX.inner().provider()),
            Provider::Crystalpay => of(crate::CRYSTALPAY.inner().provider()),
            Provider::Paykeeper => of(crate::PAYKEEPER.inner().provider()),
            Provider::Invoicebox => of(crate::INVOICEBOX.inner().provider()),
            Provider::Sber => of(crate::SBER.inner().provider()),
        }
    }

    /// The cost tree of `operation`'s success type; `None` for an operation without one.
    pub fn cost(self, operation: &str) -> Option<&'static Cost> {
        self.costs()
            .iter()
            .find(|(op, _)| *op == operation)
            .map(|(_, c)| *c)
    }

    /// The client's read of a 2xx answer to `operation` (its shape row and cost tree), against
    /// `budget` bytes.
    pub fn scan(self, operation: &str, body: &[u8], budget: u64) -> Scanned {
        let table = match self {
            Provider::Onebox => payspec_onebox::SUCCESS_MEMBERS,
            Provider::Crystalpay => payspec_crystalpay::SUCCESS_MEMBERS,
            Provider::Paykeeper => payspec_paykeeper::SUCCESS_MEMBERS,
            Provider::Invoicebox => payspec_invoicebox::SUCCESS_MEMBERS,
            Provider::Sber => payspec_sber::SUCCESS_MEMBERS,
        };
        let row = table.iter().find(|row| row.operation == operation);
        scan(body, row, self.cost(operation), budget)
    }
}

/// A step from a value to one inside it.
#[derive(Clone, Debug)]
enum Step {
    Member(&'static str),
    Item,
}

/// The paths to the lists of a cost tree (through members and list items), shortest first.
fn lists(root: &'static Cost) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut queue = vec![(root, Vec::new())];
    while !queue.is_empty() && out.len() < LISTS {
        let mut next = Vec::new();
        for (node, path) in queue {
            match unbox(node) {
                Cost::Object(o) => {
                    for (name, child) in o.members {
                        let mut p = path.clone();
                        p.push(Step::Member(name));
                        if seen.insert(std::ptr::from_ref(*child) as usize) || p.len() < 3 {
                            next.push((*child, p));
                        }
                    }
                }
                Cost::List { item, .. } | Cost::Map { value: item, .. } => {
                    out.push(path.clone());
                    let mut p = path;
                    p.push(Step::Item);
                    next.push((*item, p));
                }
                _ => {}
            }
        }
        next.truncate(64);
        queue = next;
    }
    out.truncate(LISTS);
    out
}

fn unbox(mut node: &'static Cost) -> &'static Cost {
    while let Cost::Boxed { inner, .. } = node {
        node = inner;
    }
    node
}

/// The node a path leads to.
fn at(root: &'static Cost, path: &[Step]) -> &'static Cost {
    let mut node = root;
    for step in path {
        node = match (unbox(node), step) {
            (Cost::Object(o), Step::Member(m)) => o
                .members
                .iter()
                .find(|(name, _)| name == m)
                .map_or(&Cost::Ignored, |(_, c)| *c),
            (Cost::List { item, .. }, Step::Item) => item,
            (Cost::Map { value, .. }, Step::Item) => value,
            _ => &Cost::Ignored,
        };
    }
    unbox(node)
}

/// `inner` put at `path`.
fn wrap(path: &[Step], inner: String) -> String {
    path.iter().rev().fold(inner, |inner, step| match step {
        Step::Member(m) => format!("{{{}:{inner}}}", serde_json::Value::from(*m)),
        Step::Item => format!("[{inner}]"),
    })
}

/// `item` repeated (comma-separated) until the whole is about `len` bytes.
fn repeat(item: &str, len: usize) -> String {
    let n = (len / (item.len() + 1)).max(1);
    let mut out = String::with_capacity(n * (item.len() + 1));
    for i in 0..n {
        if i > 0 {
            out.push(',');
        }
        out.push_str(item);
    }
    out
}

/// The smallest value for a list item of `node`.
fn least(node: &'static Cost) -> &'static str {
    match unbox(node) {
        Cost::List { .. } => "[]",
        Cost::Scalar => "1",
        _ => "{}",
    }
}

/// The hostile answers of `operation`, each about `len` bytes (a few may be shorter).
pub fn bodies(provider: Provider, operation: &str, len: usize) -> Vec<Hostile> {
    let Some(root) = provider.cost(operation) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut add = |what: String, body: String| {
        out.push(Hostile {
            what,
            body: body.into_bytes(),
        });
    };
    let deep_list = format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP));
    let deep_object = format!("{}1{}", "{\"\":".repeat(DEEP), "}".repeat(DEEP));
    for path in lists(root) {
        let item = match at(root, &path) {
            Cost::List { item, .. } | Cost::Map { value: item, .. } => *item,
            _ => continue,
        };
        let shown = if path.is_empty() {
            "the answer".to_owned()
        } else {
            format!("{path:?}")
        };
        let least = least(item);
        add(
            format!("empty items in {shown}"),
            wrap(&path, format!("[{}]", repeat(least, len))),
        );
        if least == "{}" {
            add(
                format!("items of small unknown members in {shown}"),
                wrap(&path, format!("[{}]", repeat(r#"{"a":0,"b":0,"c":0}"#, len))),
            );
            let depth = DEEP.saturating_sub(path.len() + 2);
            let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            add(
                format!("items of untyped nesting in {shown}"),
                wrap(
                    &path,
                    format!("[{}]", repeat(&format!("{{\"x\":{nested}}}"), len)),
                ),
            );
            add(
                format!("items with empty members in {shown}"),
                wrap(&path, format!("[{}]", repeat(&empty_members(item), len))),
            );
        }
    }
    // The answer itself as an object of unknown members.
    let member_list = |value: &str| {
        let mut body = String::from("{");
        let mut i = 0;
        loop {
            let member = format!("\"a{i}\":{value}");
            if body.len() + member.len() + 2 > len && i > 0 {
                break;
            }
            if i > 0 {
                body.push(',');
            }
            body.push_str(&member);
            i += 1;
        }
        body
    };
    let (members, deep, deep_objects) = (
        member_list("0"),
        member_list(&deep_list),
        member_list(&deep_object),
    );
    for (what, mut body) in [
        ("many small unknown members", members),
        ("untyped lists nested 120 deep", deep),
        ("untyped objects nested 120 deep", deep_objects),
    ] {
        body.push('}');
        add(what.to_owned(), body);
    }
    // Typed nesting as deep as the type goes, then untyped to the limit.
    add("typed nesting".to_owned(), typed_deep(root, len));
    // Long strings: in every string member of the answer, and in an unknown one.
    let long = "x".repeat(len / 2);
    let escaped = "\\u0041".repeat(len / 12);
    if let Cost::Object(o) = unbox(root) {
        let strings: Vec<String> = o
            .members
            .iter()
            .filter(|(_, c)| matches!(unbox(c), Cost::Scalar))
            .map(|(name, _)| format!("{}:\"{long}\"", serde_json::Value::from(*name)))
            .take(1)
            .collect();
        add(
            "long strings".to_owned(),
            format!(
                "{{{}\"unknown\":\"{escaped}\"}}",
                strings.iter().map(|s| format!("{s},")).collect::<String>()
            ),
        );
    }
    out
}

/// An object with every member of `node` (an object) set to its least value.
fn empty_members(node: &'static Cost) -> String {
    let Cost::Object(o) = unbox(node) else {
        return "{}".to_owned();
    };
    let members: Vec<String> = o
        .members
        .iter()
        .map(|(name, c)| {
            let value = match unbox(c) {
                Cost::Scalar | Cost::Ignored => "1",
                Cost::List { .. } => "[]",
                _ => "{}",
            };
            format!("{}:{value}", serde_json::Value::from(*name))
        })
        .collect();
    format!("{{{}}}", members.join(","))
}

/// The deepest typed path (following objects and lists, at most [`DEEP`] steps), with its
/// first list holding copies of the rest until the body is about `len` bytes.
fn typed_deep(root: &'static Cost, len: usize) -> String {
    let mut path = Vec::new();
    let mut node = root;
    while path.len() < DEEP {
        match unbox(node) {
            Cost::Object(o) => {
                let Some((name, child)) = o
                    .members
                    .iter()
                    .find(|(_, c)| matches!(unbox(c), Cost::Object(_) | Cost::List { .. }))
                else {
                    break;
                };
                path.push(Step::Member(name));
                node = child;
            }
            Cost::List { item, .. } => {
                path.push(Step::Item);
                node = item;
            }
            _ => break,
        }
    }
    let rest = DEEP.saturating_sub(path.len()).min(DEEP);
    let bottom = format!("{}{}", "[".repeat(rest), "]".repeat(rest));
    match path.iter().position(|s| matches!(s, Step::Item)) {
        Some(i) => {
            let inner = wrap(&path[i + 1..], bottom);
            wrap(&path[..i], format!("[{}]", repeat(&inner, len)))
        }
        None => wrap(&path, bottom),
    }
}

/// The property: `body` as the 2xx answer of `operation` is either refused by the client's
/// read (its estimate is over the budget for its length) or decoded; the estimate is
/// returned for an answer the client decodes. The caller measures that the whole costs at
/// most `DECODE_BUDGET.bytes(body.len())`.
pub fn amplification(provider: Provider, operation: &str, body: &[u8]) -> Option<u64> {
    match provider.scan(operation, body, DECODE_BUDGET.bytes(body.len())) {
        Scanned::Over { .. } => None,
        Scanned::Json { estimate, .. } => {
            let _ = provider.decode(operation, body);
            Some(estimate)
        }
        Scanned::NotJson { estimate } => {
            let _ = provider.decode(operation, body);
            Some(estimate)
        }
    }
}

/// [`amplification`] for a fuzzer's input: byte 0 selects the operation, byte 1 one of its
/// hostile [`bodies`] (byte 2 its length, in KiB), and the rest, if any, is appended inside
/// the body's first list or object.
pub fn amplification_input(provider: Provider, data: &[u8]) {
    let (op, class, kib, rest) = match data {
        [op, class, kib, rest @ ..] => (*op, *class, *kib, rest),
        _ => return,
    };
    let operations = provider.costs();
    let Some((operation, _)) = operations.get(usize::from(op) % operations.len().max(1)) else {
        return;
    };
    let all = bodies(provider, operation, usize::from(kib) * 1024 + 16);
    let Some(hostile) = all.get(usize::from(class) % all.len().max(1)) else {
        return;
    };
    let mut body = hostile.body.clone();
    if let Some(at) = body.iter().position(|b| *b == b'[' || *b == b'{') {
        body.splice(at + 1..at + 1, rest.iter().copied());
    }
    let _ = amplification(provider, operation, &body);
}
