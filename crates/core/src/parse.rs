//! Parsing source text with `ruff_python_parser`, and reporting invalid source the way
//! CPython 3.11 does: the same `SyntaxError`/`IndentationError`/`TabError`, message, line,
//! offsets and caret line.
//!
//! Source is scanned for nesting depth before it is parsed, so input that would nest too deeply
//! for the parser (or for the drop of its tree) is rejected up front instead of exhausting the
//! native stack. When ruff reports an error, a CPython-like tokenizer (`tokenize`) and a
//! diagnosis of the failing construct (`diagnose`, `fstring`) work out which error CPython
//! would report first, and where.

mod diagnose;
mod exprs;
mod fstring;
mod nesting;
mod tokenize;

use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::{TextRange, TextSize};

use crate::compile::CompileError;
use crate::error::{PythonError, TracebackFrame};
use crate::types::BuiltinType;

/// Native stack that parsing and compiling are given: a few times what the deepest source the
/// nesting scan accepts needs in a debug build.
pub const COMPILE_STACK: usize = 16 << 20;

/// Parsing and compiling run on the calling thread when it has at least this much stack left
/// (enough for the deepest source the nesting scan accepts); a fresh `COMPILE_STACK` is
/// allocated only on smaller threads, as allocating one costs more than compiling a short
/// program.
pub const COMPILE_RED_ZONE: usize = 6 << 20;

/// Where CPython reports a syntax error: the attributes of its `SyntaxError` (1-based line,
/// 1-based character offsets; an end offset of 0 or less means "no end").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    pub line: usize,
    pub offset: i64,
    pub end_line: usize,
    pub end_offset: i64,
    /// The text shown instead of the source line (f-string sub-expressions).
    pub text: Option<String>,
}

impl Loc {
    pub fn new(line: usize, offset: i64, end_line: usize, end_offset: i64) -> Loc {
        Loc {
            line,
            offset,
            end_line,
            end_offset,
            text: None,
        }
    }

    /// The location of a byte range of `source`. Like CPython's parser and compiler (when
    /// reading a file), columns count bytes, which shifts carets on lines with non-ASCII text.
    pub fn of_range(source: &str, start: usize, end: usize) -> Loc {
        let (line, col) = line_byte_col(source, start);
        let (end_line, end_col) = line_byte_col(source, end.max(start));
        Loc::new(line, col as i64 + 1, end_line, end_col as i64 + 1)
    }
}

/// Parses a module.
pub fn parse(source: &str) -> Result<ModModule, CompileError> {
    if source.contains('\r') {
        // Scanned with universal newlines, like CPython reads files.
        let text = source.replace("\r\n", "\n").replace('\r', "\n");
        if let Err(mut e) = nesting::check_nesting(&text) {
            let mut loc = match e.location.take() {
                Some(loc) => *loc,
                None => {
                    let at = e.range.start().to_usize();
                    Loc::of_range(&text, at, at)
                }
            };
            loc.text = Some(source_line(&text, loc.line));
            e.range = TextRange::empty(TextSize::new(offset_of(source, loc.line, 1) as u32));
            e.location = Some(Box::new(loc));
            return Err(e);
        }
    } else {
        nesting::check_nesting(source)?;
    }
    let parsed = parse_unchecked(
        source,
        ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311),
    );
    let unsupported: Vec<_> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| (e.range, e.kind))
        .collect();
    if source.contains('\r') {
        // CPython reads files with universal newlines: a lone carriage return ends a line.
        // Diagnose the text it sees, and show its lines.
        let text = source.replace("\r\n", "\n").replace('\r', "\n");
        let reparsed = parse_unchecked(
            &text,
            ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311),
        );
        let unsupported: Vec<_> = reparsed
            .unsupported_syntax_errors()
            .iter()
            .map(|e| (e.range, e.kind))
            .collect();
        if let Some(mut e) = diagnose::diagnose_module(&text, reparsed.errors(), &unsupported) {
            if let Some(loc) = e.location.as_mut() {
                if loc.text.is_none() {
                    loc.text = Some(source_line(&text, loc.line));
                }
            }
            return Err(e);
        }
    } else if let Some(e) = diagnose::diagnose_module(source, parsed.errors(), &unsupported) {
        return Err(e);
    }
    match parsed.try_into_module() {
        Some(m) => Ok(m.into_syntax()),
        None => Err(error_at(
            source,
            BuiltinType::SyntaxError,
            "invalid syntax",
            Loc::new(1, 1, 1, 1),
        )),
    }
}

/// A parse error reported at a CPython location.
fn error_at(source: &str, kind: BuiltinType, message: &str, loc: Loc) -> CompileError {
    let start = offset_of(source, loc.line, loc.offset);
    CompileError {
        kind,
        message: message.to_string(),
        range: TextRange::empty(TextSize::new(start as u32)),
        location: Some(Box::new(loc)),
    }
}

/// Byte offset of 1-based column `offset` of 1-based `line` (clamped to the line, moved back
/// to a character boundary).
fn offset_of(source: &str, line: usize, offset: i64) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match source[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return source.len(),
        }
    }
    let text = &source[start..];
    let len = text.find('\n').unwrap_or(text.len());
    let mut at = start + ((offset.max(1) - 1) as usize).min(len);
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// 1-based line and 0-based byte column of a byte offset.
fn line_byte_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - line_start)
}

/// 1-based line and 0-based character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
    (line, source[line_start..offset].chars().count())
}

/// The text of 1-based `line` as CPython's error reporting reads it: with its line break,
/// if it has one.
fn source_line(source: &str, line: usize) -> String {
    let mut rest = source;
    for _ in 1..line {
        match rest.find('\n') {
            Some(i) => rest = &rest[i + 1..],
            None => return String::new(),
        }
    }
    match rest.find('\n') {
        Some(i) => format!("{}\n", rest[..i].trim_end_matches('\r')),
        None => rest.to_string(),
    }
}

/// The source line and caret line CPython prints under `  File ..., line N` (its
/// `print_error_text`, including its quirks: the caret is dropped when it points into the
/// indentation, subclasses of SyntaxError get a single caret).
fn render_text(text: &str, loc: &Loc, single_caret: bool) -> String {
    let line_size = text.len() as i64;
    let mut end_offset = if single_caret { -1 } else { loc.end_offset };
    let offset = loc.offset;
    if !single_caret && loc.end_line > loc.line {
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    let carets = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let mut off = offset - 1;
    let mut body = text;
    while let Some(rest) = body
        .strip_prefix(' ')
        .or_else(|| body.strip_prefix('\t'))
        .or_else(|| body.strip_prefix('\x0c'))
    {
        body = rest;
        off -= 1;
    }
    let mut len = body.len() as i64;
    if body.ends_with('\n') {
        len -= 1;
    }
    if off > len {
        off = len;
    }
    while let Some(nl) = body.find('\n') {
        let inl = nl as i64;
        if inl >= off {
            break;
        }
        body = &body[nl + 1..];
        len -= inl + 1;
        off -= inl + 1;
    }
    let _ = len;
    let mut out = String::from("    ");
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    if off >= 0 {
        out.push_str("    ");
        out.push_str(&" ".repeat(off as usize));
        out.push_str(&"^".repeat(carets.min(1 << 16)));
        out.push('\n');
    }
    out
}

/// The `SyntaxError` report CPython prints for a compile error.
pub fn syntax_error(source: &str, filename: &str, e: &CompileError) -> PythonError {
    let loc = match &e.location {
        Some(loc) => (**loc).clone(),
        None => Loc::of_range(source, e.range.start().to_usize(), e.range.end().to_usize()),
    };
    let text = match &loc.text {
        Some(t) => t.clone(),
        None => source_line(source, loc.line),
    };
    let line = loc.line;
    let mut report = format!("  File \"{filename}\", line {line}\n");
    let single_caret = e.kind != BuiltinType::SyntaxError;
    report.push_str(&render_text(&text, &loc, single_caret));
    report.push_str(&format!("{}: {}\n", e.kind.name(), e.message));
    let column = loc.offset.max(0) as u32;
    let end_column = if loc.end_offset > 0 {
        loc.end_offset as u32
    } else {
        column
    };
    PythonError {
        type_name: e.kind.name().to_string(),
        message: format!("{} ({filename}, line {line})", e.message),
        traceback: report,
        frames: vec![TracebackFrame {
            filename: filename.to_string(),
            line: line as u32,
            column,
            end_line: loc.end_line as u32,
            end_column,
            function_name: None,
            source_line: Some(text.trim().to_string()),
        }],
    }
}
