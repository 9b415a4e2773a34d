//! Whether a success answer has a documented shape ([`SuccessMembers::check`]), and the hook
//! that turns an answer in no documented shape into a decode error before the typed decoder,
//! which would read it as an empty success, sees it.
//!
//! The check reads only the keys of the top-level object (and of the items of its lists),
//! skipping every value without recursion and without allocating: a hostile depth or size
//! costs one pass over the bytes. A body it cannot read (not JSON) is left to the typed
//! decoder, which fails it.

use std::borrow::Cow;

use bytes::Bytes;

use super::Provider;
use super::redact::{excerpt, redact};
use super::verdict::Verdict;
use crate::envelope::{Shape, SuccessMembers};

/// How many of an answer's keys a decode error names.
const KEYS_SHOWN: usize = 8;
/// How many characters of each key a decode error shows.
const KEY_CHARS: usize = 40;

/// The verdict on a 2xx answer that no classifier refused: a decode error when it is in no
/// documented shape of `operation`'s success ([`Provider::SUCCESS_MEMBERS`]); a list only
/// some of whose items are is decoded with a warning.
pub(super) fn verdict<P: Provider>(provider: &P, operation: &'static str, body: &Bytes) -> Option<Verdict> {
    let table = P::SUCCESS_MEMBERS.iter().find(|s| s.operation == operation)?;
    match table.check(body) {
        Shape::Documented => None,
        Shape::Partly { list, foreign, items } => {
            tracing::warn!(
                operation,
                list = list.as_deref().unwrap_or("(the answer)"),
                foreign,
                items,
                "list items in no documented shape: decoded with their members unknown"
            );
            None
        }
        Shape::Foreign(message) => {
            let secrets = provider.secrets();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            Some(Verdict::Shape {
                message: redact(&message, &secrets),
                excerpt: excerpt(body, &secrets),
                body: body.clone(),
            })
        }
    }
}

impl SuccessMembers {
    /// Whether `body` (a 2xx answer) is in a shape this operation's success may take; see
    /// [`SuccessMembers`].
    pub fn check(&self, body: &[u8]) -> Shape {
        self.read(body).unwrap_or(Shape::Documented)
    }

    fn read(&self, body: &[u8]) -> Option<Shape> {
        let mut r = Reader { b: body, i: 0 };
        let shape = match r.peek()? {
            b'{' => self.object(&mut r)?,
            b'[' if !self.items.is_empty() => list(&mut r, self.items)?.shape(None),
            _ => return Some(Shape::Documented),
        };
        // Trailing text: not JSON, the typed decoder says so.
        r.ws();
        r.b.get(r.i).is_none().then_some(shape)
    }

    fn object(&self, r: &mut Reader<'_>) -> Option<Shape> {
        let mut count = 0usize;
        let mut known = false;
        // The first keys as they are in the body: text is made of them only for an error.
        let mut shown: Vec<&[u8]> = Vec::new();
        let mut inner = Shape::Documented;
        r.object(|raw, r| {
            let key = key_text(raw);
            count += 1;
            if shown.len() < KEYS_SHOWN {
                shown.push(raw);
            }
            let mut named = self.members.contains(&&*key)
                || (!self.items.is_empty() && (self.items.contains(&&*key) || is_position(&key)));
            let list_of = self
                .lists
                .iter()
                .find(|(name, _)| *name == key)
                .map(|(_, of)| *of);
            match (r.peek()?, list_of) {
                (b'[', Some(of)) => {
                    let found = list(r, of)?.shape(Some(&key));
                    if matches!(inner, Shape::Documented) || matches!(found, Shape::Foreign(_)) {
                        inner = found;
                    }
                }
                // A list keyed by id: a value that is one of its items.
                (b'{', _) if !named && !self.items.is_empty() => named = item(r, self.items)? == Item::Known,
                (b'[', _) if !named && !self.items.is_empty() => {
                    named = list(r, self.items)?.readable > 0;
                }
                _ => r.skip()?,
            }
            known |= named;
            Some(())
        })?;
        Some(if count > 0 && !known {
            let more = if count > shown.len() { ", ..." } else { "" };
            Shape::Foreign(format!(
                "an object in no documented shape: none of its members ({}{more}) is one the success answer has",
                shown
                    .iter()
                    .map(|raw| shown_key(raw))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        } else {
            inner
        })
    }
}

/// The object items of a list: how many have members, how many of those none of `of`.
struct List {
    objects: usize,
    readable: usize,
}

impl List {
    fn shape(&self, member: Option<&str>) -> Shape {
        let foreign = self.objects - self.readable;
        if foreign == 0 {
            Shape::Documented
        } else if self.readable == 0 {
            let at = member.map(|m| format!(" (the member {m})")).unwrap_or_default();
            Shape::Foreign(format!(
                "a list in no documented shape{at}: none of its {foreign} items has a member the success answer's items have"
            ))
        } else {
            Shape::Partly {
                list: member.map(str::to_owned),
                foreign,
                items: self.objects,
            }
        }
    }
}

fn list(r: &mut Reader<'_>, of: &[&str]) -> Option<List> {
    let mut out = List {
        objects: 0,
        readable: 0,
    };
    r.array(|r| {
        match item(r, of)? {
            Item::Known => {
                out.objects += 1;
                out.readable += 1;
            }
            Item::Foreign => out.objects += 1,
            Item::Other => {}
        }
        Some(())
    })?;
    Some(out)
}

#[derive(PartialEq, Eq)]
enum Item {
    /// An object with a member of the item schema.
    Known,
    /// An object with members, none of them the item schema's.
    Foreign,
    /// Anything else (`{}`, a scalar, a list): the typed decoder judges it.
    Other,
}

fn item(r: &mut Reader<'_>, of: &[&str]) -> Option<Item> {
    if r.peek()? != b'{' {
        r.skip()?;
        return Some(Item::Other);
    }
    let mut seen = Item::Other;
    r.object(|raw, r| {
        if of.contains(&&*key_text(raw)) {
            seen = Item::Known;
        } else if seen == Item::Other {
            seen = Item::Foreign;
        }
        r.skip()
    })?;
    Some(seen)
}

/// A key as an error shows it: its first [`KEY_CHARS`] characters, control characters escaped.
fn shown_key(raw: &[u8]) -> String {
    key_text(raw)
        .chars()
        .take(KEY_CHARS)
        .flat_map(char::escape_debug)
        .collect()
}

fn is_position(key: &str) -> bool {
    !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit())
}

/// A key as text: escapes decoded, bytes that are not UTF-8 replaced.
fn key_text(raw: &[u8]) -> Cow<'_, str> {
    if raw.contains(&b'\\') {
        let quoted = format!("\"{}\"", String::from_utf8_lossy(raw));
        if let Ok(key) = serde_json::from_str::<String>(&quoted) {
            return Cow::Owned(key);
        }
    }
    String::from_utf8_lossy(raw)
}

/// A cursor over JSON text that reads keys and skips values, iteratively.
struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The next byte after white space.
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.i += 1;
        }
        found
    }

    /// A string's raw text between its quotes.
    fn string(&mut self) -> Option<&'a [u8]> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i + 1;
        let mut i = start;
        loop {
            match *self.b.get(i)? {
                b'"' => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        self.i = i + 1;
        self.b.get(start..i)
    }

    /// Skips one value, however deep.
    fn skip(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'[' | b'{' => {
                let mut depth = 0usize;
                loop {
                    match *self.b.get(self.i)? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'[' | b'{' => depth += 1,
                        b']' | b'}' => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                let start = self.i;
                while let Some(c) = self.b.get(self.i) {
                    if matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.i += 1;
                }
                if self.i == start {
                    return None;
                }
            }
        }
        Some(())
    }

    /// Calls `f` with each member's raw key and the cursor at its value, which `f` consumes.
    fn object(&mut self, mut f: impl FnMut(&'a [u8], &mut Self) -> Option<()>) -> Option<()> {
        if !self.eat(b'{') {
            return None;
        }
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            let key = self.string()?;
            if !self.eat(b':') {
                return None;
            }
            f(key, self)?;
            if !self.eat(b',') {
                return self.eat(b'}').then_some(());
            }
        }
    }

    /// Calls `f` with the cursor at each item, which `f` consumes.
    fn array(&mut self, mut f: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        if !self.eat(b'[') {
            return None;
        }
        if self.eat(b']') {
            return Some(());
        }
        loop {
            f(self)?;
            if !self.eat(b',') {
                return self.eat(b']').then_some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORDER: SuccessMembers = SuccessMembers {
        operation: "order_list",
        members: &["data", "metaData"],
        items: &[],
        lists: &[("data", &["id", "amount"])],
    };

    #[test]
    fn an_object_needs_one_known_member_and_its_lists_one_readable_item() {
        assert_eq!(
            ORDER.check(br#"{"data": [{"id": 1}], "new": {"deep": [[[]]]}}"#),
            Shape::Documented
        );
        assert_eq!(ORDER.check(br#"{}"#), Shape::Documented);
        assert_eq!(ORDER.check(br#"{"data": []}"#), Shape::Documented);
        assert_eq!(
            ORDER.check(br#"{"unexpected": [1, 2, 3], "d\u0061ta2": "x", "invoices": 5}"#),
            Shape::Foreign(
                "an object in no documented shape: none of its members (unexpected, data2, invoices) is one \
                 the success answer has"
                    .to_owned()
            )
        );
        assert_eq!(
            ORDER.check(br#"{"data": [{"x": 1}, {"y": "}"}]}"#),
            Shape::Foreign(
                "a list in no documented shape (the member data): none of its 2 items has a member the \
                 success answer's items have"
                    .to_owned()
            )
        );
        assert_eq!(
            ORDER.check(br#"{"data": [{"x": 1}, {"amount": 2}, {}, 3]}"#),
            Shape::Partly {
                list: Some("data".to_owned()),
                foreign: 1,
                items: 2
            }
        );
    }

    #[test]
    fn an_error_shows_at_most_eight_keys_cut_short_and_escaped() {
        let body = format!(
            r#"{{"a\nb": 1, "{}": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9}}"#,
            "k".repeat(50)
        );
        assert_eq!(
            ORDER.check(body.as_bytes()),
            Shape::Foreign(format!(
                "an object in no documented shape: none of its members (a\\nb, {}, 3, 4, 5, 6, 7, 8, ...) is one \
                 the success answer has",
                "k".repeat(40)
            ))
        );
    }

    #[test]
    fn what_it_cannot_read_is_left_to_the_decoder() {
        for body in [
            &b""[..],
            b"{",
            b"{\"a\" 1}",
            b"{\"a\": 1} x",
            b"{\"a\": [}",
            b"{\"a\":",
            b"\"text\"",
            b"17",
            b"[{\"x\": 1}]",
        ] {
            assert_eq!(
                ORDER.check(body),
                Shape::Documented,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        // Depth costs nothing: values are skipped, not parsed.
        let deep = format!(
            "{{\"data\": [{{\"id\": {}{}}}]}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(ORDER.check(deep.as_bytes()), Shape::Documented);
    }
}
