//! A tokenizer that behaves like CPython 3.11's, used only when a program fails to parse: it
//! finds the errors CPython's tokenizer reports (unterminated strings, unmatched or mismatched
//! brackets, inconsistent indentation, bad number literals, invalid characters...) at the
//! location CPython reports them, and gives the error diagnosis a CPython-shaped token stream
//! (NEWLINE/INDENT/DEDENT included).
//!
//! It works on `char`s, so it never splits a UTF-8 sequence, and it stops at the first error.

use unicode_general_category::{get_general_category, GeneralCategory as G};

use super::Loc;
use crate::builtins::str::is_printable;
use crate::types::BuiltinType;

/// CPython's limits on indentation levels and bracket nesting.
const MAX_INDENT: usize = 100;
const MAX_LEVEL: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Name,
    Number,
    Str,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

#[derive(Clone, Debug)]
pub struct Token {
    pub kind: Kind,
    /// Byte offsets into the source. A NEWLINE token starts at a trailing comment when there is
    /// one, and ends where the line break starts (CPython's quirk, visible in carets).
    pub start: usize,
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// Bracket depth after this token.
    pub level: usize,
    /// Indentation column of the current block after this token.
    pub indent: usize,
}

/// A tokenizer error.
#[derive(Clone, Debug)]
pub struct TokError {
    pub kind: BuiltinType,
    pub message: String,
    pub loc: Loc,
    /// CPython raises this one from inside its tokenizer: it is reported even when the parser
    /// fails earlier in the file. Other errors (indentation, tabs, end of file inside brackets)
    /// only surface when the parser asks for the token where they occur.
    pub raised: bool,
    /// For "'(' was never closed": the line of that bracket.
    pub unclosed_line: Option<usize>,
}

pub struct Tokens {
    pub toks: Vec<Token>,
    /// The first error; it happens when token number `toks.len()` is read.
    pub error: Option<TokError>,
}

struct Paren {
    ch: char,
    line: usize,
    /// Byte column of the bracket in its line.
    col: usize,
}

struct Tokenizer<'a> {
    s: &'a str,
    pos: usize,
    lineno: usize,
    line_start: usize,
    /// A line break was just read: the next character read starts a new line.
    pending_nl: bool,
    atbol: bool,
    indstack: Vec<usize>,
    altindstack: Vec<usize>,
    pendin: isize,
    parens: Vec<Paren>,
    toks: Vec<Token>,
    /// Line where the token being read starts.
    tok_line: usize,
    /// The indentation each pending DEDENT returns to, in order.
    dedents: Vec<usize>,
    /// The indentation the DEDENT being emitted returns to.
    dedent_to: Option<usize>,
    /// The first line containing a null byte: reading it is an error.
    nul_line: Option<usize>,
    hit_nul: bool,
}

enum Step {
    Token(Kind, usize, usize),
    Skip,
    Error(TokError),
}

pub fn tokenize(source: &str) -> Tokens {
    let mut t = Tokenizer {
        s: source,
        pos: 0,
        lineno: 1,
        line_start: 0,
        pending_nl: false,
        atbol: true,
        indstack: vec![0],
        altindstack: vec![0],
        pendin: 0,
        parens: Vec::new(),
        toks: Vec::new(),
        tok_line: 1,
        dedents: Vec::new(),
        dedent_to: None,
        nul_line: source.find('\0').map(|p| {
            source.as_bytes()[..p]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1
        }),
        hit_nul: false,
    };
    if t.nul_line == Some(1) {
        t.hit_nul = true;
    }
    let error = loop {
        let step = t.step();
        if t.hit_nul {
            break Some(t.nul_error());
        }
        match step {
            Step::Token(kind, start, end) => {
                t.toks.push(Token {
                    kind,
                    start,
                    end,
                    line: t.tok_line,
                    level: t.parens.len(),
                    indent: t
                        .dedent_to
                        .take()
                        .unwrap_or(*t.indstack.last().unwrap_or(&0)),
                });
                if kind == Kind::EndMarker {
                    break None;
                }
            }
            Step::Skip => {}
            Step::Error(e) => break Some(e),
        }
    };
    Tokens {
        toks: t.toks,
        error,
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic()
        || c == '_'
        || (!c.is_ascii()
            && (matches!(
                get_general_category(c),
                G::UppercaseLetter
                    | G::LowercaseLetter
                    | G::TitlecaseLetter
                    | G::ModifierLetter
                    | G::OtherLetter
                    | G::LetterNumber
            ) || matches!(c, '\u{1885}' | '\u{1886}' | '\u{2118}' | '\u{212E}')))
}

fn is_ident_continue(c: char) -> bool {
    is_ident_start(c)
        || c.is_ascii_digit()
        || (!c.is_ascii()
            && (matches!(
                get_general_category(c),
                G::NonspacingMark | G::SpacingMark | G::DecimalNumber | G::ConnectorPunctuation
            ) || matches!(
                c,
                '\u{00B7}' | '\u{0387}' | '\u{1369}'..='\u{1371}' | '\u{19DA}'
            )))
}

fn potential_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || !c.is_ascii()
}

fn potential_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

fn is_digit(c: Option<char>) -> bool {
    matches!(c, Some(c) if c.is_ascii_digit())
}

impl<'a> Tokenizer<'a> {
    /// Reads one character; `\r\n` and a lone `\r` read as `\n`. The source is treated as if
    /// it ended with a line break, as CPython's file reader does.
    fn nextc(&mut self) -> Option<char> {
        let c = match self.s.get(self.pos..).and_then(|r| r.chars().next()) {
            Some(c) => c,
            None => {
                // The implicit final line break.
                if self.pos == self.s.len() && !self.s.is_empty() && !self.s.ends_with('\n') {
                    if self.pending_nl {
                        return None;
                    }
                    self.pos += 1;
                    self.pending_nl = true;
                    return Some('\n');
                }
                return None;
            }
        };
        if self.pending_nl {
            self.pending_nl = false;
            self.lineno += 1;
            self.line_start = self.pos;
            if self.nul_line == Some(self.lineno) {
                self.hit_nul = true;
                return None;
            }
        }
        if c == '\r' {
            self.pos += if self.s.as_bytes().get(self.pos + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            self.pending_nl = true;
            return Some('\n');
        }
        self.pos += c.len_utf8();
        if c == '\n' {
            self.pending_nl = true;
        }
        Some(c)
    }

    /// Steps back over `c`, the character just read.
    fn backup(&mut self, c: Option<char>) {
        let Some(c) = c else { return };
        if c == '\n' {
            self.pending_nl = false;
            if self.pos > self.s.len() {
                self.pos = self.s.len();
            } else if self.pos >= 2
                && self.s.as_bytes().get(self.pos - 2..self.pos) == Some(b"\r\n")
            {
                self.pos -= 2;
            } else {
                self.pos = self.pos.saturating_sub(1);
            }
        } else {
            self.pos = self.pos.saturating_sub(c.len_utf8());
        }
    }

    /// Characters from the start of the current line to byte `pos` (CPython's offsets count
    /// characters of the line up to its cursor).
    fn chars_to(&self, pos: usize) -> i64 {
        let end = pos.min(self.s.len());
        self.s
            .get(self.line_start.min(end)..end)
            .map_or(0, |t| t.chars().count() as i64)
            + if pos > self.s.len() { 1 } else { 0 }
    }

    /// Bytes in the whole current line, counting its line break.
    fn line_len_with_nl(&self) -> i64 {
        let rest = self.s.get(self.line_start..).unwrap_or("");
        match rest.find(['\n', '\r']) {
            Some(i) => i as i64 + 1,
            None => rest.len() as i64 + 1,
        }
    }

    /// A SyntaxError raised by the tokenizer at its cursor.
    fn raise_here(&self, message: String) -> Step {
        let offset = self.chars_to(self.pos);
        Step::Error(TokError {
            kind: BuiltinType::SyntaxError,
            message,
            loc: Loc::new(self.lineno, offset, self.lineno, offset),
            raised: true,
            unclosed_line: None,
        })
    }

    /// An error CPython's tokenizer only flags (indentation, tabs...), reported at column 0.
    fn flag(&self, kind: BuiltinType, message: &str) -> Step {
        Step::Error(TokError {
            kind,
            message: message.into(),
            loc: Loc::new(self.lineno, 1, self.lineno, 0),
            raised: false,
            unclosed_line: None,
        })
    }

    /// An error whose column is the end of the current line (the tokenizer's buffer end).
    fn flag_at_line_end(&self, kind: BuiltinType, message: &str) -> Step {
        let offset = self.line_len_with_nl();
        Step::Error(TokError {
            kind,
            message: message.into(),
            loc: Loc::new(self.lineno, offset, self.lineno, -1),
            raised: false,
            unclosed_line: None,
        })
    }

    fn unclosed(&self) -> Step {
        match self.parens.last() {
            Some(p) => {
                // A byte column, like the other errors the parser (not the tokenizer) raises.
                let offset = p.col as i64 + 1;
                Step::Error(TokError {
                    kind: BuiltinType::SyntaxError,
                    message: format!("'{}' was never closed", p.ch),
                    loc: Loc::new(p.line, offset, p.line, 0),
                    raised: false,
                    unclosed_line: Some(p.line),
                })
            }
            None => self.flag_at_line_end(BuiltinType::SyntaxError, "unexpected EOF while parsing"),
        }
    }

    /// Reading the line with a null byte: CPython shows that line cut at the null byte.
    fn nul_error(&self) -> TokError {
        let line = self.nul_line.unwrap_or(self.lineno);
        let text = line_text(self.s, line);
        let shown = text.split('\0').next().unwrap_or("");
        let mut loc = Loc::new(line, 0, line, -1);
        loc.text = Some(format!("{shown}\n"));
        TokError {
            kind: BuiltinType::SyntaxError,
            message: "source code cannot contain null bytes".into(),
            loc,
            raised: true,
            unclosed_line: None,
        }
    }

    /// After a backslash: the next character must end the line. `Err` carries the error.
    fn continuation_line(&mut self, at_bol: bool) -> Result<(), Step> {
        let c = self.nextc();
        if c != Some('\n') {
            // CPython points at the offending character, counting bytes.
            let at = self.pos.min(self.s.len()) - c.map_or(0, |c| c.len_utf8());
            let offset = at.saturating_sub(self.line_start) as i64 + 1;
            return Err(Step::Error(TokError {
                kind: BuiltinType::SyntaxError,
                message: "unexpected character after line continuation character".into(),
                loc: Loc::new(self.lineno, offset, self.lineno, 0),
                raised: false,
                unclosed_line: None,
            }));
        }
        let c = self.nextc();
        if c.is_none() {
            if !self.parens.is_empty() {
                return Err(self.unclosed());
            }
            let mut e =
                self.flag_at_line_end(BuiltinType::SyntaxError, "unexpected EOF while parsing");
            if at_bol {
                // Read while measuring indentation: CPython has no column then.
                if let Step::Error(err) = &mut e {
                    err.loc.offset = 0;
                }
            }
            return Err(e);
        }
        self.backup(c);
        Ok(())
    }

    fn step(&mut self) -> Step {
        let mut blankline = false;
        if self.atbol {
            self.atbol = false;
            let mut col = 0usize;
            let mut altcol = 0usize;
            let mut cont_line_col = 0usize;
            let c = loop {
                let c = self.nextc();
                match c {
                    Some(' ') => {
                        col += 1;
                        altcol += 1;
                    }
                    Some('\t') => {
                        col = (col / 8 + 1) * 8;
                        altcol += 1;
                    }
                    Some('\x0c') => {
                        col = 0;
                        altcol = 0;
                    }
                    Some('\\') => {
                        if cont_line_col == 0 {
                            cont_line_col = col;
                        }
                        if let Err(e) = self.continuation_line(true) {
                            return e;
                        }
                    }
                    _ => break c,
                }
            };
            self.backup(c);
            if matches!(c, Some('#') | Some('\n')) {
                blankline = true;
            }
            if !blankline && self.parens.is_empty() {
                if cont_line_col != 0 {
                    col = cont_line_col;
                    altcol = cont_line_col;
                }
                let top = self.indstack.last().copied().unwrap_or(0);
                let alttop = self.altindstack.last().copied().unwrap_or(0);
                if col == top {
                    if altcol != alttop {
                        return self.flag(
                            BuiltinType::TabError,
                            "inconsistent use of tabs and spaces in indentation",
                        );
                    }
                } else if col > top {
                    if self.indstack.len() >= MAX_INDENT {
                        return self.flag(
                            BuiltinType::IndentationError,
                            "too many levels of indentation",
                        );
                    }
                    if altcol <= alttop {
                        return self.flag(
                            BuiltinType::TabError,
                            "inconsistent use of tabs and spaces in indentation",
                        );
                    }
                    self.pendin += 1;
                    self.indstack.push(col);
                    self.altindstack.push(altcol);
                } else {
                    while self.indstack.len() > 1
                        && col < self.indstack.last().copied().unwrap_or(0)
                    {
                        self.pendin -= 1;
                        self.indstack.pop();
                        self.altindstack.pop();
                        self.dedents
                            .push(self.indstack.last().copied().unwrap_or(0));
                    }
                    if col != self.indstack.last().copied().unwrap_or(0) {
                        return self.flag_at_line_end(
                            BuiltinType::IndentationError,
                            "unindent does not match any outer indentation level",
                        );
                    }
                    if altcol != self.altindstack.last().copied().unwrap_or(0) {
                        return self.flag(
                            BuiltinType::TabError,
                            "inconsistent use of tabs and spaces in indentation",
                        );
                    }
                }
            }
        }
        if self.pendin != 0 {
            self.tok_line = self.lineno;
            let p = self.pos.min(self.s.len());
            if self.pendin < 0 {
                self.pendin += 1;
                if !self.dedents.is_empty() {
                    self.dedent_to = Some(self.dedents.remove(0));
                }
                return Step::Token(Kind::Dedent, p, p);
            }
            self.pendin -= 1;
            return Step::Token(Kind::Indent, p, p);
        }
        self.token(blankline)
    }

    fn token(&mut self, blankline: bool) -> Step {
        let mut c;
        let mut start;
        loop {
            // Skip spaces.
            loop {
                c = self.nextc();
                if !matches!(c, Some(' ') | Some('\t') | Some('\x0c')) {
                    break;
                }
            }
            start = match c {
                Some(ch) => self.pos.saturating_sub(self.width_of(ch)),
                None => self.pos.min(self.s.len()),
            };
            self.tok_line = self.lineno;
            if c == Some('#') {
                while !matches!(c, None | Some('\n')) {
                    c = self.nextc();
                }
            }
            if c == Some('\\') {
                if let Err(e) = self.continuation_line(false) {
                    return e;
                }
                continue;
            }
            break;
        }
        let Some(ch) = c else {
            if !self.parens.is_empty() {
                return self.unclosed();
            }
            let p = self.s.len();
            return Step::Token(Kind::EndMarker, p, p);
        };

        if potential_ident_start(ch) {
            // String prefixes.
            let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
            let mut c = Some(ch);
            loop {
                match c {
                    Some('b' | 'B') if !(saw_b || saw_u || saw_f) => saw_b = true,
                    Some('u' | 'U') if !(saw_b || saw_u || saw_r || saw_f) => saw_u = true,
                    Some('r' | 'R') if !(saw_r || saw_u) => saw_r = true,
                    Some('f' | 'F') if !(saw_f || saw_b || saw_u) => saw_f = true,
                    _ => break,
                }
                c = self.nextc();
                if let Some(q @ ('"' | '\'')) = c {
                    return self.string(start, q);
                }
            }
            let mut nonascii = false;
            while let Some(ch) = c {
                if !potential_ident_char(ch) {
                    break;
                }
                if !ch.is_ascii() {
                    nonascii = true;
                }
                c = self.nextc();
            }
            self.backup(c);
            if nonascii {
                if let Some(e) = self.verify_identifier(start) {
                    return e;
                }
            }
            return Step::Token(Kind::Name, start, self.pos);
        }

        if ch == '\n' {
            self.atbol = true;
            if blankline || !self.parens.is_empty() {
                return Step::Skip;
            }
            let nl = self
                .pos
                .saturating_sub(self.width_of('\n'))
                .min(self.s.len());
            return Step::Token(Kind::Newline, start.min(nl), nl);
        }

        if ch == '.' {
            let c2 = self.nextc();
            if is_digit(c2) {
                return self.fraction(start, c2);
            }
            if c2 == Some('.') {
                let c3 = self.nextc();
                if c3 == Some('.') {
                    return Step::Token(Kind::Op, start, self.pos);
                }
                self.backup(c3);
                self.backup(c2);
            } else {
                self.backup(c2);
            }
            return Step::Token(Kind::Op, start, self.pos);
        }

        if ch.is_ascii_digit() {
            return self.number(start, ch);
        }

        if ch == '"' || ch == '\'' {
            return self.string(start, ch);
        }

        // Operators.
        let c2 = self.nextc();
        if let Some(c2v) = c2 {
            if is_two_char_op(ch, c2v) {
                let c3 = self.nextc();
                if let Some(c3v) = c3 {
                    if is_three_char_op(ch, c2v, c3v) {
                        return Step::Token(Kind::Op, start, self.pos);
                    }
                }
                self.backup(c3);
                return Step::Token(Kind::Op, start, self.pos);
            }
        }
        self.backup(c2);

        match ch {
            '(' | '[' | '{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return self.raise_here("too many nested parentheses".into());
                }
                self.parens.push(Paren {
                    ch,
                    line: self.lineno,
                    col: start - self.line_start,
                });
            }
            ')' | ']' | '}' => {
                let Some(open) = self.parens.pop() else {
                    return self.raise_here(format!("unmatched '{ch}'"));
                };
                let matching = matches!((open.ch, ch), ('(', ')') | ('[', ']') | ('{', '}'));
                if !matching {
                    return self.raise_here(if open.line != self.lineno {
                        format!(
                            "closing parenthesis '{ch}' does not match opening parenthesis '{}' on line {}",
                            open.ch, open.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{ch}' does not match opening parenthesis '{}'",
                            open.ch
                        )
                    });
                }
            }
            _ => {
                if !is_printable(ch) {
                    return self.raise_here(format!(
                        "invalid non-printable character U+{:04X}",
                        ch as u32
                    ));
                }
            }
        }
        Step::Token(Kind::Op, start, self.pos)
    }

    fn width_of(&self, ch: char) -> usize {
        if ch == '\n' {
            if self.pos > self.s.len() {
                1
            } else if self.pos >= 2
                && self.s.as_bytes().get(self.pos - 2..self.pos) == Some(b"\r\n")
            {
                2
            } else {
                1
            }
        } else {
            ch.len_utf8()
        }
    }

    /// Checks a name containing non-ASCII characters (CPython's `verify_identifier`).
    fn verify_identifier(&mut self, start: usize) -> Option<Step> {
        let text = self.s.get(start..self.pos.min(self.s.len()))?;
        for (i, (bi, c)) in text.char_indices().enumerate() {
            let ok = if i == 0 {
                is_ident_start(c)
            } else {
                is_ident_continue(c)
            };
            if !ok {
                self.pos = start + bi + c.len_utf8();
                let message = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Some(self.raise_here(message));
            }
        }
        None
    }

    fn string(&mut self, start: usize, quote: char) -> Step {
        let first_line = self.lineno;
        let first_line_start = self.line_start;
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut c = self.nextc();
        if c == Some(quote) {
            c = self.nextc();
            if c == Some(quote) {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != Some(quote) {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            let c = self.nextc();
            match c {
                None => return self.unterminated(start, first_line, first_line_start, quote_size),
                Some('\n') if quote_size == 1 => {
                    return self.unterminated(start, first_line, first_line_start, quote_size)
                }
                Some(ch) if ch == quote => end_quote_size += 1,
                Some(ch) => {
                    end_quote_size = 0;
                    if ch == '\\' {
                        self.nextc();
                    }
                }
            }
        }
        Step::Token(Kind::Str, start, self.pos.min(self.s.len()))
    }

    fn unterminated(
        &mut self,
        start: usize,
        first_line: usize,
        first_line_start: usize,
        quote_size: usize,
    ) -> Step {
        let detected = self.lineno;
        let text = self.s.get(first_line_start..start).unwrap_or("");
        let offset = text.chars().count() as i64 + 1;
        let message = if quote_size == 3 {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        Step::Error(TokError {
            kind: BuiltinType::SyntaxError,
            message,
            loc: Loc::new(first_line, offset, first_line, offset),
            raised: true,
            unclosed_line: None,
        })
    }

    /// Digits and underscores after a first digit; returns the first other character.
    fn decimal_tail(&mut self) -> Result<Option<char>, Step> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != Some('_') {
                return Ok(c);
            }
            let c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.raise_here("invalid decimal literal".into()));
            }
        }
    }

    /// CPython 3.11's `verify_end_of_number`: a number directly followed by a name.
    fn end_of_number(&mut self, c: Option<char>, kind: &str) -> Result<(), Step> {
        let Some(ch) = c else { return Ok(()) };
        let rest = self.s.get(self.pos..).unwrap_or("");
        let keyword_like = match ch {
            'a' => rest.starts_with("nd"),
            'e' => rest.starts_with("lse"),
            'f' => rest.starts_with("or"),
            'i' => rest.starts_with('f') || rest.starts_with('n') || rest.starts_with('s'),
            'o' => rest.starts_with('r'),
            'n' => rest.starts_with("ot"),
            _ => false,
        };
        if keyword_like {
            // Only a (silenced) DeprecationWarning in 3.11.
            return Ok(());
        }
        // CPython reads bytes here: a non-ASCII character ends the number instead.
        if ch.is_ascii() && potential_ident_char(ch) {
            self.backup(c);
            return Err(self.raise_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn number(&mut self, start: usize, first: char) -> Step {
        if first == '0' {
            let mut c = self.nextc();
            match c {
                Some('x' | 'X') => {
                    c = self.nextc();
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                        }
                        if !matches!(c, Some(h) if h.is_ascii_hexdigit()) {
                            self.backup(c);
                            return self.raise_here("invalid hexadecimal literal".into());
                        }
                        loop {
                            c = self.nextc();
                            if !matches!(c, Some(h) if h.is_ascii_hexdigit()) {
                                break;
                            }
                        }
                        if c != Some('_') {
                            break;
                        }
                    }
                    if let Err(e) = self.end_of_number(c, "hexadecimal") {
                        return e;
                    }
                }
                Some('o' | 'O') | Some('b' | 'B') => {
                    let (octal, kind) = if matches!(c, Some('o' | 'O')) {
                        (true, "octal")
                    } else {
                        (false, "binary")
                    };
                    let in_base = |c: Option<char>| matches!(c, Some(d) if d >= '0' && d < if octal { '8' } else { '2' });
                    c = self.nextc();
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                        }
                        if !in_base(c) {
                            if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                                return self
                                    .raise_here(format!("invalid digit '{d}' in {kind} literal"));
                            }
                            self.backup(c);
                            return self.raise_here(format!("invalid {kind} literal"));
                        }
                        loop {
                            c = self.nextc();
                            if !in_base(c) {
                                break;
                            }
                        }
                        if c != Some('_') {
                            break;
                        }
                    }
                    if let Some(d) = c.filter(|d| d.is_ascii_digit()) {
                        return self.raise_here(format!("invalid digit '{d}' in {kind} literal"));
                    }
                    if let Err(e) = self.end_of_number(c, kind) {
                        return e;
                    }
                }
                _ => {
                    let mut nonzero = false;
                    loop {
                        if c == Some('_') {
                            c = self.nextc();
                            if !is_digit(c) {
                                self.backup(c);
                                return self.raise_here("invalid decimal literal".into());
                            }
                        }
                        if c != Some('0') {
                            break;
                        }
                        c = self.nextc();
                    }
                    // Like CPython, just past the first character after the zeros.
                    let zeros_end = self.pos.min(self.s.len());
                    if is_digit(c) {
                        nonzero = true;
                        c = match self.decimal_tail() {
                            Ok(c) => c,
                            Err(e) => return e,
                        };
                    }
                    match c {
                        Some('.') => {
                            let c = self.nextc();
                            return self.fraction(start, c);
                        }
                        Some('e' | 'E') => return self.exponent(start, c),
                        Some('j' | 'J') => return self.imaginary(start),
                        _ => {}
                    }
                    if nonzero {
                        self.backup(c);
                        // CPython gives this range in bytes from the line start.
                        let col = (start - self.line_start) as i64 + 1;
                        let end = (zeros_end - self.line_start) as i64;
                        return Step::Error(TokError {
                            kind: BuiltinType::SyntaxError,
                            message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                            loc: Loc::new(self.lineno, col, self.lineno, end),
                            raised: true,
                            unclosed_line: None,
                        });
                    }
                    if let Err(e) = self.end_of_number(c, "decimal") {
                        return e;
                    }
                }
            }
            self.backup(c);
            return Step::Token(Kind::Number, start, self.pos);
        }
        let c = match self.decimal_tail() {
            Ok(c) => c,
            Err(e) => return e,
        };
        if c == Some('.') {
            let c = self.nextc();
            return self.fraction(start, c);
        }
        self.after_fraction(start, c)
    }

    /// After the `.` of a float; `c` is the character following it.
    fn fraction(&mut self, start: usize, c: Option<char>) -> Step {
        let mut c = c;
        if is_digit(c) {
            c = match self.decimal_tail() {
                Ok(c) => c,
                Err(e) => return e,
            };
        }
        self.after_fraction(start, c)
    }

    fn after_fraction(&mut self, start: usize, c: Option<char>) -> Step {
        match c {
            Some('e' | 'E') => self.exponent(start, c),
            Some('j' | 'J') => self.imaginary(start),
            _ => {
                if let Err(e) = self.end_of_number(c, "decimal") {
                    return e;
                }
                self.backup(c);
                Step::Token(Kind::Number, start, self.pos)
            }
        }
    }

    fn exponent(&mut self, start: usize, e: Option<char>) -> Step {
        let mut c = self.nextc();
        if matches!(c, Some('+' | '-')) {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return self.raise_here("invalid decimal literal".into());
            }
        } else if !is_digit(c) {
            self.backup(c);
            if let Err(err) = self.end_of_number(e, "decimal") {
                return err;
            }
            self.backup(e);
            return Step::Token(Kind::Number, start, self.pos);
        }
        let c = match self.decimal_tail() {
            Ok(c) => c,
            Err(err) => return err,
        };
        if matches!(c, Some('j' | 'J')) {
            return self.imaginary(start);
        }
        if let Err(err) = self.end_of_number(c, "decimal") {
            return err;
        }
        self.backup(c);
        Step::Token(Kind::Number, start, self.pos)
    }

    fn imaginary(&mut self, start: usize) -> Step {
        let c = self.nextc();
        if let Err(e) = self.end_of_number(c, "imaginary") {
            return e;
        }
        self.backup(c);
        Step::Token(Kind::Number, start, self.pos)
    }
}

fn is_two_char_op(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('!', '=')
            | ('%', '=')
            | ('&', '=')
            | ('*', '*')
            | ('*', '=')
            | ('+', '=')
            | ('-', '=')
            | ('-', '>')
            | ('/', '/')
            | ('/', '=')
            | (':', '=')
            | ('<', '<')
            | ('<', '=')
            | ('<', '>')
            | ('=', '=')
            | ('>', '=')
            | ('>', '>')
            | ('@', '=')
            | ('^', '=')
            | ('|', '=')
    )
}

fn is_three_char_op(a: char, b: char, c: char) -> bool {
    matches!(
        (a, b, c),
        ('*', '*', '=') | ('.', '.', '.') | ('/', '/', '=') | ('<', '<', '=') | ('>', '>', '=')
    )
}

/// The text of 1-based line `line` (without its line break).
pub fn line_text(s: &str, line: usize) -> &str {
    s.split('\n')
        .nth(line.saturating_sub(1))
        .unwrap_or("")
        .trim_end_matches('\r')
}
