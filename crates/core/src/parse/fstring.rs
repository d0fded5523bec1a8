//! The f-string rules of CPython 3.11, which parses an f-string's text after tokenizing it as
//! one string: replacement fields may not contain backslashes, comments or the enclosing
//! quote, braces must balance, conversions are `!s`, `!r` or `!a`, and format specs nest one
//! level. ruff implements the newer (3.12) grammar, so these checks run on every f-string.
//!
//! Only ASCII characters are significant, so the scan works on bytes and slices only at ASCII
//! positions.

/// Why an f-string is rejected.
pub enum FErr {
    /// A scanner error, reported after the string (CPython raises it once the string
    /// concatenation has been parsed).
    Msg(String),
    /// The expression of a replacement field must be parsed as `(expr)` to find its error;
    /// `line_delta` is the number of line breaks in the f-string before it.
    Inner { expr: String, line_delta: usize },
}

/// Checks the text of one string token (prefix and quotes included).
pub fn check(token: &str) -> Option<FErr> {
    let quote_at = token.find(['"', '\''])?;
    let prefix = &token[..quote_at];
    if !prefix.contains(['f', 'F']) {
        return None;
    }
    let raw = prefix.contains(['r', 'R']);
    let bytes = token.as_bytes();
    let q = bytes[quote_at];
    let triple = bytes.len() >= quote_at + 6
        && bytes.get(quote_at + 1) == Some(&q)
        && bytes.get(quote_at + 2) == Some(&q);
    let qlen = if triple { 3 } else { 1 };
    let start = quote_at + qlen;
    let end = bytes.len().checked_sub(qlen)?;
    if end < start {
        return None;
    }
    let mut s = Scan {
        b: &bytes[..end],
        text: token,
        pos: start,
        raw,
    };
    s.concat(0).err()
}

struct Scan<'a> {
    /// The token's bytes up to (not including) the closing quotes.
    b: &'a [u8],
    text: &'a str,
    pos: usize,
    raw: bool,
}

const MAX_LEVEL: usize = 200;

impl Scan<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    /// Literal text and replacement fields until the end of the string (or, in a format spec,
    /// until its closing brace).
    fn concat(&mut self, level: usize) -> Result<(), FErr> {
        loop {
            if self.literal(level)? {
                continue;
            }
            if self.pos >= self.b.len() || self.at(self.pos) == Some(b'}') {
                break;
            }
            self.expr(level)?;
        }
        if level != 0 && self.at(self.pos) != Some(b'}') {
            return Err(FErr::Msg("f-string: expecting '}'".into()));
        }
        Ok(())
    }

    /// Skips literal text; `Ok(true)` after a doubled brace (scanning goes on).
    fn literal(&mut self, level: usize) -> Result<bool, FErr> {
        let mut s = self.pos;
        while s < self.b.len() {
            let mut ch = self.b[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < self.b.len() {
                ch = self.b[s];
                s += 1;
                if ch == b'N' {
                    if s < self.b.len() {
                        let open = self.b[s];
                        s += 1;
                        if open == b'{' {
                            while s < self.b.len() {
                                let c = self.b[s];
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if self.at(s) == Some(ch) {
                        self.pos = s + 1;
                        return Ok(true);
                    }
                    if ch == b'}' {
                        return Err(FErr::Msg("f-string: single '}' is not allowed".into()));
                    }
                }
                s -= 1;
                break;
            }
        }
        self.pos = s;
        Ok(false)
    }

    /// A replacement field, starting at its `{`.
    fn expr(&mut self, level: usize) -> Result<(), FErr> {
        let expecting = || FErr::Msg("f-string: expecting '}'".into());
        if level >= 2 {
            return Err(FErr::Msg("f-string: expressions nested too deeply".into()));
        }
        self.pos += 1;
        let expr_start = self.pos;
        let mut quote: u8 = 0;
        let mut string_type = 0;
        let mut stack: Vec<u8> = Vec::new();
        while self.pos < self.b.len() {
            let ch = self.b[self.pos];
            if ch == b'\\' {
                return Err(FErr::Msg(
                    "f-string expression part cannot include a backslash".into(),
                ));
            }
            if quote != 0 {
                if ch == quote {
                    if string_type == 3 {
                        if self.at(self.pos + 1) == Some(ch)
                            && self.at(self.pos + 2) == Some(ch)
                            && self.pos + 2 < self.b.len()
                        {
                            self.pos += 3;
                            string_type = 0;
                            quote = 0;
                            continue;
                        }
                    } else {
                        string_type = 0;
                        quote = 0;
                    }
                }
                self.pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if self.at(self.pos + 1) == Some(ch)
                        && self.at(self.pos + 2) == Some(ch)
                        && self.pos + 2 < self.b.len()
                    {
                        string_type = 3;
                        self.pos += 2;
                    } else {
                        string_type = 1;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= MAX_LEVEL {
                        return Err(FErr::Msg("f-string: too many nested parenthesis".into()));
                    }
                    stack.push(ch);
                }
                b'#' => {
                    return Err(FErr::Msg(
                        "f-string expression part cannot include '#'".into(),
                    ));
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    let next = self.at(self.pos + 1);
                    if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if ch == b'>' || ch == b'<' {
                        self.pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(FErr::Msg(format!("f-string: unmatched '{}'", ch as char)));
                    };
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(FErr::Msg(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )));
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        let expr_end = self.pos;
        if quote != 0 {
            return Err(FErr::Msg("f-string: unterminated string".into()));
        }
        if let Some(open) = stack.last() {
            return Err(FErr::Msg(format!(
                "f-string: unmatched '{}'",
                *open as char
            )));
        }
        if self.pos >= self.b.len() {
            return Err(expecting());
        }
        let expr = self.text.get(expr_start..expr_end).unwrap_or("");
        if expr
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            let next = self.b[expr_end];
            if matches!(next, b'!' | b':' | b'=') {
                return Err(FErr::Msg(format!(
                    "f-string: expression required before '{}'",
                    next as char
                )));
            }
            return Err(FErr::Msg("f-string: empty expression not allowed".into()));
        }
        if let Some(e) = inner_error(expr, self.text, expr_start) {
            return Err(e);
        }
        if self.at(self.pos) == Some(b'=') {
            self.pos += 1;
            while matches!(
                self.at(self.pos),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
            ) {
                self.pos += 1;
            }
            if self.pos >= self.b.len() {
                return Err(expecting());
            }
        }
        if self.at(self.pos) == Some(b'!') {
            self.pos += 1;
            if self.pos >= self.b.len() {
                return Err(expecting());
            }
            let conversion = self.b[self.pos];
            self.pos += 1;
            if !matches!(conversion, b's' | b'r' | b'a') {
                return Err(FErr::Msg(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                ));
            }
        }
        if self.pos >= self.b.len() {
            return Err(expecting());
        }
        if self.at(self.pos) == Some(b':') {
            self.pos += 1;
            if self.pos >= self.b.len() {
                return Err(expecting());
            }
            self.concat(level + 1)?;
        }
        if self.pos >= self.b.len() || self.at(self.pos) != Some(b'}') {
            return Err(expecting());
        }
        self.pos += 1;
        Ok(())
    }
}

/// The expression text must parse as `(expr)`; whether it does is decided by the caller, so
/// this only records what to parse.
fn inner_error(expr: &str, text: &str, expr_start: usize) -> Option<FErr> {
    if !super::diagnose::fstring_expr_fails(expr) {
        return None;
    }
    let line_delta = text
        .get(..expr_start)
        .map_or(0, |t| t.bytes().filter(|&b| b == b'\n').count());
    Some(FErr::Inner {
        expr: expr.to_string(),
        line_delta,
    })
}
