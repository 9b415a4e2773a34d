//! One read of a success answer before the typed decoder sees it ([`scan`]): whether it is
//! well-formed JSON, whether it has a documented shape ([`SuccessMembers::check`]), and what
//! decoding it into the operation's Rust type would allocate (against the operation's
//! generated [`Cost`] tree). The hook turns an answer in no documented shape, or one whose
//! decoding would cost more than [`DECODE_BUDGET`] allows, into a decode error before the
//! typed decoder, which would read the first as an empty success and spend the memory on the
//! second, sees it.
//!
//! The read is serde_json's own (so "well-formed" means what the typed decoder means, with its
//! depth limit), with borrowed keys and no value kept: the estimate is charged as it goes, so
//! an answer over the budget is stopped there, and a body that is not JSON is charged for the
//! start the decoder would read before failing.

use std::borrow::Cow;

use bytes::Bytes;
use serde::de;

use super::Provider;
use super::redact::{excerpt, redact};
use super::verdict::Verdict;
use crate::envelope::{Cost, DECODE_BUDGET, Shape, SuccessMembers};

/// How many of an answer's keys a decode error names.
const KEYS_SHOWN: usize = 8;
/// How many characters of each key a decode error shows.
const KEY_CHARS: usize = 40;

/// What one read of an answer found.
#[derive(Debug, PartialEq, Eq)]
pub enum Scanned {
    /// Well-formed JSON: its shape, and the bytes decoding it is estimated to allocate.
    Json {
        /// The shape ([`Shape::Documented`] without a [`SuccessMembers`] row).
        shape: Shape,
        /// The estimate, in bytes.
        estimate: u64,
    },
    /// Decoding it would allocate more than `budget` bytes: the read stopped there.
    Over {
        /// The estimate when the read stopped (over `budget`).
        estimate: u64,
        /// The budget.
        budget: u64,
    },
    /// Not JSON as serde_json reads it; the typed decoder fails it, after allocating at most
    /// what its well-formed start costs (within the budget).
    NotJson {
        /// The estimate of the start that was read.
        estimate: u64,
    },
}

/// Reads `body` once: its shape against `members` (if any) and the estimate of what decoding
/// it costs, stopped as soon as the estimate passes `budget` bytes. Two readings are
/// estimated, and the larger one counts: the refusal check's (every provider's
/// [`Provider::classify`] may read the whole answer as one `serde_json::Value`, freed before
/// decoding), and the typed decoder's, with `cost` (if any).
///
/// Each starts at three times the body's length (the body as read, the copy reading it in
/// chunks may make, and serde_json's buffer for strings with escapes) and charges, at every
/// list item and object member, the allocations made there: the growth of each `Vec` (with
/// the old buffer while it is moved), the nodes of each `serde_json::Map`, serde's buffer for
/// structs with flattened fields (freed at their end), and the bytes of each string and key
/// for each copy made of it.
pub fn scan(
    body: &[u8],
    members: Option<&SuccessMembers>,
    cost: Option<&'static Cost>,
    budget: u64,
) -> Scanned {
    let base = 3u64.saturating_mul(body.len() as u64);
    let mut state = State {
        current: base,
        estimate: base,
        parsed: base,
        parsed_most: base,
        budget,
        over: false,
        len: body.len() as u64,
        text_levels: 0,
        deep: false,
    };
    if base > budget {
        return Scanned::Over {
            estimate: base,
            budget,
        };
    }
    let found = read(&mut state, body, members, cost);
    match found {
        Ok(found) => Scanned::Json {
            shape: match found {
                Read {
                    found: Found::Shape(shape),
                    ..
                } => shape,
                _ => Shape::Documented,
            },
            estimate: state.most(),
        },
        Err(_) if state.over => Scanned::Over {
            estimate: state.most(),
            budget,
        },
        // serde_json reads a number out of `f64` range as an error where the typed decoder
        // may skip it (a member it ignores): read that body as the decoder would, and charge
        // it in full if it is JSON after all.
        Err(_) if serde_json::from_slice::<de::IgnoredAny>(body).is_ok() => Scanned::Over {
            estimate: u64::MAX,
            budget,
        },
        Err(_) => {
            // The refusal check reads a body that is not JSON once more, made readable
            // (`envelope::parse_tolerant`): two copies of the text, and its `Value`.
            let typed = state.most();
            let text = String::from_utf8_lossy(body);
            let Some(shallow) = crate::envelope::flatten_deep(&text, crate::envelope::TOLERANT_DEPTH) else {
                return Scanned::NotJson { estimate: typed };
            };
            let copies = base.saturating_add((text.len() + shallow.len()) as u64);
            let mut state = State {
                current: copies,
                estimate: copies,
                parsed: copies,
                parsed_most: copies,
                budget,
                over: false,
                len: shallow.len() as u64,
                text_levels: 0,
                deep: false,
            };
            match read(&mut state, shallow.as_bytes(), None, None) {
                Err(_) if state.over || copies > budget => Scanned::Over {
                    estimate: state.most(),
                    budget,
                },
                _ => Scanned::NotJson {
                    estimate: typed.max(state.most()),
                },
            }
        }
    }
}

/// One read of `body` against `members` and `cost`, charged to `state`.
fn read(
    state: &mut State,
    body: &[u8],
    members: Option<&SuccessMembers>,
    cost: Option<&'static Cost>,
) -> Result<Read, Bad> {
    let mode = Mode::of(cost.unwrap_or(&Cost::Ignored));
    let role = members.map_or(Role::None, Role::Root);
    let mut r = Reader {
        b: body,
        i: 0,
        depth: 0,
    };
    let found = Seed { state, mode, role }.read(&mut r)?;
    r.ws();
    if r.i < body.len() {
        return Err(Bad);
    }
    Ok(found)
}

/// How many bytes at the start of `text` are neither a quote, a backslash nor a control
/// character: eight at a time (a test on the word's bytes at once, whose lowest flagged byte
/// is the first such byte: a borrow only flags bytes above a flagged one), then one at a time
/// for the last few.
fn plain(text: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let zeros = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut i = 0;
    while let Some(word) = text.get(i..i + 8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        let x = u64::from_le_bytes(bytes);
        let special = zeros(x ^ (ONES * u64::from(b'"')))
            | zeros(x ^ (ONES * u64::from(b'\\')))
            | (x.wrapping_sub(ONES * 0x20) & !x & HIGH);
        if special != 0 {
            return i + (special.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while text
        .get(i)
        .is_some_and(|c| *c != b'"' && *c != b'\\' && *c >= 0x20)
    {
        i += 1;
    }
    i
}

/// Why a read stopped: the text is not JSON as serde_json reads it, or the estimate passed the
/// budget (`State::over`).
#[derive(Debug)]
struct Bad;

/// How deep serde_json decodes lists and objects in one another (its recursion limit); what is
/// deeper fails the typed decoder and the refusal check's first parse (which then parses the
/// text again with what is that deep written as `null`), and is only skipped here.
const DEPTH: usize = 128;

/// A cursor over JSON text that checks it as serde_json does when it skips a value (strings
/// are not checked for UTF-8, numbers not for range), without keeping anything.
struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.b.get(self.i) {
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

    /// A string (the cursor at its quote): its raw text and whether it has escapes.
    fn string(&mut self) -> Result<(&'a [u8], bool), Bad> {
        let start = self.i + 1;
        let mut i = start;
        let mut escaped = false;
        loop {
            i += plain(self.b.get(i..).ok_or(Bad)?);
            match *self.b.get(i).ok_or(Bad)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    match *self.b.get(i + 1).ok_or(Bad)? {
                        b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i += 2,
                        b'u' => {
                            let hex = self.b.get(i + 2..i + 6).ok_or(Bad)?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return Err(Bad);
                            }
                            i += 6;
                        }
                        _ => return Err(Bad),
                    }
                }
                0..=0x1f => return Err(Bad),
                _ => i += 1,
            }
        }
        self.i = i + 1;
        Ok((&self.b[start..i], escaped))
    }

    /// A number: `-`, an integer part without leading zeros, a fraction, an exponent.
    fn number(&mut self) -> Result<(), Bad> {
        let digits = |r: &mut Self| {
            let start = r.i;
            while r.b.get(r.i).is_some_and(u8::is_ascii_digit) {
                r.i += 1;
            }
            if r.i == start { Err(Bad) } else { Ok(()) }
        };
        if self.b.get(self.i) == Some(&b'-') {
            self.i += 1;
        }
        if self.b.get(self.i) == Some(&b'0') {
            self.i += 1;
        } else {
            digits(self)?;
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            digits(self)?;
        }
        if let Some(b'e' | b'E') = self.b.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.b.get(self.i) {
                self.i += 1;
            }
            digits(self)?;
        }
        Ok(())
    }

    fn literal(&mut self) -> Result<(), Bad> {
        for word in [&b"true"[..], b"false", b"null"] {
            if self.b[self.i..].starts_with(word) {
                self.i += word.len();
                return Ok(());
            }
        }
        Err(Bad)
    }

    /// Enters a list or an object (the cursor at its bracket); `false` when it is too deep to
    /// read, and was skipped whole.
    fn open(&mut self) -> Result<bool, Bad> {
        if self.depth >= DEPTH {
            self.skip()?;
            return Ok(false);
        }
        self.depth += 1;
        self.i += 1;
        Ok(true)
    }

    /// Skips a list or an object, however deep, without recursion (its brackets and strings).
    fn skip(&mut self) -> Result<(), Bad> {
        let mut depth = 0usize;
        loop {
            match *self.b.get(self.i).ok_or(Bad)? {
                b'"' => {
                    self.string()?;
                    continue;
                }
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth = depth.checked_sub(1).ok_or(Bad)?;
                    if depth == 0 {
                        self.i += 1;
                        return Ok(());
                    }
                }
                _ => {}
            }
            self.i += 1;
        }
    }

    /// After an item: the list ends here, or goes on.
    fn after_item(&mut self) -> Result<bool, Bad> {
        if self.eat(b']') {
            self.depth -= 1;
            return Ok(false);
        }
        if self.eat(b',') { Ok(true) } else { Err(Bad) }
    }

    /// The next key of an object (the cursor then at its value), `None` at its end.
    fn next_key(&mut self, first: &mut bool) -> Result<Option<Cow<'a, [u8]>>, Bad> {
        if std::mem::take(first) {
            if self.eat(b'}') {
                self.depth -= 1;
                return Ok(None);
            }
        } else if self.eat(b'}') {
            self.depth -= 1;
            return Ok(None);
        } else if !self.eat(b',') {
            return Err(Bad);
        }
        if self.peek() != Some(b'"') {
            return Err(Bad);
        }
        let start = self.i;
        let (raw, escaped) = self.string()?;
        if !self.eat(b':') {
            return Err(Bad);
        }
        if !escaped {
            return Ok(Some(Cow::Borrowed(raw)));
        }
        serde_json::from_slice::<String>(&self.b[start..start + raw.len() + 2])
            .map(|key| Some(Cow::Owned(key.into_bytes())))
            .map_err(|_| Bad)
    }
}

/// The client's read of an answer to `operation` at HTTP `status`, before anything parses it
/// ([`scan`] against [`DECODE_BUDGET`]): a success answer with the operation's
/// [`Provider::SUCCESS_MEMBERS`] row and [`Provider::DECODE_COSTS`] tree; any other only for
/// what the refusal check's parse costs.
pub(super) fn read_answer<P: Provider>(
    operation: &'static str,
    status: reqwest::StatusCode,
    body: &[u8],
) -> Scanned {
    let (row, cost) = if status.is_success() {
        (
            P::SUCCESS_MEMBERS.iter().find(|s| s.operation == operation),
            P::DECODE_COSTS
                .iter()
                .find(|(op, _)| *op == operation)
                .map(|(_, cost)| *cost),
        )
    } else {
        (None, None)
    };
    scan(body, row, cost, DECODE_BUDGET.bytes(body.len()))
}

/// The verdict on a 2xx answer that no classifier refused ([`read_answer`] read it), and
/// whether the body is an undecodable one that `json` (progenitor decodes the answer as JSON)
/// says to redact: a decode error when it is in no documented shape of `operation`'s success
/// ([`Provider::SUCCESS_MEMBERS`]) or when decoding it would cost more than
/// [`DECODE_BUDGET`]; a list only some of whose items are documented is decoded with a
/// warning.
pub(super) fn verdict<P: Provider>(
    provider: &P,
    operation: &'static str,
    body: &Bytes,
    json: bool,
    scanned: Scanned,
) -> (Option<Verdict>, bool) {
    let message = match scanned {
        Scanned::Json {
            shape: Shape::Documented,
            ..
        } => return (None, false),
        Scanned::NotJson { .. } => return (None, json),
        Scanned::Json {
            shape: Shape::Partly { list, foreign, items },
            ..
        } => {
            tracing::warn!(
                operation,
                list = list.as_deref().unwrap_or("(the answer)"),
                foreign,
                items,
                "list items in no documented shape: decoded with their members unknown"
            );
            return (None, false);
        }
        Scanned::Json {
            shape: Shape::Foreign(message),
            ..
        } => message,
        Scanned::Over { estimate, budget } => over_budget(body.len(), estimate, budget),
    };
    let secrets = provider.secrets();
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    (
        Some(Verdict::Shape {
            message: redact(&message, &secrets),
            excerpt: excerpt(body, &secrets),
            body: body.clone(),
        }),
        false,
    )
}

/// The message of an answer refused for what decoding it would cost.
fn over_budget(len: usize, estimate: u64, budget: u64) -> String {
    let estimate = if estimate == u64::MAX {
        "an amount it cannot estimate (a number out of range)".to_owned()
    } else {
        format!("at least {estimate} bytes")
    };
    format!(
        "decoding this {len}-byte answer would allocate {estimate}, over the client's bound of {budget} bytes \
         ({} bytes per byte of the answer + {} bytes): lists of empty objects or nesting that small bodies \
         make large in memory",
        DECODE_BUDGET.per_byte, DECODE_BUDGET.base
    )
}

impl SuccessMembers {
    /// Whether `body` (a 2xx answer) is in a shape this operation's success may take; see
    /// [`SuccessMembers`]. A body that is not JSON is left to the typed decoder
    /// ([`Shape::Documented`]).
    pub fn check(&self, body: &[u8]) -> Shape {
        match scan(body, Some(self), None, u64::MAX) {
            Scanned::Json { shape, .. } => shape,
            _ => Shape::Documented,
        }
    }
}

/// The running estimate of a read: what decoding holds at this point of the body
/// (`current`) and the most it held (`estimate`).
struct State {
    current: u64,
    estimate: u64,
    /// The same for the refusal check's reading of the whole answer as one
    /// `serde_json::Value` (done before, and freed before, the typed decoder's).
    parsed: u64,
    parsed_most: u64,
    budget: u64,
    over: bool,
    /// The body's length.
    len: u64,
    /// How many levels of lists sent as objects were charged their text copies.
    text_levels: u32,
    /// Something was too deep to decode.
    deep: bool,
}

impl State {
    fn charge(&mut self, bytes: u64) -> Result<(), Bad> {
        if bytes == 0 {
            return Ok(());
        }
        self.current = self.current.saturating_add(bytes);
        self.estimate = self.estimate.max(self.current);
        self.check()
    }

    /// Charges the refusal check's `Value` of the answer.
    fn parse(&mut self, bytes: u64) -> Result<(), Bad> {
        if bytes == 0 {
            return Ok(());
        }
        self.parsed = self.parsed.saturating_add(bytes);
        self.parsed_most = self.parsed_most.max(self.parsed);
        self.check()
    }

    /// The most either reading holds.
    fn most(&self) -> u64 {
        self.estimate.max(self.parsed_most)
    }

    fn check(&mut self) -> Result<(), Bad> {
        if self.most() > self.budget {
            self.over = true;
            return Err(Bad);
        }
        Ok(())
    }

    /// Memory the decoder frees here (a buffer it no longer needs).
    fn free(&mut self, bytes: u64) {
        self.current = self.current.saturating_sub(bytes);
    }
}

/// How a value is decoded, for the estimate: as each of `nodes` (a `LenientList` given an
/// object may read it as a list, as one item, or each member as an item or a list again;
/// unused places are [`Cost::Ignored`]), inside serde's buffer (`Content`) or not (`inbuf`), copied
/// `copies` more times into such buffers and `values` times into `serde_json::Value`s.
///
/// A struct with a flattened field (`extra`) decodes its own fields as they come and copies
/// every other member into its buffer, from which `extra` is read (as values) once the object
/// ends; then the buffer is freed.
#[derive(Clone, Copy)]
struct Mode {
    nodes: [&'static Cost; READINGS],
    inbuf: bool,
    copies: u64,
    values: u64,
    /// Read by the refusal check as part of the answer's `serde_json::Value`.
    parsed: bool,
    /// How many lists sent as objects this value is inside.
    lenient: u32,
}

/// How many typed readings of one value the estimate follows at most.
const READINGS: usize = 3;

/// `size_of::<serde_json::Value>()` and of serde's buffered value.
const VALUE: u64 = 32;
/// A member of serde's buffered map (two buffered values).
const ENTRY: u64 = 64;
/// What a number read as a decimal keeps at most.
const NUMBER: u64 = 48;
/// The largest node of a `BTreeMap<String, serde_json::Value>` (an internal node: 11 keys,
/// 11 values, 12 edges, its header).
const MAP_NODE: u64 = map_node(VALUE);
/// The longest key a list becomes as a map (a position: `usize` in decimal).
const POSITION: u64 = 20;

/// The largest node of a `BTreeMap<String, T>` with `size_of::<T>() == size`.
const fn map_node(size: u64) -> u64 {
    8 + 4 + 11 * 24 + 11 * size + 12 * 8 + 8
}

impl Mode {
    /// How many copies of this value serde's buffers hold.
    fn contents(&self) -> u64 {
        u64::from(self.inbuf) + self.copies
    }

    fn of(node: &'static Cost) -> Mode {
        Mode {
            nodes: [node, &Cost::Ignored, &Cost::Ignored],
            inbuf: false,
            copies: 0,
            values: 0,
            parsed: true,
            lenient: 0,
        }
        .enter()
    }

    /// The mode once a value is entered: a box is allocated, an untyped value is a `Value`.
    fn enter(mut self) -> Mode {
        for i in 0..READINGS {
            if matches!(self.nodes[i], Cost::Boxed { .. } | Cost::Untyped) {
                self.nodes[i] = self.entered(self.nodes[i]);
            }
        }
        self
    }

    /// How many readings are of a kind.
    fn count(&self, kind: impl Fn(&Cost) -> bool) -> u64 {
        self.nodes.iter().filter(|n| kind(n)).count() as u64
    }

    fn entered(&mut self, mut node: &'static Cost) -> &'static Cost {
        loop {
            match node {
                Cost::Boxed { inner, .. } => node = inner,
                Cost::Untyped => {
                    self.values += 1;
                    return &Cost::Ignored;
                }
                other => return other,
            }
        }
    }

    /// What entering a value costs (boxes).
    fn entry_cost(node: &'static Cost) -> u64 {
        let mut cost = 0u64;
        let mut node = node;
        while let Cost::Boxed { inner, size } = node {
            cost = cost.saturating_add(*size as u64);
            node = inner;
        }
        cost
    }

    /// A number: a decimal keeps its digits as text, an exponent written out (at most 38
    /// digits and a sign, a point and zeros: [`NUMBER`] bytes).
    fn number(&self) -> u64 {
        NUMBER * self.count(|n| matches!(n, Cost::Scalar))
    }

    /// A string of `len` bytes: once for each `Value` copy and each typed reading that keeps
    /// it (serde's buffer lends it unless it has escapes: see `Seed::text`).
    fn string(&self, len: usize) -> u64 {
        (len as u64)
            .saturating_mul(self.values + self.count(|n| matches!(n, Cost::Scalar | Cost::Json { .. })))
    }
}

/// `Vec` growth: the capacity (in items of `size` bytes) a `Vec` grows to when the `k`-th
/// (from 1) item is pushed, if it grows then (the old buffer, half that, is freed once the
/// items moved).
fn vec_growth(k: u64, size: u64) -> Option<u64> {
    if size == 0 {
        return None;
    }
    let min = match size {
        1 => 8,
        2..=1024 => 4,
        _ => 1,
    };
    if k == 1 {
        return Some(min);
    }
    let prev = k - 1;
    (prev >= min && prev.is_multiple_of(min) && (prev / min).is_power_of_two()).then(|| 2 * prev)
}

/// Charges the growth of `copies` `Vec`s of items of `size` bytes at their `k`-th item: the
/// new buffer, then the old one freed. Returns the bytes of one `Vec` now.
fn grow(state: &mut State, k: u64, size: u64, copies: u64, held: u64) -> Result<u64, Bad> {
    if copies == 0 {
        return Ok(held);
    }
    let Some(cap) = vec_growth(k, size) else {
        return Ok(held);
    };
    let now = cap.saturating_mul(size);
    state.charge(now.saturating_mul(copies))?;
    state.free(held.saturating_mul(copies));
    Ok(now)
}

/// `BTreeMap` growth: what inserting the `k`-th (from 1) member allocates with nodes of
/// `node` bytes (its first node, then a node for every five members past the first eleven,
/// and a parent now and then).
fn map_growth(k: u64, node: u64) -> u64 {
    if k == 1 {
        node
    } else if k >= 12 && (k - 12).is_multiple_of(5) {
        node + node / 4
    } else {
        0
    }
}

/// A typed reading of a list's `k`-th item: its charge (the growth of a typed `Vec` aside)
/// and the item's reading.
fn list_item(node: &'static Cost, k: u64) -> (u64, &'static Cost) {
    match node {
        Cost::List { item, .. } => (0, item),
        Cost::Map { value, size } => (
            map_growth(k, map_node(*size as u64)).saturating_add(POSITION),
            value,
        ),
        Cost::Object(o) if !o.buffered => (
            0,
            o.members
                .get(usize::try_from(k - 1).unwrap_or(usize::MAX))
                .map_or(&Cost::Ignored, |(_, n)| *n),
        ),
        _ => (0, &Cost::Ignored),
    }
}

/// The item size of a typed `Vec` reading.
fn list_size(node: Option<&'static Cost>) -> u64 {
    match node {
        Some(Cost::List { size, .. }) => *size as u64,
        _ => 0,
    }
}

/// What a read reports up: for the shape check, and the bytes one copy of the value in
/// serde's buffer holds (freed when the struct that buffered it is decoded).
struct Read {
    found: Found,
    content: u64,
}

impl Read {
    fn scalar(content: u64) -> Read {
        Read {
            found: Found::None,
            content,
        }
    }
}

/// What the seeds report up for the shape check.
enum Found {
    None,
    Shape(Shape),
    List(List),
    Item(Item),
}

/// The shape check's part in reading a value.
#[derive(Clone, Copy)]
enum Role<'r> {
    None,
    /// The answer itself.
    Root(&'r SuccessMembers),
    /// A member of the answer: a list of `list_of` items, or (`unnamed`, a member that is not
    /// one the answer has) possibly an item of a keyed list.
    Member {
        list_of: Option<&'r [&'r str]>,
        unnamed: Option<&'r [&'r str]>,
    },
    /// An item of a list whose items have these members.
    Item(&'r [&'r str]),
}

struct Seed<'s, 'r> {
    state: &'s mut State,
    mode: Mode,
    role: Role<'r>,
}

impl<'a> Seed<'_, '_> {
    /// Reads one value (the cursor at it, after white space).
    fn read(self, r: &mut Reader<'a>) -> Result<Read, Bad> {
        match r.peek().ok_or(Bad)? {
            b'"' => {
                let (raw, escaped) = r.string()?;
                self.text(raw, escaped)
            }
            b'[' | b'{' if !r.open()? => {
                // Too deep to decode: the refusal check reads the text twice more.
                if !self.state.deep {
                    self.state.deep = true;
                    self.state.parse(2 * self.state.len)?;
                }
                Ok(Read::scalar(0))
            }
            b'[' => self.list(r),
            b'{' => self.object(r),
            b'-' | b'0'..=b'9' => {
                r.number()?;
                self.state.charge(self.mode.number())?;
                Ok(Read::scalar(0))
            }
            _ => {
                r.literal()?;
                Ok(Read::scalar(0))
            }
        }
    }
    fn text(self, v: &[u8], owned: bool) -> Result<Read, Bad> {
        let Seed { state, mode, .. } = self;
        let content = if owned { v.len() as u64 } else { 0 };
        state.charge(
            mode.string(v.len())
                .saturating_add(content.saturating_mul(mode.contents())),
        )?;
        if mode.parsed {
            state.parse(v.len() as u64)?;
        }
        for node in mode.nodes {
            // Text that holds JSON: read again, as what it is decoded as.
            if let Cost::Json { inner } = node
                && v.trim_ascii_start().starts_with(b"{") | v.trim_ascii_start().starts_with(b"[")
            {
                state.charge(v.len() as u64)?;
                let decoded;
                let text = if owned {
                    let mut quoted = Vec::with_capacity(v.len() + 2);
                    quoted.push(b'"');
                    quoted.extend_from_slice(v);
                    quoted.push(b'"');
                    decoded = serde_json::from_slice::<String>(&quoted).map_err(|_| Bad)?;
                    decoded.as_bytes()
                } else {
                    v
                };
                let mut inside = Mode::of(inner);
                inside.parsed = false;
                let mut r = Reader {
                    b: text,
                    i: 0,
                    depth: 0,
                };
                let read = Seed {
                    state: &mut *state,
                    mode: inside,
                    role: Role::None,
                }
                .read(&mut r);
                if read.is_err() && state.over {
                    return Err(Bad);
                }
            }
        }
        Ok(Read::scalar(content))
    }

    fn list(self, r: &mut Reader<'a>) -> Result<Read, Bad> {
        let Seed { state, mode, role } = self;
        // A scalar given a list buffers it before refusing or reading it.
        let mut mode = mode;
        for node in &mut mode.nodes {
            if matches!(node, Cost::Scalar | Cost::Json { .. }) {
                *node = &Cost::Ignored;
                mode.copies += 1;
                mode.values += 1;
            }
        }
        let of = match role {
            Role::Root(row) if !row.items.is_empty() => Some(row.items),
            Role::Member { list_of, unnamed } => list_of.or(unnamed),
            _ => None,
        };
        let mut list = List {
            objects: 0,
            readable: 0,
        };
        let mut k = 0u64;
        // The bytes of one `Vec` of each kind so far: `Value`s, buffered, the refusal check's,
        // then one per typed reading.
        let mut held = [0u64; 3 + READINGS];
        let mut content = 0u64;
        let mut more = if r.eat(b']') {
            r.depth -= 1;
            false
        } else {
            true
        };
        while more {
            k += 1;
            for (i, node) in mode.nodes.iter().enumerate() {
                held[3 + i] = grow(state, k, list_size(Some(node)), 1, held[3 + i])?;
            }
            held[2] = grow(state, k, VALUE, mode.values, held[2])?;
            held[0] = grow(state, k, VALUE, mode.contents(), held[0])?;
            if mode.parsed
                && let Some(cap) = vec_growth(k, VALUE)
            {
                state.parse(cap * VALUE)?;
                state.parsed = state.parsed.saturating_sub(held[1]);
                held[1] = cap * VALUE;
            }
            let mut cost = 0u64;
            let nodes = mode.nodes.map(|node| {
                let (charge, node) = list_item(node, k);
                cost = cost.saturating_add(charge).saturating_add(Mode::entry_cost(node));
                node
            });
            let child = Mode {
                nodes,
                inbuf: mode.inbuf,
                copies: mode.copies,
                values: mode.values,
                parsed: mode.parsed,
                lenient: mode.lenient,
            }
            .enter();
            // Charged before the item is read: an unfinished list costs what was pushed.
            state.charge(cost)?;
            let seed = Seed {
                state: &mut *state,
                mode: child,
                role: of.map_or(Role::None, Role::Item),
            };
            let read = seed.read(r)?;
            more = r.after_item()?;
            content = content.saturating_add(read.content);
            match read.found {
                Found::Item(Item::Known) => {
                    list.objects += 1;
                    list.readable += 1;
                }
                Found::Item(Item::Foreign) => list.objects += 1,
                _ => {}
            }
        }
        Ok(Read {
            found: match role {
                Role::Root(_) if of.is_some() => Found::Shape(list.shape(None)),
                Role::Member { .. } if of.is_some() => Found::List(list),
                _ => Found::None,
            },
            content: content.saturating_add(held[0]),
        })
    }

    fn object(self, r: &mut Reader<'a>) -> Result<Read, Bad> {
        let Seed { state, mode, role } = self;
        let mut mode = mode;
        // How each reading takes the object: the item sizes of the lists sent as objects it is
        // read as; how many readings keep unknown members as values, buffer them.
        let mut lenient = [0u64; READINGS];
        let mut extra_maps = 0u64;
        let mut buffering = 0u64;
        // A list sent as one object is also read as that one item (a bare item).
        for i in 0..READINGS {
            if let Cost::List {
                item, lenient: true, ..
            } = mode.nodes[i]
                && let Some(free) = mode.nodes.iter().position(|n| matches!(n, Cost::Ignored))
            {
                let item = mode.entered(item);
                mode.nodes[free] = item;
            }
        }
        for (i, node) in mode.nodes.iter_mut().enumerate() {
            match node {
                Cost::Scalar | Cost::Json { .. } => {
                    *node = &Cost::Ignored;
                    mode.copies += 1;
                    mode.values += 1;
                }
                Cost::Object(o) => {
                    extra_maps += u64::from(o.extra);
                    buffering += u64::from(o.buffered);
                }
                Cost::List {
                    lenient: true, size, ..
                } => lenient[i] = (*size as u64).max(1),
                Cost::Map { .. } => {}
                _ => *node = &Cost::Ignored,
            }
        }
        // The shape check of the answer itself, or of an item.
        let (row, of) = match role {
            Role::Root(row) => (Some(row), None),
            Role::Member { unnamed, .. } => (None, unnamed),
            Role::Item(of) => (None, Some(of)),
            Role::None => (None, None),
        };
        let mut count = 0usize;
        let mut known = false;
        let mut shown: Vec<Cow<'a, [u8]>> = Vec::new();
        let mut inner = Shape::Documented;
        let mut item = Item::Other;
        let mut k = 0u64;
        // Members in serde's buffer of this struct (freed at its end), and their bytes.
        let mut collected = 0u64;
        let mut collect = 0u64;
        let mut held = 0u64;
        // The bytes of one `Vec` of buffered members if this object is itself buffered, of
        // each list's items.
        let mut entries = 0u64;
        let mut items = [0u64; READINGS];
        let mut content = 0u64;
        let lenient_sizes = lenient;
        let lenient = lenient.iter().any(|size| *size > 0);
        if lenient {
            // A list sent as an object: its members' text is kept, may be written out again as
            // one object (copied from serde's buffer through a `Value` first) and is parsed
            // again; at each level of such lists, the copies are of disjoint parts of the body.
            mode.lenient += 1;
            if mode.lenient > state.text_levels {
                let levels = u64::from(mode.lenient - state.text_levels);
                state.text_levels = mode.lenient;
                state.charge(levels.saturating_mul(3).saturating_mul(state.len))?;
            }
        }
        let mut first = true;
        while let Some(key) = r.next_key(&mut first)? {
            k += 1;
            // What the member itself costs: its place in serde's buffer and in `Value` maps,
            // its key (lent to the buffer unless it has escapes).
            let owned = match &key {
                Cow::Owned(key) => key.len() as u64,
                Cow::Borrowed(_) => 0,
            };
            entries = grow(state, k, ENTRY, mode.contents(), entries)?;
            if lenient {
                for (held, size) in items.iter_mut().zip(lenient_sizes) {
                    *held = grow(state, k, size, 1, *held)?;
                }
            }
            content = content.saturating_add(owned);
            let mut cost = (key.len() as u64)
                .saturating_mul(mode.values)
                .saturating_add(owned.saturating_mul(mode.contents()))
                .saturating_add(map_growth(k, MAP_NODE).saturating_mul(mode.values));
            if mode.parsed {
                state.parse((key.len() as u64).saturating_add(map_growth(k, MAP_NODE)))?;
            }
            // How each reading takes the member.
            let mut unknown = false;
            let mut reading = |node: &'static Cost,
                               cost: &mut u64|
             -> (&'static Cost, Option<&'static Cost>) {
                match node {
                    Cost::Object(o) => match o.members.iter().find(|(name, _)| name.as_bytes() == &*key) {
                        Some((_, child)) => {
                            *cost = cost.saturating_add(Mode::entry_cost(child));
                            (child, None)
                        }
                        None => {
                            unknown |= o.buffered;
                            (&Cost::Ignored, None)
                        }
                    },
                    Cost::List {
                        item, lenient: true, ..
                    } => {
                        // An object read as a list: its members kept as text in a map, each
                        // decoded as an item (or, in an envelope, as a list again).
                        *cost = cost
                            .saturating_add(map_growth(k, map_node(24)))
                            .saturating_add(key.len() as u64)
                            .saturating_add(Mode::entry_cost(item));
                        (item, Some(node))
                    }
                    Cost::Map { value, size } => {
                        *cost = cost
                            .saturating_add(map_growth(k, map_node(*size as u64)))
                            .saturating_add(key.len() as u64)
                            .saturating_add(Mode::entry_cost(value));
                        (value, None)
                    }
                    _ => (&Cost::Ignored, None),
                }
            };
            // Each reading's reading of the member, then the lists read again, while there is
            // room.
            let mut nodes = [&Cost::Ignored; READINGS];
            let mut again = [None; READINGS];
            for (i, node) in mode.nodes.iter().enumerate() {
                if !matches!(node, Cost::Ignored) {
                    (nodes[i], again[i]) = reading(node, &mut cost);
                }
            }
            if lenient {
                for list in again.into_iter().flatten() {
                    if let Some(free) = nodes.iter().position(|n| matches!(n, Cost::Ignored)) {
                        nodes[free] = list;
                    }
                }
            }
            let mut child = Mode {
                nodes,
                inbuf: mode.inbuf,
                copies: mode.copies,
                values: mode.values,
                parsed: mode.parsed,
                lenient: mode.lenient,
            };
            if lenient && mode.contents() > 0 {
                // Rewritten from serde's buffer as a `Value`, then as text.
                child.values += 1;
                child.copies += 1;
            }
            let buffered = unknown && buffering > 0;
            if buffered {
                // A member the struct has no field for: copied into its buffer (again, if the
                // struct is read from a buffer itself), then into its `extra` map of values.
                collected += 1;
                collect = grow(state, collected, ENTRY, buffering, collect)?;
                child.copies += u64::from(child.inbuf) + buffering - 1;
                child.inbuf = true;
                child.values += extra_maps;
                cost = cost
                    .saturating_add(map_growth(collected, MAP_NODE).saturating_mul(extra_maps))
                    .saturating_add((key.len() as u64).saturating_mul(extra_maps))
                    .saturating_add(owned.saturating_mul(buffering));
            }
            state.charge(cost)?;

            // The shape check.
            let mut child_role = Role::None;
            let mut named = false;
            if let Some(row) = row {
                count += 1;
                if shown.len() < KEYS_SHOWN {
                    shown.push(key.clone());
                }
                named = has(row.members, &key)
                    || (!row.items.is_empty() && (has(row.items, &key) || is_position(&key)));
                let list_of = row
                    .lists
                    .iter()
                    .find(|(name, _)| name.as_bytes() == &*key)
                    .map(|(_, of)| *of);
                child_role = Role::Member {
                    list_of,
                    unnamed: (!named && !row.items.is_empty()).then_some(row.items),
                };
            } else if let Some(of) = of {
                if has(of, &key) {
                    item = Item::Known;
                } else if item == Item::Other {
                    item = Item::Foreign;
                }
            }
            let read = Seed {
                state: &mut *state,
                mode: child.enter(),
                role: child_role,
            }
            .read(r)?;
            content = content.saturating_add(read.content);
            if buffered {
                held = held.saturating_add(owned.saturating_add(read.content).saturating_mul(buffering));
            }
            if let Role::Member { list_of, .. } = child_role {
                match read.found {
                    Found::List(list) if list_of.is_some() => {
                        let found = list.shape(Some(&String::from_utf8_lossy(&key)));
                        if matches!(inner, Shape::Documented) || matches!(found, Shape::Foreign(_)) {
                            inner = found;
                        }
                    }
                    Found::List(list) => named = list.readable > 0,
                    Found::Item(found) => named = found == Item::Known,
                    _ => {}
                }
                known |= named;
            }
        }
        // The struct's buffer is freed once its flattened field is read from it.
        state.free(held.saturating_add(collect.saturating_mul(buffering)));
        let content = content.saturating_add(entries);
        let found = if row.is_some() {
            Found::Shape(if count > 0 && !known {
                let more = if count > shown.len() { ", ..." } else { "" };
                Shape::Foreign(format!(
                    "an object in no documented shape: none of its members ({}{more}) is one the success answer has",
                    shown
                        .iter()
                        .map(|key| shown_key(key))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            } else {
                inner
            })
        } else if of.is_some() {
            Found::Item(item)
        } else {
            Found::None
        };
        Ok(Read { found, content })
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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    /// An object with a member of the item schema.
    Known,
    /// An object with members, none of them the item schema's.
    Foreign,
    /// Anything else (`{}`, a scalar, a list): the typed decoder judges it.
    Other,
}

/// A key as an error shows it: its first [`KEY_CHARS`] characters, control characters escaped.
fn shown_key(key: &[u8]) -> String {
    String::from_utf8_lossy(key)
        .chars()
        .take(KEY_CHARS)
        .flat_map(char::escape_debug)
        .collect()
}

fn is_position(key: &[u8]) -> bool {
    !key.is_empty() && key.iter().all(u8::is_ascii_digit)
}

/// Whether `names` has `key`.
fn has(names: &[&str], key: &[u8]) -> bool {
    names.iter().any(|name| name.as_bytes() == key)
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
        // Deeper than serde_json decodes: skipped.
        let deep = format!(
            "{{\"data\": [{{\"id\": {}{}}}]}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(ORDER.check(deep.as_bytes()), Shape::Documented);
    }

    static ITEM: Cost = Cost::Object(&crate::envelope::CostObject {
        members: &[("id", &Cost::Scalar)],
        extra: false,
        buffered: false,
    });
    static ITEMS: Cost = Cost::List {
        item: &ITEM,
        size: 1000,
        lenient: false,
    };

    #[test]
    fn vecs_grow_from_four_items_by_doubling_and_large_items_from_one() {
        let caps: Vec<(u64, u64)> = (1..=9)
            .filter_map(|k| vec_growth(k, 32).map(|cap| (k, cap)))
            .collect();
        assert_eq!(caps, [(1, 4), (5, 8), (9, 16)]);
        assert_eq!(vec_growth(1, 1), Some(8));
        assert_eq!(vec_growth(2, 2000), Some(2));
        assert_eq!(vec_growth(3, 2000), Some(4));
        assert_eq!(vec_growth(4, 2000), None);
        assert_eq!(vec_growth(1, 0), None);
    }

    #[test]
    fn the_estimate_holds_the_body_and_the_largest_vec_with_the_one_it_replaced() {
        let body = b"[{},{},{},{},{}]";
        let n = body.len() as u64;
        // Four items of 1000 bytes, then eight while the four are moved.
        assert_eq!(
            scan(body, None, Some(&ITEMS), u64::MAX),
            Scanned::Json {
                shape: Shape::Documented,
                estimate: 3 * n + 4000 + 8000
            }
        );
        assert_eq!(
            scan(body, None, Some(&ITEMS), 3 * n + 5000),
            Scanned::Over {
                estimate: 3 * n + 4000 + 8000,
                budget: 3 * n + 5000
            }
        );
        // What the decoder reads of a body that is not JSON is charged too.
        assert_eq!(
            scan(b"[{},{},", None, Some(&ITEMS), u64::MAX),
            Scanned::NotJson {
                estimate: 3 * 7 + 4000
            }
        );
        // Without a tree only the refusal check's `Value` is charged: a `Vec` of four values.
        assert_eq!(
            scan(b"[1]", None, None, u64::MAX),
            Scanned::Json {
                shape: Shape::Documented,
                estimate: 3 * 3 + 4 * 32
            }
        );
    }

    #[test]
    fn what_it_reads_as_json_is_what_serde_json_skips_as_json() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let mut bodies: Vec<Vec<u8>> = [
            "",
            " ",
            "1",
            "-",
            "-0",
            "01",
            "1.",
            "1.5e",
            "1e+5",
            "-1.25E-3",
            "tru",
            "true",
            "nul",
            "null x",
            "[1,]",
            "[,1]",
            "[]",
            "[ ]",
            "{}",
            "{ }",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{\"a\":1}",
            "{1:2}",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u12g4\"",
            "\"\\u1234\"",
            "\"a\u{1}\"",
            "[1] x",
            "[1]  ",
            "{\"a\":[1,{\"b\":null}],\"c\":\"\\\"\"}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
        ]
        .iter()
        .map(|b| b.as_bytes().to_vec())
        .collect();
        bodies.push(deep(128).into_bytes());
        bodies.push(deep(129).into_bytes());
        bodies.push(b"\"\xff\xfe\"".to_vec());
        for body in bodies {
            let mut state = State {
                current: 0,
                estimate: 0,
                parsed: 0,
                parsed_most: 0,
                budget: u64::MAX,
                over: false,
                len: body.len() as u64,
                text_levels: 0,
                deep: false,
            };
            assert_eq!(
                read(&mut state, &body, None, None).is_ok(),
                serde_json::from_slice::<de::IgnoredAny>(&body).is_ok(),
                "{}",
                String::from_utf8_lossy(&body)
            );
        }
    }

    #[test]
    fn plain_text_stops_at_the_first_quote_backslash_or_control_character() {
        for (text, at) in [
            (&b""[..], 0),
            (b"abc", 3),
            (b"abcdefghijklmnop\"", 16),
            (b"abcdefgh\\ijk", 8),
            (b"abcdefghi\x1fjk", 9),
            (b"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\"", 12),
            (b"\x7f\x80\xff abcdefgh", 12),
        ] {
            assert_eq!(plain(text), at, "{}", String::from_utf8_lossy(text));
        }
    }
}
