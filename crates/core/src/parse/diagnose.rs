//! Which error CPython 3.11 reports for source that fails to parse, and where.
//!
//! CPython's parser makes a first pass; when it fails, a second pass tries its `invalid_*`
//! grammar rules, which raise specific messages ("expected ':'", "cannot assign to literal
//! here. Maybe you meant '==' instead of '='?", "Perhaps you forgot a comma?"...); otherwise it
//! reports "invalid syntax" at the last token the first pass read. Tokenizer errors take
//! precedence in a way that depends on their kind (see `TokError::raised`), and f-strings are
//! checked when the parser reaches them.
//!
//! ruff's first error tells which construct failed; this module re-examines that construct on
//! CPython's token stream to reproduce CPython's message and location for the errors people
//! (and language models) commonly make. Anything else is reported as "invalid syntax" at the
//! token where ruff failed, which is where CPython fails too in the usual cases.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::PythonVersion;
use ruff_python_parser::{
    parse_unchecked, InterpolatedStringErrorType, Mode, ParseError, ParseErrorType as PE,
    ParseOptions, UnsupportedSyntaxErrorKind as U,
};
use ruff_text_size::{TextRange, TextSize};

use super::exprs::{expr_name, is_keyword, Ex, Exprs, EK};
use super::fstring::{self, FErr};
use super::tokenize::{line_text, tokenize, Kind, TokError, Token};
use super::Loc;
use crate::compile::CompileError;
use crate::types::BuiltinType;

/// How deeply f-string replacement fields are re-parsed (each level is a nested f-string).
const MAX_FSTRING_DEPTH: usize = 4;

/// Parses `source` as CPython 3.11 would and returns the error, if any.
fn check_source(source: &str, depth: usize) -> Option<Diag> {
    let parsed = parse_unchecked(
        source,
        ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311),
    );
    let unsupported: Vec<(TextRange, U)> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| (e.range, e.kind))
        .collect();
    diagnose_inner(source, parsed.errors(), &unsupported, depth)
}

/// Whether the expression of an f-string replacement field fails to parse as `(expr)`.
pub fn fstring_expr_fails(expr: &str) -> bool {
    let text = format!("({expr})");
    let parsed = parse_unchecked(
        &text,
        ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311),
    );
    !parsed.errors().is_empty()
}

/// The error CPython reports for `source` (a whole module), given ruff's errors.
pub fn diagnose_module(
    source: &str,
    errors: &[ParseError],
    unsupported: &[(TextRange, U)],
) -> Option<CompileError> {
    diagnose_inner(source, errors, unsupported, 0).map(|d| d.into_error(source))
}

fn diagnose_inner(
    source: &str,
    errors: &[ParseError],
    unsupported: &[(TextRange, U)],
    depth: usize,
) -> Option<Diag> {
    let tokens = tokenize(source);
    let cx = Cx::new(source, &tokens.toks);
    let fstr = cx.fstring_error(depth);
    let tok_err = tokens.error.as_ref().map(|e| (tokens.toks.len(), e));

    // The first failure ruff found, in the order ruff found them: errors about a whole node
    // (an invalid target) come after that node was parsed, like CPython's.
    let first_parse = errors.first();
    let first_unsupported = unsupported
        .iter()
        .filter(|(_, k)| !matches!(k, U::Pep701FString(_)))
        .min_by_key(|(r, _)| r.start());
    let diag = match (first_parse, first_unsupported) {
        (Some(p), Some((r, k))) if r.start() < p.location.start() => Some(cx.unsupported(*r, *k)),
        (None, Some((r, k))) => Some(cx.unsupported(*r, *k)),
        (Some(p), _) => Some(cx.classify(p)),
        (None, None) => cx.stray_at(),
    };

    // What CPython's parser raises first: an f-string it reaches before failing, or its own
    // error. `at` is the furthest token read by then.
    let fstr = fstr.filter(|(run, _)| diag.as_ref().is_none_or(|d| *run <= d.fail));
    let (first, at) = match (fstr, diag) {
        (Some((_, f)), _) => {
            let at = f.fail;
            (Some(f), at)
        }
        (None, Some(d)) => {
            let at = d.reach.max(d.fail);
            (Some(d), at)
        }
        (None, None) => (None, usize::MAX),
    };
    let Some((k, e)) = tok_err else {
        return first;
    };
    let Some(first) = first else {
        return Some(Diag::from_tok(e));
    };
    if k <= at {
        // Met while parsing.
        return Some(Diag::from_tok(e));
    }
    // After most errors CPython tokenizes the rest of the file, and errors its tokenizer
    // raises there win; "unexpected indent" is reported without that scan.
    if first.scan {
        if e.raised {
            return Some(Diag::from_tok(e));
        }
        if let Some(line) = e.unclosed_line {
            let reach = cx.toks.get(at.min(cx.toks.len().saturating_sub(1)));
            if reach.is_none_or(|t| t.line > line) {
                return Some(Diag::from_tok(e));
            }
        }
    }
    Some(first)
}

/// Whether CPython 3.11's parser takes the name for a soft keyword: its check compares only
/// the name's length of characters, so any prefix of `match` or `case` counts.
fn is_soft_keyword(name: &str) -> bool {
    name == "_" || (!name.is_empty() && ("match".starts_with(name) || "case".starts_with(name)))
}

/// A syntax error as CPython reports it.
struct Diag {
    kind: BuiltinType,
    message: String,
    loc: Loc,
    /// The token where parsing failed (CPython raises errors in f-strings before it).
    fail: usize,
    /// The furthest token CPython's parser read: tokenizer errors up to there are reported
    /// instead.
    reach: usize,
    /// Whether CPython scans the rest of the source for tokenizer errors after this one.
    scan: bool,
    /// Raised by the tokenizer (f-string expressions do not prefix those with "f-string: ").
    tokenizer: bool,
}

impl Diag {
    fn from_tok(e: &TokError) -> Diag {
        Diag {
            kind: e.kind,
            message: e.message.clone(),
            loc: e.loc.clone(),
            fail: 0,
            reach: 0,
            scan: true,
            tokenizer: true,
        }
    }

    fn into_error(self, source: &str) -> CompileError {
        let start = super::offset_of(source, self.loc.line, self.loc.offset);
        CompileError {
            kind: self.kind,
            message: self.message,
            range: TextRange::empty(TextSize::new(start as u32)),
            location: Some(Box::new(self.loc)),
        }
    }
}

struct Cx<'a> {
    src: &'a str,
    toks: &'a [Token],
    ex: Exprs<'a>,
}

fn syntax(message: impl Into<String>, loc: Loc, fail: usize, reach: usize) -> Diag {
    Diag {
        kind: BuiltinType::SyntaxError,
        message: message.into(),
        loc,
        fail,
        reach,
        scan: true,
        tokenizer: false,
    }
}

const AUGASSIGN: &[&str] = &[
    "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=",
];

impl<'a> Cx<'a> {
    fn new(src: &'a str, toks: &'a [Token]) -> Cx<'a> {
        Cx {
            src,
            toks,
            ex: Exprs::new(src, toks),
        }
    }

    fn t(&self, i: usize) -> &'a str {
        self.ex.t(i)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.ex.is(i, s)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.ex.kind(i)
    }

    /// Index of the token at byte `offset`: the token containing it, or the next one.
    fn idx(&self, offset: usize) -> usize {
        self.toks
            .iter()
            .position(|t| {
                !matches!(t.kind, Kind::Indent | Kind::Dedent)
                    && (t.end > offset
                        || t.start >= offset
                        || (t.kind == Kind::Newline && t.end >= offset))
            })
            .unwrap_or(self.toks.len())
    }

    /// The first token of the statement containing token `i`.
    fn stmt_start(&self, i: usize) -> usize {
        let mut j = i.min(self.toks.len());
        while j > 0 {
            let p = j - 1;
            let t = &self.toks[p];
            if matches!(t.kind, Kind::Newline | Kind::Indent | Kind::Dedent)
                || (self.is(p, ";") && t.level == 0)
            {
                break;
            }
            j -= 1;
        }
        j
    }

    /// Where CPython reports an error at token `i`.
    fn tok_loc(&self, i: usize) -> Loc {
        let Some(t) = self.toks.get(i).or_else(|| self.toks.last()) else {
            return Loc::new(1, 0, 1, -1);
        };
        match t.kind {
            Kind::Indent | Kind::Dedent | Kind::EndMarker => {
                let text = line_text(self.src, t.line);
                let at_eof = t.start >= self.src.len();
                let indent = if at_eof || t.kind == Kind::EndMarker {
                    0
                } else {
                    text.chars()
                        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                        .count() as i64
                };
                Loc::new(t.line, indent, t.line, -1)
            }
            _ => self.range_loc(t.start, t.end),
        }
    }

    fn range_loc(&self, start: usize, end: usize) -> Loc {
        Loc::of_range(self.src, start, end)
    }

    /// The location of tokens `a..=b` (a node spanning them).
    fn span_loc(&self, a: usize, b: usize) -> Loc {
        let start = self.toks.get(a).map_or(self.src.len(), |t| t.start);
        let end = self.toks.get(b).map_or(start, |t| t.end);
        self.range_loc(start, end)
    }

    fn generic(&self, i: usize) -> Diag {
        // After an expression, CPython's second pass tries another expression there (looking
        // for a missing comma), which may read further: tokenizer errors up to there win.
        let es = self.element_start(i);
        let mut reach = i;
        if es < i && self.ex.disjunction(es).is_some_and(|a| a.end == i) {
            self.ex.reset_seen();
            let _ = self.ex.expression(i);
            reach = self.ex.seen().max(i);
        }
        syntax("invalid syntax", self.tok_loc(i), i, reach)
    }

    /// An `@` that is neither a decorator nor a binary operator, which ruff may let through
    /// (`yield @x`).
    fn stray_at(&self) -> Option<Diag> {
        (1..self.toks.len())
            .find(|&q| {
                self.is(q, "@")
                    && self.stmt_start(q) != q
                    && !self.ex.is_name(q - 1)
                    && !matches!(self.kind(q - 1), Some(Kind::Number | Kind::Str))
                    && !matches!(self.t(q - 1), ")" | "]" | "}" | "None" | "True" | "False")
            })
            .map(|q| self.generic(q))
    }

    // ---- f-strings -------------------------------------------------------------------------

    /// The first f-string CPython 3.11 rejects: the index of the first token of its string
    /// run, and the error.
    fn fstring_error(&self, depth: usize) -> Option<(usize, Diag)> {
        let mut i = 0;
        while i < self.toks.len() {
            if self.toks[i].kind != Kind::Str {
                i += 1;
                continue;
            }
            let run = i;
            let mut end = i;
            while self.kind(end) == Some(Kind::Str) {
                end += 1;
            }
            let is_bytes = |j: usize| {
                let text = self.t(j);
                text.split(['"', '\''])
                    .next()
                    .unwrap_or("")
                    .contains(['b', 'B'])
            };
            for j in run..end {
                let t = &self.toks[j];
                let text = self.src.get(t.start..t.end).unwrap_or("");
                if j > run && is_bytes(j) != is_bytes(run) {
                    return Some((
                        run,
                        syntax(
                            "cannot mix bytes and nonbytes literals",
                            self.tok_loc(end),
                            end,
                            end,
                        ),
                    ));
                }
                if is_bytes(j) && !text.is_ascii() {
                    return Some((
                        run,
                        syntax(
                            "bytes can only contain ASCII literal characters",
                            self.tok_loc(j),
                            end,
                            end,
                        ),
                    ));
                }
                match fstring::check(text) {
                    None => {}
                    Some(FErr::Msg(m)) => {
                        return Some((run, syntax(m, self.tok_loc(end), end, end)));
                    }
                    Some(FErr::Inner { expr, line_delta }) => {
                        if depth >= MAX_FSTRING_DEPTH {
                            return Some((
                                run,
                                syntax("f-string: invalid syntax", self.tok_loc(end), end, end),
                            ));
                        }
                        let sub = format!("({expr})");
                        if let Some(d) = check_source(&sub, depth + 1) {
                            let mut loc = d.loc;
                            let line = t.line + line_delta + loc.line.saturating_sub(1);
                            let shown = line_text(&sub, loc.line).to_string();
                            loc.end_line = line + loc.end_line.saturating_sub(loc.line);
                            loc.line = line;
                            loc.text = Some(format!("{shown}\n"));
                            let message = if d.tokenizer || d.message.starts_with("f-string") {
                                d.message
                            } else {
                                format!("f-string: {}", d.message)
                            };
                            return Some((
                                run,
                                Diag {
                                    kind: d.kind,
                                    message,
                                    loc,
                                    fail: end,
                                    reach: end,
                                    scan: true,
                                    tokenizer: false,
                                },
                            ));
                        }
                    }
                }
            }
            i = end;
        }
        None
    }

    // ---- version-specific syntax -----------------------------------------------------------

    fn unsupported(&self, range: TextRange, kind: U) -> Diag {
        let i = self.idx(range.start().to_usize());
        match kind {
            U::UnparenthesizedExceptionTypes => self.except_types(i),
            U::ParenthesizedKeywordArgumentName => {
                let end = self.idx(range.end().to_usize());
                let value = self.ex.expression(end + 1).map_or(end + 1, |e| e.end);
                syntax(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    self.span_loc(i, value.saturating_sub(1)),
                    i,
                    value,
                )
            }
            // `type X = ...`, `def f[T]()`: the name after `type`, or the `[`.
            U::TypeAliasStatement => self.generic(i + 1),
            U::UnpackingInComprehension(k) => {
                if format!("{k:?}") == "DictInDict" {
                    syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        self.tok_loc(i),
                        i,
                        i + 1,
                    )
                } else {
                    syntax(
                        "iterable unpacking cannot be used in comprehension",
                        self.range_loc(range.start().to_usize(), range.end().to_usize()),
                        i,
                        i + 1,
                    )
                }
            }
            _ => self.generic(i),
        }
    }

    /// `except A, B:`: reported from the first type (inside its parentheses) to the `:`.
    fn except_types(&self, i: usize) -> Diag {
        // The types must be expressions up to `:` or `as`.
        if let Some(e) = self.ex.star_expressions(i) {
            if !(self.is(e.end, ":") || self.is(e.end, "as")) {
                // The first pass stopped after the first type.
                let first = self.ex.expression(i).map_or(e.end, |f| f.end);
                return self.generic(first);
            }
        }
        let mut j = i;
        while self.is(j, "(") {
            j += 1;
        }
        let colon = (j..self.toks.len())
            .find(|&q| self.is(q, ":") && self.toks[q].level == 0)
            .unwrap_or(j);
        let start = self.toks.get(j).map_or(0, |t| t.start);
        let end = self.toks.get(colon).map_or(start, |t| t.start);
        syntax(
            "multiple exception types must be parenthesized",
            self.range_loc(start, end),
            i,
            colon,
        )
    }

    // ---- parser errors ---------------------------------------------------------------------

    fn classify(&self, e: &ParseError) -> Diag {
        let start = e.location.start().to_usize();
        let i = self.idx(start);
        if !matches!(
            e.error,
            PE::UnexpectedIndentation | PE::Lexical(_) | PE::OtherError(_)
        ) || matches!(&e.error, PE::OtherError(m) if m.starts_with("Expected a"))
        {
            if let Some(d) = self.invalid_eq(i) {
                return d;
            }
            if let Some(d) = self.assignment_target_error(i) {
                return d;
            }
        }
        match &e.error {
            PE::UnexpectedIndentation => {
                let j = (0..self.toks.len())
                    .find(|&j| self.toks[j].kind == Kind::Indent && self.toks[j].start >= start)
                    .unwrap_or(i);
                let Some(t) = self.toks.get(j).or_else(|| self.toks.last()) else {
                    return self.generic(i);
                };
                let text = line_text(self.src, t.line);
                let width = text
                    .chars()
                    .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
                    .count() as i64;
                Diag {
                    kind: BuiltinType::IndentationError,
                    message: "unexpected indent".into(),
                    loc: Loc::new(t.line, width, t.line, -1),
                    fail: j,
                    reach: j,
                    scan: false,
                    tokenizer: false,
                }
            }
            PE::OtherError(m) if m.starts_with("Expected an indented block") => self
                .expected_block(start)
                .unwrap_or_else(|| self.generic(i)),
            PE::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
                let j = self.after_try_block(i);
                syntax(
                    "expected 'except' or 'finally' block",
                    self.tok_loc(j),
                    j,
                    j,
                )
            }
            PE::OtherError(m) if m.contains("after decorator") => {
                // The token after the decorator line.
                let nl = (0..i.min(self.toks.len()))
                    .rev()
                    .find(|&q| self.kind(q) == Some(Kind::Newline))
                    .unwrap_or(i);
                let j = nl + 1;
                match self.kind(j) {
                    Some(Kind::Dedent) | Some(Kind::Indent) => Diag {
                        kind: BuiltinType::IndentationError,
                        message: if self.kind(j) == Some(Kind::Dedent) {
                            "unexpected unindent".into()
                        } else {
                            "unexpected indent".into()
                        },
                        loc: self.tok_loc(j),
                        fail: j,
                        reach: j,
                        scan: false,
                        tokenizer: false,
                    },
                    _ => self.generic(j),
                }
            }
            PE::InvalidAnnotatedAssignmentTarget => {
                let end = self.idx(e.location.end().to_usize());
                let colon = (end..self.toks.len())
                    .find(|&q| self.is(q, ":") && self.toks[q].level == 0)
                    .unwrap_or(end);
                if self.ex.expression(colon + 1).is_some() {
                    syntax(
                        "illegal target for annotation",
                        self.range_loc(start, e.location.end().to_usize()),
                        i,
                        colon + 1,
                    )
                } else {
                    // The first pass never looked past the `:`.
                    self.generic(colon)
                }
            }
            PE::OtherError(m) if m.starts_with("Only single target (not") => {
                // Only with an annotation after the `:`; otherwise the first pass stopped at
                // the `:`.
                let end = self.idx(e.location.end().to_usize());
                let colon = (end..self.toks.len())
                    .find(|&q| self.is(q, ":") && self.toks[q].level == 0)
                    .unwrap_or(end);
                if self.ex.expression(colon + 1).is_none() {
                    return self.generic(colon);
                }
                if m.contains("(not tuple)") {
                    let first = self.ex.star_named_expression(i).map_or(i + 1, |el| el.end);
                    syntax(
                        "only single target (not tuple) can be annotated",
                        self.span_loc(i, first - 1),
                        i,
                        i + 1,
                    )
                } else {
                    syntax(
                        "only single target (not list) can be annotated",
                        self.range_loc(start, e.location.end().to_usize()),
                        i,
                        i + 1,
                    )
                }
            }

            PE::ExpectedToken {
                expected: TokenKind::For,
                ..
            } if i > 0 && self.is(i - 1, "async") => {
                // After the first item of a bracket CPython tries `async for` (reading one
                // more token); elsewhere it stops at `async`.
                let es = self.element_start(i - 1);
                if es > 0 && matches!(self.t(es - 1), "(" | "[" | "{") {
                    self.generic(i)
                } else {
                    self.generic(i - 1)
                }
            }
            PE::ExpectedToken {
                expected: TokenKind::In,
                ..
            } => self
                .comprehension_target(i)
                .unwrap_or_else(|| self.unexpected(i)),
            PE::ExpectedToken { expected, .. } => self
                .expected_token(i, *expected)
                .unwrap_or_else(|| self.generic(i)),
            PE::InvalidAssignmentTarget => self.invalid_target(e.location, i),
            PE::InvalidAugmentedAssignmentTarget => {
                self.augassign(i).unwrap_or_else(|| self.generic(i))
            }
            PE::InvalidDeleteTarget => {
                let name = self.kind_name(e.location);
                syntax(
                    format!("cannot delete {name}"),
                    self.range_loc(start, e.location.end().to_usize()),
                    i,
                    i + 1,
                )
            }
            PE::InvalidNamedAssignmentTarget
                if self
                    .ex
                    .expression(self.idx(e.location.end().to_usize()) + 1)
                    .is_none() =>
            {
                // No value after `:=`: the first pass failed there.
                self.generic(self.idx(e.location.end().to_usize()))
            }
            PE::InvalidNamedAssignmentTarget => {
                let name = self.kind_name(e.location);
                syntax(
                    format!("cannot use assignment expressions with {name}"),
                    self.range_loc(start, e.location.end().to_usize()),
                    i,
                    i + 1,
                )
            }
            PE::PositionalAfterKeywordArgument | PE::PositionalAfterKeywordUnpacking => {
                self.positional_after_keyword(i)
            }
            PE::InvalidArgumentUnpackingOrder => syntax(
                "iterable argument unpacking follows keyword argument unpacking",
                self.tok_loc(i),
                i,
                i + 1,
            ),
            PE::UnparenthesizedGeneratorExpression => syntax(
                "Generator expression must be parenthesized",
                self.range_loc(start, e.location.end().to_usize()),
                i,
                i + 1,
            ),
            PE::NonDefaultParamAfterDefaultParam
                if !matches!(self.t(i + 1), "," | ")" | ":" | "=") =>
            {
                // Not a parameter after all: the first pass failed after the name.
                self.generic(i + 1)
            }
            PE::NonDefaultParamAfterDefaultParam => {
                let mut loc = self.range_loc(start, e.location.end().to_usize());
                if self.in_lambda(i) {
                    loc.end_offset = loc.offset;
                    loc.end_line = loc.line;
                } else if self.is(i + 1, ":") {
                    if let Some(a) = self.ex.expression(i + 2) {
                        loc = self.span_loc(i, a.end - 1);
                    }
                }
                syntax(
                    "non-default argument follows default argument",
                    loc,
                    i,
                    i + 1,
                )
            }
            PE::ExpectedKeywordParam => self.bare_star(i),
            PE::VarParameterWithDefault => {
                let mut j = i;
                while j > 0 && !self.is(j, "*") && !self.is(j, "**") {
                    j -= 1;
                }
                let what = if self.is(j, "**") {
                    "var-keyword"
                } else {
                    "var-positional"
                };
                syntax(
                    format!("{what} argument cannot have default value"),
                    self.tok_loc(i),
                    i,
                    i + 1,
                )
            }
            PE::ParamAfterVarKeywordParam => {
                let mut loc = self.tok_loc(i);
                if self.in_lambda(i) {
                    loc.end_offset = loc.offset;
                } else if self.ex.is_name(i) && self.is(i + 1, ":") {
                    if let Some(a) = self.ex.expression(i + 2) {
                        loc = self.span_loc(i, a.end - 1);
                    }
                }
                syntax(
                    "arguments cannot follow var-keyword argument",
                    loc,
                    i,
                    i + 1,
                )
            }
            PE::OtherError(m)
                if m.starts_with("Multiple exception types must be parenthesized") =>
            {
                self.except_types(i)
            }
            PE::OtherError(m) if m.starts_with("Only one '*' parameter") => {
                syntax("* argument may appear only once", self.tok_loc(i), i, i + 1)
            }
            PE::OtherError(m) if m.starts_with("Trailing comma not allowed") => {
                let j = i + 1;
                syntax(
                    "trailing comma not allowed without surrounding parentheses",
                    self.tok_loc(j),
                    j,
                    j,
                )
            }
            PE::InvalidStarredExpressionUsage
                if self
                    .ex
                    .star_expression(i)
                    .is_some_and(|e| self.ex.atom(e.end).is_some()) =>
            {
                // Something else follows the starred expression: that is the error.
                let end = self.ex.star_expression(i).map_or(i, |e| e.end);
                self.unexpected(end)
            }
            PE::InvalidStarredExpressionUsage
                if i > 0
                    && self.is(i - 1, ":")
                    && self.open_bracket(i).is_some_and(|o| self.is(o, "{")) =>
            {
                syntax(
                    "cannot use a starred expression in a dictionary value",
                    self.range_loc(start, e.location.end().to_usize()),
                    i,
                    i + 1,
                )
            }
            PE::InvalidStarredExpressionUsage
                if i > 0
                    && self.is(i - 1, "(")
                    && self
                        .ex
                        .star_expression(i)
                        .is_some_and(|e| self.is(e.end, ")")) =>
            {
                syntax(
                    "cannot use starred expression here",
                    self.range_loc(start, e.location.end().to_usize()),
                    i,
                    i + 1,
                )
            }
            PE::UnexpectedTokenAfterAsync(_) => {
                // At the start of a statement CPython's first pass looks at the token after
                // `async` (for `def`, `with`, `for`); elsewhere it fails at `async`.
                let j = (0..=i.min(self.toks.len().saturating_sub(1)))
                    .rev()
                    .find(|&q| self.is(q, "async"))
                    .unwrap_or(i);
                if self.stmt_start(j) == j {
                    self.generic(j + 1)
                } else {
                    self.generic(j)
                }
            }

            PE::FStringError(InterpolatedStringErrorType::UnterminatedTripleQuotedString)
            | PE::FStringError(InterpolatedStringErrorType::UnterminatedString) => self.generic(i),
            _ => self.unexpected(i),
        }
    }

    /// An unexpected token at `i` ("Expected a statement", "Expected an expression",
    /// statements on one line...).
    fn unexpected(&self, i: usize) -> Diag {
        if let Some(d) = self.legacy_print(i) {
            return d;
        }
        if self.is(i, ":=") {
            let es = self.element_start(i);
            let named_position = es == self.stmt_start(i)
                || matches!(
                    self.t(es.saturating_sub(1)),
                    "(" | "[" | "{" | "," | "if" | "elif" | "while"
                );
            let value = self.ex.expression(i + 1).is_some();
            if let Some(a) = self.ex.expression(es).filter(|_| named_position && value) {
                if a.end == i && a.kind != EK::Name {
                    return syntax(
                        format!(
                            "cannot use assignment expressions with {}",
                            expr_name(a.kind)
                        ),
                        self.span_loc(es, i - 1),
                        i,
                        i + 1,
                    );
                }
            }
        }
        if (self.is(i, "}") || self.is(i, ","))
            && i > 0
            && self.is(i - 1, ":")
            && self.open_bracket(i).is_some_and(|o| self.is(o, "{"))
        {
            return syntax(
                "expression expected after dictionary key and ':'",
                self.tok_loc(i - 1),
                i,
                i,
            );
        }
        if let Some(d) = self.parenthesized_params(i) {
            return d;
        }
        if let Some(j) = self.for_target_end(i) {
            return self.generic(j);
        }
        if let Some(d) = self.comprehension_target(i) {
            return d;
        }
        // `def f(x=)`.
        if i > 0 && self.is(i - 1, "=") && (self.is(i, ")") || self.is(i, ",")) {
            if let Some(o) = self.open_bracket(i) {
                if o >= 2 && self.is(o, "(") && self.ex.is_name(o - 1) && self.is(o - 2, "def") {
                    return syntax(
                        "expected default value expression",
                        self.tok_loc(i - 1),
                        i,
                        i,
                    );
                }
            }
        }
        if let Some(d) = self.missing_else_before(i) {
            return d;
        }
        if let Some(d) = self.juxtaposition(i) {
            return d;
        }
        // `def f() ->` with no annotation: the forced `:` fails at `->`.
        if let Some(arrow) = i.checked_sub(1).filter(|&p| self.is(p, "->")) {
            if self.stmt_keyword(i).1 == "def" && self.ex.expression(i).is_none() {
                return syntax("expected ':'", self.tok_loc(arrow), arrow, arrow);
            }
        }
        if let Some(d) = self.missing_comma(i) {
            return d;
        }
        self.generic(i)
    }

    /// `a if b` without `else` before token `i` in its statement (in an expression position).
    fn missing_else_before(&self, i: usize) -> Option<Diag> {
        let s = self.stmt_start(i);
        for q in s + 1..i.min(self.toks.len()) {
            if !self.is(q, "if") {
                continue;
            }
            let es = self.element_start(q);
            if es >= q || (es > 0 && matches!(self.t(es - 1), "in" | "if")) {
                continue;
            }
            if self.stmt_start(q) == es && matches!(self.t(es), "if" | "elif" | "while") {
                continue;
            }
            let Some(a) = self.ex.disjunction(es) else {
                continue;
            };
            if a.end != q {
                continue;
            }
            let Some(b) = self.ex.disjunction(q + 1) else {
                continue;
            };
            if b.end > i || self.is(b.end, "else") || self.is(b.end, ":") {
                continue;
            }
            return Some(syntax(
                "expected 'else' after 'if' expression",
                self.span_loc(es, b.end - 1),
                q,
                b.end,
            ));
        }
        None
    }

    /// Two expressions next to each other before token `i` in its statement (`[a [b]]`,
    /// `print [x]`): CPython's second pass reports the first such place.
    fn juxtaposition(&self, i: usize) -> Option<Diag> {
        let s = self.stmt_start(i);
        for x in s + 1..i.min(self.toks.len()) {
            let prev_ends = match self.kind(x - 1) {
                Some(Kind::Name) => !is_keyword(self.t(x - 1)) || self.t(x - 1) == "None",
                Some(Kind::Number | Kind::Str) => true,
                Some(Kind::Op) => matches!(self.t(x - 1), ")" | "]" | "}"),
                _ => false,
            };
            if !prev_ends || self.ex.atom(x).is_none() {
                continue;
            }
            if let Some(d) = self.legacy_print(x).or_else(|| self.missing_comma(x)) {
                return Some(d);
            }
        }
        None
    }

    /// `print "x"`: CPython suggests the call.
    fn legacy_print(&self, i: usize) -> Option<Diag> {
        let p = i.checked_sub(1)?;
        let name = self.t(p);
        if !(self.kind(p) == Some(Kind::Name) && (name == "print" || name == "exec")) {
            return None;
        }
        if p > 0 && self.is(p - 1, ".") {
            return None;
        }
        if self.is(i, "(") {
            return None;
        }
        let b = self.ex.star_expressions(i)?;
        Some(syntax(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            self.span_loc(p, b.end - 1),
            i,
            b.end,
        ))
    }

    /// The start of the innermost expression that ends just before token `i`, for rules of
    /// the form `a=disjunction <something>`.
    fn element_start(&self, i: usize) -> usize {
        let mut j = i;
        let mut depth = 0usize;
        while j > 0 {
            let p = j - 1;
            let t = self.t(p);
            if self
                .kind(p)
                .is_some_and(|k| matches!(k, Kind::Newline | Kind::Indent | Kind::Dedent))
            {
                break;
            }
            match t {
                ")" | "]" | "}" if self.kind(p) == Some(Kind::Op) => depth += 1,
                "(" | "[" | "{" if self.kind(p) == Some(Kind::Op) => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                _ if depth > 0 => {}
                "," | ":" | "=" | ":=" | "if" | "else" | "for" | "return" | "yield" | "del"
                | "assert" | "raise" | "from" | "import" | "while" | "elif" | "with" | "as"
                | "await" | "lambda" | ";" | "*" | "**" | "global" | "nonlocal"
                    if !(t == "*" || t == "**") || self.is_star_prefix(p) =>
                {
                    break
                }
                "in" if self.in_for_clause(p) => break,
                _ if AUGASSIGN.contains(&t) => break,
                _ => {}
            }
            j -= 1;
        }
        j
    }

    /// Whether the `*`/`**` at `p` is a prefix (unpacking) rather than an operator.
    fn is_star_prefix(&self, p: usize) -> bool {
        match p.checked_sub(1) {
            None => true,
            Some(q) => {
                matches!(self.t(q), "(" | "[" | "{" | "," | "=" | ":" | "")
                    || matches!(
                        self.kind(q),
                        Some(Kind::Newline | Kind::Indent | Kind::Dedent)
                    )
            }
        }
    }

    /// Whether the `in` at `p` belongs to a `for` clause (scanning back at the same depth).
    fn in_for_clause(&self, p: usize) -> bool {
        let mut j = p;
        let mut depth = 0usize;
        while j > 0 {
            j -= 1;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                "for" if depth == 0 => return true,
                "if" | "in" if depth == 0 => return false,
                _ => {}
            }
            if matches!(
                self.kind(j),
                Some(Kind::Newline | Kind::Indent | Kind::Dedent)
            ) {
                return false;
            }
        }
        false
    }

    /// In a `for` statement whose target list contains token `i`: where CPython's first pass
    /// stops reading the targets.
    fn for_target_end(&self, i: usize) -> Option<usize> {
        let (k, kw) = self.stmt_keyword(i);
        if kw != "for" || (k + 1..i).any(|q| self.is(q, "in") && self.toks[q].level == 0) {
            return None;
        }
        let j = self.target_list_end(k + 1);
        (j <= i).then_some(j)
    }

    /// Where a target list starting at token `start` ends for CPython's first pass.
    fn target_list_end(&self, start: usize) -> usize {
        let mut j = start;
        loop {
            let el = if self.is(j, "*") {
                self.ex.primary(j + 1)
            } else {
                self.ex.primary(j)
            };
            let Some(el) = el else { break };
            j = el.end;
            if !self.is(j, ",") {
                break;
            }
            j += 1;
        }
        j
    }

    /// A `for` clause of a comprehension whose target is not followed by `in` (the error is
    /// at token `i`).
    fn comprehension_target(&self, i: usize) -> Option<Diag> {
        let mut j = i;
        let mut depth = 0usize;
        let for_at = loop {
            j = j.checked_sub(1)?;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    depth = depth.checked_sub(1)?;
                }
                "for" if depth == 0 => break j,
                "in" | "if" | "," | ":" | "=" if depth == 0 => return None,
                _ => {}
            }
            if matches!(
                self.kind(j),
                Some(Kind::Newline | Kind::Indent | Kind::Dedent)
            ) {
                return None;
            }
        };
        if self.toks.get(for_at).is_none_or(|t| t.level == 0) {
            return None;
        }
        // Where the target list ends: a missing comma there (CPython's second pass parses
        // the target as expressions), or a plain syntax error.
        let mut end = for_at + 1;
        loop {
            let el = if self.is(end, "*") {
                self.ex.primary(end + 1)
            } else {
                self.ex.primary(end)
            };
            let Some(el) = el else { break };
            end = el.end;
            if !self.is(end, ",") {
                break;
            }
            end += 1;
        }
        if end > i {
            return None;
        }
        if let Some(d) = self.missing_comma(end) {
            return Some(d);
        }
        // A comprehension that is not the first item (`f(a, x for x y)`) is not tried as one
        // by CPython's first pass, which stops at `for`.
        let es = self.element_start(for_at);
        if es > 0 && self.is(es - 1, ",") {
            return Some(self.generic(for_at));
        }
        (end < i).then(|| self.generic(end))
    }

    /// `[1 2]`: "invalid syntax. Perhaps you forgot a comma?" (inside brackets only).
    fn missing_comma(&self, i: usize) -> Option<Diag> {
        let es = self.element_start(i);
        if es >= i {
            return None;
        }
        // Parameter names and import lists are not expressions (defaults and annotations
        // are).
        if let Some(o) = self.open_bracket(i) {
            if self.is(o, "(")
                && o >= 2
                && self.ex.is_name(o - 1)
                && self.is(o - 2, "def")
                && es > 0
                && matches!(self.t(es - 1), "(" | "," | "*" | "**")
            {
                return None;
            }
            let (_, kw) = self.stmt_keyword(i);
            if kw == "from" || kw == "import" {
                return None;
            }
        }
        let (k, kw) = self.stmt_keyword(i);
        let in_pattern = kw == "case"
            && !(k + 1..i)
                .any(|q| self.is(q, "if") && self.toks.get(q).is_some_and(|t| t.level == 0));
        if self.in_lambda(i) || in_pattern {
            return None;
        }
        // Comprehension iterables and conditions, and the condition of a conditional
        // expression, are disjunctions: CPython does not look for a missing comma there.
        if es > 0 && matches!(self.t(es - 1), "in" | "if") {
            return None;
        }
        // Not after a name followed by a string (string prefixes) or a soft keyword.
        if (self.ex.is_name(es) && self.kind(es + 1) == Some(Kind::Str))
            || is_soft_keyword(self.t(es))
        {
            return None;
        }
        let a = self.ex.disjunction(es)?;
        if a.end != i {
            return None;
        }
        if a.kind == EK::Name && matches!(self.t(es), "print" | "exec") {
            return None;
        }
        let b = self.ex.expression(i)?;
        if self.toks.get(b.end - 1).map_or(0, |t| t.level) == 0 {
            return None;
        }
        Some(syntax(
            "invalid syntax. Perhaps you forgot a comma?",
            self.span_loc(es, b.end - 1),
            i,
            b.end,
        ))
    }

    /// Statement keyword of the statement containing `i` (skipping `async`).
    fn stmt_keyword(&self, i: usize) -> (usize, &'a str) {
        let s = self.stmt_start(i);
        let k = if self.is(s, "async") { s + 1 } else { s };
        (k, self.t(k))
    }

    fn expected_token(&self, i: usize, expected: TokenKind) -> Option<Diag> {
        match expected {
            TokenKind::Colon => self.expected_colon(i),
            TokenKind::Lpar => {
                let (k, kw) = self.stmt_keyword(i);
                if kw == "def" && i == k + 2 {
                    return Some(syntax("expected '('", self.tok_loc(i), i, i));
                }
                None
            }
            TokenKind::Comma => {
                if AUGASSIGN.contains(&self.t(i)) {
                    return self.augassign(i);
                }
                if let Some(d) = self.legacy_print(i) {
                    return Some(d);
                }
                self.missing_comma(i)
            }
            TokenKind::Else => self.expected_else(i),
            _ => Some(self.unexpected(i)),
        }
    }

    fn expected_colon(&self, i: usize) -> Option<Diag> {
        if let Some(d) = self.parenthesized_params(i) {
            return Some(d);
        }
        let (k, kw) = self.stmt_keyword(i);
        let at_top = i
            .checked_sub(1)
            .and_then(|p| self.toks.get(p))
            .is_none_or(|t| t.level == 0);
        if !at_top {
            if self.open_bracket(i).is_some_and(|o| self.is(o, "{")) {
                return self.dict_colon(i);
            }
            return Some(self.unexpected(i));
        }
        if matches!(kw, "if" | "elif" | "while") && self.is(i, "=") {
            if let Some(d) = self.named_expression_error(k + 1) {
                return Some(d);
            }
        }
        if kw == "case" && self.is(i, "=") {
            // The guard of a case clause is a named expression.
            if let Some(g) = (k + 1..i).find(|&q| self.is(q, "if") && self.toks[q].level == 0) {
                if let Some(d) = self.named_expression_error(g + 1) {
                    return Some(d);
                }
            }
        }
        let header = matches!(
            kw,
            "if" | "elif"
                | "while"
                | "for"
                | "with"
                | "class"
                | "def"
                | "try"
                | "except"
                | "finally"
                | "else"
                | "match"
                | "case"
        );
        if !header {
            return None;
        }
        let forced = matches!(kw, "def" | "try" | "else" | "finally");
        if self.kind(i) == Some(Kind::Newline) || forced {
            return Some(syntax("expected ':'", self.tok_loc(i), i, i));
        }
        None
    }

    /// `{1: 2, 3}`: "':' expected after dictionary key" (after a first valid item).
    fn dict_colon(&self, i: usize) -> Option<Diag> {
        let es = self.element_start(i);
        let open = self.open_bracket(i)?;
        if !self.is(open, "{") {
            return None;
        }
        if es == open + 1 || !self.is(es.checked_sub(1)?, ",") {
            return self.missing_comma(i);
        }
        let a = self.ex.expression(es)?;
        if a.end != i {
            return None;
        }
        let last = self.toks.get(a.end - 1)?;
        let mut loc = self.range_loc(last.end, last.end);
        // The last character of the key.
        loc.offset -= 1;
        loc.end_offset = 0;
        Some(syntax("':' expected after dictionary key", loc, i, i))
    }

    /// `def f((x))`, `lambda (x): 0`: parenthesized parameters.
    fn parenthesized_params(&self, i: usize) -> Option<Diag> {
        if !self.is(i, "(") {
            return None;
        }
        let prev = i.checked_sub(1)?;
        if !matches!(self.t(prev), "lambda" | "," | "(") {
            return None;
        }
        if self.ex.close.get(i).copied().flatten() == Some(i + 1) {
            return None;
        }
        let lambda = self.in_lambda(i) || self.is(prev, "lambda");
        let def = !lambda
            && self
                .open_bracket(i)
                .is_some_and(|o| o >= 2 && self.ex.is_name(o - 1) && self.is(o - 2, "def"));
        if !lambda && !def {
            return None;
        }
        let close = self.ex.close.get(i).copied().flatten()?;
        let mut j = i + 1;
        while j < close {
            if !(self.ex.is_name(j) || self.is(j, ",")) {
                return None;
            }
            j += 1;
        }
        let what = if lambda {
            "Lambda expression parameters cannot be parenthesized"
        } else {
            "Function parameters cannot be parenthesized"
        };
        Some(syntax(what, self.span_loc(i, close), i, close + 1))
    }

    /// `invalid_named_expression` at a named-expression position `e` (an `if`/`while`
    /// condition, an element of a top-level tuple being assigned...).
    fn named_expression_error(&self, e: usize) -> Option<Diag> {
        let not_eq = |j: usize| !self.is(j, "=") && !self.is(j, ":=");
        if self.ex.is_name(e) && self.is(e + 1, "=") {
            if let Some(b) = self.ex.bitwise_or(e + 2) {
                if not_eq(b.end) {
                    return Some(syntax(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        self.span_loc(e, b.end - 1),
                        e + 1,
                        b.end,
                    ));
                }
            }
        }
        if matches!(self.t(e), "True" | "None" | "False") {
            return None;
        }
        if let Some(at) = self.ex.atom(e) {
            if matches!(at.kind, EK::List | EK::Tuple | EK::GenExp)
                && matches!(self.t(e), "(" | "[")
            {
                return None;
            }
        }
        let a = self.ex.bitwise_or(e)?;
        if !self.is(a.end, "=") {
            return None;
        }
        let b = self.ex.bitwise_or(a.end + 1)?;
        if !not_eq(b.end) {
            return None;
        }
        Some(syntax(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(a.kind)
            ),
            self.span_loc(a.start, a.end - 1),
            a.end,
            b.end,
        ))
    }

    /// The innermost bracket open at token `q`.
    fn open_bracket(&self, q: usize) -> Option<usize> {
        let mut j = q;
        let mut depth = 0usize;
        while j > 0 {
            j -= 1;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        return Some(j);
                    }
                    depth -= 1;
                }
                _ => {}
            }
            if matches!(
                self.kind(j),
                Some(Kind::Newline | Kind::Indent | Kind::Dedent)
            ) {
                return None;
            }
        }
        None
    }

    /// Whether the bracket at `open` is the argument list of a call (or class bases).
    fn is_call(&self, open: usize) -> bool {
        self.is(open, "(")
            && open > 0
            && (self.ex.is_name(open - 1)
                || matches!(self.t(open - 1), ")" | "]")
                || self.kind(open - 1) == Some(Kind::Str))
    }

    /// A `=` inside brackets where it cannot be: `[a = 1]`, `f(a.b=1)`, `f(True=1)`.
    fn invalid_eq(&self, i: usize) -> Option<Diag> {
        let s = self.stmt_start(i);
        let mut q = s;
        while q < self.toks.len() {
            if matches!(self.kind(q), Some(Kind::Newline | Kind::EndMarker))
                || (self.is(q, ";") && self.toks[q].level == 0)
            {
                return None;
            }
            if self.is(q, "=") && self.toks[q].level > 0 {
                let open = self.open_bracket(q)?;
                let es = self.element_start(q);
                let params = self.is(open, "(")
                    && open >= 2
                    && self.ex.is_name(open - 1)
                    && self.is(open - 2, "def");
                let call = self.is_call(open);
                let valid =
                    params || self.in_lambda(q) || (call && es + 1 == q && self.ex.is_name(es));
                if !valid {
                    if !(es <= i && i <= q) && Some(i) != self.open_bracket(q) {
                        return None;
                    }
                    // Only at the start of an argument (not in a keyword argument's value).
                    if call && !matches!(self.t(es.saturating_sub(1)), "(" | ",") {
                        return None;
                    }
                    if !call {
                        // Only elements of displays, groups and subscripts are named
                        // expressions (not comprehension conditions, dict items...).
                        let prev = es.checked_sub(1)?;
                        if !matches!(self.t(prev), "(" | "[" | "{" | ",") {
                            return None;
                        }
                        return self.named_expression_error(es);
                    }
                    if matches!(self.t(es), "True" | "False" | "None") && es + 1 == q {
                        return Some(syntax(
                            format!("cannot assign to {}", self.t(es)),
                            self.span_loc(es, q),
                            i,
                            q + 1,
                        ));
                    }
                    let a = self.ex.expression(es)?;
                    if a.end != q {
                        return None;
                    }
                    return Some(syntax(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        self.span_loc(es, q),
                        i,
                        q + 1,
                    ));
                }
            }
            q += 1;
        }
        None
    }

    /// `x = 1 if y`: "expected 'else' after 'if' expression".
    fn expected_else(&self, i: usize) -> Option<Diag> {
        // Find the `if` of this conditional expression.
        let mut j = i;
        let mut depth = 0usize;
        let if_at = loop {
            j = j.checked_sub(1)?;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => depth = depth.checked_sub(1)?,
                "if" if depth == 0 => break j,
                _ => {}
            }
        };
        let es = self.element_start(if_at);
        let a = self.ex.disjunction(es)?;
        if a.end != if_at {
            return None;
        }
        let b = self.ex.disjunction(if_at + 1)?;
        if b.end != i {
            return None;
        }
        Some(syntax(
            "expected 'else' after 'if' expression",
            self.span_loc(es, b.end - 1),
            i,
            i,
        ))
    }

    /// `if x:` followed by no indented block.
    fn expected_block(&self, start: usize) -> Option<Diag> {
        // The header's NEWLINE: the last one at or before the error.
        let at = self.idx(start);
        let nl = (0..=at.min(self.toks.len().saturating_sub(1)))
            .rev()
            .find(|&j| self.kind(j) == Some(Kind::Newline))?;
        let (k, kw) = self.stmt_keyword(nl);
        let line = self.toks.get(k)?.line;
        let what = match kw {
            "def" => format!("function definition on line {line}"),
            "class" => format!("class definition on line {line}"),
            "except" if self.is(k + 1, "*") => format!("'except*' statement on line {line}"),
            _ => format!("'{kw}' statement on line {line}"),
        };
        let target = nl + 1;
        Some(Diag {
            kind: BuiltinType::IndentationError,
            message: format!("expected an indented block after {what}"),
            loc: self.tok_loc(target),
            fail: target,
            reach: target,
            scan: true,
            tokenizer: false,
        })
    }

    /// `a, b += 1`, `f() += 1`.
    fn augassign(&self, i: usize) -> Option<Diag> {
        let s = self.stmt_start(i);
        let op = (s..self.toks.len())
            .find(|&j| self.toks[j].level == 0 && AUGASSIGN.contains(&self.t(j)))?;
        let a = self.ex.star_expressions(s)?;
        if a.end != op {
            return None;
        }
        Some(syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(a.kind)
            ),
            self.span_loc(s, op - 1),
            i,
            op + 1,
        ))
    }

    /// The node kind of the expression at a ruff range.
    fn kind_of(&self, range: TextRange) -> Option<Ex> {
        let i = self.idx(range.start().to_usize());
        let end = range.end().to_usize();
        let candidates = [
            self.ex.star_expressions(i),
            self.ex.star_named_expression(i),
            self.ex.disjunction(i),
            self.ex.bitwise_or(i),
            self.ex.primary(i),
            self.ex.atom(i),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|e| self.toks.get(e.end - 1).is_some_and(|t| t.end == end))
    }

    fn kind_name(&self, range: TextRange) -> &'static str {
        self.kind_of(range)
            .map_or("expression", |e| expr_name(e.kind))
    }

    /// An invalid target of `=`, `for ... in`, `with ... as`.
    fn invalid_target(&self, range: TextRange, i: usize) -> Diag {
        let start = range.start().to_usize();
        let loc = self.range_loc(start, range.end().to_usize());
        if self.is(i, "yield") {
            return syntax("assignment to yield expression not possible", loc, i, i + 1);
        }
        if self.kind_of(range).is_none() {
            // Not an expression CPython would see here (`x === 1`): a plain syntax error where
            // its parser gave up.
            if let Some(j) = self.for_target_end(i) {
                return self.generic(j);
            }
            let s = self.stmt_start(i);

            self.ex.reset_seen();
            let mut j = s;
            while let Some(e) = self.ex.star_expressions(j) {
                if !self.is(e.end, "=") {
                    break;
                }
                j = e.end + 1;
            }
            return self.generic(self.ex.seen().max(i));
        }
        let name = self.kind_name(range);
        let (k, kw) = self.stmt_keyword(i);
        // `for` targets, in statements and comprehensions.
        let mut j = i;
        let mut depth = 0usize;
        let mut in_for = false;
        while j > k {
            j -= 1;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                "for" if depth == 0 => {
                    in_for = true;
                    break;
                }
                "in" | "=" | "if" | ":" if depth == 0 => break,
                _ => {}
            }
        }
        if in_for {
            // CPython parses the target as expressions: `a in b` is a comparison whose left
            // side is the target; other comparisons are no target at all.
            let for_at = j;
            let target = self.ex.star_expressions(for_at + 1);
            let bad = target.and_then(|e| self.invalid_part(e, true, 0));
            return match bad {
                Some(b) => syntax(
                    format!("cannot assign to {}", expr_name(b.kind)),
                    self.ex_loc(b),
                    i,
                    i + 1,
                ),
                None => self.generic(self.target_list_end(for_at + 1)),
            };
        }
        if kw == "with" {
            return syntax(format!("cannot assign to {name}"), loc, i, i + 1);
        }
        // An assignment statement: CPython first tries the elements of a top-level tuple as
        // named expressions (`f() = 1` is probably a comparison).
        if let Some(d) = self.named_elements_error(k) {
            return d;
        }
        syntax(format!("cannot assign to {name}"), loc, i, i + 1)
    }

    /// The location of an expression found by the recognizer (without enclosing parentheses
    /// of a group, like CPython's nodes).
    fn ex_loc(&self, e: Ex) -> Loc {
        let e = self.ungroup(e);
        self.span_loc(e.start, e.end - 1)
    }

    /// The expression inside the parentheses of a group `(x)`.
    fn ungroup(&self, e: Ex) -> Ex {
        let mut e = e;
        for _ in 0..50 {
            if !(self.is(e.start, "(")
                && !matches!(e.kind, EK::Tuple | EK::GenExp | EK::Yield)
                && self.ex.close.get(e.start).copied().flatten() == Some(e.end - 1))
            {
                break;
            }
            match self.ex.star_named_expression(e.start + 1) {
                Some(inner) if inner.end == e.end - 1 => e = inner,
                _ => break,
            }
        }
        e
    }

    /// The elements of a tuple or list.
    fn elements(&self, e: Ex) -> Vec<Ex> {
        let bracketed = matches!(self.t(e.start), "(" | "[")
            && self.ex.close.get(e.start).copied().flatten() == Some(e.end - 1);
        let (mut j, end) = if bracketed {
            (e.start + 1, e.end - 1)
        } else {
            (e.start, e.end)
        };
        let mut out = Vec::new();
        while j < end {
            let Some(el) = self.ex.star_named_expression(j) else {
                break;
            };
            out.push(el);
            if !self.is(el.end, ",") {
                break;
            }
            j = el.end + 1;
        }
        out
    }

    /// CPython's `_PyPegen_get_invalid_target`: the part of an assignment target that cannot
    /// be assigned to, if any.
    /// For `for` targets (`for_targets`), a comparison `a in b` stands for its left side and
    /// other comparisons are no error at all, as in CPython.
    fn invalid_part(&self, e: Ex, for_targets: bool, depth: usize) -> Option<Ex> {
        if depth > 50 {
            return None;
        }
        let e = self.ungroup(e);
        match e.kind {
            EK::Name | EK::Attribute | EK::Subscript => None,
            EK::Starred => {
                let inner = self.ex.bitwise_or(e.start + 1)?;
                self.invalid_part(inner, for_targets, depth + 1)
            }
            EK::Tuple | EK::List => self
                .elements(e)
                .into_iter()
                .find_map(|el| self.invalid_part(el, for_targets, depth + 1)),
            EK::Compare if for_targets => {
                let left = self.ex.bitwise_or(e.start)?;
                if !self.is(left.end, "in") {
                    return None;
                }
                self.invalid_part(left, for_targets, depth + 1)
            }
            _ => Some(e),
        }
    }

    /// An assignment statement whose targets CPython cannot assign to: `f() = 1`,
    /// `x = 1 = y`, `a, 1 = t`.
    fn assignment_target_error(&self, i: usize) -> Option<Diag> {
        let s = self.stmt_start(i);
        let first = self.t(s);
        if is_keyword(first)
            && !matches!(
                first,
                "None" | "True" | "False" | "await" | "not" | "lambda"
            )
        {
            return None;
        }
        // The first `=` of the statement.
        let mut q = s;
        loop {
            match self.kind(q) {
                None | Some(Kind::Newline | Kind::EndMarker) => return None,
                _ if self.is(q, ";") && self.toks[q].level == 0 => return None,
                _ if self.is(q, "=") && self.toks[q].level == 0 => break,
                _ => q += 1,
            }
        }
        // CPython's assignment rule fails when the text before `=` is not a target list, or
        // when one of the targets cannot be assigned to.
        let mut bad = None;
        match self.ex.star_expressions(s) {
            Some(e) if e.end == q => {
                let mut j = s;
                while let Some(e) = self.ex.star_expressions(j) {
                    if !self.is(e.end, "=") || e.end > i {
                        break;
                    }
                    if let Some(b) = self.invalid_part(e, false, 0) {
                        bad = Some(b);
                        break;
                    }
                    j = e.end + 1;
                }
                bad?;
            }
            _ => {}
        }
        if let Some(d) = self.named_elements_error(s) {
            return Some(d);
        }
        let bad = bad?;
        Some(syntax(
            format!("cannot assign to {}", expr_name(bad.kind)),
            self.ex_loc(bad),
            i,
            i + 1,
        ))
    }

    /// CPython's failing assignments first try `star_named_expression ','
    /// star_named_expressions*` from the statement start, where each element is checked as a
    /// named expression (`f() = 1` is probably a comparison, `a, b = 1` in a tuple...).
    fn named_elements_error(&self, s: usize) -> Option<Diag> {
        let mut e = s;
        let mut first = true;
        for _ in 0..10_000 {
            if let Some(d) = self.named_expression_error(e) {
                return Some(d);
            }
            let el = self.ex.star_named_expression(e)?;
            if self.is(el.end, ",") {
                e = el.end + 1;
            } else if first {
                return None;
            } else {
                // A new repetition of `star_named_expressions*` may start right away.
                e = el.end;
            }
            first = false;
        }
        None
    }

    /// The token CPython looks at after the body of the `try` statement that has neither
    /// `except` nor `finally` (the error is near token `i`).
    fn after_try_block(&self, i: usize) -> usize {
        let mut j = i.min(self.toks.len().saturating_sub(1));
        while matches!(self.kind(j), Some(Kind::Newline | Kind::Dedent)) && j > 0 {
            j -= 1;
        }
        // The innermost `try` before the error without an `except`/`finally` of its own.
        let mut q = j + 1;
        let try_at = loop {
            if q == 0 {
                return i;
            }
            q -= 1;
            if self.is(q, "try") && self.stmt_start(q) == q {
                let indent = self.toks[q].indent;
                // The statement after the body, at the `try`'s level or outside it.
                let next = (q + 1..self.toks.len()).find(|&r| {
                    self.stmt_start(r) == r
                        && !matches!(self.kind(r), Some(Kind::Indent | Kind::Dedent))
                        && self.toks[r].indent <= indent
                        && self.toks[r].line > self.toks[q].line
                });
                let closed = next.is_some_and(|r| {
                    (self.is(r, "except") || self.is(r, "finally")) && self.toks[r].indent == indent
                });
                if !closed {
                    break q;
                }
            }
        };
        let indent = self.toks[try_at].indent;
        // The DEDENT that brings the indentation back to the `try` line's.
        (try_at + 1..self.toks.len())
            .find(|&d| self.kind(d) == Some(Kind::Dedent) && self.toks[d].indent <= indent)
            .map_or(i, |d| d + 1)
    }

    /// `f(a=1, 2)`: reported at the end of the argument list.
    fn positional_after_keyword(&self, i: usize) -> Diag {
        // The call's opening parenthesis, then its closing one.
        let mut j = i;
        let mut depth = 0usize;
        let mut open = None;
        while j > 0 {
            j -= 1;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        open = Some(j);
                        break;
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        let unpacking = open.is_some_and(|o| {
            let mut d = 0usize;
            (o + 1..i).any(|q| {
                match self.t(q) {
                    "(" | "[" | "{" => d += 1,
                    ")" | "]" | "}" => d = d.saturating_sub(1),
                    _ => {}
                }
                d == 0 && self.is(q, "**") && self.is_star_prefix(q)
            })
        });
        let _ = open;
        // CPython reports it at the token after the arguments that follow.
        let mut close = i;
        loop {
            let el = if self.is(close, "*") || self.is(close, "**") {
                self.ex.bitwise_or(close + 1)
            } else if self.ex.is_name(close) && self.is(close + 1, "=") {
                self.ex.expression(close + 2)
            } else {
                self.ex.named_expression(close)
            };
            let Some(el) = el else { break };
            close = el.end;
            if !self.is(close, ",") {
                break;
            }
            close += 1;
        }
        let message = if unpacking {
            "positional argument follows keyword argument unpacking"
        } else {
            "positional argument follows keyword argument"
        };
        syntax(message, self.tok_loc(close), i, close)
    }

    /// Whether token `i` is among the parameters of a `lambda`.
    fn in_lambda(&self, i: usize) -> bool {
        let mut j = i;
        let mut depth = 0usize;
        while j > 0 {
            j -= 1;
            match self.t(j) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                "lambda" if depth == 0 => return true,
                ":" if depth == 0 => return false,
                _ => {}
            }
            if matches!(self.kind(j), Some(Kind::Newline)) {
                return false;
            }
        }
        false
    }

    /// `def f(*)`, `def f(*, **k)`, `lambda *: 0`.
    fn bare_star(&self, i: usize) -> Diag {
        let mut j = i;
        while j > 0 && !self.is(j, "*") {
            j -= 1;
        }
        let message = "named arguments must follow bare *";
        if self.in_lambda(j) {
            // Reported at the last token read: `:`, or what follows `*,`.
            let last = if self.is(j + 1, ",") { j + 2 } else { j + 1 };
            return syntax(message, self.tok_loc(last), i, last);
        }
        syntax(message, self.tok_loc(j), i, i + 1)
    }
}
