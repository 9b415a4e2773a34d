//! Secrets out of every text that leaves the client: [`redact`] and [`excerpt`].

use super::EXCERPT_BYTES;

/// Replaces every non-empty secret in `text` with `[redacted]`, however a server may have
/// spelled it: in any ASCII case (a server may echo an md5 hex in upper case), percent-encoded
/// (`%2F`, `+` or `%20` for a space), JSON-escaped once or twice (a JSON body quoted inside
/// another JSON string), the way PHP's `json_encode` does it (`\/` and `\u00e9`), or as HTML
/// character references. Each character of a secret may take any of its spellings, so mixed
/// encoders are matched too; overlapping matches of several secrets are redacted as one.
pub fn redact(text: &str, secrets: &[&str]) -> String {
    let patterns: Vec<Pattern> = secrets
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| Pattern::new(s))
        .collect();
    if patterns.is_empty() {
        return text.to_owned();
    }
    // ASCII lowercasing keeps byte offsets, so positions found in `lower` apply to `text`;
    // every spelling starts and ends on a character boundary.
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for start in 0..bytes.len() {
        let end = patterns
            .iter()
            .filter(|p| p.first[usize::from(bytes[start])])
            .filter_map(|p| p.longest_match(bytes, start))
            .max();
        let Some(end) = end else { continue };
        match found.last_mut() {
            Some((_, last)) if start <= *last => *last = (*last).max(end),
            _ => found.push((start, end)),
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in found {
        out.push_str(&text[last..start]);
        out.push_str("[redacted]");
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// A secret as a sequence of characters, each with every way it may be spelled (lowercased).
struct Pattern {
    chars: Vec<Vec<Vec<u8>>>,
    /// The bytes a match can start with.
    first: [bool; 256],
}

impl Pattern {
    fn new(secret: &str) -> Self {
        let chars: Vec<Vec<Vec<u8>>> = secret.chars().map(char_spellings).collect();
        let mut first = [false; 256];
        for spelling in chars.first().into_iter().flatten() {
            first[usize::from(spelling[0])] = true;
        }
        Pattern { chars, first }
    }

    /// The end of the longest match starting at `start` in the lowercased `text`.
    fn longest_match(&self, text: &[u8], start: usize) -> Option<usize> {
        // Most starts fail on the first character: collecting nothing allocates nothing.
        let mut ends: Vec<usize> = self.chars[0]
            .iter()
            .filter(|s| text[start..].starts_with(s))
            .map(|s| start + s.len())
            .collect();
        if ends.is_empty() {
            return None;
        }
        for spellings in &self.chars[1..] {
            let mut next: Vec<usize> = ends
                .iter()
                .flat_map(|&at| {
                    spellings
                        .iter()
                        .filter(move |s| text[at..].starts_with(s))
                        .map(move |s| at + s.len())
                })
                .collect();
            if next.is_empty() {
                return None;
            }
            next.sort_unstable();
            next.dedup();
            ends = next;
        }
        ends.last().copied()
    }
}

/// Every way one character of a secret may be spelled in a body, lowercased: as is,
/// percent-encoded, JSON-escaped once or twice (plain or PHP style), and as an HTML reference.
fn char_spellings(c: char) -> Vec<Vec<u8>> {
    let literal = c.to_ascii_lowercase().to_string();
    let mut utf8 = [0u8; 4];
    let mut all = vec![
        c.encode_utf8(&mut utf8)
            .bytes()
            .map(|b| format!("%{b:02x}"))
            .collect::<String>(),
        format!("&#{};", u32::from(c)),
        format!("&#x{:x};", u32::from(c)),
    ];
    let named: &[&str] = match c {
        ' ' => &["+"],
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
    let mut all: Vec<Vec<u8>> = all
        .into_iter()
        .map(|s| s.to_ascii_lowercase().into_bytes())
        .collect();
    all.sort();
    all.dedup();
    all
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

/// The first `limit` bytes of `text` (cut at a character boundary), followed by
/// `… (<total> bytes)` when it is longer.
pub(super) fn truncate(text: &str, limit: usize, total: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}… ({total} bytes)", &text[..cut])
}

/// The longest spelling [`char_spellings`] gives one character (a surrogate pair escaped
/// twice as `\\ud83d\\ude00` is 14 bytes).
const MAX_SPELLING_BYTES: usize = 16;

/// The first [`EXCERPT_BYTES`] of a body as text, secrets removed.
///
/// Only the part that can be shown is redacted: a spelling of a secret that starts within the
/// excerpt ends within 16 bytes per character of the secret, so the cost does not
/// grow with the body.
pub fn excerpt(body: &[u8], secrets: &[&str]) -> String {
    let longest = secrets.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let window = EXCERPT_BYTES + longest * MAX_SPELLING_BYTES + 4;
    let head = &body[..body.len().min(window)];
    // Redact before cutting, so a secret across the cut cannot leak half of itself.
    let redacted = redact(&String::from_utf8_lossy(head), secrets);
    if head.len() < body.len() && redacted.len() <= EXCERPT_BYTES {
        // Redaction shortened the head below the limit: still say the body goes on.
        return format!("{redacted}… ({} bytes)", body.len());
    }
    truncate(&redacted, EXCERPT_BYTES, body.len())
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
}
