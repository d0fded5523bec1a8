//! Translation of a parsed Python pattern into the syntax of the `regex-automata` crate (the
//! linear-time engine), spelling out Python's meaning of each construct: `\w`, `\d` and `\s` as
//! Python defines them, `$` without MULTILINE as `\z` (the caller only uses this translation when
//! the subject does not end with a newline), every literal escaped.

use std::fmt::Write;

use super::parse::{Assert, Category, CharSet, Node, RepeatKind, SetItem};

/// Appends a literal character, escaped for `regex-syntax`.
fn lit(out: &mut String, c: u32, utf8: bool) {
    if c < 128 && (c as u8).is_ascii_alphanumeric() {
        out.push(c as u8 as char);
    } else if utf8 {
        let _ = write!(out, "\\x{{{c:X}}}");
    } else {
        // Bytes patterns run with Unicode off: `\xHH` is a byte.
        let _ = write!(out, "\\x{c:02X}");
    }
}

fn push_cat(out: &mut String, cat: Category, ascii: bool) {
    let s = match (cat, ascii) {
        (Category::Digit, true) => "0-9",
        (Category::NotDigit, true) => "[^0-9]",
        (Category::Space, true) => "\\t\\n\\x0B\\x0C\\r ",
        (Category::NotSpace, true) => "[^\\t\\n\\x0B\\x0C\\r ]",
        (Category::Word, true) => "0-9A-Za-z_",
        (Category::NotWord, true) => "[^0-9A-Za-z_]",
        (Category::Digit, false) => "\\p{Nd}",
        (Category::NotDigit, false) => "\\P{Nd}",
        (Category::Space, false) => "\\s\\x{1C}-\\x{1F}",
        (Category::NotSpace, false) => "[^\\s\\x{1C}-\\x{1F}]",
        (Category::Word, false) => "\\p{L}\\p{N}_",
        (Category::NotWord, false) => "[^\\p{L}\\p{N}_]",
    };
    out.push_str(s);
}

/// Adds the other-case ASCII counterparts of a set's letters (ASCII-only case folding).
fn ascii_case_items(items: &[SetItem]) -> Vec<SetItem> {
    let mut extra = Vec::new();
    let overlap = |lo: u32, hi: u32, a: u8, z: u8| -> Option<(u32, u32)> {
        let (s, e) = (lo.max(a as u32), hi.min(z as u32));
        (s <= e).then_some((s, e))
    };
    for item in items {
        let (lo, hi) = match item {
            SetItem::Char(c) => (*c, *c),
            SetItem::Range(lo, hi) => (*lo, *hi),
            SetItem::Cat(_) => continue,
        };
        if let Some((s, e)) = overlap(lo, hi, b'a', b'z') {
            extra.push(SetItem::Range(s - 32, e - 32));
        }
        if let Some((s, e)) = overlap(lo, hi, b'A', b'Z') {
            extra.push(SetItem::Range(s + 32, e + 32));
        }
    }
    extra
}

/// `i`, `I`, `İ` (U+0130) and `ı` (U+0131) all match each other case-insensitively in sre;
/// Unicode simple case folding leaves the last two apart.
const TURKIC_I: [u32; 4] = [0x69, 0x49, 0x130, 0x131];

fn has_turkic_i(items: &[SetItem]) -> bool {
    items.iter().any(|item| match item {
        SetItem::Char(c) => TURKIC_I.contains(c),
        SetItem::Range(lo, hi) => TURKIC_I.iter().any(|c| lo <= c && c <= hi),
        SetItem::Cat(_) => false,
    })
}

fn push_set(out: &mut String, set: &CharSet, utf8: bool) {
    let unicode_fold = set.icase && !set.ascii;
    if unicode_fold {
        out.push_str("(?i:");
    }
    out.push('[');
    if set.negated {
        out.push('^');
    }
    let extra = if set.icase && set.ascii {
        ascii_case_items(&set.items)
    } else if unicode_fold && has_turkic_i(&set.items) {
        TURKIC_I.iter().map(|c| SetItem::Char(*c)).collect()
    } else {
        Vec::new()
    };
    for item in set.items.iter().chain(extra.iter()) {
        match item {
            SetItem::Char(c) => lit(out, *c, utf8),
            SetItem::Range(lo, hi) => {
                lit(out, *lo, utf8);
                out.push('-');
                lit(out, *hi, utf8);
            }
            SetItem::Cat(cat) => push_cat(out, *cat, set.ascii),
        }
    }
    out.push(']');
    if unicode_fold {
        out.push(')');
    }
}

/// Appends the translation of `node`. `utf8` is false for bytes patterns.
pub fn translate(out: &mut String, node: &Node, utf8: bool) {
    match node {
        Node::Empty => out.push_str("(?:)"),
        Node::Char { c, icase, ascii } => {
            let letter = char::from_u32(*c).is_some_and(|ch| {
                ch.to_lowercase().ne(std::iter::once(ch))
                    || ch.to_uppercase().ne(std::iter::once(ch))
            });
            if *icase && letter {
                if *ascii {
                    if (*c as u8).is_ascii_alphabetic() && *c < 128 {
                        let ch = *c as u8;
                        out.push('[');
                        out.push(ch.to_ascii_lowercase() as char);
                        out.push(ch.to_ascii_uppercase() as char);
                        out.push(']');
                    } else {
                        lit(out, *c, utf8);
                    }
                } else if TURKIC_I.contains(c) {
                    out.push_str("[iI\\x{130}\\x{131}]");
                } else {
                    out.push_str("(?i:");
                    lit(out, *c, utf8);
                    out.push(')');
                }
            } else {
                lit(out, *c, utf8);
            }
        }
        Node::Any { dotall } => out.push_str(if *dotall { "(?s:.)" } else { "[^\\n]" }),
        Node::Set(set) => push_set(out, set, utf8),
        Node::Assert(a) => out.push_str(match a {
            Assert::StartText => "\\A",
            Assert::StartLine => "(?m:^)",
            Assert::EndTextOrNewline | Assert::EndText => "\\z",
            Assert::EndLine => "(?m:$)",
            Assert::WordBoundary { ascii } => {
                if *ascii {
                    "(?-u:\\b)"
                } else {
                    "\\b"
                }
            }
            Assert::NotWordBoundary { ascii } => {
                if *ascii {
                    "(?-u:\\B)"
                } else {
                    "\\B"
                }
            }
        }),
        Node::Group(g, body) => {
            out.push_str(if g.is_some() { "(" } else { "(?:" });
            translate(out, body, utf8);
            out.push(')');
        }
        Node::Concat(items) => {
            for n in items {
                translate(out, n, utf8);
            }
        }
        Node::Alt(branches) => {
            out.push_str("(?:");
            for (i, b) in branches.iter().enumerate() {
                if i > 0 {
                    out.push('|');
                }
                translate(out, b, utf8);
            }
            out.push(')');
        }
        Node::Repeat {
            node,
            min,
            max,
            kind,
        } => {
            out.push_str("(?:");
            translate(out, node, utf8);
            out.push(')');
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (m, None) => {
                    let _ = write!(out, "{{{m},}}");
                }
                (m, Some(n)) if m == n => {
                    let _ = write!(out, "{{{m}}}");
                }
                (m, Some(n)) => {
                    let _ = write!(out, "{{{m},{n}}}");
                }
            }
            if *kind == RepeatKind::Lazy {
                out.push('?');
            }
        }
        // Never reached: such patterns run on the backtracking engine.
        Node::Backref { .. } | Node::Look { .. } | Node::Atomic(_) | Node::Conditional { .. } => {
            out.push_str("[^\\x{0}-\\x{10FFFF}]")
        }
    }
}
