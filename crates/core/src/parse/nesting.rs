//! The nesting pre-scan: a linear pass over the source, run before parsing, that bounds how
//! deeply the syntax tree can nest. The parser, the compiler's passes and the tree's drop all
//! recurse on that depth, so source nesting too deeply is rejected here, with CPython's
//! messages where CPython has one (open brackets, indentation levels).
//!
//! The scan over-estimates: every bracket, operator, keyword operator and trailer (`f()`,
//! `a[0]`, `a.b`) counts one level, and a level's count drops back to zero only where an
//! expression ends (`,`, `;`, `:` and the end of a logical line). Only input far beyond what
//! real programs write is rejected, and nothing nests deeper than it counts.

use ruff_text_size::{TextRange, TextSize};

use super::Loc;
use crate::compile::CompileError;
use crate::types::BuiltinType;

/// Open brackets allowed at once (CPython's tokenizer limit, `MAXLEVEL`).
pub const MAX_PARENS: usize = 200;

/// Indentation levels allowed (CPython's `MAXINDENT`).
pub const MAX_INDENT: usize = 100;

/// The estimated nesting (open brackets plus the counts of every open level) allowed.
pub const MAX_EXPR_NESTING: usize = 800;

/// What opened a level of code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// The module: logical lines.
    Top,
    /// `(`, `[` or `{`.
    Bracket,
    /// A replacement field `{...}` of an f-string.
    Field,
}

enum Frame {
    Code {
        opener: Opener,
        /// Operators and trailers since the level's expression began.
        ops: usize,
        /// `lambda`s: their `:` does not end the expression.
        lambdas: usize,
    },
    Str {
        quote: u8,
        triple: bool,
        fstring: bool,
        raw: bool,
    },
    /// The format spec of an f-string replacement field (after its `:`).
    Spec,
}

struct Scan<'s> {
    src: &'s [u8],
    frames: Vec<Frame>,
    /// Open brackets and replacement fields.
    depth: usize,
    /// Open brackets outside f-string replacement fields (whose expressions CPython
    /// tokenizes separately, with their own limit).
    parens: usize,
    /// Open replacement fields.
    fields: usize,
    /// `depth` plus the counts of every open level.
    total: usize,
}

impl Scan<'_> {
    fn error(&self, at: usize, message: &str) -> CompileError {
        CompileError {
            kind: BuiltinType::SyntaxError,
            message: message.into(),
            range: TextRange::empty(TextSize::new(at as u32)),
            location: None,
        }
    }

    fn count_op(&mut self, lambda: bool) {
        if let Some(Frame::Code { ops, lambdas, .. }) = self.frames.last_mut() {
            if lambda {
                *lambdas += 1;
            } else {
                *ops += 1;
            }
            self.total += 1;
        }
    }

    /// The current expression ends; `all` also forgets its lambdas.
    fn reset(&mut self, all: bool) {
        if let Some(Frame::Code { ops, lambdas, .. }) = self.frames.last_mut() {
            self.total -= *ops;
            *ops = 0;
            if all {
                self.total -= *lambdas;
                *lambdas = 0;
            }
        }
    }

    fn open(&mut self, opener: Opener, at: usize) -> Result<(), CompileError> {
        self.depth += 1;
        self.total += 1;
        self.frames.push(Frame::Code {
            opener,
            ops: 0,
            lambdas: 0,
        });
        if opener == Opener::Field {
            self.fields += 1;
        } else if self.fields == 0 {
            self.parens += 1;
        }
        if self.parens > MAX_PARENS {
            return Err(self.error(at, "too many nested parentheses"));
        }
        Ok(())
    }

    /// Closes the innermost code level (which must not be the module's).
    fn close(&mut self) {
        if let Some(Frame::Code {
            opener,
            ops,
            lambdas,
        }) = self.frames.pop()
        {
            self.total -= ops + lambdas + 1;
            self.depth -= 1;
            if opener == Opener::Field {
                self.fields -= 1;
            } else if self.fields == 0 {
                self.parens -= 1;
            }
        }
    }

    /// The string being scanned, if any: its quote, whether it is triple-quoted, an
    /// f-string (or t-string), raw, and whether the scan is in a replacement field's format
    /// spec.
    fn in_string(&self) -> Option<(u8, bool, bool, bool, bool)> {
        let spec = matches!(self.frames.last(), Some(Frame::Spec));
        for frame in self.frames.iter().rev() {
            match frame {
                Frame::Str {
                    quote,
                    triple,
                    fstring,
                    raw,
                } => return Some((*quote, *triple, *fstring, *raw, spec)),
                Frame::Code { .. } if !spec => return None,
                _ => {}
            }
        }
        None
    }

    /// Ends the innermost string, with any replacement fields still open in it.
    fn end_string(&mut self) {
        while let Some(frame) = self.frames.last() {
            match frame {
                Frame::Str { .. } => {
                    self.frames.pop();
                    return;
                }
                Frame::Spec => {
                    self.frames.pop();
                }
                Frame::Code {
                    opener: Opener::Top,
                    ..
                } => return,
                Frame::Code { .. } => self.close(),
            }
        }
    }

    fn top_opener(&self) -> Option<Opener> {
        match self.frames.last() {
            Some(Frame::Code { opener, .. }) => Some(*opener),
            _ => None,
        }
    }

    fn byte(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }
}

/// Rejects source (with `\n` line breaks) whose syntax tree could nest deeper than the parser, the compiler and the
/// tree's drop are given native stack for.
pub fn check_nesting(source: &str) -> Result<(), CompileError> {
    let mut s = Scan {
        src: source.as_bytes(),
        frames: vec![Frame::Code {
            opener: Opener::Top,
            ops: 0,
            lambdas: 0,
        }],
        depth: 0,
        parens: 0,
        fields: 0,
        total: 0,
    };
    let len = s.src.len();
    let mut indents: Vec<usize> = vec![0];
    let mut line_start = true;
    let mut line_begin = 0;
    // The identifier that ended at the current position, if any (a string prefix).
    let mut word_end: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < len {
        let c = s.byte(i);
        let at_word_end = word_end.filter(|&(_, end)| end == i);
        word_end = None;
        if let Some((quote, triple, fstring, raw, spec)) = s.in_string() {
            // The rules of ruff's lexer, so the scan sees the code the parser will see.
            match c {
                b'\\' => {
                    if fstring && matches!(s.byte(i + 1), b'{' | b'}') {
                        // The brace is not escaped.
                        i += 1;
                    } else if fstring && !raw && s.byte(i + 1) == b'N' && s.byte(i + 2) == b'{' {
                        // A named escape, not a replacement field.
                        i += 3;
                        while i < len && !matches!(s.byte(i), b'}' | b'{' | b'\n') {
                            if s.byte(i) == quote {
                                break;
                            }
                            i += 1;
                        }
                        if s.byte(i) == b'}' {
                            i += 1;
                        }
                    } else {
                        i += 2;
                    }
                }
                b'\n' if !triple => {
                    // Unterminated (the parser reports it); the line break is code.
                    s.end_string();
                }
                _ if c == quote => {
                    if !triple {
                        s.end_string();
                        i += 1;
                    } else if s.byte(i + 1) == quote && s.byte(i + 2) == quote {
                        s.end_string();
                        i += 3;
                    } else {
                        i += 1;
                    }
                }
                b'{' if fstring => {
                    if s.byte(i + 1) == b'{' && !spec {
                        i += 2;
                    } else {
                        s.open(Opener::Field, i)?;
                        i += 1;
                    }
                }
                b'}' if spec => {
                    // The end of the replacement field.
                    s.frames.pop();
                    s.close();
                    i += 1;
                }
                b'}' if fstring && s.byte(i + 1) == b'}' => i += 2,
                _ => i += 1,
            }
            continue;
        }
        if line_start && s.depth == 0 {
            let mut col = 0;
            while i < len && matches!(s.byte(i), b' ' | b'\t' | b'\x0c') {
                col = match s.byte(i) {
                    b'\t' => (col / 8 + 1) * 8,
                    b' ' => col + 1,
                    _ => 0,
                };
                i += 1;
            }
            line_start = false;
            if i < len && !matches!(s.byte(i), b'\n' | b'\r' | b'#' | b'\\') {
                while indents.len() > 1 && col < indents.last().copied().unwrap_or(0) {
                    indents.pop();
                }
                if col > indents.last().copied().unwrap_or(0) {
                    indents.push(col);
                    if indents.len() > MAX_INDENT {
                        let line = s
                            .src
                            .get(..line_begin)
                            .map_or(0, |b| b.iter().filter(|&&b| b == b'\n').count())
                            + 1;
                        return Err(CompileError {
                            kind: BuiltinType::IndentationError,
                            message: "too many levels of indentation".into(),
                            range: TextRange::empty(TextSize::new(line_begin as u32)),
                            location: Some(Box::new(Loc::new(line, 1, line, 0))),
                        });
                    }
                }
            }
            continue;
        }
        match c {
            b'#' => {
                while i < len && s.byte(i) != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' if s.byte(i + 1) == b'\n' => {
                // A line continuation.
                i += 2;
                line_begin = i;
                continue;
            }
            b'"' | b'\'' => {
                let (mut fstring, mut raw) = (false, false);
                if let Some((start, end)) = at_word_end {
                    let prefix = &source[start..end];
                    // ruff's prefixes, t-strings included.
                    let b = prefix.as_bytes();
                    let valid = match b {
                        [p] => b"fFtTrRbBuU".contains(p),
                        [p, q] => {
                            (b"rR".contains(p) && b"fFtTbB".contains(q))
                                || (b"fFtTbB".contains(p) && b"rR".contains(q))
                        }
                        _ => false,
                    };
                    if valid {
                        fstring = prefix.contains(['f', 'F', 't', 'T']);
                        raw = prefix.contains(['r', 'R']);
                    }
                }
                let triple = s.byte(i + 1) == c && s.byte(i + 2) == c;
                s.frames.push(Frame::Str {
                    quote: c,
                    triple,
                    fstring,
                    raw,
                });
                i += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => s.open(Opener::Bracket, i)?,
            b')' | b']' | b'}' => match s.top_opener() {
                Some(Opener::Bracket) => {
                    s.close();
                    // The bracketed atom or trailer is one more level of its expression.
                    s.count_op(false);
                }
                Some(Opener::Field) if c == b'}' => s.close(),
                _ => {}
            },
            b':' if s.top_opener() == Some(Opener::Field) => {
                s.frames.push(Frame::Spec);
            }
            b':' => s.reset(false),
            b',' | b';' => s.reset(true),
            b'\n' => {
                line_begin = i + 1;
                if s.depth == 0 {
                    line_start = true;
                    s.reset(true);
                }
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>'
            | b'.' | b'=' => s.count_op(false),
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < len
                    && (s.byte(i).is_ascii_alphanumeric() || matches!(s.byte(i), b'_' | 0x80..))
                {
                    i += 1;
                }
                match &source.get(start..i) {
                    Some("lambda") => s.count_op(true),
                    Some(
                        "not" | "if" | "else" | "await" | "yield" | "and" | "or" | "in" | "is",
                    ) => s.count_op(false),
                    _ => {}
                }
                word_end = Some((start, i));
                if s.total > MAX_EXPR_NESTING {
                    return Err(s.error(start, "expression too deeply nested"));
                }
                continue;
            }
            _ => {}
        }
        if s.total > MAX_EXPR_NESTING {
            return Err(s.error(i, "expression too deeply nested"));
        }
        i += 1;
    }
    Ok(())
}
