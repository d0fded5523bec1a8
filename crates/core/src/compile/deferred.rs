//! Which calls hand the host's answer back as an awaitable instead of waiting for it.
//!
//! A call of a host function normally waits for the host's answer (`x = fetch(1)` gives the
//! value). A call whose result the program awaits *later* must instead return at once with an
//! awaitable, so that several calls are in flight together. Such calls are found here, by
//! syntax, and the compiler marks them (`Instr::MarkDeferred` before the call):
//!
//! - calls passed to `gather`, `wait`, `as_completed`, `create_task`, `ensure_future`,
//!   `shield` or `wait_for`, directly or as elements of a list, tuple, set, comprehension or
//!   generator expression given to them (also starred);
//! - calls whose result is stored in a name that the same program later gives to one of those
//!   functions (`tasks = [fetch(u) for u in urls]` ... `gather(*tasks)`), awaits
//!   (`t = fetch(1)` ... `await t`), or iterates to await each element, including through
//!   `name.append(call)`.
//!
//! An immediately awaited call (`await fetch(1)`) is recognised by the VM itself.
//! Names are matched across the whole program, not per scope: a false match only makes a call
//! return an awaitable where the program awaits that name anyway.

use std::collections::HashSet;

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Functions whose positional arguments are awaited (by name or attribute: `asyncio.gather`,
/// `tg.create_task`).
const AWAITING_FUNCTIONS: &[&str] = &[
    "gather",
    "wait",
    "as_completed",
    "create_task",
    "ensure_future",
    "shield",
    "wait_for",
];

fn is_awaiting_call(call: &ast::ExprCall) -> bool {
    let name = match call.func.as_ref() {
        Expr::Name(n) => n.id.as_str(),
        Expr::Attribute(a) => a.attr.id.as_str(),
        _ => return false,
    };
    AWAITING_FUNCTIONS.contains(&name)
}

/// The source ranges of the calls to mark.
pub fn deferred_calls(body: &[Stmt]) -> HashSet<TextRange> {
    let mut sinks = SinkFinder::default();
    for s in body {
        sinks.visit_stmt(s);
    }
    let mut marker = Marker {
        sinks: sinks.names,
        calls: HashSet::new(),
    };
    for s in body {
        marker.visit_stmt(s);
    }
    marker.calls
}

/// Collects the names whose values are awaited later.
#[derive(Default)]
struct SinkFinder {
    names: HashSet<String>,
}

impl SinkFinder {
    fn add_arg(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.names.insert(n.id.to_string());
            }
            Expr::Starred(s) => self.add_arg(&s.value),
            _ => {}
        }
    }
}

/// Looks for `await TARGET`.
struct AwaitFinder<'t> {
    target: &'t str,
    found: bool,
}

impl<'a> Visitor<'a> for AwaitFinder<'_> {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Await(a) = e {
            if matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == self.target) {
                self.found = true;
            }
        }
        walk_expr(self, e);
    }
}

/// Whether `stmts` await the name `target` anywhere.
fn awaits_name(stmts: &[Stmt], target: &str) -> bool {
    let mut f = AwaitFinder {
        target,
        found: false,
    };
    for s in stmts {
        f.visit_stmt(s);
    }
    f.found
}

fn expr_awaits_name(e: &Expr, target: &str) -> bool {
    let mut f = AwaitFinder {
        target,
        found: false,
    };
    f.visit_expr(e);
    f.found
}

impl<'a> Visitor<'a> for SinkFinder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if let Stmt::For(f) = s {
            if let (Expr::Name(t), Expr::Name(iter)) = (f.target.as_ref(), f.iter.as_ref()) {
                if awaits_name(&f.body, t.id.as_str()) {
                    self.names.insert(iter.id.to_string());
                }
            }
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Call(call) if is_awaiting_call(call) => {
                for a in call.arguments.args.iter() {
                    self.add_arg(a);
                }
            }
            Expr::Await(a) => self.add_arg(&a.value),
            Expr::ListComp(ast::ExprListComp {
                elt, generators, ..
            })
            | Expr::SetComp(ast::ExprSetComp {
                elt, generators, ..
            })
            | Expr::Generator(ast::ExprGenerator {
                elt, generators, ..
            }) => {
                for g in generators {
                    if let (Expr::Name(t), Expr::Name(iter)) = (&g.target, &g.iter) {
                        if expr_awaits_name(elt, t.id.as_str()) {
                            self.names.insert(iter.id.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, e);
    }
}

/// Marks the calls whose results flow into awaiting functions or sink names.
struct Marker {
    sinks: HashSet<String>,
    calls: HashSet<TextRange>,
}

impl Marker {
    /// Marks `e` if it is a call, or the calls that are its elements.
    fn mark_value(&mut self, e: &Expr) {
        match e {
            Expr::Call(c) => {
                self.calls.insert(c.range());
            }
            Expr::Starred(s) => self.mark_value(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|x| self.mark_value(x)),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.mark_value(x)),
            Expr::Set(s) => s.elts.iter().for_each(|x| self.mark_value(x)),
            Expr::ListComp(c) => self.mark_value(&c.elt),
            Expr::SetComp(c) => self.mark_value(&c.elt),
            Expr::Generator(g) => self.mark_value(&g.elt),
            Expr::If(i) => {
                self.mark_value(&i.body);
                self.mark_value(&i.orelse);
            }
            _ => {}
        }
    }

    fn is_sink(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.sinks.contains(n.id.as_str()))
    }
}

impl<'a> Visitor<'a> for Marker {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::Assign(a) if a.targets.iter().any(|t| self.is_sink(t)) => {
                self.mark_value(&a.value);
            }
            Stmt::AnnAssign(ast::StmtAnnAssign {
                target,
                value: Some(v),
                ..
            }) if self.is_sink(target) => self.mark_value(v),
            Stmt::AugAssign(a) if self.is_sink(&a.target) => self.mark_value(&a.value),
            _ => {}
        }
        walk_stmt(self, s);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::Call(call) = e {
            if is_awaiting_call(call) {
                for a in call.arguments.args.iter() {
                    self.mark_value(a);
                }
            } else if let Expr::Attribute(attr) = call.func.as_ref() {
                let method = attr.attr.id.as_str();
                if matches!(method, "append" | "add" | "extend" | "insert")
                    && self.is_sink(&attr.value)
                {
                    for a in call.arguments.args.iter() {
                        self.mark_value(a);
                    }
                }
            }
        }
        walk_expr(self, e);
    }
}
