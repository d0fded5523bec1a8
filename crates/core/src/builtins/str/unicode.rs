//! Character properties and case conversion with CPython 3.11's Unicode data (generated tables
//! in `unicode_data.rs`), including the context-dependent final sigma of `lower()`.

use super::unicode_data as data;

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    match table.binary_search_by(|&(s, _)| s.cmp(&n)) {
        Ok(_) => true,
        Err(0) => false,
        Err(i) => table.get(i - 1).is_some_and(|&(_, e)| n <= e),
    }
}

/// Whether `repr` leaves `c` unescaped (`str.isprintable`).
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(data::PRINTABLE, c)
}

/// Python whitespace (`str.isspace`, `split()`, `strip()`).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | '\x1c'..=' ');
    }
    in_ranges(data::SPACE, c)
}

#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(data::ALPHA, c)
}

/// The value of a decimal digit (category Nd), as `int()` and `isdecimal` see it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let t = data::DECIMAL;
    let i = match t.binary_search_by(|&(s, _, _)| s.cmp(&n)) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let &(s, e, v) = t.get(i)?;
    (n <= e).then(|| v + (n - s))
}

#[inline]
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(data::DIGIT, c)
}

#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(data::NUMERIC, c)
}

#[inline]
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// The Lowercase property.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(data::LOWER, c)
}

/// The Uppercase property.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(data::UPPER, c)
}

/// Titlecase letters (digraphs such as `ǅ`).
#[inline]
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(data::TITLE, c)
}

#[inline]
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\'' | '.' | ':' | '^' | '`');
    }
    in_ranges(data::CASE_IGNORABLE, c)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    in_ranges(data::XID_START, c)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    in_ranges(data::XID_CONTINUE, c)
}

/// Appends the mapping of `c` in (`runs`, `multi`) to `out`.
fn push_mapped(out: &mut String, c: char, runs: &[(u32, u32, u32, i32)], multi: &[(u32, &str)]) {
    let n = c as u32;
    if let Ok(i) = multi.binary_search_by(|&(k, _)| k.cmp(&n)) {
        if let Some((_, s)) = multi.get(i) {
            out.push_str(s);
            return;
        }
    }
    let i = match runs.binary_search_by(|&(s, _, _, _)| s.cmp(&n)) {
        Ok(i) => Some(i),
        Err(0) => None,
        Err(i) => Some(i - 1),
    };
    if let Some(&(s, e, step, delta)) = i.and_then(|i| runs.get(i)) {
        if n <= e && (n - s).is_multiple_of(step.max(1)) {
            if let Some(m) = n.checked_add_signed(delta).and_then(char::from_u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, data::TO_UPPER, data::TO_UPPER_MULTI);
    }
}

pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, c, data::TO_TITLE, data::TO_TITLE_MULTI);
    }
}

pub fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, c, data::TO_FOLD, data::TO_FOLD_MULTI);
    }
}

/// Appends the lowercase of `chars[i]`; a capital sigma becomes final sigma at the end of a word.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let Some(&c) = chars.get(i) else { return };
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == '\u{3a3}' {
        out.push(sigma(chars, i));
    } else {
        push_mapped(out, c, data::TO_LOWER, data::TO_LOWER_MULTI);
    }
}

/// The Final_Sigma rule: preceded by a cased letter and not followed by one (skipping
/// case-ignorable characters both ways).
fn sigma(chars: &[char], i: usize) -> char {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let fin = before.is_some_and(|&c| is_cased(c))
        && !chars
            .get(i + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|&&c| !is_case_ignorable(c))
            .is_some_and(|&c| is_cased(c));
    if fin {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

fn has_sigma(s: &str) -> bool {
    s.contains('\u{3a3}')
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if has_sigma(s) {
        let chars: Vec<char> = s.chars().collect();
        for i in 0..chars.len() {
            push_lower_at(&mut out, &chars, i);
        }
    } else {
        for c in s.chars() {
            push_lower_at(&mut out, &[c], 0);
        }
    }
    out
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// Runs `f(out, chars, i)` over every character, with the whole string at hand only when a
/// capital sigma needs its context.
fn map_indexed(s: &str, mut f: impl FnMut(&mut String, &[char], usize)) -> String {
    let mut out = String::with_capacity(s.len());
    if has_sigma(s) {
        let chars: Vec<char> = s.chars().collect();
        for i in 0..chars.len() {
            f(&mut out, &chars, i);
        }
    } else {
        for c in s.chars() {
            f(&mut out, &[c], 0);
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    map_indexed(s, |out, chars, i| {
        let Some(&c) = chars.get(i) else { return };
        if is_upper(c) {
            push_lower_at(out, chars, i);
        } else if is_lower(c) {
            push_upper(out, c);
        } else {
            out.push(c);
        }
    })
}

pub fn title(s: &str) -> String {
    let mut prev_cased = false;
    map_indexed(s, |out, chars, i| {
        let Some(&c) = chars.get(i) else { return };
        if prev_cased {
            push_lower_at(out, chars, i);
        } else {
            push_title(out, c);
        }
        prev_cased = is_cased(c);
    })
}

pub fn capitalize(s: &str) -> String {
    let mut first = true;
    map_indexed(s, |out, chars, i| {
        let Some(&c) = chars.get(i) else { return };
        if first {
            push_title(out, c);
            first = false;
        } else {
            push_lower_at(out, chars, i);
        }
    })
}

pub fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        if is_lower(c) {
            cased = true;
        }
    }
    cased
}

pub fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        if is_upper(c) {
            cased = true;
        }
    }
    cased
}

pub fn is_title_str(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// Python's line boundaries (`splitlines`).
#[inline]
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}
