//! Compiled patterns: the choice between the linear-time engine (`regex-automata`) and the
//! bounded backtracking engine, searches with Python's anchoring and empty-match rules, and the
//! per-thread cache of compiled patterns (compiling is pure, so the cache is shared by runs).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use regex_automata::meta;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

use super::backtrack::{self, Program, Stop, Ticker};
use super::parse::{self, Node, ParseError};
use super::translate::translate;

/// How a search is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `search`: anywhere from the start position.
    Search,
    /// `match`: at the start position.
    Match,
    /// `fullmatch`: at the start position and up to the end.
    Full,
}

/// The capture slots of a match: start and end byte offsets per group (`usize::MAX` if unset).
pub type Slots = Vec<usize>;

pub const UNSET: usize = usize::MAX;

/// A compiled pattern.
pub struct Compiled {
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub is_str: bool,
    /// The enclosing group of each group (for `Match.lastindex`).
    pub parents: Vec<Option<usize>>,
    node: Node,
    group_widths: Vec<(u64, Option<u64>)>,
    /// The linear-time translation (unless the pattern needs backtracking or did not build).
    translated: Option<String>,
    linear: Option<meta::Regex>,
    full: OnceLock<Option<meta::Regex>>,
    /// Whether the pattern uses `$` without MULTILINE (needs backtracking when the subject ends
    /// with a newline).
    has_dollar: bool,
    prog: OnceLock<Result<Program, String>>,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiled")
            .field("flags", &self.flags)
            .field("groups", &self.groups)
            .finish()
    }
}

fn build_regex(pattern: &str, utf8: bool) -> Option<meta::Regex> {
    meta::Regex::builder()
        .syntax(
            syntax::Config::new()
                .unicode(utf8)
                .utf8(utf8)
                .nest_limit(400),
        )
        .configure(
            meta::Regex::config()
                .utf8_empty(utf8)
                .nfa_size_limit(Some(8 << 20))
                .hybrid_cache_capacity(1 << 20),
        )
        .build(pattern)
        .ok()
}

impl Compiled {
    fn new(parsed: parse::Parsed, is_str: bool) -> Compiled {
        let has_dollar = parsed.node.has_end_or_newline();
        let (translated, linear) = if parsed.node.needs_backtracking() {
            (None, None)
        } else {
            let mut s = String::new();
            translate(&mut s, &parsed.node, is_str);
            let re = build_regex(&s, is_str);
            if re.is_some() {
                (Some(s), re)
            } else {
                (None, None)
            }
        };
        let parents = parse::group_parents(&parsed.node, parsed.groups);
        Compiled {
            parents,
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            is_str,
            node: parsed.node,
            group_widths: parsed.group_widths,
            translated,
            linear,
            full: OnceLock::new(),
            has_dollar,
            prog: OnceLock::new(),
        }
    }

    fn program(&self) -> Result<&Program, String> {
        self.prog
            .get_or_init(|| {
                backtrack::compile(
                    &self.node,
                    self.groups,
                    self.group_widths.clone(),
                    self.is_str,
                )
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn full_regex(&self) -> Option<&meta::Regex> {
        self.full
            .get_or_init(|| {
                let t = self.translated.as_ref()?;
                build_regex(&format!("(?:{t})\\z"), self.is_str)
            })
            .as_ref()
    }

    fn run_backtracker(
        &self,
        hay: &[u8],
        start: usize,
        anchor: Anchor,
        must_advance: bool,
        ticker: &mut dyn Ticker,
    ) -> Result<Option<Slots>, ExecError> {
        let prog = self.program().map_err(ExecError::Build)?;
        prog.exec(
            hay,
            start,
            anchor != Anchor::Search,
            anchor == Anchor::Full,
            must_advance,
            ticker,
        )
        .map_err(ExecError::Stop)
    }

    /// Searches `hay` (already cut at `endpos`) from byte offset `start`. `must_advance`
    /// rejects an empty match at `start` (the rule for the next match after an empty one).
    pub fn exec(
        &self,
        hay: &[u8],
        start: usize,
        anchor: Anchor,
        must_advance: bool,
        ticker: &mut dyn Ticker,
    ) -> Result<Option<Slots>, ExecError> {
        if start > hay.len() {
            return Ok(None);
        }
        let linear = match &self.linear {
            // Empty subjects go to the backtracker: `\B` never matches there in sre.
            Some(re) if !(hay.is_empty() || self.has_dollar && hay.last() == Some(&b'\n')) => {
                match anchor {
                    Anchor::Full => self.full_regex(),
                    _ => Some(re),
                }
            }
            _ => None,
        };
        let Some(re) = linear else {
            return self.run_backtracker(hay, start, anchor, must_advance, ticker);
        };
        let input = Input::new(hay)
            .span(start..hay.len())
            .anchored(if anchor == Anchor::Search {
                Anchored::No
            } else {
                Anchored::Yes
            });
        if self.groups == 0 && !must_advance {
            // No groups: the match bounds are enough (no capture engine needed).
            return Ok(re.search(&input).map(|m| vec![m.start(), m.end()]));
        }
        let mut caps = re.create_captures();
        re.search_captures(&input, &mut caps);
        let Some(m) = caps.get_match() else {
            return Ok(None);
        };
        if must_advance && m.start() == start && m.end() == start {
            // CPython looks for a non-empty match at the same place before moving on.
            if let Some(slots) = self.run_backtracker(hay, start, Anchor::Match, true, ticker)? {
                if anchor != Anchor::Full || slots.get(1) == Some(&hay.len()) {
                    return Ok(Some(slots));
                }
            }
            if anchor != Anchor::Search || start >= hay.len() {
                return Ok(None);
            }
            let mut next = start + 1;
            while self.is_str && next < hay.len() && (hay[next] & 0xC0) == 0x80 {
                next += 1;
            }
            return self.exec(hay, next, anchor, false, ticker);
        }
        let mut slots = Vec::with_capacity(2 * (self.groups + 1));
        for g in 0..=self.groups {
            match caps.get_group(g) {
                Some(span) => {
                    slots.push(span.start);
                    slots.push(span.end);
                }
                None => {
                    slots.push(UNSET);
                    slots.push(UNSET);
                }
            }
        }
        Ok(Some(slots))
    }
}

/// Why a search failed to answer.
#[derive(Debug)]
pub enum ExecError {
    Stop(Stop),
    /// The backtracking program could not be built (too large).
    Build(String),
}

/// Compiled patterns kept per thread (each may hold up to about a megabyte of lazy-DFA cache
/// after heavy use, outside the VM's memory accounting, so the cache stays small).
const CACHE_LIMIT: usize = 128;

/// Compiled patterns by text, then by (flags, is_str).
type Cache = HashMap<String, Vec<(u32, bool, Arc<Compiled>)>>;

thread_local! {
    static CACHE: RefCell<(Cache, usize)> = RefCell::new((HashMap::new(), 0));
}

/// Compiles `pattern` (the text of a str pattern, or a bytes pattern as Latin-1 characters),
/// from the cache when it was compiled before.
pub fn compile(pattern: &str, flags: u32, is_str: bool) -> Result<Arc<Compiled>, ParseError> {
    let hit = CACHE.with(|c| {
        c.borrow().0.get(pattern).and_then(|v| {
            v.iter()
                .find(|(f, s, _)| *f == flags && *s == is_str)
                .map(|(_, _, c)| c.clone())
        })
    });
    if let Some(c) = hit {
        return Ok(c);
    }
    let chars: Vec<char> = pattern.chars().collect();
    let parsed = parse::parse(&chars, flags, is_str)?;
    let compiled = Arc::new(Compiled::new(parsed, is_str));
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.1 >= CACHE_LIMIT {
            c.0.clear();
            c.1 = 0;
        }
        c.0.entry(pattern.to_string())
            .or_default()
            .push((flags, is_str, compiled.clone()));
        c.1 += 1;
    });
    Ok(compiled)
}

/// Empties the cache (`re.purge()`).
pub fn purge() {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.0.clear();
        c.1 = 0;
    });
}
