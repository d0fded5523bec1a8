//! The parser of Python's regular-expression syntax: pattern text to [`Node`] tree, with
//! CPython's error messages and error positions (`re.error.pos`, in code points).
//!
//! The tree keeps the flags in force at each node (case folding, `.` and anchors), so the two
//! engines never need to track inline-flag scopes themselves.

/// `re.TEMPLATE`.
pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// Repeat counts must stay below this (CPython's `MAXREPEAT`).
pub const MAXREPEAT: u64 = 4_294_967_295;
/// Python's limit on the number of groups.
const MAXGROUPS: u64 = 1_073_741_823;

/// A parse error: a `re.error` (message and position), or an `OverflowError`.
#[derive(Debug, Clone)]
pub enum ParseError {
    Re {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    /// A feature montybox does not provide (message names it).
    Unsupported(String),
    /// Groups nested too deeply (CPython's parser hits its recursion limit).
    Recursion,
    /// A `ValueError` (incompatible flags).
    Value(String),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ParseError> {
    Err(ParseError::Re {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// A class category escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Cat(Category),
}

/// A character set (`[...]`, or a category escape outside a set).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negated: bool,
    pub items: Vec<SetItem>,
    pub icase: bool,
    pub ascii: bool,
}

/// A zero-width assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assert {
    /// `\A`, or `^` without MULTILINE.
    StartText,
    /// `^` with MULTILINE.
    StartLine,
    /// `$` without MULTILINE: the end, or before a newline at the end.
    EndTextOrNewline,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndText,
    WordBoundary {
        ascii: bool,
    },
    NotWordBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A node of a parsed pattern.
#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    /// A literal character (a byte value for bytes patterns).
    Char {
        c: u32,
        icase: bool,
        ascii: bool,
    },
    /// `.`.
    Any {
        dotall: bool,
    },
    Set(Box<CharSet>),
    Assert(Assert),
    /// A group: capturing (`Some(index)`) or not.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        kind: RepeatKind,
    },
    Backref {
        group: usize,
        icase: bool,
    },
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// Whether the node (or a descendant) needs the backtracking engine.
    pub fn needs_backtracking(&self) -> bool {
        match self {
            Node::Backref { .. }
            | Node::Look { .. }
            | Node::Atomic(_)
            | Node::Conditional { .. } => true,
            Node::Repeat {
                node, kind, max, ..
            } => {
                // A repeated group that can match empty keeps the captures of its last (empty)
                // iteration in sre; the linear engine keeps the previous ones.
                // Likewise a body that can prefer an empty match: sre stops iterating after an
                // empty iteration, the linear engine discards that path instead.
                let empty_body = *max != Some(1)
                    && node.width(&[]).0 == 0
                    && (node.has_capture() || node.may_prefer_empty());
                *kind == RepeatKind::Possessive || empty_body || node.needs_backtracking()
            }
            Node::Group(_, n) => n.needs_backtracking(),
            Node::Concat(v) | Node::Alt(v) => v.iter().any(Node::needs_backtracking),
            _ => false,
        }
    }

    /// Whether the node may match empty even where it could match something (lazy repeats,
    /// empty alternatives before others). Conservative.
    pub fn may_prefer_empty(&self) -> bool {
        match self {
            Node::Repeat {
                node, min, kind, ..
            } => (*min == 0 && *kind == RepeatKind::Lazy) || node.may_prefer_empty(),
            Node::Alt(v) => {
                v.iter().any(Node::may_prefer_empty)
                    || v.iter()
                        .take(v.len().saturating_sub(1))
                        .any(|b| b.width(&[]).0 == 0)
            }
            Node::Concat(v) => v.iter().any(Node::may_prefer_empty),
            Node::Group(_, n) | Node::Atomic(n) => n.may_prefer_empty(),
            Node::Conditional { .. } | Node::Look { .. } | Node::Backref { .. } => true,
            _ => false,
        }
    }

    /// Whether the node contains a capturing group.
    pub fn has_capture(&self) -> bool {
        match self {
            Node::Group(Some(_), _) => true,
            Node::Group(None, n) | Node::Atomic(n) => n.has_capture(),
            Node::Repeat { node, .. } | Node::Look { node, .. } => node.has_capture(),
            Node::Concat(v) | Node::Alt(v) => v.iter().any(Node::has_capture),
            Node::Conditional { yes, no, .. } => yes.has_capture() || no.has_capture(),
            _ => false,
        }
    }

    /// Whether the node contains `$` without MULTILINE (which the linear engine cannot express
    /// when the subject ends with a newline).
    pub fn has_end_or_newline(&self) -> bool {
        match self {
            Node::Assert(Assert::EndTextOrNewline) => true,
            Node::Group(_, n) | Node::Atomic(n) => n.has_end_or_newline(),
            Node::Repeat { node, .. } | Node::Look { node, .. } => node.has_end_or_newline(),
            Node::Concat(v) | Node::Alt(v) => v.iter().any(Node::has_end_or_newline),
            Node::Conditional { yes, no, .. } => {
                yes.has_end_or_newline() || no.has_end_or_newline()
            }
            _ => false,
        }
    }

    /// The (min, max) width in characters; `None` max when unbounded.
    pub fn width(&self, group_widths: &[(u64, Option<u64>)]) -> (u64, Option<u64>) {
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, Some(1)),
            Node::Group(_, n) | Node::Atomic(n) => n.width(group_widths),
            Node::Concat(v) => v.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (a, b) = n.width(group_widths);
                (
                    lo.saturating_add(a),
                    hi.and_then(|h| b.map(|b| h.saturating_add(b))),
                )
            }),
            Node::Alt(v) => {
                let mut lo = u64::MAX;
                let mut hi = Some(0u64);
                for n in v {
                    let (a, b) = n.width(group_widths);
                    lo = lo.min(a);
                    hi = match (hi, b) {
                        (Some(h), Some(b)) => Some(h.max(b)),
                        _ => None,
                    };
                }
                if v.is_empty() {
                    lo = 0;
                }
                (lo, hi)
            }
            Node::Repeat { node, min, max, .. } => {
                let (a, b) = node.width(group_widths);
                let lo = a.saturating_mul(*min as u64);
                let hi = match (b, max) {
                    (Some(0), _) => Some(0),
                    (Some(b), Some(m)) => Some(b.saturating_mul(*m as u64)),
                    _ => None,
                };
                (lo, hi)
            }
            Node::Backref { group, .. } => {
                group_widths.get(*group).copied().unwrap_or((0, Some(0)))
            }
            Node::Conditional { yes, no, .. } => {
                let (a, b) = yes.width(group_widths);
                let (c, d) = no.width(group_widths);
                (
                    a.min(c),
                    match (b, d) {
                        (Some(b), Some(d)) => Some(b.max(d)),
                        _ => None,
                    },
                )
            }
        }
    }
}

/// The enclosing capturing group of each group (index 0 unused).
pub fn group_parents(node: &Node, groups: usize) -> Vec<Option<usize>> {
    fn walk(n: &Node, parent: Option<usize>, out: &mut Vec<Option<usize>>) {
        match n {
            Node::Group(g, body) => {
                if let Some(g) = g {
                    if let Some(slot) = out.get_mut(*g) {
                        *slot = parent;
                    }
                }
                walk(body, g.or(parent), out);
            }
            Node::Atomic(b) | Node::Repeat { node: b, .. } | Node::Look { node: b, .. } => {
                walk(b, parent, out)
            }
            Node::Concat(v) | Node::Alt(v) => v.iter().for_each(|c| walk(c, parent, out)),
            Node::Conditional { yes, no, .. } => {
                walk(yes, parent, out);
                walk(no, parent, out);
            }
            _ => {}
        }
    }
    let mut out = vec![None; groups + 1];
    walk(node, None, &mut out);
    out
}

/// A parsed pattern.
#[derive(Clone, Debug)]
pub struct Parsed {
    pub node: Node,
    /// The flags, including inline global flags (and UNICODE for str patterns).
    pub flags: u32,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group names in order of definition.
    pub names: Vec<(String, usize)>,
    /// The (min, max) width of each group (index 0 unused).
    pub group_widths: Vec<(u64, Option<u64>)>,
}

struct Parser<'a> {
    p: &'a [char],
    pos: usize,
    is_str: bool,
    flags: u32,
    /// Per group (index 1..): its width once closed, `None` while open.
    group_widths: Vec<Option<(u64, Option<u64>)>>,
    names: Vec<(String, usize)>,
    /// The number of groups when the outermost enclosing lookbehind started.
    lookbehind_groups: Option<usize>,
    /// Set when a lookbehind is not fixed-width (reported after parsing, like CPython's compiler).
    lookbehind_error: Option<String>,
    /// Group numbers used by conditionals, with their positions (checked after parsing).
    cond_refs: Vec<(usize, usize)>,
    /// Group nesting depth (bounded: parsing and the engines recurse over the tree).
    depth: usize,
}

/// The deepest group nesting accepted. Parsing, translation and compilation recurse over the
/// tree, so this bounds native stack use (about 8 KiB a level in debug builds). CPython's
/// recursive parser accepts somewhat deeper patterns (about 300 levels), which nobody writes.
const MAX_DEPTH: usize = 100;

const FLAG_CHARS: &str = "iLmsxatu";

fn flag_value(c: char) -> u32 {
    match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => 0,
    }
}

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Per-branch state of the sequence being parsed.
struct Local {
    flags: u32,
}

/// Parses `pattern` (code points; byte values for bytes patterns) with `flags`.
pub fn parse(pattern: &[char], flags: u32, is_str: bool) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        p: pattern,
        pos: 0,
        is_str,
        flags,
        group_widths: vec![Some((0, Some(0)))],
        names: Vec::new(),
        lookbehind_groups: None,
        lookbehind_error: None,
        cond_refs: Vec::new(),
        depth: 0,
    };
    let node = p.parse_alternation(flags, false)?;
    if p.pos < p.p.len() {
        // Only ')' stops the top level early.
        return err("unbalanced parenthesis", p.pos);
    }
    let ngroups = p.group_widths.len() - 1;
    if let Some((g, pos)) = p.cond_refs.iter().find(|(g, _)| *g > ngroups) {
        return err(format!("invalid group reference {g}"), *pos);
    }
    let mut flags = p.flags;
    if is_str {
        if flags & LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else if flags & UNICODE != 0 {
        return Err(ParseError::Value(
            "cannot use UNICODE flag with a bytes pattern".into(),
        ));
    }
    if let Some(msg) = p.lookbehind_error.take() {
        return Err(ParseError::Re { msg, pos: None });
    }
    let group_widths = p.closed_widths();
    Ok(Parsed {
        node,
        flags,
        groups: p.group_widths.len() - 1,
        names: p.names,
        group_widths,
    })
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// `a|b|c` up to an unmatched `)` or the end.
    fn parse_alternation(&mut self, flags: u32, nested: bool) -> Result<Node, ParseError> {
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        self.depth += 1;
        let r = self.parse_alternation_inner(flags, nested);
        self.depth -= 1;
        r
    }

    fn parse_alternation_inner(&mut self, flags: u32, nested: bool) -> Result<Node, ParseError> {
        let mut branches = Vec::new();
        loop {
            let first = !nested && branches.is_empty();
            // Inline global flags (only allowed at the very start) apply to every top-level branch.
            let f = if nested { flags } else { self.flags };
            let (node, _) = self.parse_sequence(f, first)?;
            branches.push(node);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn checkgroup(&self, gid: usize) -> bool {
        matches!(self.group_widths.get(gid), Some(Some(_)))
    }

    fn check_lookbehind_group(&self, gid: usize) -> Result<(), ParseError> {
        let pos = self.pos;
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return err("cannot refer to an open group", pos);
            }
            if gid >= lb {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    pos,
                );
            }
        }
        Ok(())
    }

    /// Reads a name up to `term`; errors like CPython's `getuntil`.
    fn get_until(&mut self, term: char, what: &str) -> Result<String, ParseError> {
        let start = self.pos;
        let mut name = String::new();
        loop {
            match self.next() {
                None => {
                    return err(format!("missing {term}, unterminated name"), start);
                }
                Some(c) if c == term => {
                    if name.is_empty() {
                        return err(format!("missing {what}"), self.pos - 1);
                    }
                    return Ok(name);
                }
                Some('\\') => {
                    name.push('\\');
                    if let Some(c) = self.next() {
                        name.push(c);
                    }
                }
                Some(c) => name.push(c),
            }
        }
    }

    fn char_len(s: &str) -> usize {
        s.chars().count()
    }

    /// One branch: a sequence of items with their repeats. Returns the node and whether it
    /// holds any item.
    fn parse_sequence(&mut self, flags: u32, first: bool) -> Result<(Node, bool), ParseError> {
        let mut local = Local { flags };
        let mut items: Vec<Node> = Vec::new();
        // Whether the last item can take a repeat: None when absent or an anchor.
        #[derive(PartialEq)]
        enum Last {
            None,
            Anchor,
            Repeat,
            Item,
        }
        let mut last = Last::None;
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let here = self.pos;
            self.pos += 1;
            if local.flags & VERBOSE != 0 {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}') {
                    continue;
                }
                if c == '#' {
                    while let Some(c) = self.next() {
                        if c == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let fl = local.flags;
            match c {
                '\\' => {
                    let node = self.parse_escape(here, fl)?;
                    last = if matches!(node, Node::Assert(_)) {
                        Last::Anchor
                    } else {
                        Last::Item
                    };
                    items.push(node);
                }
                '[' => {
                    let set = self.parse_set(here, fl)?;
                    items.push(set);
                    last = Last::Item;
                }
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match c {
                        '*' => (0u64, None),
                        '+' => (1, None),
                        '?' => (0, Some(1u64)),
                        _ => {
                            if self.peek() == Some('}') {
                                items.push(self.literal(c as u32, fl));
                                last = Last::Item;
                                continue;
                            }
                            let after_brace = self.pos;
                            let mut lo = String::new();
                            let mut hi = String::new();
                            while let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                                lo.push(d);
                                self.pos += 1;
                            }
                            if self.eat(',') {
                                while let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                                    hi.push(d);
                                    self.pos += 1;
                                }
                            } else {
                                hi = lo.clone();
                            }
                            if !self.eat('}') {
                                self.pos = after_brace;
                                items.push(self.literal(c as u32, fl));
                                last = Last::Item;
                                continue;
                            }
                            let too_large = || {
                                ParseError::Overflow("the repetition number is too large".into())
                            };
                            let min = if lo.is_empty() {
                                0
                            } else {
                                let v: u64 = lo.parse().unwrap_or(u64::MAX);
                                if v >= MAXREPEAT {
                                    return Err(too_large());
                                }
                                v
                            };
                            let max = if hi.is_empty() {
                                None
                            } else {
                                let v: u64 = hi.parse().unwrap_or(u64::MAX);
                                if v >= MAXREPEAT {
                                    return Err(too_large());
                                }
                                if v < min {
                                    return err("min repeat greater than max repeat", after_brace);
                                }
                                Some(v)
                            };
                            (min, max)
                        }
                    };
                    match last {
                        Last::None | Last::Anchor => return err("nothing to repeat", here),
                        Last::Repeat => return err("multiple repeat", here),
                        Last::Item => {}
                    }
                    let kind = if self.eat('?') {
                        RepeatKind::Lazy
                    } else if self.eat('+') {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    let item = items.pop().unwrap_or(Node::Empty);
                    let item = match item {
                        Node::Group(None, inner) => *inner,
                        other => other,
                    };
                    items.push(Node::Repeat {
                        node: Box::new(item),
                        min: min as u32,
                        max: max.map(|m| m as u32),
                        kind,
                    });
                    last = Last::Repeat;
                }
                '.' => {
                    items.push(Node::Any {
                        dotall: fl & DOTALL != 0,
                    });
                    last = Last::Item;
                }
                '^' => {
                    items.push(Node::Assert(if fl & MULTILINE != 0 {
                        Assert::StartLine
                    } else {
                        Assert::StartText
                    }));
                    last = Last::Anchor;
                }
                '$' => {
                    items.push(Node::Assert(if fl & MULTILINE != 0 {
                        Assert::EndLine
                    } else {
                        Assert::EndTextOrNewline
                    }));
                    last = Last::Anchor;
                }
                '(' => {
                    match self.parse_group(here, &mut local, first && items.is_empty())? {
                        Some(node) => {
                            items.push(node);
                            last = Last::Item;
                        }
                        None => {
                            // A comment or global flags: no item.
                        }
                    }
                }
                _ => {
                    items.push(self.literal(c as u32, fl));
                    last = Last::Item;
                }
            }
        }
        let any = !items.is_empty();
        Ok((
            if items.len() == 1 {
                items.pop().unwrap_or(Node::Empty)
            } else if items.is_empty() {
                Node::Empty
            } else {
                Node::Concat(items)
            },
            any,
        ))
    }

    fn literal(&self, c: u32, flags: u32) -> Node {
        Node::Char {
            c,
            icase: flags & IGNORECASE != 0,
            ascii: flags & ASCII != 0 || !self.is_str,
        }
    }

    fn category(&self, cat: Category, flags: u32) -> Node {
        Node::Set(Box::new(CharSet {
            negated: false,
            items: vec![SetItem::Cat(cat)],
            icase: false,
            ascii: flags & ASCII != 0 || !self.is_str,
        }))
    }

    /// Parses a group after its `(` (at `start`). `None` for comments and global flags.
    fn parse_group(
        &mut self,
        start: usize,
        local: &mut Local,
        at_start: bool,
    ) -> Result<Option<Node>, ParseError> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0u32;
        let mut del = 0u32;
        if self.eat('?') {
            let Some(c) = self.next() else {
                return err("unexpected end of pattern", self.pos);
            };
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.get_until('>', "group name")?;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                self.pos - Self::char_len(&n) - 1,
                            );
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.get_until(')', "group name")?;
                        let npos = self.pos - Self::char_len(&n) - 1;
                        if !is_identifier(&n) {
                            return err(
                                format!("bad character in group name {}", py_repr(&n)),
                                npos,
                            );
                        }
                        let Some(gid) = self.names.iter().find(|(k, _)| *k == n).map(|e| e.1)
                        else {
                            return err(format!("unknown group name {}", py_repr(&n)), npos);
                        };
                        if !self.checkgroup(gid) {
                            return err("cannot refer to an open group", npos);
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(Node::Backref {
                            group: gid,
                            icase: local.flags & IGNORECASE != 0,
                        }));
                    } else {
                        let Some(c) = self.next() else {
                            return err("unexpected end of pattern", self.pos);
                        };
                        return err(format!("unknown extension ?P{c}"), self.pos - 3);
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    match self.next() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => return Ok(None),
                        Some(_) => {}
                    }
                },
                '=' | '!' | '<' => {
                    let mut behind = false;
                    let mut kind = c;
                    if c == '<' {
                        let Some(c2) = self.next() else {
                            return err("unexpected end of pattern", self.pos);
                        };
                        if c2 != '=' && c2 != '!' {
                            return err(format!("unknown extension ?<{c2}"), self.pos - 3);
                        }
                        behind = true;
                        kind = c2;
                    }
                    let saved_lb = self.lookbehind_groups;
                    if behind && saved_lb.is_none() {
                        self.lookbehind_groups = Some(self.group_widths.len());
                    }
                    let body = self.parse_alternation(local.flags, true)?;
                    if behind {
                        self.lookbehind_groups = saved_lb;
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    if behind {
                        let widths = self.closed_widths();
                        let (lo, hi) = body.width(&widths);
                        if Some(lo) != hi && self.lookbehind_error.is_none() {
                            self.lookbehind_error =
                                Some("look-behind requires fixed-width pattern".into());
                        }
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        negate: kind == '!',
                        node: Box::new(body),
                    }));
                }
                '(' => {
                    let cname = self.get_until(')', "group name")?;
                    let npos = self.pos - Self::char_len(&cname) - 1;
                    let gid = if is_identifier(&cname) {
                        match self.names.iter().find(|(k, _)| *k == cname) {
                            Some((_, g)) => *g,
                            None => {
                                return err(format!("unknown group name {}", py_repr(&cname)), npos)
                            }
                        }
                    } else {
                        let valid = !cname.is_empty()
                            && cname.chars().all(|c| c.is_ascii_digit() || c.is_numeric());
                        let n: Option<u64> = if valid {
                            let digits: String = cname
                                .chars()
                                .map(|c| {
                                    crate::builtins::str::unicode_digit(c)
                                        .and_then(|d| char::from_digit(d, 10))
                                        .unwrap_or('x')
                                })
                                .collect();
                            digits.parse().ok().or(Some(u64::MAX))
                        } else {
                            None
                        };
                        let Some(n) = n else {
                            return err(
                                format!("bad character in group name {}", py_repr(&cname)),
                                npos,
                            );
                        };
                        if n == 0 {
                            return err("bad group number", npos);
                        }
                        if n >= MAXGROUPS {
                            return err(format!("invalid group reference {n}"), npos);
                        }
                        // Forward references are allowed; unknown numbers are reported after
                        // the whole pattern is parsed.
                        if !self.cond_refs.iter().any(|(g, _)| *g == n as usize) {
                            self.cond_refs.push((n as usize, npos));
                        }
                        n as usize
                    };
                    self.check_lookbehind_group(gid)?;
                    if self.depth > MAX_DEPTH {
                        return Err(ParseError::Recursion);
                    }
                    self.depth += 1;
                    let (yes, _) = self.parse_sequence(local.flags, false)?;
                    let no = if self.eat('|') {
                        let (no, _) = self.parse_sequence(local.flags, false)?;
                        if self.peek() == Some('|') {
                            return err(
                                "conditional backref with more than two branches",
                                self.pos,
                            );
                        }
                        no
                    } else {
                        Node::Empty
                    };
                    self.depth -= 1;
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    return Ok(Some(Node::Conditional {
                        group: gid,
                        yes: Box::new(yes),
                        no: Box::new(no),
                    }));
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                c if FLAG_CHARS.contains(c) || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !at_start {
                            return err("global flags not at the start of the expression", start);
                        }
                        local.flags = self.flags;
                        return Ok(None);
                    }
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                },
                c => return err(format!("unknown extension ?{c}"), self.pos - 2),
            }
        }
        let group = if capture {
            let gid = self.group_widths.len();
            if gid as u64 >= MAXGROUPS {
                return err("too many groups", start);
            }
            if let Some(n) = &name {
                if let Some((_, old)) = self.names.iter().find(|(k, _)| k == n) {
                    return err(
                        format!(
                            "redefinition of group name {} as group {gid}; was group {old}",
                            py_repr(n)
                        ),
                        self.pos - Self::char_len(n) - 1,
                    );
                }
                self.names.push((n.clone(), gid));
            }
            self.group_widths.push(None);
            Some(gid)
        } else {
            None
        };
        let mut inner_flags = (local.flags | add) & !del;
        if add & (ASCII | UNICODE) != 0 {
            inner_flags &= !(ASCII | UNICODE);
            inner_flags |= add & (ASCII | UNICODE);
        }
        let body = self.parse_alternation(inner_flags, true)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        if let Some(gid) = group {
            let widths = self.closed_widths();
            let w = body.width(&widths);
            if let Some(slot) = self.group_widths.get_mut(gid) {
                *slot = Some(w);
            }
        }
        Ok(Some(if atomic {
            Node::Atomic(Box::new(body))
        } else {
            Node::Group(group, Box::new(body))
        }))
    }

    fn closed_widths(&self) -> Vec<(u64, Option<u64>)> {
        self.group_widths
            .iter()
            .map(|w| w.unwrap_or((0, Some(0))))
            .collect()
    }

    /// Inline flags after `(?`; `first` is the first flag character. `None` for global flags
    /// (`(?i)`), else the flags added and removed by a scoped group (`(?i-m:...)`).
    fn parse_flags(&mut self, first: char) -> Result<Option<(u32, u32)>, ParseError> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut c = first;
        if c != '-' {
            loop {
                let f = flag_value(c);
                if self.is_str {
                    if c == 'L' {
                        return err(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            self.pos,
                        );
                    }
                } else if c == 'u' {
                    return err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.pos,
                    );
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.pos,
                    );
                }
                let Some(n) = self.next() else {
                    return err("missing -, : or )", self.pos);
                };
                c = n;
                if c == ')' || c == '-' || c == ':' {
                    break;
                }
                if !FLAG_CHARS.contains(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return err(msg, self.pos - 1);
                }
            }
        }
        if c == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return err("bad inline flags: cannot turn on global flag", self.pos - 1);
        }
        if c == '-' {
            let Some(n) = self.next() else {
                return err("missing flag", self.pos);
            };
            c = n;
            if !FLAG_CHARS.contains(c) {
                let msg = if c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.pos - 1);
            }
            loop {
                let f = flag_value(c);
                if f & TYPE_FLAGS != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.pos,
                    );
                }
                del |= f;
                let Some(n) = self.next() else {
                    return err("missing :", self.pos);
                };
                c = n;
                if c == ':' {
                    break;
                }
                if !FLAG_CHARS.contains(c) {
                    let msg = if c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return err(msg, self.pos - 1);
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return err(
                "bad inline flags: cannot turn off global flag",
                self.pos - 1,
            );
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.pos - 1);
        }
        Ok(Some((add, del)))
    }

    /// Reads up to `n` characters satisfying `f`.
    fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> String {
        let mut out = String::new();
        while out.len() < n {
            match self.peek() {
                Some(c) if f(c) => {
                    out.push(c);
                    self.pos += 1;
                }
                _ => break,
            }
        }
        out
    }

    /// Escapes shared by sets and sequences: `\x`, `\u`, `\U`, `\N`. `None` if `c` is not one.
    fn code_escape(&mut self, start: usize, c: char) -> Result<Option<u32>, ParseError> {
        let (digits, prefix) = match c {
            'x' => (2, 'x'),
            'u' if self.is_str => (4, 'u'),
            'U' if self.is_str => (8, 'U'),
            'N' if self.is_str => {
                if !self.eat('{') {
                    return err("missing {", self.pos);
                }
                let name = self.get_until('}', "character name")?;
                let _ = name;
                return Err(ParseError::Unsupported(
                    "montybox: \\N{...} escapes in regular expressions are not supported".into(),
                ));
            }
            _ => return Ok(None),
        };
        let hex = self.get_while(digits, |c| c.is_ascii_hexdigit());
        let escape = format!("\\{prefix}{hex}");
        if hex.len() != digits {
            return err(format!("incomplete escape {escape}"), start);
        }
        let v = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
        if v > 0x10FFFF || (self.is_str && (0xD800..0xE000).contains(&v)) {
            if v > 0x10FFFF {
                return err(format!("bad escape {escape}"), start);
            }
            return Err(ParseError::Unsupported(
                "montybox strings cannot hold surrogate code points".into(),
            ));
        }
        Ok(Some(v))
    }

    /// An escape outside a set; the backslash is at `start`.
    fn parse_escape(&mut self, start: usize, flags: u32) -> Result<Node, ParseError> {
        let Some(c) = self.next() else {
            return err("bad escape (end of pattern)", start);
        };
        let ascii = flags & ASCII != 0 || !self.is_str;
        let lit = |p: &Self, v: u32| p.literal(v, flags);
        Ok(match c {
            'A' => Node::Assert(Assert::StartText),
            'Z' => Node::Assert(Assert::EndText),
            'b' => Node::Assert(Assert::WordBoundary { ascii }),
            'B' => Node::Assert(Assert::NotWordBoundary { ascii }),
            'd' => self.category(Category::Digit, flags),
            'D' => self.category(Category::NotDigit, flags),
            's' => self.category(Category::Space, flags),
            'S' => self.category(Category::NotSpace, flags),
            'w' => self.category(Category::Word, flags),
            'W' => self.category(Category::NotWord, flags),
            'a' => lit(self, 7),
            'f' => lit(self, 12),
            'n' => lit(self, 10),
            'r' => lit(self, 13),
            't' => lit(self, 9),
            'v' => lit(self, 11),
            '\\' => lit(self, '\\' as u32),
            '0' => {
                let oct = self.get_while(2, |c| ('0'..='7').contains(&c));
                let v = u32::from_str_radix(&format!("0{oct}"), 8).unwrap_or(0);
                lit(self, v)
            }
            '1'..='9' => {
                let mut esc = String::from(c);
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    esc.push(d);
                    self.pos += 1;
                    let b = esc.as_bytes();
                    if b[0] <= b'7'
                        && b[1] <= b'7'
                        && self.peek().is_some_and(|d| ('0'..='7').contains(&d))
                    {
                        if let Some(d) = self.next() {
                            esc.push(d);
                        }
                        let v = u32::from_str_radix(&esc, 8).unwrap_or(0);
                        if v > 0o377 {
                            return err(
                                format!("octal escape value \\{esc} outside of range 0-0o377"),
                                start,
                            );
                        }
                        return Ok(lit(self, v));
                    }
                }
                let group: usize = esc.parse().unwrap_or(usize::MAX);
                if group < self.group_widths.len() {
                    if !self.checkgroup(group) {
                        return err("cannot refer to an open group", start);
                    }
                    self.check_lookbehind_group(group)?;
                    return Ok(Node::Backref {
                        group,
                        icase: flags & IGNORECASE != 0,
                    });
                }
                return err(format!("invalid group reference {group}"), start + 1);
            }
            c => {
                if let Some(v) = self.code_escape(start, c)? {
                    return Ok(lit(self, v));
                }
                if c.is_ascii_alphabetic() {
                    return err(format!("bad escape \\{c}"), start);
                }
                lit(self, c as u32)
            }
        })
    }

    /// A set after its `[` (at `start`).
    fn parse_set(&mut self, start: usize, flags: u32) -> Result<Node, ParseError> {
        let negated = self.eat('^');
        let mut items: Vec<SetItem> = Vec::new();
        let unterminated = || err("unterminated character set", start);
        loop {
            let tstart = self.pos;
            let Some(c) = self.next() else {
                return unterminated();
            };
            if c == ']' && !items.is_empty() {
                break;
            }
            // The text of this item (for range error messages).
            let item = if c == '\\' {
                self.set_escape(tstart)?
            } else {
                SetItem::Char(c as u32)
            };
            let this_text: String = self.p[tstart..self.pos].iter().collect();
            if self.eat('-') {
                let that_start = self.pos;
                let Some(c2) = self.next() else {
                    return unterminated();
                };
                if c2 == ']' {
                    items.push(item);
                    items.push(SetItem::Char('-' as u32));
                    break;
                }
                let item2 = if c2 == '\\' {
                    self.set_escape(that_start)?
                } else {
                    SetItem::Char(c2 as u32)
                };
                let that_text: String = self.p[that_start..self.pos].iter().collect();
                let msg = format!("bad character range {this_text}-{that_text}");
                match (item, item2) {
                    (SetItem::Char(lo), SetItem::Char(hi)) => {
                        if hi < lo {
                            return err(msg, tstart);
                        }
                        items.push(SetItem::Range(lo, hi));
                    }
                    _ => return err(msg, tstart),
                }
            } else {
                items.push(item);
            }
        }
        Ok(Node::Set(Box::new(CharSet {
            negated,
            items,
            icase: flags & IGNORECASE != 0,
            ascii: flags & ASCII != 0 || !self.is_str,
        })))
    }

    /// An escape inside a set; the backslash is at `start`.
    fn set_escape(&mut self, start: usize) -> Result<SetItem, ParseError> {
        let Some(c) = self.next() else {
            return err("bad escape (end of pattern)", start);
        };
        Ok(match c {
            'd' => SetItem::Cat(Category::Digit),
            'D' => SetItem::Cat(Category::NotDigit),
            's' => SetItem::Cat(Category::Space),
            'S' => SetItem::Cat(Category::NotSpace),
            'w' => SetItem::Cat(Category::Word),
            'W' => SetItem::Cat(Category::NotWord),
            'a' => SetItem::Char(7),
            'b' => SetItem::Char(8),
            'f' => SetItem::Char(12),
            'n' => SetItem::Char(10),
            'r' => SetItem::Char(13),
            't' => SetItem::Char(9),
            'v' => SetItem::Char(11),
            '\\' => SetItem::Char('\\' as u32),
            '0'..='7' => {
                let oct = self.get_while(2, |c| ('0'..='7').contains(&c));
                let text = format!("{c}{oct}");
                let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        start,
                    );
                }
                SetItem::Char(v)
            }
            '8' | '9' => return err(format!("bad escape \\{c}"), start),
            c => {
                if let Some(v) = self.code_escape(start, c)? {
                    return Ok(SetItem::Char(v));
                }
                if c.is_ascii_alphabetic() {
                    return err(format!("bad escape \\{c}"), start);
                }
                SetItem::Char(c as u32)
            }
        })
    }
}

/// `repr()` of a str, as used in CPython's messages.
pub fn py_repr(s: &str) -> String {
    crate::builtins::str::repr_str(s)
}
