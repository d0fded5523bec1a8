//! A small recognizer of CPython 3.11's expression grammar over the tokens of `tokenize`. It
//! only finds where an expression of a given grammar level ends and what kind of node it would
//! be, which is what CPython's error rules need (the extent of `a` and `b` in
//! `a=disjunction b=expression`, the node name in "cannot assign to function call").
//! Bracketed parts are skipped using the matching bracket; depth is bounded.

use std::cell::Cell;

use super::tokenize::{Kind, Token};

/// The kind of expression node, enough for CPython's `_PyPegen_get_expr_name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EK {
    Name,
    Attribute,
    Subscript,
    Call,
    Starred,
    List,
    Tuple,
    Set,
    Dict,
    ListComp,
    SetComp,
    DictComp,
    GenExp,
    Lambda,
    IfExp,
    Named,
    BoolOp,
    BinOp,
    UnaryOp,
    Compare,
    Await,
    Yield,
    FString,
    /// `None`, `True`, `False`, `Ellipsis` or `literal`.
    Const(&'static str),
}

/// CPython's name of a node kind in its error messages.
pub fn expr_name(k: EK) -> &'static str {
    match k {
        EK::Name => "name",
        EK::Attribute => "attribute",
        EK::Subscript => "subscript",
        EK::Call => "function call",
        EK::Starred => "starred",
        EK::List => "list",
        EK::Tuple => "tuple",
        EK::Set => "set display",
        EK::Dict => "dict literal",
        EK::ListComp => "list comprehension",
        EK::SetComp => "set comprehension",
        EK::DictComp => "dict comprehension",
        EK::GenExp => "generator expression",
        EK::Lambda => "lambda",
        EK::IfExp => "conditional expression",
        EK::Named => "named expression",
        EK::BoolOp | EK::BinOp | EK::UnaryOp => "expression",
        EK::Compare => "comparison",
        EK::Await => "await expression",
        EK::Yield => "yield expression",
        EK::FString => "f-string expression",
        EK::Const("Ellipsis") => "ellipsis",
        EK::Const(c) => c,
    }
}

/// An expression found by the recognizer: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub struct Ex {
    pub start: usize,
    pub end: usize,
    pub kind: EK,
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

const MAX_DEPTH: usize = 150;

pub struct Exprs<'a> {
    pub src: &'a str,
    pub toks: &'a [Token],
    /// For each opening bracket token, the index of its closing bracket.
    pub close: Vec<Option<usize>>,
    depth: Cell<usize>,
    /// The furthest token looked at, which is where CPython reports a generic error.
    seen: Cell<usize>,
}

impl<'a> Exprs<'a> {
    pub fn new(src: &'a str, toks: &'a [Token]) -> Exprs<'a> {
        let mut close = vec![None; toks.len()];
        let mut stack: Vec<usize> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if t.kind != Kind::Op {
                continue;
            }
            match src.get(t.start..t.end) {
                Some("(" | "[" | "{") => stack.push(i),
                Some(")" | "]" | "}") => {
                    if let Some(o) = stack.pop() {
                        close[o] = Some(i);
                    }
                }
                _ => {}
            }
        }
        Exprs {
            src,
            toks,
            close,
            depth: Cell::new(0),
            seen: Cell::new(0),
        }
    }

    /// Forgets how far the recognizer has looked.
    pub fn reset_seen(&self) {
        self.seen.set(0);
    }

    /// The furthest token looked at since `reset_seen`.
    pub fn seen(&self) -> usize {
        self.seen.get()
    }

    fn look(&self, i: usize) {
        // Looking just past the last token counts: that is where a tokenizer error stopped
        // the token stream.
        if i <= self.toks.len() && i > self.seen.get() {
            self.seen.set(i);
        }
    }

    /// The text of token `i` ("" past the end or for layout tokens).
    pub fn t(&self, i: usize) -> &'a str {
        self.look(i);
        match self.toks.get(i) {
            Some(t) if matches!(t.kind, Kind::Name | Kind::Number | Kind::Str | Kind::Op) => {
                self.src.get(t.start..t.end).unwrap_or("")
            }
            _ => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.look(i);
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` is the operator or keyword `s`.
    pub fn is(&self, i: usize, s: &str) -> bool {
        matches!(self.kind(i), Some(Kind::Op | Kind::Name)) && self.t(i) == s
    }

    /// Token `i` is a name that is not a keyword.
    pub fn is_name(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Name) && !is_keyword(self.t(i))
    }

    fn enter(&self) -> bool {
        let d = self.depth.get();
        if d > MAX_DEPTH {
            return false;
        }
        self.depth.set(d + 1);
        true
    }

    fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    fn guarded(&self, f: impl FnOnce() -> Option<Ex>) -> Option<Ex> {
        if !self.enter() {
            return None;
        }
        let r = f();
        self.leave();
        r
    }

    pub fn star_expressions(&self, i: usize) -> Option<Ex> {
        let first = self.star_expression(i)?;
        let mut end = first.end;
        let mut tuple = false;
        while self.is(end, ",") {
            tuple = true;
            match self.star_expression(end + 1) {
                Some(e) => end = e.end,
                None => {
                    end += 1;
                    break;
                }
            }
        }
        Some(if tuple {
            Ex {
                start: i,
                end,
                kind: EK::Tuple,
            }
        } else {
            first
        })
    }

    pub fn star_expression(&self, i: usize) -> Option<Ex> {
        if self.is(i, "*") {
            let e = self.bitwise_or(i + 1)?;
            return Some(Ex {
                start: i,
                end: e.end,
                kind: EK::Starred,
            });
        }
        self.expression(i)
    }

    pub fn star_named_expression(&self, i: usize) -> Option<Ex> {
        if self.is(i, "*") {
            let e = self.bitwise_or(i + 1)?;
            return Some(Ex {
                start: i,
                end: e.end,
                kind: EK::Starred,
            });
        }
        self.named_expression(i)
    }

    pub fn named_expression(&self, i: usize) -> Option<Ex> {
        if self.is_name(i) && self.is(i + 1, ":=") {
            if let Some(e) = self.expression(i + 2) {
                return Some(Ex {
                    start: i,
                    end: e.end,
                    kind: EK::Named,
                });
            }
        }
        self.expression(i)
    }

    pub fn expression(&self, i: usize) -> Option<Ex> {
        self.guarded(|| {
            if self.is(i, "lambda") {
                return self.lambdef(i);
            }
            let d = self.disjunction(i)?;
            if self.is(d.end, "if") {
                if let Some(c) = self.disjunction(d.end + 1) {
                    if self.is(c.end, "else") {
                        if let Some(e) = self.expression(c.end + 1) {
                            return Some(Ex {
                                start: i,
                                end: e.end,
                                kind: EK::IfExp,
                            });
                        }
                    }
                }
            }
            Some(d)
        })
    }

    fn lambdef(&self, i: usize) -> Option<Ex> {
        if !(self.is(i + 1, ":")
            || self.is_name(i + 1)
            || self.is(i + 1, "*")
            || self.is(i + 1, "**")
            || self.is(i + 1, "/"))
        {
            return None;
        }
        // Parameters end at the first ':' outside brackets.
        let mut j = i + 1;
        while j < self.toks.len() && !self.is(j, ":") {
            if matches!(self.kind(j), Some(Kind::Newline) | Some(Kind::EndMarker)) {
                return None;
            }
            if matches!(self.t(j), "(" | "[" | "{") {
                j = self.close.get(j).copied().flatten()?;
            }
            j += 1;
        }
        let body = self.expression(j + 1)?;
        Some(Ex {
            start: i,
            end: body.end,
            kind: EK::Lambda,
        })
    }

    fn binary_chain(
        &self,
        i: usize,
        ops: &[&str],
        kind: EK,
        next: fn(&Self, usize) -> Option<Ex>,
    ) -> Option<Ex> {
        let first = next(self, i)?;
        let mut end = first.end;
        let mut any = false;
        while ops.iter().any(|op| self.is(end, op)) {
            match next(self, end + 1) {
                Some(e) => {
                    end = e.end;
                    any = true;
                }
                None => break,
            }
        }
        Some(if any {
            Ex {
                start: i,
                end,
                kind,
            }
        } else {
            first
        })
    }

    pub fn disjunction(&self, i: usize) -> Option<Ex> {
        self.guarded(|| self.binary_chain(i, &["or"], EK::BoolOp, Self::conjunction))
    }

    fn conjunction(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["and"], EK::BoolOp, Self::inversion)
    }

    fn inversion(&self, i: usize) -> Option<Ex> {
        if self.is(i, "not") {
            return self.guarded(|| {
                let e = self.inversion(i + 1)?;
                Some(Ex {
                    start: i,
                    end: e.end,
                    kind: EK::UnaryOp,
                })
            });
        }
        self.comparison(i)
    }

    /// The length of the comparison operator at `i`, if there is one.
    fn compare_op(&self, i: usize) -> Option<usize> {
        match self.t(i) {
            "==" | "!=" | "<" | "<=" | ">" | ">=" | "<>" | "in" => Some(1),
            "not" if self.is(i + 1, "in") => Some(2),
            "is" if self.is(i + 1, "not") => Some(2),
            "is" => Some(1),
            _ => None,
        }
    }

    fn comparison(&self, i: usize) -> Option<Ex> {
        let first = self.bitwise_or(i)?;
        let mut end = first.end;
        let mut any = false;
        while let Some(n) = self.compare_op(end) {
            match self.bitwise_or(end + n) {
                Some(e) => {
                    end = e.end;
                    any = true;
                }
                None => break,
            }
        }
        Some(if any {
            Ex {
                start: i,
                end,
                kind: EK::Compare,
            }
        } else {
            first
        })
    }

    pub fn bitwise_or(&self, i: usize) -> Option<Ex> {
        self.guarded(|| self.binary_chain(i, &["|"], EK::BinOp, Self::bitwise_xor))
    }

    fn bitwise_xor(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["^"], EK::BinOp, Self::bitwise_and)
    }

    fn bitwise_and(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["&"], EK::BinOp, Self::shift_expr)
    }

    fn shift_expr(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["<<", ">>"], EK::BinOp, Self::sum)
    }

    fn sum(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["+", "-"], EK::BinOp, Self::term)
    }

    fn term(&self, i: usize) -> Option<Ex> {
        self.binary_chain(i, &["*", "/", "//", "%", "@"], EK::BinOp, Self::factor)
    }

    fn factor(&self, i: usize) -> Option<Ex> {
        if matches!(self.t(i), "+" | "-" | "~") && self.kind(i) == Some(Kind::Op) {
            return self.guarded(|| {
                let e = self.factor(i + 1)?;
                Some(Ex {
                    start: i,
                    end: e.end,
                    kind: EK::UnaryOp,
                })
            });
        }
        self.power(i)
    }

    fn power(&self, i: usize) -> Option<Ex> {
        let base = self.await_primary(i)?;
        if self.is(base.end, "**") {
            if let Some(e) = self.guarded(|| self.factor(base.end + 1)) {
                return Some(Ex {
                    start: i,
                    end: e.end,
                    kind: EK::BinOp,
                });
            }
        }
        Some(base)
    }

    fn await_primary(&self, i: usize) -> Option<Ex> {
        if self.is(i, "await") {
            let e = self.primary(i + 1)?;
            return Some(Ex {
                start: i,
                end: e.end,
                kind: EK::Await,
            });
        }
        self.primary(i)
    }

    pub fn primary(&self, i: usize) -> Option<Ex> {
        let mut e = self.atom(i)?;
        loop {
            let j = e.end;
            if self.is(j, ".") && self.is_name(j + 1) {
                e = Ex {
                    start: i,
                    end: j + 2,
                    kind: EK::Attribute,
                };
            } else if self.is(j, "(") || self.is(j, "[") {
                let Some(c) = self.close.get(j).copied().flatten() else {
                    self.read_unclosed(j);
                    return None;
                };
                // `x[]` and `x[a for a in b]` are not subscripts: the primary ends before.
                if self.is(j, "[") && (c == j + 1 || self.has_top_level(j, c, "for")) {
                    return Some(e);
                }
                e = Ex {
                    start: i,
                    end: c + 1,
                    kind: if self.is(j, "(") {
                        EK::Call
                    } else {
                        EK::Subscript
                    },
                };
            } else {
                return Some(e);
            }
        }
    }

    pub fn atom(&self, i: usize) -> Option<Ex> {
        let tok = self.toks.get(i)?;
        let one = |kind| {
            Some(Ex {
                start: i,
                end: i + 1,
                kind,
            })
        };
        match tok.kind {
            Kind::Name => match self.t(i) {
                "None" => one(EK::Const("None")),
                "True" => one(EK::Const("True")),
                "False" => one(EK::Const("False")),
                s if is_keyword(s) => None,
                _ => one(EK::Name),
            },
            Kind::Number => one(EK::Const("literal")),
            Kind::Str => {
                let mut end = i;
                let mut fstring = false;
                while self.kind(end) == Some(Kind::Str) {
                    let text = self.t(end);
                    let prefix = text.split(['"', '\'']).next().unwrap_or("");
                    if prefix.contains(['f', 'F']) {
                        fstring = true;
                    }
                    end += 1;
                }
                Some(Ex {
                    start: i,
                    end,
                    kind: if fstring {
                        EK::FString
                    } else {
                        EK::Const("literal")
                    },
                })
            }
            Kind::Op => match self.t(i) {
                "..." => one(EK::Const("Ellipsis")),
                "(" | "[" | "{" => self.guarded(|| self.bracket_atom(i)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A bracket that is never closed: read the items inside like CPython's parser does, so
    /// that the furthest token looked at is right.
    fn read_unclosed(&self, open: usize) {
        let mut j = open + 1;
        for _ in 0..10_000 {
            let e = if self.is_name(j) && self.is(j + 1, "=") {
                self.expression(j + 2)
            } else if self.is(j, "*") || self.is(j, "**") {
                self.bitwise_or(j + 1)
            } else {
                self.star_named_expression(j)
            };
            let Some(e) = e else { break };
            j = e.end;
            if !(self.is(j, ",") || self.is(j, ":")) {
                break;
            }
            j += 1;
        }
    }

    /// Whether a comprehension `for` appears at the top level of the bracket `open..close`.
    fn has_top_level(&self, open: usize, close: usize, word: &str) -> bool {
        let mut j = open + 1;
        while j < close {
            if self.is(j, word) {
                return true;
            }
            if matches!(self.t(j), "(" | "[" | "{") {
                match self.close.get(j).copied().flatten() {
                    Some(c) => j = c,
                    None => return false,
                }
            }
            j += 1;
        }
        false
    }

    fn bracket_atom(&self, i: usize) -> Option<Ex> {
        let Some(c) = self.close.get(i).copied().flatten() else {
            self.read_unclosed(i);
            return None;
        };
        let ex = |kind| {
            Some(Ex {
                start: i,
                end: c + 1,
                kind,
            })
        };
        let comp = self.has_top_level(i, c, "for");
        match self.t(i) {
            "(" => {
                if c == i + 1 {
                    return ex(EK::Tuple);
                }
                if self.is(i + 1, "yield") {
                    return ex(EK::Yield);
                }
                match self.star_named_expression(i + 1) {
                    Some(inner) if inner.end == c => ex(inner.kind),
                    Some(inner) if self.is(inner.end, ",") => ex(EK::Tuple),
                    _ if comp => ex(EK::GenExp),
                    _ => ex(EK::Tuple),
                }
            }
            "[" => ex(if comp { EK::ListComp } else { EK::List }),
            _ => {
                if c == i + 1 || self.is(i + 1, "**") {
                    return ex(if comp { EK::DictComp } else { EK::Dict });
                }
                let dict = match self.star_named_expression(i + 1) {
                    Some(inner) => self.is(inner.end, ":"),
                    None => false,
                };
                ex(match (dict, comp) {
                    (true, true) => EK::DictComp,
                    (true, false) => EK::Dict,
                    (false, true) => EK::SetComp,
                    (false, false) => EK::Set,
                })
            }
        }
    }
}
