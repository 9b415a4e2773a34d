//! Secrets out of every text that leaves the client: [`redact`] and [`excerpt`]; and whether a
//! text holds one at all ([`contains`], cheap enough for every success answer).
//!
//! A secret is looked for in every spelling a server may echo it in (see [`redact`]). Each
//! secret becomes a few [`Pattern`]s: the secret itself and, for a secret of at least
//! [`MIN_ENCODED_BYTES`] bytes, its hex and base64 texts. Every character of a pattern may
//! take any of its spellings ([`char_spellings`]), so a base64 text that was percent-encoded
//! or JSON-escaped on its way back is found too.

use std::sync::LazyLock;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE};

use super::EXCERPT_BYTES;

/// What a secret is replaced with.
const REDACTED: &str = "[redacted]";

/// The shortest secret (in bytes, as sent) looked for in base64 and hex.
///
/// A secret at an unknown offset inside a base64 stream keeps only its stable inner characters
/// (see [`base64_patterns`]): 6 bytes give at least 7 of them. Compared without case (as every
/// pattern is), a random base64 character matches a given one with a chance of about 1/32, so
/// 7 characters match other data about once in 3·10^10 positions; the 4 characters of a 4-byte
/// secret would match ordinary base64 data about once a megabyte (and redact it). Hex of
/// 6 bytes is 12 digits. Shorter secrets are still found as spelled, in any case and escaping,
/// but not in base64 or hex.
const MIN_ENCODED_BYTES: usize = 6;

/// Replaces every non-empty secret in `text` with `[redacted]`, however a server may have
/// spelled it:
///
/// - each character in any ASCII case (a server may echo an md5 hex in upper case),
///   percent-encoded once or twice (`%2F` or `%252F`; a space as `+`, `%20`, `%2B` or `%2520`),
///   JSON-escaped once or twice (a JSON body quoted inside another JSON string), the way PHP's
///   `json_encode` does it (`\/` and `\u00e9`), or as an HTML character reference. Each
///   character may take any of its spellings, so mixed encoders are matched too;
/// - for a secret of at least 6 bytes (shorter ones make patterns that other data matches by
///   chance), also the hex of its bytes (any case) and its base64 text, standard or URL-safe,
///   padded or not, at any of the 3 offsets it may have inside a larger base64 text (an HTTP
///   Basic value, a whole body encoded): every character that holds a bit of the secret is
///   redacted (those at its edges, which mix its first or last bits with the neighbouring
///   bytes', whatever the neighbours are), with the padding when the secret ends the encoded
///   text. The hex and
///   base64 texts are looked for of the secret as it is, JSON-escaped and form-encoded (how a
///   body carries it), each of their characters again in any of the spellings above.
///
/// Overlapping matches of several secrets are redacted as one. Not covered: base64 broken
/// into lines, hex with separators (`de:ad`, `\xde`), an encoding applied on top of base64 or
/// hex other than the spellings above, and other transformations (hashes, encryption,
/// compression).
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let patterns = Patterns::new(secrets);
    if patterns.is_empty() {
        return text.to_owned();
    }
    patterns.scan(text, None).0
}

/// The first [`EXCERPT_BYTES`] of a body as text, secrets removed, followed by
/// `… (<total> bytes)` when not all of it is shown.
///
/// Only the part that can be shown is read and redacted, so the cost does not grow with the
/// body. Each pattern of a secret (the secret itself, its hex and base64 texts) knows the
/// longest text it can match: the sum, over its characters, of their longest spelling (a
/// 4-byte character percent-encoded twice is 20 bytes, a base64 or hex digit JSON-escaped
/// twice as `\\u0041` is 7). A match that starts within the part read so far therefore ends
/// within that many bytes. The body is decoded as text up to the excerpt plus the longest
/// match (plus 4 bytes: a character cut at the end decodes as U+FFFD), and only starts that
/// leave room for a whole match are looked at; the scan stops as soon as the shown text is
/// full (more than [`EXCERPT_BYTES`]), so a body without secrets costs one scan of about
/// [`EXCERPT_BYTES`]. When redaction shrinks the text (a long spelling becomes `[redacted]`),
/// the shown part may need more of the body: the scan is done once more over 8 times the first
/// window, and if that is still not enough the excerpt is shorter than [`EXCERPT_BYTES`]. No
/// part of a spelling cut by the window is ever shown: the text stops before any start that
/// leaves no room for a whole match.
pub fn excerpt(body: &[u8], secrets: &[&str]) -> String {
    let patterns = Patterns::new(secrets);
    if patterns.is_empty() {
        let head = &body[..body.len().min(EXCERPT_BYTES + 4)];
        return truncate(&String::from_utf8_lossy(head), EXCERPT_BYTES, body.len());
    }
    let first = EXCERPT_BYTES + patterns.longest + 4;
    let mut window = first;
    loop {
        let head = &body[..body.len().min(window)];
        let whole = head.len() == body.len();
        let text = String::from_utf8_lossy(head);
        // A match starting before `safe` ends within what was decoded faithfully.
        let safe = if whole {
            text.len()
        } else {
            text.len().saturating_sub(patterns.longest + 4)
        };
        let (shown, complete) = patterns.scan(
            &text,
            Some(Limit {
                shown: EXCERPT_BYTES,
                safe,
            }),
        );
        if complete && shown.len() <= EXCERPT_BYTES {
            return shown;
        }
        if shown.len() <= EXCERPT_BYTES && !whole && window == first {
            // Redaction left the excerpt short of its length and more of the body could fill it.
            window = first.saturating_mul(8);
            continue;
        }
        return cut(&shown, EXCERPT_BYTES, body.len());
    }
}

/// Whether `text` holds a spelling of any of `secrets` that [`redact`] would remove: the check
/// made on every 2xx JSON answer (`hooks/echo.rs`), so it is made to be cheap.
///
/// The patterns of a list of secrets are built once and kept for the next calls (those of the
/// last 8 lists: a session token that changes makes a new list). Each pattern knows the
/// pairs of bytes a match of it can start with (both ASCII cases), so the scan looks at each
/// pair of neighbouring bytes in a bit table and tries the patterns only where one can start.
pub fn contains(text: &[u8], secrets: &[&str]) -> bool {
    if text.is_empty() || secrets.iter().all(|s| s.is_empty()) {
        return false;
    }
    cached(secrets).find(text)
}

/// How many lists of secrets [`contains`] keeps the patterns of.
const CACHED: usize = 8;

/// The patterns of the lists of secrets [`contains`] saw last, newest last.
static CACHE: std::sync::Mutex<Vec<(Vec<String>, std::sync::Arc<Patterns>)>> =
    std::sync::Mutex::new(Vec::new());

fn cached(secrets: &[&str]) -> std::sync::Arc<Patterns> {
    let mut cache = CACHE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let same = |key: &Vec<String>| key.len() == secrets.len() && key.iter().zip(secrets).all(|(a, b)| a == b);
    if let Some((_, patterns)) = cache.iter().rev().find(|(key, _)| same(key)) {
        return patterns.clone();
    }
    let patterns = std::sync::Arc::new(Patterns::new(secrets));
    if cache.len() >= CACHED {
        cache.remove(0);
    }
    cache.push((
        secrets.iter().map(|s| (*s).to_owned()).collect(),
        patterns.clone(),
    ));
    patterns
}

/// The first `limit` bytes of `text` (cut at a character boundary), followed by
/// `… (<total> bytes)` when it is longer.
pub(super) fn truncate(text: &str, limit: usize, total: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    cut(text, limit, total)
}

/// At most the first `limit` bytes of `text` (cut at a character boundary), followed by
/// `… (<total> bytes)`.
fn cut(text: &str, limit: usize, total: usize) -> String {
    let mut cut = limit.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… ({total} bytes)", &text[..cut])
}

/// Where [`Patterns::scan`] stops for an excerpt.
#[derive(Clone, Copy)]
struct Limit {
    /// Stop once more than this many bytes of output are known.
    shown: usize,
    /// Look at no match starting at or after this offset (the text after it is not shown).
    safe: usize,
}

/// The patterns of a list of secrets, indexed by the byte a match can start with.
struct Patterns {
    patterns: Vec<Pattern>,
    /// For each byte of a text, the patterns whose match can start with it (both ASCII cases).
    by_first: Vec<Vec<u32>>,
    /// The spellings of the non-ASCII characters in the patterns (ASCII ones are in [`ASCII`]),
    /// and of the classes of characters (`None`) at the edges of base64 texts.
    other: Vec<(Option<char>, Vec<Vec<u8>>)>,
    /// The longest text any pattern can match, in bytes.
    longest: usize,
    /// A bit for each pair of bytes (`first << 8 | second`) a match can start with.
    pairs: Box<[u64; 1 << 10]>,
    /// Whether a match can be a single byte (a one-character secret): then every byte is a
    /// start to try.
    single: bool,
    /// What [`Patterns::find`] looks for, see [`Literal`].
    literal: Literal,
}

/// The plan of [`Patterns::find`]. Every spelling of a character is the character itself (in
/// either ASCII case) or starts with one of a few bytes (`%`, `&`, `\`; `+` for a space). So a
/// match either is the required part of a pattern written literally (a `needle`), or holds one
/// of those bytes (an `escape`) within `window` bytes after its start. Needles are found by
/// looking at every `step`-th pair of bytes only (any needle is longer than `step`, so it
/// covers one): a pair that occurs in a needle (`bigrams`, in any ASCII case) is checked
/// against the needles at the offsets it occurs at (`at`, lowercase). Around each escape the text is scanned fully.
#[derive(Default)]
struct Literal {
    needles: Vec<Vec<u8>>,
    step: usize,
    bigrams: Vec<u64>,
    /// `(pair, needle, offset)`, sorted by pair (lowercase bytes).
    at: Vec<(u16, u32, u32)>,
    escapes: Vec<u8>,
    window: usize,
}

/// A sequence of characters, each with every way it may be spelled (lowercased), of which the
/// first `required` must match; a match goes on over the rest as far as it can.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Pattern {
    /// Each character: below 128 an ASCII character (its spellings in [`ASCII`]), otherwise
    /// `128 +` an index into [`Patterns::other`].
    chars: Vec<u32>,
    required: usize,
    /// Whether the pattern is another one with a character in front (the leading edge of a
    /// base64 text): any match of it contains a match of the other, so [`Patterns::find`]
    /// needs only the other.
    lead: bool,
}

/// The spellings of every ASCII character, built once (base64 and hex texts are all ASCII).
static ASCII: LazyLock<Vec<Vec<Vec<u8>>>> =
    LazyLock::new(|| (0u8..128).map(|b| char_spellings(char::from(b))).collect());

/// The longest spelling of each ASCII character.
static ASCII_LONGEST: LazyLock<Vec<usize>> = LazyLock::new(|| {
    ASCII
        .iter()
        .map(|spellings| spellings.iter().map(Vec::len).max().unwrap_or(0))
        .collect()
});

impl Patterns {
    fn new(secrets: &[&str]) -> Self {
        let mut this = Patterns {
            patterns: Vec::new(),
            by_first: Vec::new(),
            other: Vec::new(),
            longest: 0,
            pairs: Box::new([0; 1 << 10]),
            single: false,
            literal: Literal::default(),
        };
        for secret in secrets.iter().filter(|s| !s.is_empty()) {
            this.add(secret, secret.chars().count());
            if secret.len() < MIN_ENCODED_BYTES {
                continue;
            }
            for source in sources(secret) {
                this.add(&hex::encode(&source), usize::MAX);
                for base64 in base64_patterns(&source) {
                    this.add_base64(base64);
                }
            }
        }
        this.patterns.sort_unstable();
        this.patterns.dedup();
        let mut by_first: Vec<Vec<u32>> = vec![Vec::new(); 256];
        for (index, pattern) in this.patterns.iter().enumerate() {
            let index = u32::try_from(index).expect("fewer than 2^32 patterns");
            for spelling in this.spellings(pattern.chars[0]) {
                let first = spelling[0];
                for byte in [first, first.to_ascii_uppercase()] {
                    let list = &mut by_first[usize::from(byte)];
                    if list.last() != Some(&index) {
                        list.push(index);
                    }
                }
            }
        }
        this.by_first = by_first;
        this.starts();
        this.literal = this.plan();
        this.longest = this
            .patterns
            .iter()
            .map(|p| p.chars.iter().map(|&c| this.longest_spelling(c)).sum())
            .max()
            .unwrap_or(0);
        this
    }

    /// Fills [`Patterns::pairs`] and [`Patterns::single`]: for each pattern, the first two
    /// bytes of each spelling of its first character, or the first byte of one followed by the
    /// first byte of each spelling of its second character.
    fn starts(&mut self) {
        let mut pairs = std::mem::replace(&mut self.pairs, Box::new([0; 1 << 10]));
        let mut single = false;
        let mut set = |a: u8, b: u8| {
            for a in [a.to_ascii_lowercase(), a.to_ascii_uppercase()] {
                for b in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    let pair = usize::from(a) << 8 | usize::from(b);
                    pairs[pair >> 6] |= 1 << (pair & 63);
                }
            }
        };
        for pattern in self.patterns.iter().filter(|p| !p.lead) {
            for first in self.spellings(pattern.chars[0]) {
                if let [a, b, ..] = first[..] {
                    set(a, b);
                    continue;
                }
                if pattern.required <= 1 || pattern.chars.len() < 2 {
                    single = true;
                }
                if let Some(&second) = pattern.chars.get(1) {
                    for next in self.spellings(second) {
                        set(first[0], next[0]);
                    }
                }
            }
        }
        self.pairs = pairs;
        self.single = single;
    }

    /// The [`Literal`] plan of these patterns.
    fn plan(&self) -> Literal {
        let mut plan = Literal::default();
        let mut escapes = std::collections::BTreeSet::new();
        for pattern in self.patterns.iter().filter(|p| !p.lead) {
            let mut needle = Vec::new();
            let mut window = 0;
            for &id in &pattern.chars[..pattern.required] {
                let literal = self.literal_spelling(id);
                for spelling in self.spellings(id) {
                    if Some(spelling) != literal.as_ref() {
                        escapes.insert(spelling[0]);
                    }
                }
                needle.extend(literal.unwrap_or_default());
                window += self.longest_spelling(id);
            }
            plan.window = plan.window.max(window);
            plan.needles.push(needle);
        }
        plan.needles.sort();
        plan.needles.dedup();
        plan.escapes = escapes.into_iter().collect();
        plan.step = plan
            .needles
            .iter()
            .map(Vec::len)
            .min()
            .unwrap_or(0)
            .saturating_sub(1)
            .max(1);
        plan.bigrams = vec![0; 1 << 10];
        for (n, needle) in plan.needles.iter().enumerate() {
            for (offset, pair) in needle.windows(2).enumerate() {
                for a in [pair[0], pair[0].to_ascii_uppercase()] {
                    for b in [pair[1], pair[1].to_ascii_uppercase()] {
                        let key = u16::from_be_bytes([a, b]);
                        plan.bigrams[usize::from(key) >> 6] |= 1 << (key & 63);
                    }
                }
                let key = u16::from_be_bytes([pair[0], pair[1]]);
                let n = u32::try_from(n).unwrap_or(u32::MAX);
                plan.at.push((key, n, u32::try_from(offset).unwrap_or(u32::MAX)));
            }
        }
        plan.at.sort_unstable();
        plan
    }

    /// The spelling of a character that is the character itself (lowercase), if it has one (a
    /// class of characters has none).
    fn literal_spelling(&self, id: u32) -> Option<Vec<u8>> {
        match id.checked_sub(128) {
            None => Some(vec![u8::try_from(id).unwrap_or(0).to_ascii_lowercase()]),
            Some(index) => self.other[index as usize]
                .0
                .map(|c| c.to_ascii_lowercase().to_string().into_bytes()),
        }
    }

    /// Whether any pattern matches anywhere in `text` (see [`Literal`]).
    fn find(&self, text: &[u8]) -> bool {
        let plan = &self.literal;
        if self.single || plan.step < 2 {
            return self.scan_starts(text, 0, text.len());
        }
        // The needles, at every `step`-th pair.
        let mut p = 0;
        while p + 1 < text.len() {
            let key = u16::from_be_bytes([text[p], text[p + 1]]);
            if plan.bigrams[usize::from(key) >> 6] & (1 << (key & 63)) != 0 {
                let key =
                    u16::from_be_bytes([text[p].to_ascii_lowercase(), text[p + 1].to_ascii_lowercase()]);
                let from = plan.at.partition_point(|&(k, _, _)| k < key);
                for &(_, n, offset) in plan.at[from..].iter().take_while(|&&(k, _, _)| k == key) {
                    let needle = &plan.needles[n as usize];
                    if let Some(start) = p.checked_sub(offset as usize)
                        && text
                            .get(start..start + needle.len())
                            .is_some_and(|t| t.eq_ignore_ascii_case(needle))
                    {
                        return true;
                    }
                }
            }
            p += plan.step;
        }
        // Around every escape.
        let mut scanned = 0;
        let mut escapes: Vec<usize> = Vec::new();
        for group in plan.escapes.chunks(3) {
            match *group {
                [a] => escapes.extend(memchr::memchr_iter(a, text)),
                [a, b] => escapes.extend(memchr::memchr2_iter(a, b, text)),
                [a, b, c] => escapes.extend(memchr::memchr3_iter(a, b, c, text)),
                _ => {}
            }
        }
        if plan.escapes.len() > 3 {
            escapes.sort_unstable();
        }
        for q in escapes {
            let from = (q + 1).saturating_sub(plan.window).max(scanned);
            if self.scan_starts(text, from, q + 1) {
                return true;
            }
            scanned = q + 1;
        }
        false
    }

    /// Whether a pattern matches at a start in `from..to`.
    fn scan_starts(&self, text: &[u8], mut from: usize, to: usize) -> bool {
        let mut scratch = (Vec::new(), Vec::new());
        let mut at = |start: usize| {
            self.by_first[usize::from(text[start])].iter().any(|&p| {
                self.longest_match(&self.patterns[p as usize], text, start, &mut scratch)
                    .is_some()
            })
        };
        if self.single {
            return (from..to.min(text.len())).any(at);
        }
        // A start before `to` has its pair of bytes before `to + 1`.
        let head = &text[..(to + 1).min(text.len())];
        while let Some(start) = next_pair(&self.pairs, head, from) {
            if at(start) {
                return true;
            }
            from = start + 1;
        }
        false
    }

    /// Adds the characters of `text` as a pattern whose first `required` characters must match.
    fn add(&mut self, text: &str, required: usize) {
        let chars: Vec<u32> = text.chars().map(|c| self.char_id(c)).collect();
        if chars.is_empty() {
            return;
        }
        let required = required.clamp(1, chars.len());
        self.patterns.push(Pattern {
            chars,
            required,
            lead: false,
        });
    }

    /// Adds the patterns of one base64 text of a secret: its stable characters (required),
    /// then its trailing edge and padding, as they come; and the same with its leading edge in
    /// front.
    fn add_base64(&mut self, base64: Base64) {
        let mut chars: Vec<u32> = base64.stable.chars().map(|c| self.char_id(c)).collect();
        let required = chars.len().max(1);
        if !base64.tail.is_empty() {
            let tail = self.class_id(&base64.tail);
            chars.push(tail);
            chars.extend(std::iter::repeat_n(u32::from(b'='), base64.padding));
        }
        if !base64.lead.is_empty() {
            let lead = self.class_id(&base64.lead);
            self.patterns.push(Pattern {
                chars: [&[lead][..], &chars].concat(),
                required: required + 1,
                lead: true,
            });
        }
        self.patterns.push(Pattern {
            chars,
            required,
            lead: false,
        });
    }

    /// The id of a class of ASCII characters: each spelling of each of them.
    fn class_id(&mut self, members: &[char]) -> u32 {
        let mut spellings: Vec<Vec<u8>> = members
            .iter()
            .flat_map(|&c| ASCII[usize::from(u8::try_from(c).unwrap_or(0))].iter().cloned())
            .collect();
        spellings.sort();
        spellings.dedup();
        let index = match self
            .other
            .iter()
            .position(|(c, known)| c.is_none() && *known == spellings)
        {
            Some(index) => index,
            None => {
                self.other.push((None, spellings));
                self.other.len() - 1
            }
        };
        128 + u32::try_from(index).expect("fewer than 2^32 characters")
    }

    fn char_id(&mut self, c: char) -> u32 {
        if c.is_ascii() {
            return u32::from(c);
        }
        let index = match self.other.iter().position(|(known, _)| *known == Some(c)) {
            Some(index) => index,
            None => {
                self.other.push((Some(c), char_spellings(c)));
                self.other.len() - 1
            }
        };
        128 + u32::try_from(index).expect("fewer than 2^32 characters")
    }

    fn spellings(&self, id: u32) -> &[Vec<u8>] {
        match id.checked_sub(128) {
            None => &ASCII[id as usize],
            Some(index) => &self.other[index as usize].1,
        }
    }

    fn longest_spelling(&self, id: u32) -> usize {
        match id.checked_sub(128) {
            None => ASCII_LONGEST[id as usize],
            Some(index) => self.other[index as usize]
                .1
                .iter()
                .map(Vec::len)
                .max()
                .unwrap_or(0),
        }
    }

    fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// `text` with every match replaced by `[redacted]`, and whether all of it is there.
    ///
    /// Without a limit, all of `text`. With one, the scan stops at `limit.safe` or as soon as
    /// more than `limit.shown` bytes of output are known, whichever comes first; a match open
    /// at the stop is shown as `[redacted]` and nothing after it.
    fn scan(&self, text: &str, limit: Option<Limit>) -> (String, bool) {
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len().min(limit.map_or(usize::MAX, |l| l.shown + 16)));
        // `text[..copied]` is in `out`; `open` is the current run of overlapping matches.
        let mut copied = 0;
        let mut open: Option<(usize, usize)> = None;
        let mut scratch = (Vec::new(), Vec::new());
        let mut stopped = false;
        for (start, &byte) in bytes.iter().enumerate() {
            if let Some((from, to)) = open
                && start > to
            {
                out.push_str(&text[copied..from]);
                out.push_str(REDACTED);
                copied = to;
                open = None;
            }
            // Continuation bytes of a character never start a spelling.
            let candidates = &self.by_first[usize::from(byte)];
            if let Some(limit) = limit
                && text.is_char_boundary(start)
                && (start >= limit.safe || (open.is_none() && out.len() + (start - copied) > limit.shown))
            {
                if open.is_none() {
                    out.push_str(&text[copied..start]);
                    copied = start;
                }
                stopped = true;
                break;
            }
            let end = candidates
                .iter()
                .filter_map(|&p| self.longest_match(&self.patterns[p as usize], bytes, start, &mut scratch))
                .max();
            let Some(end) = end else { continue };
            match &mut open {
                Some((_, to)) => *to = (*to).max(end),
                None => open = Some((start, end)),
            }
        }
        if let Some((from, to)) = open {
            out.push_str(&text[copied..from]);
            out.push_str(REDACTED);
            copied = to;
        }
        if !stopped {
            out.push_str(&text[copied..]);
        }
        (out, !stopped)
    }

    /// The end of the longest match of `pattern` starting at `start`.
    fn longest_match(
        &self,
        pattern: &Pattern,
        text: &[u8],
        start: usize,
        (ends, next): &mut (Vec<usize>, Vec<usize>),
    ) -> Option<usize> {
        ends.clear();
        ends.push(start);
        let mut best = None;
        for (matched, &id) in pattern.chars.iter().enumerate() {
            next.clear();
            let spellings = self.spellings(id);
            for &at in ends.iter() {
                let rest = &text[at..];
                let Some(first) = rest.first().map(u8::to_ascii_lowercase) else {
                    continue;
                };
                // Spellings are lowercase and sorted: those that start with this byte are one run.
                let from = spellings.partition_point(|s| s[0] < first);
                for s in spellings[from..].iter().take_while(|s| s[0] == first) {
                    if rest.len() >= s.len() && rest[..s.len()].eq_ignore_ascii_case(s) {
                        next.push(at + s.len());
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            next.sort_unstable();
            next.dedup();
            std::mem::swap(ends, next);
            if matched + 1 >= pattern.required {
                best = ends.last().copied();
            }
        }
        best
    }
}

/// The first position at or after `from` where `text` has a pair of bytes set in `pairs`: the
/// hot loop of [`Patterns::find`], on its own so that it keeps everything in registers.
#[inline(never)]
fn next_pair(pairs: &[u64; 1 << 10], text: &[u8], from: usize) -> Option<usize> {
    let found = text.get(from..)?.windows(2).position(|w| {
        let pair = usize::from(u16::from_be_bytes([w[0], w[1]]));
        pairs[pair >> 6] & (1 << (pair & 63)) != 0
    })?;
    Some(from + found)
}

/// The texts of a secret whose hex and base64 are looked for: as it is (an HTTP Basic value,
/// a JSON body), JSON-escaped and form-encoded, without repeats.
fn sources(secret: &str) -> Vec<Vec<u8>> {
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json
        .strip_prefix('"')
        .and_then(|j| j.strip_suffix('"'))
        .unwrap_or(secret);
    let form: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let mut sources = vec![secret.as_bytes().to_vec()];
    for other in [json.as_bytes(), form.as_bytes()] {
        if !sources.iter().any(|s| s == other) {
            sources.push(other.to_vec());
        }
    }
    sources
}

/// One base64 text of a secret at one offset (see [`base64_patterns`]).
struct Base64 {
    /// The characters that depend on the secret alone.
    stable: String,
    /// The characters the one before them may be: it holds the secret's first 2 or 4 bits
    /// after bits of the byte before it (empty when the secret starts a 3-byte group).
    lead: Vec<char>,
    /// The characters the one after them may be: the secret's last 2 or 4 bits, then bits of
    /// the byte after it (empty when the secret ends a 3-byte group).
    tail: Vec<char>,
    /// The `=` an encoder writes when the secret ends the stream.
    padding: usize,
}

/// The base64 texts of `secret`: for each alphabet (standard, URL-safe) and each offset `k` of
/// the secret within a 3-byte group of the encoded stream (0, 1 or 2 bytes before it).
///
/// Character `i` of the encoding holds bits `6i..6i+6` of the stream and the secret is bits
/// `8k..8(k+n)`, so characters `ceil(8k/6)..floor(8(k+n)/6)` depend on the secret alone: they
/// are required. The character before them, when the secret starts inside it, holds `s` of the
/// secret's first bits below `6 - s` bits of the byte before: it is one of `2^(6 - s)`
/// characters, all of which match. The same for the character after them, which holds the
/// secret's last bits above the next byte's first ones (or zeros and `=` padding when the
/// secret ends the stream).
fn base64_patterns(secret: &[u8]) -> Vec<Base64> {
    const STANDARD_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let n = secret.len();
    let (Some(&head), Some(&last)) = (secret.first(), secret.last()) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(6);
    for (engine, alphabet) in [(&STANDARD, STANDARD_ALPHABET), (&URL_SAFE, URL_ALPHABET)] {
        let digit = |v: usize| char::from(alphabet[v & 63]);
        for k in 0..3 {
            let mut stream = vec![0u8; k];
            stream.extend_from_slice(secret);
            let encoded = engine.encode(&stream);
            let first = (8 * k).div_ceil(6);
            let stable_end = 8 * (k + n) / 6;
            // Bits of the secret in the character before the stable ones, and after.
            let s = 6 * first - 8 * k;
            let t = 8 * (k + n) - 6 * stable_end;
            let lead = if s == 0 {
                Vec::new()
            } else {
                let top = usize::from(head >> (8 - s));
                (0..1usize << (6 - s)).map(|x| digit(x << s | top)).collect()
            };
            let tail = if t == 0 {
                Vec::new()
            } else {
                let low = usize::from(last) & ((1 << t) - 1);
                (0..1usize << (6 - t))
                    .map(|y| digit(low << (6 - t) | y))
                    .collect()
            };
            out.push(Base64 {
                stable: encoded[first..stable_end].to_owned(),
                lead,
                tail,
                padding: (3 - (k + n) % 3) % 3,
            });
        }
    }
    out
}

/// Every way one character of a secret may be spelled in a body, lowercased: as is,
/// percent-encoded once or twice, JSON-escaped once or twice (plain or PHP style), and as an
/// HTML reference.
fn char_spellings(c: char) -> Vec<Vec<u8>> {
    let literal = c.to_ascii_lowercase().to_string();
    let mut utf8 = [0u8; 4];
    let percent: String = c
        .encode_utf8(&mut utf8)
        .bytes()
        .map(|b| format!("%{b:02x}"))
        .collect();
    let mut all = vec![
        // Percent-encoded twice: `%` becomes `%25` (`%2F` → `%252F`, `%20` → `%2520`).
        percent.replace('%', "%25"),
        percent,
        format!("&#{};", u32::from(c)),
        format!("&#x{:x};", u32::from(c)),
    ];
    let named: &[&str] = match c {
        // A space form-encoded as `+`, and that `+` percent-encoded again.
        ' ' => &["+", "%2b"],
        '&' => &["&amp;"],
        '"' => &["&quot;"],
        '\'' => &["&#039;", "&apos;"],
        '<' => &["&lt;"],
        '>' => &["&gt;"],
        _ => &[],
    };
    all.extend(named.iter().map(|s| (*s).to_owned()));
    // JSON (`/` escaped or not, non-ASCII as `\uXXXX` or not), then the same text escaped once
    // more as a JSON string, with or without PHP's `\/`.
    let mut json = vec![literal];
    let short = match c {
        '"' => Some("\\\""),
        '\\' => Some("\\\\"),
        '/' => Some("\\/"),
        '\u{8}' => Some("\\b"),
        '\u{c}' => Some("\\f"),
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\t' => Some("\\t"),
        _ => None,
    };
    json.extend(short.map(str::to_owned));
    let mut units = [0u16; 2];
    json.push(
        c.encode_utf16(&mut units)
            .iter()
            .map(|u| format!("\\u{u:04x}"))
            .collect(),
    );
    let twice: Vec<String> = json
        .iter()
        .flat_map(|s| [escape_json(s, false), escape_json(s, true)])
        .collect();
    all.extend(json);
    all.extend(twice);
    // An escaped form percent-encoded on top (`\"` as `%5C%22`, `&quot;` as `%26quot%3B`).
    let escaped: Vec<String> = all
        .iter()
        .filter(|s| s.contains(['\\', '&']))
        .map(|s| percent_encode(s))
        .collect();
    all.extend(escaped);
    let mut all: Vec<Vec<u8>> = all
        .into_iter()
        .map(|s| s.to_ascii_lowercase().into_bytes())
        .collect();
    all.sort();
    all.dedup();
    all
}

/// `text` with every byte but ASCII letters and digits percent-encoded.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02x}")
            }
        })
        .collect()
}

/// `text` escaped as the inside of a JSON string (`\` and `"`; `/` too when `slashes`).
fn escape_json(text: &str, slashes: bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '/' if slashes => out.push_str("\\/"),
            c => out.push(c),
        }
    }
    out
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_every_secret_and_ignores_empty_ones() {
        assert_eq!(
            redact("a=s3cr3t&b=s3cr3t&c=salt", &["s3cr3t", "", "salt"]),
            "a=[redacted]&b=[redacted]&c=[redacted]"
        );
    }

    #[test]
    fn redacts_any_case_and_json_escaped_spellings() {
        assert_eq!(redact("я-ABCdef-я", &["abcDEF"]), "я-[redacted]-я");
        assert_eq!(redact(r#"{"e":"S\/é\"q"}"#, &["S/é\"q"]), r#"{"e":"[redacted]"}"#);
        assert_eq!(redact(r#"{"e":"S\/\u00e9"}"#, &["S/é"]), r#"{"e":"[redacted]"}"#);
        assert_eq!(redact(r#"{"e":"S/\u00e9"}"#, &["S/é"]), r#"{"e":"[redacted]"}"#);
    }

    #[test]
    fn redacts_url_encoded_html_and_doubly_escaped_spellings() {
        let secret = "pk/T+k=é \"q'&";
        for spelled in [
            "pk%2FT%2Bk%3D%C3%A9+%22q%27%26",
            "PK%2ft%2bK%3d%c3%a9%20%22Q%27%26",
            // encodeURIComponent leaves `'` as it is: characters are matched one by one.
            "pk%2FT%2Bk%3D%C3%A9%20%22q'%26",
            r#"pk\\/T+k=\\u00e9 \\\"q'&"#,
            r#"pk\\\/T+k=é \\\"q'&"#,
            "pk/T+k=é &quot;q&#039;&amp;",
            "pk&#x2f;T+k=&#233; &quot;q&apos;&amp;",
        ] {
            assert_eq!(
                redact(&format!("a {spelled} b"), &[secret]),
                "a [redacted] b",
                "{spelled}"
            );
        }
        // Outside a secret, nothing changes.
        assert_eq!(redact("a%2Fb+c", &[secret]), "a%2Fb+c");
    }

    #[test]
    fn redacts_escaped_spellings_percent_encoded_on_top() {
        let secret = "pk/T\"k\\é&<";
        for spelled in [
            // JSON-escaped, then percent-encoded (`\"` as `%5C%22`), in either case.
            "pk%5C%2FT%5C%22k%5C%5C%5Cu00e9&<",
            "pk%5c%2fT%5c%22k%5c%5c%5CU00E9%26%3C",
            // JSON-escaped twice, then percent-encoded.
            "pk%5C%5C%5C%2FT%5C%5C%5C%22k%5C%5C%5C%5C%5C%5Cu00e9&<",
            // HTML references, percent-encoded.
            "pk&#47;T%26quot%3Bk%26%2392%3B%26%23xe9%3B%26amp%3B%26lt%3B",
        ] {
            assert_eq!(
                redact(&format!("a {spelled} b"), &[secret]),
                "a [redacted] b",
                "{spelled}"
            );
        }
        assert!(!contains(b"x %5C%22", &["\"q"]));
        assert!(contains(b"x q%5C%22z", &["q\"z"]));
    }

    #[test]
    fn contains_finds_what_redact_removes_and_nothing_else() {
        let secret = "Tok/3Vq+9Zs=Wn";
        let body = serde_json::json!({"a": 1, "b": "plain text", "c": [1.5, "x"]}).to_string();
        assert!(!contains(body.as_bytes(), &[secret]));
        for spelled in [
            secret.to_owned(),
            "tok%2F3vq%2B9zs%3Dwn".to_owned(),
            "Tok\\/3Vq+9Zs=Wn".to_owned(),
            hex::encode(secret),
            STANDARD.encode(format!("user:{secret}")),
        ] {
            let text = format!("{{\"echo\": \"{spelled}\"}}");
            assert!(contains(text.as_bytes(), &[secret]), "{spelled}");
            assert_ne!(redact(&text, &[secret]), text, "{spelled}");
        }
        // A one-character secret: any single byte may be a match.
        assert!(contains(b"abc", &["c"]));
        assert!(!contains(b"abd", &["c"]));
        assert!(!contains(b"", &["c"]));
        assert!(!contains(b"abc", &[""]));
    }

    #[test]
    fn overlapping_secrets_are_redacted_as_one() {
        assert_eq!(redact("x-abcdef-y", &["abcd", "cdef"]), "x-[redacted]-y");
        assert_eq!(
            redact("x-abcd-cdef-y", &["cdef", "abcd"]),
            "x-[redacted]-[redacted]-y"
        );
    }

    #[test]
    fn excerpt_redacts_before_cutting_and_respects_char_boundaries() {
        let secret = "x".repeat(20);
        let body = format!("{}{}", "я".repeat(300), secret);
        let e = excerpt(body.as_bytes(), &[&secret]);
        assert!(!e.contains(&secret[..10]), "{e}");
        assert!(e.ends_with(&format!("… ({} bytes)", body.len())), "{e}");
        assert_eq!(excerpt(b"short", &[]), "short");
    }

    #[test]
    fn excerpt_redacts_only_what_it_shows_and_still_catches_a_secret_across_the_cut() {
        let secret = "Sécret/Key-0123456789";
        // The secret, spelled at its longest (escaped twice), starts just before the cut.
        let spelled: String = secret
            .chars()
            .map(|c| format!("\\\\u{:04x}", u32::from(c)))
            .collect();
        let body = format!(
            "{}{spelled}{}",
            "a".repeat(EXCERPT_BYTES - 12),
            "b".repeat(1 << 20)
        );
        let e = excerpt(body.as_bytes(), &[secret]);
        let shown = format!(
            "{}[redacted]bb… ({} bytes)",
            "a".repeat(EXCERPT_BYTES - 12),
            body.len()
        );
        assert_eq!(e, shown);
        assert!(e.ends_with(&format!("… ({} bytes)", body.len())), "{e}");
        assert!(!e.contains("\\\\u"), "no part of the spelling is shown: {e}");
        // Many secrets redacted away at the start: the excerpt still says the body goes on.
        let body = format!("{}{}", "k".repeat(100), "c".repeat(10_000));
        let e = excerpt(body.as_bytes(), &["kkkkkkkkkk"]);
        assert!(e.starts_with("[redacted]ccc"), "{e}");
        assert!(e.ends_with("… (10100 bytes)"), "{e}");
    }

    // ---- base64, hex, percent-encoded twice ----------------------------------------------

    use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
    use proptest::prelude::*;

    /// `blob` with every character that holds a bit of the secret redacted: what `redact` must
    /// give for the base64 of `prefix ++ secret ++ suffix` (see `base64_patterns`), computed
    /// from the offsets alone. With no suffix, the padding goes too.
    fn expected_base64(blob: &str, prefix: usize, n: usize, suffix: usize) -> String {
        let first = 8 * prefix / 6;
        let end = if suffix == 0 {
            blob.len()
        } else {
            (8 * (prefix + n)).div_ceil(6)
        };
        format!("{}[redacted]{}", &blob[..first], &blob[end..])
    }

    #[test]
    fn redacts_base64_at_each_offset_in_both_alphabets_padded_or_not() {
        // `>`, `?` and `ÿ` put `+`/`/` (or `-`/`_`) into the encodings.
        let secret = "P4ss>w?rd/ÿ~";
        for engine in [&STANDARD, &URL_SAFE, &STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
            for prefix in 0..6 {
                for suffix in [0, 1, 2, 4] {
                    // 0xff around the secret: no bit of a neighbour looks like the zero fill.
                    let mut stream = vec![0xff; prefix];
                    stream.extend_from_slice(secret.as_bytes());
                    stream.extend(std::iter::repeat_n(0xfe, suffix));
                    let blob = engine.encode(&stream);
                    let expected = expected_base64(&blob, prefix, secret.len(), suffix);
                    assert_eq!(
                        redact(&format!("<{blob}>"), &[secret]),
                        format!("<{expected}>"),
                        "prefix {prefix}, suffix {suffix}: {blob}"
                    );
                }
            }
        }
    }

    #[test]
    fn redacts_base64_in_a_basic_value_and_in_an_encoded_json_or_form_body() {
        let password = "s3cr\"t/pass é";
        // Users of 1, 2 and 3 bytes put the password at each of the 3 offsets.
        for user in ["u", "us", "usr"] {
            let blob = STANDARD.encode(format!("{user}:{password}"));
            let expected = expected_base64(&blob, user.len() + 1, password.len(), 0);
            assert_eq!(
                redact(&format!("Authorization: Basic {blob}"), &[password]),
                format!("Authorization: Basic {expected}"),
            );
        }
        // A whole JSON body echoed in base64: the password inside is JSON-escaped.
        let body = serde_json::json!({"login": "u", "password": password}).to_string();
        let blob = URL_SAFE_NO_PAD.encode(&body);
        let json = serde_json::to_string(password).unwrap();
        let at = body.find(&json).unwrap() + 1;
        let escaped = json.len() - 2;
        assert_eq!(
            redact(&blob, &[password]),
            expected_base64(&blob, at, escaped, body.len() - at - escaped)
        );
        // A form body, echoed as base64 and then percent-encoded in a query string.
        let body = "login=u&password=s3cr%22t%2Fpass+%C3%A9&x=1";
        let blob = STANDARD.encode(body);
        let at = body.find("s3cr").unwrap();
        let form = "s3cr%22t%2Fpass+%C3%A9".len();
        let expected = expected_base64(&blob, at, form, body.len() - at - form);
        let query = |s: &str| s.replace('+', "%2B").replace('/', "%2F").replace('=', "%3D");
        assert_eq!(redact(&query(&blob), &[password]), query(&expected));
    }

    #[test]
    fn redacts_hex_in_either_case() {
        let secret = "tok/€n-1";
        let lower = hex::encode(secret);
        let upper = lower.to_ascii_uppercase();
        let mixed: String = lower
            .chars()
            .enumerate()
            .map(|(i, c)| if i % 3 == 0 { c.to_ascii_uppercase() } else { c })
            .collect();
        for spelled in [&lower, &upper, &mixed] {
            assert_eq!(redact(&format!("0a0b{spelled}0c"), &[secret]), "0a0b[redacted]0c");
        }
        // The hex of a JSON body carrying it (the secret JSON-escaped has no `\` here).
        let body = format!("{{\"token\":\"{secret}\"}}");
        assert_eq!(
            redact(&hex::encode_upper(&body), &[secret]),
            format!(
                "{}[redacted]{}",
                hex::encode_upper("{\"token\":\""),
                hex::encode_upper("\"}")
            )
        );
    }

    #[test]
    fn redacts_percent_encoded_twice_and_mixed_with_once() {
        let secret = "pk/T+k=é \"q'&%";
        for spelled in [
            "pk%252FT%252Bk%253D%25C3%25A9%2B%2522q%2527%2526%2525",
            "pk%252ft%252bK%253d%25c3%25a9%2520%2522Q%2527%2526%2525",
            // Mixed: once, twice and literal, character by character; a space as `%2B`.
            "pk%2FT%252Bk=%C3%A9%2B%22q%2527&%25",
            "pk%252FT+k%3D%25C3%25A9%2520\"q'%2526%2525",
        ] {
            assert_eq!(
                redact(&format!("a {spelled} b"), &[secret]),
                "a [redacted] b",
                "{spelled}"
            );
        }
        assert_eq!(redact("a%252Fb%2Bc", &[secret]), "a%252Fb%2Bc");
    }

    #[test]
    fn a_secret_shorter_than_the_minimum_is_not_looked_for_in_base64_or_hex() {
        let short = "pw123";
        assert_eq!(short.len(), MIN_ENCODED_BYTES - 1);
        let (b64, hex) = (STANDARD.encode(short), hex::encode(short));
        assert_eq!(
            redact(&format!("{b64} {hex} {short}"), &[short]),
            format!("{b64} {hex} [redacted]")
        );
        let six = "pw1234";
        assert_eq!(
            redact(&format!("{} {}", STANDARD.encode(six), hex::encode(six)), &[six]),
            "[redacted] [redacted]"
        );
    }

    #[test]
    fn excerpt_window_covers_the_longest_spellings() {
        // A 4-byte character JSON-escaped twice and then percent-encoded
        // (`%5C%5Cud83d%5C%5Cude00`) is 22 bytes: the longest spelling of one.
        let secret = "😀k😀";
        let twice = "%25F0%259F%2598%2580k%25F0%259F%2598%2580";
        // Below 6 bytes a secret has no hex or base64 pattern: its longest match is the sum.
        assert_eq!(Patterns::new(&["😀"]).longest, 22);
        assert_eq!(Patterns::new(&["😀k"]).longest, 22 + "%26%23107%3B".len());
        // Above, the hex of the form-encoded secret (`%F0%9F%98%80k…`, 25 bytes, 50 digits)
        // is the longest: 12 bytes a digit (`&#x30;` percent-encoded, `%26%23x30%3B`).
        assert_eq!(Patterns::new(&[secret]).longest, 50 * 12);
        // Hex of the secret, each digit at its longest (12 bytes), starting before the cut.
        let long = "Key/é-0123";
        let hex_spelled: String = hex::encode(long)
            .chars()
            .map(|c| format!("%26%23x{:x}%3B", u32::from(c)))
            .collect();
        for (secret, spelled) in [(secret, twice.to_owned()), (long, hex_spelled)] {
            for before in [1, 7, 30] {
                let body = format!(
                    "{}{spelled}{}",
                    ".".repeat(EXCERPT_BYTES - before),
                    ".".repeat(10_000)
                );
                let shown = format!(
                    "{}[redacted]{}",
                    ".".repeat(EXCERPT_BYTES - before),
                    ".".repeat(40)
                );
                let shown = &shown[..EXCERPT_BYTES];
                assert_eq!(
                    excerpt(body.as_bytes(), &[secret]),
                    format!("{shown}… ({} bytes)", body.len()),
                    "{spelled}"
                );
            }
        }
    }

    #[test]
    fn excerpt_shows_no_part_of_a_spelling_when_secrets_shrink_the_text() {
        // Many long spellings in a row: each becomes 10 bytes, so the shown text reaches far
        // into the body; a spelling cut by the window must not slide into what is shown.
        let secret = "Sécret/Key-0123456789";
        let spelled: String = secret
            .chars()
            .map(|c| format!("\\\\u{:04x}", u32::from(c)))
            .collect();
        let body = format!("{}{}", format!("{spelled}-").repeat(200), ".".repeat(10_000));
        let e = excerpt(body.as_bytes(), &[secret]);
        let marker = format!("… ({} bytes)", body.len());
        let shown = e.strip_suffix(&marker).expect("the body goes on");
        assert!("[redacted]-".repeat(200).starts_with(shown), "{e}");
        assert!(
            shown.len() > EXCERPT_BYTES / 2,
            "the second window fills most of it: {e}"
        );
    }

    /// A character of a secret spelled the way encoder `how` would (independent of
    /// `char_spellings`; `how` wraps over the encoders).
    fn spell(c: char, how: usize) -> String {
        let mut utf8 = [0; 4];
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        let percent: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let mut units = [0; 2];
        let u: String = c
            .encode_utf16(&mut units)
            .iter()
            .map(|u| format!("\\u{u:04X}"))
            .collect();
        let encoders = [
            c.to_ascii_uppercase().to_string(),
            c.to_ascii_lowercase().to_string(),
            percent.to_ascii_lowercase(),
            percent.replace('%', "%25"),
            if c == ' ' { "+".to_owned() } else { percent.clone() },
            if c == ' ' {
                "%2B".to_owned()
            } else {
                percent.replace('%', "%25")
            },
            u.clone(),
            u.replace('\\', "\\\\"),
            match c {
                '/' => "\\/".to_owned(),
                '"' => "\\\"".to_owned(),
                '\\' => "\\\\".to_owned(),
                c => c.to_string(),
            },
            match c {
                '/' => "\\\\\\/".to_owned(),
                '"' => "\\\\\\\"".to_owned(),
                '\\' => "\\\\\\\\".to_owned(),
                c => c.to_string(),
            },
            format!("&#{};", u32::from(c)),
            format!("&#X{:X};", u32::from(c)),
            // An escape percent-encoded on top: `%5C%22`, `%5Cu00E9`, `%26%23233%3B`.
            match c {
                '/' => "%5C%2F".to_owned(),
                '"' => "%5C%22".to_owned(),
                '\\' => "%5c%5C".to_owned(),
                _ => u.replace('\\', "%5C"),
            },
            u.replace('\\', "%5C%5c"),
            format!("%26%23{}%3B", u32::from(c)),
            format!("%26%23x{:x}%3b", u32::from(c)),
        ];
        encoders[how % encoders.len()].clone()
    }

    fn secret_strategy() -> impl Strategy<Value = String> {
        let alphabet: Vec<char> = "aZ09/+=_-\"'&<> %~\\éЖ€😀".chars().collect();
        prop::collection::vec(prop::sample::select(alphabet), 6..24)
            .prop_map(|chars| chars.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_spelling_of_any_secret_is_redacted(
            secret in secret_strategy(),
            hows in prop::collection::vec(any::<usize>(), 24),
        ) {
            let spelled: String = secret.chars().zip(&hows).map(|(c, &h)| spell(c, h)).collect();
            prop_assert_eq!(redact(&format!("«{spelled}»"), &[&secret]), "«[redacted]»");
            prop_assert!(contains(format!("«{spelled}»").as_bytes(), &[&secret]), "{}", spelled);
            // Cut anywhere, it is no spelling any more (a secret of one repeated character
            // aside, which its own prefix may spell).
            if spelled.len() > 1 && secret.chars().collect::<std::collections::BTreeSet<_>>().len() > 1 {
                let mut cut = spelled.len() / 2;
                while !spelled.is_char_boundary(cut) {
                    cut -= 1;
                }
                let text = format!("«{}", &spelled[..cut]);
                prop_assert_eq!(contains(text.as_bytes(), &[&secret]), redact(&text, &[&secret]) != text);
            }
        }

        #[test]
        fn base64_of_any_secret_at_any_offset_is_redacted(
            secret in secret_strategy(),
            prefix in prop::collection::vec(any::<u8>(), 0..8),
            suffix in prop::collection::vec(any::<u8>(), 0..8),
            alphabet in 0..4usize,
        ) {
            let engine = [&STANDARD, &URL_SAFE, &STANDARD_NO_PAD, &URL_SAFE_NO_PAD][alphabet];
            let stream = [&prefix[..], secret.as_bytes(), &suffix[..]].concat();
            let blob = engine.encode(&stream);
            prop_assert!(contains(blob.as_bytes(), &[&secret]), "{}", blob);
            let out = redact(&format!("<{blob}>"), &[&secret]);
            let at = out.find("[redacted]").expect("redacted");
            let (left, right) = (&out[1..at], &out[at + 10..out.len() - 1]);
            // Every character that holds a bit of the secret is gone; what stays are
            // neighbours' characters only.
            prop_assert!(blob.starts_with(left) && left.len() <= 8 * prefix.len() / 6, "{}", out);
            let end = (8 * (prefix.len() + secret.len())).div_ceil(6);
            prop_assert!(blob.ends_with(right) && blob.len() - right.len() >= end, "{}", out);
        }

        #[test]
        fn hex_of_any_secret_in_any_case_is_redacted(
            secret in secret_strategy(),
            prefix in prop::collection::vec(any::<u8>(), 0..8),
            upper in prop::collection::vec(any::<bool>(), 200),
        ) {
            let hex: String = hex::encode([&prefix[..], secret.as_bytes(), b"\xff"].concat())
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            let out = redact(&hex, &[&secret]);
            let at = out.find("[redacted]").expect("redacted");
            prop_assert!(hex.starts_with(&out[..at]) && at <= 2 * prefix.len(), "{}", out);
            prop_assert!(out.ends_with(&hex[hex.len() - 2..]), "{}", out);
        }

        #[test]
        fn an_excerpt_never_shows_part_of_a_spelling_across_its_cut(
            secret in secret_strategy(),
            hows in prop::collection::vec(any::<usize>(), 24),
            before in 0..40usize,
            as_hex in any::<bool>(),
        ) {
            let spelled: String = if as_hex {
                hex::encode(&secret).chars().zip(hows.iter().cycle()).map(|(c, &h)| spell(c, h)).collect()
            } else {
                secret.chars().zip(&hows).map(|(c, &h)| spell(c, h)).collect()
            };
            let dots = EXCERPT_BYTES.saturating_sub(before);
            let body = format!("{}{spelled}{}", ".".repeat(dots), ".".repeat(5_000));
            let full = format!("{}[redacted]{}", ".".repeat(dots), ".".repeat(5_000));
            prop_assert_eq!(
                excerpt(body.as_bytes(), &[&secret]),
                format!("{}… ({} bytes)", &full[..EXCERPT_BYTES], body.len())
            );
        }
    }
}
