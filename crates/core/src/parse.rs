//! Parsing source text with `ruff_python_parser`, and turning parse errors into CPython's
//! `SyntaxError`/`IndentationError` (message, line, column, source line).
//!
//! Source is scanned for nesting depth before it is parsed, so input that would nest too deeply
//! for the parser (or for the drop of its tree) is rejected up front instead of exhausting the
//! native stack.

use ruff_python_ast::ModModule;
use ruff_python_parser::{parse_module, ParseErrorType};
use ruff_text_size::{TextRange, TextSize};

use crate::compile::CompileError;
use crate::error::{PythonError, TracebackFrame};
use crate::types::BuiltinType;

/// The deepest bracket/operator nesting accepted (CPython itself stops at a few hundred).
pub const MAX_SOURCE_NESTING: usize = 190;

/// Parses a module.
pub fn parse(source: &str) -> Result<ModModule, CompileError> {
    check_nesting(source)?;
    match parse_module(source) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(e) => Err(convert_error(source, &e.error, e.location)),
    }
}

/// Rejects source whose syntax tree would nest deeper than the compiler accepts. This is a
/// conservative scan of brackets, unary/binary operator chains and indentation.
fn check_nesting(source: &str) -> Result<(), CompileError> {
    let bytes = source.as_bytes();
    let mut depth: usize = 0;
    let mut chain: Vec<usize> = vec![0];
    let mut i = 0;
    let mut in_str: Option<(u8, bool)> = None;
    let mut line_start = true;
    let mut indent_levels: Vec<usize> = vec![0];
    while i < bytes.len() {
        let c = bytes[i];
        if let Some((q, triple)) = in_str {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == q {
                if triple {
                    if i + 2 < bytes.len() && bytes[i + 1] == q && bytes[i + 2] == q {
                        in_str = None;
                        i += 3;
                        continue;
                    }
                } else {
                    in_str = None;
                }
            } else if c == b'\n' && !triple {
                in_str = None;
            }
            i += 1;
            continue;
        }
        if line_start && depth == 0 {
            let mut col = 0;
            while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
                col += if bytes[i] == b'\t' { 8 - col % 8 } else { 1 };
                i += 1;
            }
            line_start = false;
            if i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'#' && bytes[i] != b'\r' {
                while indent_levels.len() > 1 && col < *indent_levels.last().unwrap_or(&0) {
                    indent_levels.pop();
                }
                if col > *indent_levels.last().unwrap_or(&0) {
                    indent_levels.push(col);
                    if indent_levels.len() > 100 {
                        return Err(CompileError {
                            kind: BuiltinType::IndentationError,
                            message: "too many levels of indentation".into(),
                            range: TextRange::empty(TextSize::new(i as u32)),
                        });
                    }
                }
            }
            continue;
        }
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                in_str = Some((c, triple));
                i += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                chain.push(0);
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if chain.len() > 1 {
                    chain.pop();
                }
            }
            b',' | b';' | b':' => {
                if let Some(l) = chain.last_mut() {
                    *l = 0;
                }
            }
            b'\n' => {
                if depth == 0 {
                    line_start = true;
                    chain.truncate(1);
                    chain[0] = 0;
                }
            }
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'~' | b'<' | b'>'
            | b'.' | b'=' => {
                if let Some(l) = chain.last_mut() {
                    *l += 1;
                }
            }
            _ => {
                // Keyword operators (`not`, `lambda`, `if`, `await`...) also nest.
                if c.is_ascii_alphabetic()
                    && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
                {
                    let start = i;
                    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_')
                    {
                        i += 1;
                    }
                    let word = &source[start..i];
                    if matches!(
                        word,
                        "not" | "lambda" | "if" | "else" | "await" | "and" | "or" | "in" | "is"
                    ) {
                        if let Some(l) = chain.last_mut() {
                            *l += 1;
                        }
                    }
                    continue;
                }
            }
        }
        let total: usize = depth + chain.iter().sum::<usize>();
        if depth > MAX_SOURCE_NESTING || total > 4 * MAX_SOURCE_NESTING {
            return Err(CompileError {
                kind: BuiltinType::SyntaxError,
                message: if depth > MAX_SOURCE_NESTING {
                    "too many nested parentheses".into()
                } else {
                    "expression too deeply nested".into()
                },
                range: TextRange::empty(TextSize::new(i as u32)),
            });
        }
        i += 1;
    }
    Ok(())
}

/// CPython's wording for a parse error, where it can be reproduced.
fn convert_error(source: &str, error: &ParseErrorType, range: TextRange) -> CompileError {
    use ruff_python_parser::LexicalErrorType as L;
    let syntax = |m: &str| (BuiltinType::SyntaxError, m.to_string());
    let (kind, message) = match error {
        ParseErrorType::Lexical(L::IndentationError) => (
            BuiltinType::IndentationError,
            "unindent does not match any outer indentation level".to_string(),
        ),
        ParseErrorType::UnexpectedIndentation => (
            BuiltinType::IndentationError,
            "unexpected indent".to_string(),
        ),
        ParseErrorType::Lexical(L::UnclosedStringError) => {
            let (line, _) = line_col(source, range.start().to_usize());
            syntax(&format!(
                "unterminated string literal (detected at line {line})"
            ))
        }
        ParseErrorType::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnterminatedTripleQuotedString,
        )
        | ParseErrorType::Lexical(L::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnterminatedTripleQuotedString,
        )) => {
            let (line, _) = line_col(source, range.start().to_usize());
            syntax(&format!(
                "unterminated triple-quoted string literal (detected at line {line})"
            ))
        }
        ParseErrorType::InvalidAssignmentTarget => syntax("cannot assign to expression"),
        ParseErrorType::InvalidDeleteTarget => syntax("cannot delete expression"),
        ParseErrorType::PositionalAfterKeywordArgument => {
            syntax("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        _ => syntax("invalid syntax"),
    };
    CompileError {
        kind,
        message,
        range,
    }
}

/// 1-based line and 0-based character column of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|p| p + 1).unwrap_or(0);
    (line, source[line_start..offset].chars().count())
}

/// The `SyntaxError` report CPython prints for a compile error.
pub fn syntax_error(source: &str, filename: &str, e: &CompileError) -> PythonError {
    let (line, col) = line_col(source, e.range.start().to_usize());
    let (end_line, end_col) = line_col(source, e.range.end().to_usize());
    let text = source
        .split('\n')
        .nth(line - 1)
        .unwrap_or("")
        .trim_end_matches('\r');
    let mut report = format!("  File \"{filename}\", line {line}\n");
    let indent = text
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let shown: String = text.chars().skip(indent).collect();
    if !shown.trim().is_empty() {
        report.push_str("    ");
        report.push_str(&shown);
        report.push('\n');
        let offset = col.saturating_sub(indent);
        let width = if end_line == line && end_col > col {
            end_col - col
        } else {
            1
        };
        let width = width.min(shown.chars().count().saturating_sub(offset).max(1));
        report.push_str("    ");
        report.push_str(&" ".repeat(offset));
        report.push_str(&"^".repeat(width));
        report.push('\n');
    }
    report.push_str(&format!("{}: {}\n", e.kind.name(), e.message));
    PythonError {
        type_name: e.kind.name().to_string(),
        message: format!("{} ({filename}, line {line})", e.message),
        traceback: report,
        frames: vec![TracebackFrame {
            filename: filename.to_string(),
            line: line as u32,
            column: col as u32 + 1,
            end_line: end_line as u32,
            end_column: end_col as u32 + 1,
            function_name: None,
            source_line: Some(text.trim().to_string()),
        }],
    }
}
