//! The bounded backtracking engine: runs the patterns the linear-time engine cannot express
//! (backreferences, look-around, atomic groups, possessive repeats, conditionals) with the
//! semantics of CPython's `sre`: leftmost match, alternatives in order, repeats stop after an
//! empty iteration, look-arounds and atomic groups do not backtrack into themselves.
//!
//! The matcher is a loop over compiled instructions with an explicit backtrack stack (no Rust
//! recursion), a step budget, and periodic limit checks, so no pattern can hang the VM or
//! overflow the native stack.

use super::parse::{Assert, Category, CharSet, Node, RepeatKind, SetItem};

/// Steps (instructions executed) one search may take before it is abandoned.
pub const STEP_LIMIT: u64 = 100_000_000;
/// Backtrack entries one search may hold (about 32 bytes each).
const STACK_LIMIT: usize = 4_000_000;
/// Instructions a compiled program may have.
const PROGRAM_LIMIT: usize = 1_000_000;

/// Why a search stopped without an answer.
#[derive(Debug)]
pub enum Stop {
    /// The step or stack budget ran out.
    TooExpensive,
    /// The host's limits (time, cancellation) stopped the search.
    Limit(crate::error::Exc),
}

/// Called every few thousand steps; returns an error to stop the search.
pub trait Ticker {
    fn tick(&mut self) -> Result<(), Stop>;
    /// Checks that `bytes` more could be held (the VM's memory limit).
    fn memory(&mut self, bytes: usize) -> Result<(), Stop>;
}

/// A matcher of one character.
#[derive(Clone, Debug)]
enum One {
    Char(u32),
    /// Case-insensitive (Unicode simple folding); holds the folded character.
    CharFold(u32),
    /// Case-insensitive over ASCII letters only; holds the lowercase character.
    CharAsciiFold(u32),
    Any,
    AnyNoNl,
    Set(usize),
}

#[derive(Clone, Debug)]
enum Inst {
    One(One),
    Assert(Assert),
    /// Try `pc + 1` first, then the target.
    Split(usize),
    /// Try the target first, then `pc + 1`.
    SplitPrefer(usize),
    Jmp(usize),
    Save(usize),
    Backref {
        group: usize,
        icase: bool,
    },
    /// A greedy or lazy repeat of a single-character matcher (no backtrack entry per char).
    Run {
        one: One,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
    /// Resets the counter `reg` of a general repeat (and its last-iteration position).
    RepStart(usize),
    /// The head of a general repeat; the body starts at `pc + 1`, exits to `exit`.
    RepLoop {
        reg: usize,
        min: u32,
        max: Option<u32>,
        greedy: bool,
        exit: usize,
    },
    /// Records where an iteration started (`pc + 1` continues into the body).
    RepSetLast(usize),
    /// The end of a repeat body: counts the iteration and jumps to the head.
    RepNext {
        reg: usize,
        head: usize,
    },
    /// Starts a look-around (its body follows; `end` is its `LookEnd`).
    LookStart {
        behind: bool,
        negate: bool,
        width: usize,
        end: usize,
    },
    LookEnd,
    AtomicStart,
    AtomicEnd,
    /// Continues if the group matched, else jumps to `no`.
    IfGroup {
        group: usize,
        no: usize,
    },
    Match,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BarrierKind {
    Look { negate: bool, behind: bool },
    Atomic,
}

#[derive(Clone, Copy, Debug)]
enum Frame {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize },
    /// Undo a register change.
    Restore { reg: usize, old: usize },
    /// A greedy single-character run: give back one character at a time down to `min_pos`.
    Greedy {
        next: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character run: take one more character (at most `left` more).
    Lazy { pc: usize, pos: usize, left: u32 },
    /// The start of a look-around or atomic group.
    Barrier {
        kind: BarrierKind,
        pos: usize,
        after: usize,
    },
}

const NONE: usize = usize::MAX;

/// A compiled backtracking program.
#[derive(Debug)]
pub struct Program {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    /// Capture slots (2 per group, group 0 included) then repeat registers (2 per repeat).
    nregs: usize,
    ncaps: usize,
    /// The pattern can only match at the start of the text.
    anchored_start: bool,
    /// A literal the match must start with (for skipping ahead).
    first_char: Option<u32>,
    utf8: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
    group_widths: Vec<(u64, Option<u64>)>,
}

impl Compiler {
    fn push(&mut self, i: Inst) -> Result<usize, String> {
        if self.insts.len() >= PROGRAM_LIMIT {
            return Err("montybox: regular expression is too large".into());
        }
        self.insts.push(i);
        Ok(self.insts.len() - 1)
    }

    fn one_of(&mut self, node: &Node) -> Option<One> {
        Some(match node {
            Node::Char { c, icase, ascii } => {
                if *icase {
                    if *ascii {
                        One::CharAsciiFold(ascii_lower(*c))
                    } else {
                        One::CharFold(fold(*c))
                    }
                } else {
                    One::Char(*c)
                }
            }
            Node::Any { dotall } => {
                if *dotall {
                    One::Any
                } else {
                    One::AnyNoNl
                }
            }
            Node::Set(s) => {
                self.sets.push((**s).clone());
                One::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn compile(&mut self, node: &Node) -> Result<(), String> {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
                if let Some(one) = self.one_of(node) {
                    self.push(Inst::One(one))?;
                }
            }
            Node::Assert(a) => {
                self.push(Inst::Assert(*a))?;
            }
            Node::Group(g, body) => match g {
                Some(g) => {
                    self.push(Inst::Save(2 * g))?;
                    self.compile(body)?;
                    self.push(Inst::Save(2 * g + 1))?;
                }
                None => self.compile(body)?,
            },
            Node::Concat(items) => {
                for n in items {
                    self.compile(n)?;
                }
            }
            Node::Alt(branches) => {
                // split L1 / L1: a; jmp end / L2: split ... / last
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.push(Inst::Split(0))?;
                        self.compile(b)?;
                        jumps.push(self.push(Inst::Jmp(0))?);
                        let next = self.insts.len();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.compile(b)?;
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node: body,
                min,
                max,
                kind,
            } => {
                if *kind == RepeatKind::Possessive {
                    self.push(Inst::AtomicStart)?;
                    self.compile_repeat(body, *min, *max, true)?;
                    self.push(Inst::AtomicEnd)?;
                } else {
                    self.compile_repeat(body, *min, *max, *kind == RepeatKind::Greedy)?;
                }
            }
            Node::Backref { group, icase } => {
                self.push(Inst::Backref {
                    group: *group,
                    icase: *icase,
                })?;
            }
            Node::Look {
                behind,
                negate,
                node: body,
            } => {
                let width = if *behind {
                    body.width(&self.group_widths).0 as usize
                } else {
                    0
                };
                let start = self.push(Inst::LookStart {
                    behind: *behind,
                    negate: *negate,
                    width,
                    end: 0,
                })?;
                self.compile(body)?;
                let end = self.push(Inst::LookEnd)?;
                self.insts[start] = Inst::LookStart {
                    behind: *behind,
                    negate: *negate,
                    width,
                    end,
                };
            }
            Node::Atomic(body) => {
                self.push(Inst::AtomicStart)?;
                self.compile(body)?;
                self.push(Inst::AtomicEnd)?;
            }
            Node::Conditional { group, yes, no } => {
                let test = self.push(Inst::IfGroup {
                    group: *group,
                    no: 0,
                })?;
                self.compile(yes)?;
                let jmp = self.push(Inst::Jmp(0))?;
                let no_pc = self.insts.len();
                self.compile(no)?;
                let end = self.insts.len();
                self.insts[test] = Inst::IfGroup {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn compile_repeat(
        &mut self,
        body: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), String> {
        if max == Some(0) {
            return Ok(());
        }
        if let Some(one) = self.one_of(body) {
            self.push(Inst::Run {
                one,
                min,
                max,
                greedy,
            })?;
            return Ok(());
        }
        if min == 0 && max == Some(1) {
            // x? : split over the body.
            let split = self.push(Inst::Split(0))?;
            self.compile(body)?;
            let end = self.insts.len();
            self.insts[split] = if greedy {
                Inst::Split(end)
            } else {
                Inst::SplitPrefer(end)
            };
            return Ok(());
        }
        let reg = self.nregs;
        self.nregs += 2;
        self.push(Inst::RepStart(reg))?;
        let head = self.push(Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit: 0,
        })?;
        self.push(Inst::RepSetLast(reg))?;
        self.compile(body)?;
        self.push(Inst::RepNext { reg, head })?;
        let exit = self.insts.len();
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit,
        };
        Ok(())
    }
}

/// The first thing a match must begin with, if it is a case-sensitive literal.
fn first_literal(node: &Node) -> Option<u32> {
    match node {
        Node::Char {
            c, icase: false, ..
        } => Some(*c),
        Node::Group(_, n) | Node::Atomic(n) => first_literal(n),
        Node::Concat(items) => items.first().and_then(first_literal),
        Node::Repeat { node, min, .. } if *min > 0 => first_literal(node),
        _ => None,
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assert::StartText) => true,
        Node::Group(_, n) | Node::Atomic(n) => starts_anchored(n),
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Alt(branches) => !branches.is_empty() && branches.iter().all(starts_anchored),
        _ => false,
    }
}

/// Compiles a parsed pattern with `groups` capturing groups.
pub fn compile(
    node: &Node,
    groups: usize,
    group_widths: Vec<(u64, Option<u64>)>,
    utf8: bool,
) -> Result<Program, String> {
    let ncaps = 2 * (groups + 1);
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: ncaps,
        group_widths,
    };
    c.push(Inst::Save(0))?;
    c.compile(node)?;
    c.push(Inst::Save(1))?;
    c.push(Inst::Match)?;
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        nregs: c.nregs,
        ncaps,
        anchored_start: starts_anchored(node),
        first_char: first_literal(node),
        utf8,
    })
}

// ---- characters ----------------------------------------------------------------------------

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    if it.next().is_some() {
        None
    } else {
        Some(c)
    }
}

fn lower1(c: u32) -> u32 {
    // U+0130 (İ) lowercases to two characters; sre uses its simple mapping, `i`.
    if c == 0x130 {
        return 'i' as u32;
    }
    char::from_u32(c)
        .and_then(|ch| single(ch.to_lowercase()))
        .map(|ch| ch as u32)
        .unwrap_or(c)
}

fn upper1(c: u32) -> u32 {
    char::from_u32(c)
        .and_then(|ch| single(ch.to_uppercase()))
        .map(|ch| ch as u32)
        .unwrap_or(c)
}

/// Simple case folding: characters that differ only in case fold to the same value.
pub fn fold(c: u32) -> u32 {
    if c < 128 {
        return ascii_lower(c);
    }
    lower1(upper1(c))
}

fn ascii_lower(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

fn ascii_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// Python's `\w` for str patterns: letters, numbers (`str.isalnum`) and `_`.
pub fn is_word_unicode(c: u32) -> bool {
    if c < 128 {
        return is_word_ascii(c);
    }
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    match char::from_u32(c) {
        Some(ch) => matches!(
            get_general_category(ch),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::DecimalNumber
                | G::LetterNumber
                | G::OtherNumber
        ),
        None => false,
    }
}

fn is_word_ascii(c: u32) -> bool {
    c == '_' as u32 || (c < 128 && (c as u8).is_ascii_alphanumeric())
}

/// Python's `\s` for str patterns (`str.isspace`).
pub fn is_space_unicode(c: u32) -> bool {
    matches!(
        c,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

fn is_space_ascii(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

fn is_digit_unicode(c: u32) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    char::from_u32(c).is_some_and(|ch| get_general_category(ch) == G::DecimalNumber)
}

fn cat_matches(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => {
            if ascii {
                (b'0' as u32..=b'9' as u32).contains(&c)
            } else {
                is_digit_unicode(c)
            }
        }
        Category::NotDigit => !cat_matches(Category::Digit, c, ascii),
        Category::Space => {
            if ascii {
                is_space_ascii(c)
            } else {
                is_space_unicode(c)
            }
        }
        Category::NotSpace => !cat_matches(Category::Space, c, ascii),
        Category::Word => {
            if ascii {
                is_word_ascii(c)
            } else {
                is_word_unicode(c)
            }
        }
        Category::NotWord => !cat_matches(Category::Word, c, ascii),
    }
}

fn set_has(set: &CharSet, c: u32) -> bool {
    set.items.iter().any(|item| match item {
        SetItem::Char(x) => *x == c,
        SetItem::Range(lo, hi) => *lo <= c && c <= *hi,
        SetItem::Cat(cat) => cat_matches(*cat, c, set.ascii),
    })
}

/// Whether `c` is in the set, honouring case-insensitivity and negation.
pub fn set_matches(set: &CharSet, c: u32) -> bool {
    let mut found = set_has(set, c);
    if !found && set.icase {
        found = if set.ascii {
            set_has(set, ascii_lower(c)) || set_has(set, ascii_upper(c))
        } else {
            let (l, u) = (lower1(c), upper1(c));
            set_has(set, l) || set_has(set, u) || set_has(set, lower1(u)) || set_has(set, upper1(l))
        };
    }
    found != set.negated
}

// ---- text ----------------------------------------------------------------------------------

/// The character at `pos` and the position after it.
#[inline]
fn next_char(hay: &[u8], utf8: bool, pos: usize) -> Option<(u32, usize)> {
    let b = *hay.get(pos)?;
    if !utf8 || b < 0x80 {
        return Some((b as u32, pos + 1));
    }
    let (len, init) = if b >= 0xF0 {
        (4, (b & 0x07) as u32)
    } else if b >= 0xE0 {
        (3, (b & 0x0F) as u32)
    } else {
        (2, (b & 0x1F) as u32)
    };
    let mut c = init;
    for i in 1..len {
        let cont = *hay.get(pos + i)?;
        c = (c << 6) | (cont & 0x3F) as u32;
    }
    Some((c, pos + len))
}

/// The character before `pos` and the position where it starts.
#[inline]
fn prev_char(hay: &[u8], utf8: bool, pos: usize) -> Option<(u32, usize)> {
    if pos == 0 {
        return None;
    }
    if !utf8 {
        return hay.get(pos - 1).map(|b| (*b as u32, pos - 1));
    }
    let mut start = pos - 1;
    while start > 0 && pos - start < 4 && (hay.get(start)? & 0xC0) == 0x80 {
        start -= 1;
    }
    next_char(hay, utf8, start).map(|(c, _)| (c, start))
}

impl Program {
    #[inline]
    fn one_at(&self, one: &One, hay: &[u8], pos: usize) -> Option<usize> {
        let (c, next) = next_char(hay, self.utf8, pos)?;
        let ok = match one {
            One::Char(x) => c == *x,
            One::CharFold(x) => c == *x || fold(c) == *x,
            One::CharAsciiFold(x) => ascii_lower(c) == *x,
            One::Any => true,
            One::AnyNoNl => c != '\n' as u32,
            One::Set(i) => self.sets.get(*i).is_some_and(|s| set_matches(s, c)),
        };
        ok.then_some(next)
    }

    fn is_word_at(&self, hay: &[u8], pos: usize, ascii: bool) -> (bool, bool) {
        let before = prev_char(hay, self.utf8, pos).is_some_and(|(c, _)| {
            if ascii {
                is_word_ascii(c)
            } else {
                is_word_unicode(c)
            }
        });
        let after = next_char(hay, self.utf8, pos).is_some_and(|(c, _)| {
            if ascii {
                is_word_ascii(c)
            } else {
                is_word_unicode(c)
            }
        });
        (before, after)
    }

    fn assert_at(&self, a: Assert, hay: &[u8], pos: usize) -> bool {
        let len = hay.len();
        match a {
            Assert::StartText => pos == 0,
            Assert::StartLine => pos == 0 || hay.get(pos - 1) == Some(&b'\n'),
            Assert::EndText => pos == len,
            Assert::EndTextOrNewline => pos == len || (pos + 1 == len && hay[pos] == b'\n'),
            Assert::EndLine => pos == len || hay.get(pos) == Some(&b'\n'),
            Assert::WordBoundary { ascii } => {
                let (b, a) = self.is_word_at(hay, pos, ascii);
                len > 0 && b != a
            }
            Assert::NotWordBoundary { ascii } => {
                let (b, a) = self.is_word_at(hay, pos, ascii);
                len > 0 && b == a
            }
        }
    }

    /// Searches `hay` from `start` (anchored: only at `start`). `full` requires the match to end
    /// at the end of `hay`; `must_advance` rejects an empty match at `start`. Returns the capture
    /// slots (byte offsets, `usize::MAX` for unset).
    pub fn exec(
        &self,
        hay: &[u8],
        start: usize,
        anchored: bool,
        full: bool,
        must_advance: bool,
        ticker: &mut dyn Ticker,
    ) -> Result<Option<Vec<usize>>, Stop> {
        let mut m = Matcher {
            prog: self,
            hay,
            regs: vec![NONE; self.nregs],
            stack: Vec::new(),
            steps: 0,
            full,
        };
        let mut pos = start;
        loop {
            if pos > hay.len() {
                return Ok(None);
            }
            if !anchored {
                if self.anchored_start && pos > 0 {
                    return Ok(None);
                }
                if let Some(fc) = self.first_char {
                    // Skip to the next place the literal occurs.
                    let mut p = pos;
                    loop {
                        match next_char(hay, self.utf8, p) {
                            Some((c, n)) => {
                                if c == fc {
                                    break;
                                }
                                p = n;
                            }
                            None => return Ok(None),
                        }
                    }
                    pos = p;
                }
            }
            let min_end = if must_advance && pos == start {
                Some(start)
            } else {
                None
            };
            if m.run(pos, min_end, ticker)? {
                return Ok(Some(m.regs[..self.ncaps].to_vec()));
            }
            if anchored {
                return Ok(None);
            }
            match next_char(hay, self.utf8, pos) {
                Some((_, n)) => pos = n,
                None => return Ok(None),
            }
        }
    }
}

struct Matcher<'a> {
    prog: &'a Program,
    hay: &'a [u8],
    regs: Vec<usize>,
    stack: Vec<Frame>,
    steps: u64,
    full: bool,
}

impl Matcher<'_> {
    fn set_reg(&mut self, reg: usize, v: usize) {
        if let Some(slot) = self.regs.get_mut(reg) {
            let old = *slot;
            *slot = v;
            self.stack.push(Frame::Restore { reg, old });
        }
    }

    /// Cuts the alternatives above the innermost barrier (keeping register restores so
    /// backtracking past the group still undoes its captures); returns the barrier.
    fn cut_to_barrier(&mut self) -> Option<(BarrierKind, usize, usize)> {
        let b = self
            .stack
            .iter()
            .rposition(|f| matches!(f, Frame::Barrier { .. }))?;
        let barrier = match self.stack[b] {
            Frame::Barrier { kind, pos, after } => (kind, pos, after),
            _ => return None,
        };
        let mut w = b;
        for r in b + 1..self.stack.len() {
            if let Frame::Restore { .. } = self.stack[r] {
                self.stack[w] = self.stack[r];
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some(barrier)
    }

    /// Pops everything down to and including the innermost barrier, undoing register changes.
    fn unwind_to_barrier(&mut self) -> Option<(BarrierKind, usize, usize)> {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Restore { reg, old } => {
                    if let Some(slot) = self.regs.get_mut(reg) {
                        *slot = old;
                    }
                }
                Frame::Barrier { kind, pos, after } => return Some((kind, pos, after)),
                _ => {}
            }
        }
        None
    }

    /// Runs the program anchored at `start`. On success the registers hold the captures.
    fn run(
        &mut self,
        start: usize,
        min_end: Option<usize>,
        ticker: &mut dyn Ticker,
    ) -> Result<bool, Stop> {
        let prog = self.prog;
        let hay = self.hay;
        let utf8 = prog.utf8;
        self.regs.iter_mut().for_each(|r| *r = NONE);
        self.stack.clear();
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            self.steps += 1;
            if self.steps & 0xFFF == 0 {
                ticker.tick()?;
                if self.steps > STEP_LIMIT || self.stack.len() > STACK_LIMIT {
                    return Err(Stop::TooExpensive);
                }
                ticker.memory(self.stack.capacity() * std::mem::size_of::<Frame>())?;
            }
            let mut ok = true;
            match prog.insts.get(pc) {
                None => return Ok(false),
                Some(inst) => match inst {
                    Inst::One(one) => match prog.one_at(one, hay, pos) {
                        Some(n) => {
                            pos = n;
                            pc += 1;
                        }
                        None => ok = false,
                    },
                    Inst::Assert(a) => {
                        if prog.assert_at(*a, hay, pos) {
                            pc += 1;
                        } else {
                            ok = false;
                        }
                    }
                    Inst::Split(target) => {
                        self.stack.push(Frame::Alt { pc: *target, pos });
                        pc += 1;
                    }
                    Inst::SplitPrefer(target) => {
                        self.stack.push(Frame::Alt { pc: pc + 1, pos });
                        pc = *target;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::Save(slot) => {
                        self.set_reg(*slot, pos);
                        pc += 1;
                    }
                    Inst::Backref { group, icase } => {
                        let (s, e) = (
                            self.regs.get(2 * group).copied().unwrap_or(NONE),
                            self.regs.get(2 * group + 1).copied().unwrap_or(NONE),
                        );
                        if s == NONE || e == NONE || s > e {
                            ok = false;
                        } else {
                            let mut p = pos;
                            let mut q = s;
                            while q < e {
                                let Some((a, qn)) = next_char(hay, utf8, q) else {
                                    ok = false;
                                    break;
                                };
                                let Some((b, pn)) = next_char(hay, utf8, p) else {
                                    ok = false;
                                    break;
                                };
                                let same = a == b
                                    || (*icase
                                        && if utf8 {
                                            fold(a) == fold(b)
                                        } else {
                                            ascii_lower(a) == ascii_lower(b)
                                        });
                                if !same {
                                    ok = false;
                                    break;
                                }
                                q = qn;
                                p = pn;
                            }
                            if ok {
                                pos = p;
                                pc += 1;
                            }
                        }
                    }
                    Inst::Run {
                        one,
                        min,
                        max,
                        greedy,
                    } => {
                        let mut count = 0u32;
                        let mut p = pos;
                        while count < *min {
                            match prog.one_at(one, hay, p) {
                                Some(n) => {
                                    p = n;
                                    count += 1;
                                }
                                None => break,
                            }
                        }
                        if count < *min {
                            ok = false;
                        } else if *greedy {
                            let min_pos = p;
                            while max.is_none_or(|m| count < m) {
                                match prog.one_at(one, hay, p) {
                                    Some(n) => {
                                        p = n;
                                        count += 1;
                                    }
                                    None => break,
                                }
                                if count & 0xFFFF == 0 {
                                    ticker.tick()?;
                                }
                            }
                            self.steps += (count / 8) as u64;
                            if p > min_pos {
                                self.stack.push(Frame::Greedy {
                                    next: pc + 1,
                                    min_pos,
                                    pos: p,
                                });
                            }
                            pos = p;
                            pc += 1;
                        } else {
                            let left = max.map(|m| m - count).unwrap_or(u32::MAX);
                            if left > 0 {
                                self.stack.push(Frame::Lazy { pc, pos: p, left });
                            }
                            pos = p;
                            pc += 1;
                        }
                    }
                    Inst::RepStart(reg) => {
                        self.set_reg(*reg, 0);
                        self.set_reg(*reg + 1, NONE);
                        pc += 1;
                    }
                    Inst::RepLoop {
                        reg,
                        min,
                        max,
                        greedy,
                        exit,
                    } => {
                        let count = self.regs.get(*reg).copied().unwrap_or(0);
                        let last = self.regs.get(*reg + 1).copied().unwrap_or(NONE);
                        if count < *min as usize {
                            // Mandatory iterations do not count for the empty-iteration rule.
                            pc += 2;
                        } else if max.is_some_and(|m| count >= m as usize) || (last == pos) {
                            pc = *exit;
                        } else if *greedy {
                            self.stack.push(Frame::Alt { pc: *exit, pos });
                            pc += 1;
                        } else {
                            self.stack.push(Frame::Alt { pc: pc + 1, pos });
                            pc = *exit;
                        }
                    }
                    Inst::RepSetLast(reg) => {
                        self.set_reg(*reg + 1, pos);
                        pc += 1;
                    }
                    Inst::RepNext { reg, head } => {
                        let count = self.regs.get(*reg).copied().unwrap_or(0);
                        self.set_reg(*reg, count.saturating_add(1));
                        pc = *head;
                    }
                    Inst::LookStart {
                        behind,
                        negate,
                        width,
                        end,
                    } => {
                        let kind = BarrierKind::Look {
                            negate: *negate,
                            behind: *behind,
                        };
                        let mut body_pos = Some(pos);
                        if *behind {
                            let mut p = pos;
                            for _ in 0..*width {
                                match prev_char(hay, utf8, p) {
                                    Some((_, q)) => p = q,
                                    None => {
                                        body_pos = None;
                                        break;
                                    }
                                }
                            }
                            if body_pos.is_some() {
                                body_pos = Some(p);
                            }
                        }
                        match body_pos {
                            Some(bp) => {
                                self.stack.push(Frame::Barrier {
                                    kind,
                                    pos,
                                    after: end + 1,
                                });
                                pos = bp;
                                pc += 1;
                            }
                            None => {
                                if *negate {
                                    pc = end + 1;
                                } else {
                                    ok = false;
                                }
                            }
                        }
                    }
                    Inst::LookEnd => {
                        // The body matched. A look-behind body must end where it started from.
                        let top = self
                            .stack
                            .iter()
                            .rposition(|f| matches!(f, Frame::Barrier { .. }));
                        let behind_ok = match top.map(|i| self.stack[i]) {
                            Some(Frame::Barrier {
                                kind: BarrierKind::Look { behind: true, .. },
                                pos: orig,
                                ..
                            }) => pos == orig,
                            _ => true,
                        };
                        if !behind_ok {
                            ok = false;
                        } else {
                            match self.stack.get(top.unwrap_or(usize::MAX)) {
                                Some(Frame::Barrier {
                                    kind: BarrierKind::Look { negate: true, .. },
                                    ..
                                }) => {
                                    self.unwind_to_barrier();
                                    ok = false;
                                }
                                _ => match self.cut_to_barrier() {
                                    Some((_, orig, after)) => {
                                        pos = orig;
                                        pc = after;
                                    }
                                    None => return Ok(false),
                                },
                            }
                        }
                    }
                    Inst::AtomicStart => {
                        self.stack.push(Frame::Barrier {
                            kind: BarrierKind::Atomic,
                            pos,
                            after: 0,
                        });
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut_to_barrier();
                        pc += 1;
                    }
                    Inst::IfGroup { group, no } => {
                        let s = self.regs.get(2 * group).copied().unwrap_or(NONE);
                        let e = self.regs.get(2 * group + 1).copied().unwrap_or(NONE);
                        if s != NONE && e != NONE {
                            pc += 1;
                        } else {
                            pc = *no;
                        }
                    }
                    Inst::Match => {
                        let end_ok = !self.full || pos == hay.len();
                        let adv_ok = min_end.is_none_or(|m| pos > m);
                        if end_ok && adv_ok {
                            return Ok(true);
                        }
                        ok = false;
                    }
                },
            }
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                let Some(f) = self.stack.pop() else {
                    return Ok(false);
                };
                match f {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Restore { reg, old } => {
                        if let Some(slot) = self.regs.get_mut(reg) {
                            *slot = old;
                        }
                    }
                    Frame::Greedy {
                        next,
                        min_pos,
                        pos: p,
                    } => {
                        let Some((_, q)) = prev_char(hay, utf8, p) else {
                            continue;
                        };
                        if q > min_pos {
                            self.stack.push(Frame::Greedy {
                                next,
                                min_pos,
                                pos: q,
                            });
                        }
                        pc = next;
                        pos = q;
                        break;
                    }
                    Frame::Lazy {
                        pc: p,
                        pos: q,
                        left,
                    } => {
                        let Some(Inst::Run { one, .. }) = prog.insts.get(p) else {
                            continue;
                        };
                        let Some(n) = prog.one_at(one, hay, q) else {
                            continue;
                        };
                        if left > 1 {
                            self.stack.push(Frame::Lazy {
                                pc: p,
                                pos: n,
                                left: left - 1,
                            });
                        }
                        pc = p + 1;
                        pos = n;
                        break;
                    }
                    Frame::Barrier {
                        kind,
                        pos: q,
                        after,
                    } => {
                        if let BarrierKind::Look { negate: true, .. } = kind {
                            // The body of a negative look-around failed: the assertion holds.
                            pc = after;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
    }
}
