//! The compiler: Python AST (from `ruff_python_parser`) to a `Program` of bytecode.
//!
//! `scope` decides how each name is accessed; `expr`, `stmt` and `pattern` emit code for the three
//! kinds of syntax; this module holds the per-code builder (labels, exception regions, source
//! locations) and the assembler, which resolves jumps and derives the exception table from a
//! stack-depth flow analysis.

mod deferred;
mod expr;
mod pattern;
mod scope;
mod stmt;

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextRange;

use crate::builtins::Builtin;
use crate::bytecode::{Code, CodeKind, Const, ExcEntry, GlobalName, Instr, Loc, Program};
use crate::types::BuiltinType;
use scope::{ScopeKind, SymbolTable};

/// Why a program did not compile: a Python `SyntaxError` (or subclass) at a source range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: BuiltinType,
    pub message: String,
    pub range: TextRange,
    /// CPython's exact report location, for parse errors whose line/offsets (or shown text)
    /// are not simply those of `range`.
    pub location: Option<Box<crate::parse::Loc>>,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            kind: BuiltinType::SyntaxError,
            message: message.into(),
            range,
            location: None,
        }
    }
}

/// Byte offset to (line, column) conversion for one source text.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of `offset`.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line as u32, offset - self.starts[line - 1])
    }

    pub fn loc(&self, range: TextRange) -> Loc {
        let (line, col) = self.position(range.start().to_u32());
        let (end_line, end_col) = self.position(range.end().to_u32());
        Loc {
            line,
            col,
            end_line,
            end_col,
            anchor: None,
        }
    }
}

/// A jump target, resolved to an instruction index when the code is assembled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(u32);

/// An exception handler region: instructions emitted while it is active jump to `label`.
struct Region {
    label: Label,
    /// The index of the first instruction emitted inside the region; the stack depth before it
    /// (plus `adjust`) is the depth the handler cuts the stack to.
    start: usize,
    adjust: i32,
}

/// What `return`, `break` and `continue` must undo when leaving a block.
#[derive(Clone)]
enum FBlock<'a> {
    /// A loop; `for` loops keep their iterator on the stack.
    Loop {
        continue_label: Label,
        break_label: Label,
        has_iterator: bool,
    },
    /// The body of `try` with `finally`: leaving runs the final body.
    TryFinally { body: &'a [Stmt], region: usize },
    /// A region to deactivate when leaving (try body of try/except).
    Region(usize),
    /// Inside an `except` clause: the previous exception is on the stack.
    ExceptHandler {
        name: Option<String>,
        regions: Vec<usize>,
    },
    /// Inside the final body on the exceptional path: previous and current exception on stack.
    FinallyEnd { region: usize },
    /// A value kept on the stack while a final body runs for a `return`.
    PopValue,
    /// A `with` body: `__exit__` is on the stack.
    With { is_async: bool, region: usize },
}

/// Per-code builder.
struct Unit<'a> {
    scope: usize,
    code_index: usize,
    kind: CodeKind,
    instrs: Vec<Instr>,
    locs: Vec<Loc>,
    handler: Vec<Option<u32>>,
    labels: Vec<Option<u32>>,
    regions: Vec<Region>,
    active: Vec<usize>,
    fblocks: Vec<FBlock<'a>>,
    varnames: Vec<String>,
    loc: Loc,
    temps: u32,
    first_line: u32,
    docstring: Option<String>,
    /// (argcount, posonlyargcount, kwonlyargcount, has_varargs, has_varkw)
    params: (u32, u32, u32, bool, bool),
}

impl<'a> Unit<'a> {
    fn new(
        scope: usize,
        code_index: usize,
        kind: CodeKind,
        varnames: Vec<String>,
        first_line: u32,
    ) -> Unit<'a> {
        Unit {
            scope,
            code_index,
            kind,
            instrs: Vec::new(),
            locs: Vec::new(),
            handler: Vec::new(),
            labels: Vec::new(),
            regions: Vec::new(),
            active: Vec::new(),
            fblocks: Vec::new(),
            varnames,
            loc: Loc {
                line: first_line,
                col: 0,
                end_line: first_line,
                end_col: 0,
                anchor: None,
            },
            temps: 0,
            first_line,
            docstring: None,
            params: (0, 0, 0, false, false),
        }
    }
}

/// The maximum syntactic nesting the compiler accepts (deeper is a SyntaxError, never a crash).
pub const MAX_NESTING: usize = 200;

pub struct Compiler<'a> {
    source: &'a str,
    lines: LineIndex,
    table: SymbolTable,
    codes: Vec<Option<Code>>,
    consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    globals: Vec<GlobalName>,
    global_index: HashMap<String, u32>,
    units: Vec<Unit<'a>>,
    depth: usize,
    /// Whether top-level `await` is accepted (code mode).
    top_level_await: bool,
    /// Calls whose result is awaited later (`deferred`).
    deferred: std::collections::HashSet<TextRange>,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
}

/// Constants are deduplicated by value (floats by bit pattern, so -0.0 stays distinct from 0.0).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    Int(i64),
    Float(u64),
    Other(String),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::Str(s) => ConstKey::Str(s.clone()),
        Const::Int(i) => ConstKey::Int(*i),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        other => ConstKey::Other(format!("{other:?}")),
    }
}

/// The `__future__` features a module imports (the leading `from __future__ import ...`
/// statements, after an optional docstring), with CPython's errors for unknown features and
/// future imports that come too late.
fn future_features(body: &[Stmt]) -> Result<Vec<&str>, CompileError> {
    const KNOWN: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    ];
    let mut out = Vec::new();
    let mut leading = true;
    for (i, stmt) in body.iter().enumerate() {
        let is_docstring = i == 0
            && matches!(stmt, Stmt::Expr(e) if matches!(e.value.as_ref(), ast::Expr::StringLiteral(_)));
        if is_docstring {
            continue;
        }
        match stmt {
            Stmt::ImportFrom(imp)
                if imp.level == 0
                    && imp
                        .module
                        .as_ref()
                        .is_some_and(|m| m.id.as_str() == "__future__") =>
            {
                if !leading {
                    return Err(CompileError::syntax(
                        "from __future__ imports must occur at the beginning of the file",
                        imp.range,
                    ));
                }
                // CPython points one caret at the statement for unknown features.
                let at = TextRange::at(imp.range.start(), 1.into());
                for alias in &imp.names {
                    let name = alias.name.id.as_str();
                    if name == "braces" {
                        return Err(CompileError::syntax("not a chance", at));
                    }
                    if !KNOWN.contains(&name) {
                        return Err(CompileError::syntax(
                            format!("future feature {name} is not defined"),
                            at,
                        ));
                    }
                    out.push(name);
                }
            }
            _ => leading = false,
        }
    }
    Ok(out)
}

/// The text of an annotation under `from __future__ import annotations`, as CPython's
/// unparser writes it for the common forms (names, attributes, subscripts, literals, `|`);
/// other expressions keep their source text.
pub(crate) fn annotation_text(e: &ast::Expr, source: &str) -> String {
    use ast::Expr;
    let src = |e: &Expr| {
        let r = ruff_text_size::Ranged::range(e);
        source
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("")
            .to_string()
    };
    let join = |items: &[Expr]| {
        items
            .iter()
            .map(|x| annotation_text(x, source))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match e {
        Expr::Name(n) => n.id.to_string(),
        Expr::Attribute(a) => format!("{}.{}", annotation_text(&a.value, source), a.attr.id),
        Expr::Subscript(s) => {
            let inner = match s.slice.as_ref() {
                Expr::Tuple(t) if !t.elts.is_empty() => join(&t.elts),
                other => annotation_text(other, source),
            };
            format!("{}[{inner}]", annotation_text(&s.value, source))
        }
        Expr::StringLiteral(s) => crate::builtins::str::repr_str(s.value.to_str()),
        Expr::NoneLiteral(_) => "None".into(),
        Expr::BooleanLiteral(b) => if b.value { "True" } else { "False" }.into(),
        Expr::EllipsisLiteral(_) => "...".into(),
        Expr::List(l) => format!("[{}]", join(&l.elts)),
        Expr::Tuple(t) => {
            if t.elts.len() == 1 {
                format!("({},)", join(&t.elts))
            } else {
                format!("({})", join(&t.elts))
            }
        }
        Expr::BinOp(b) if b.op == ast::Operator::BitOr => format!(
            "{} | {}",
            annotation_text(&b.left, source),
            annotation_text(&b.right, source)
        ),
        other => src(other),
    }
}

/// Compiles a parsed module.
pub fn compile_module(
    module: &ast::ModModule,
    source: &str,
    filename: &str,
    input_names: &[String],
) -> Result<Program, CompileError> {
    let table = SymbolTable::build(&module.body)?;
    let mut c = Compiler {
        source,
        lines: LineIndex::new(source),
        table,
        codes: Vec::new(),
        consts: Vec::new(),
        const_index: HashMap::new(),
        names: Vec::new(),
        name_index: HashMap::new(),
        globals: Vec::new(),
        global_index: HashMap::new(),
        units: Vec::new(),
        depth: 0,
        top_level_await: true,
        deferred: deferred::deferred_calls(&module.body),
        future_annotations: future_features(&module.body)?.contains(&"annotations"),
    };
    for name in input_names {
        c.global_slot(name);
    }
    c.codes.push(None);
    c.units
        .push(Unit::new(0, 0, CodeKind::Module, Vec::new(), 1));
    c.compile_module_body(&module.body)?;
    let unit = c
        .units
        .pop()
        .ok_or_else(|| CompileError::syntax("internal: no unit", TextRange::default()))?;
    let code = c.finish_unit(
        unit,
        "<module>".into(),
        "<module>".into(),
        ScopeKind::Module,
    )?;
    c.codes[0] = Some(code);
    let codes = c
        .codes
        .into_iter()
        .map(|code| {
            code.ok_or_else(|| CompileError::syntax("internal: missing code", TextRange::default()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Program {
        filename: filename.to_string(),
        source: source.to_string(),
        codes,
        consts: c.consts,
        names: c.names,
        globals: c.globals,
        input_names: input_names.to_vec(),
    })
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always being compiled")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always being compiled")
    }

    fn scope(&self) -> &scope::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    // ---- emission -------------------------------------------------------------------------

    fn emit(&mut self, instr: Instr) {
        let u = self.unit();
        let h = u.active.last().map(|&r| r as u32);
        u.instrs.push(instr);
        u.locs.push(u.loc);
        u.handler.push(h);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label((u.labels.len() - 1) as u32)
    }

    fn bind_label(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = Some(u.instrs.len() as u32);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        self.emit(make(label.0));
    }

    /// Starts an exception region whose handler is `label`; returns its id.
    fn push_region(&mut self, label: Label) -> usize {
        let u = self.unit();
        let start = u.instrs.len();
        u.regions.push(Region {
            label,
            start,
            adjust: 0,
        });
        let id = u.regions.len() - 1;
        u.active.push(id);
        id
    }

    /// Like `push_region`, with the handler depth adjusted by `adjust` (a `with` region starts
    /// before `__enter__`'s result is stored, but its handler runs without that result).
    fn push_region_adjusted(&mut self, label: Label, adjust: i32) -> usize {
        let id = self.push_region(label);
        self.unit().regions[id].adjust = adjust;
        id
    }

    /// Re-activates a region (the next `except` clause runs under the same cleanup handler).
    fn reactivate_region(&mut self, id: usize) {
        self.unit().active.push(id);
    }

    fn pop_region(&mut self, id: usize) {
        let u = self.unit();
        if let Some(pos) = u.active.iter().rposition(|&r| r == id) {
            u.active.remove(pos);
        }
    }

    fn set_loc(&mut self, range: TextRange) {
        let loc = self.lines.loc(range);
        self.unit().loc = loc;
    }

    fn loc_of(&self, range: TextRange) -> Loc {
        self.lines.loc(range)
    }

    fn with_loc<T>(&mut self, loc: Loc, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit().loc;
        self.unit().loc = loc;
        let r = f(self);
        self.unit().loc = saved;
        r
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let key = const_key(&c);
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        self.consts.push(c);
        let i = (self.consts.len() - 1) as u32;
        self.const_index.insert(key, i);
        i
    }

    fn load_const(&mut self, c: Const) {
        match c {
            Const::None => self.emit(Instr::LoadNone),
            Const::Int(i) if i32::try_from(i).is_ok() => self.emit(Instr::LoadSmallInt(i as i32)),
            other => {
                let i = self.add_const(other);
                self.emit(Instr::LoadConst(i));
            }
        }
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        self.names.push(name.to_string());
        let i = (self.names.len() - 1) as u32;
        self.name_index.insert(name.to_string(), i);
        i
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.global_index.get(name) {
            return i;
        }
        let builtin = builtin_const(name);
        self.globals.push(GlobalName {
            name: name.to_string(),
            builtin,
        });
        let i = (self.globals.len() - 1) as u32;
        self.global_index.insert(name.to_string(), i);
        i
    }

    /// A hidden local slot for compiler temporaries (match subjects and captures).
    fn temp_slot(&mut self) -> u32 {
        let u = self.unit();
        u.temps += 1;
        let name = format!(".t{}", u.temps);
        u.varnames.push(name);
        (u.varnames.len() - 1) as u32
    }

    fn enter_nesting(&mut self, range: TextRange) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(CompileError::syntax(
                "too many nested blocks or expressions",
                range,
            ));
        }
        Ok(())
    }

    fn leave_nesting(&mut self) {
        self.depth -= 1;
    }

    // ---- units ------------------------------------------------------------------------------

    /// Starts compiling a nested scope; returns the index its code will have.
    fn enter_scope(&mut self, range: TextRange, kind: CodeKind) -> Result<usize, CompileError> {
        let scope = self
            .table
            .scope_for(range)
            .ok_or_else(|| CompileError::syntax("internal: unknown scope", range))?;
        let varnames = self.table.scopes[scope].varnames.clone();
        self.codes.push(None);
        let index = self.codes.len() - 1;
        let (line, _) = self.lines.position(range.start().to_u32());
        self.units
            .push(Unit::new(scope, index, kind, varnames, line));
        // Cells first (so parameters that are cells are wrapped), then free variables.
        let s = &self.table.scopes[scope];
        let cells: Vec<u32> = s
            .cells
            .iter()
            .filter_map(|c| s.varnames.iter().position(|v| v == c).map(|i| i as u32))
            .collect();
        let nfree = s.frees.len() as u32;
        let first_free = s.varnames.len() as u32 - nfree;
        for slot in cells {
            self.emit(Instr::MakeCell(slot));
        }
        if nfree > 0 {
            self.emit(Instr::CopyFreeVars(first_free));
        }
        Ok(index)
    }

    /// Finishes the innermost unit and stores its code; returns the code index.
    fn leave_scope(&mut self) -> Result<usize, CompileError> {
        let unit = self
            .units
            .pop()
            .ok_or_else(|| CompileError::syntax("internal: no unit", TextRange::default()))?;
        let s = &self.table.scopes[unit.scope];
        let (name, qualname, kind) = (s.name.clone(), s.qualname.clone(), s.kind);
        let index = unit.code_index;
        let code = self.finish_unit(unit, name, qualname, kind)?;
        self.codes[index] = Some(code);
        Ok(index)
    }

    fn finish_unit(
        &mut self,
        unit: Unit<'a>,
        name: String,
        qualname: String,
        kind: ScopeKind,
    ) -> Result<Code, CompileError> {
        let s = &self.table.scopes[unit.scope];
        let nfree = if kind == ScopeKind::Module {
            0
        } else {
            s.frees.len() as u32
        };
        let (argcount, posonly, kwonly, varargs, varkw) = unit.params;
        let is_generator = s.is_generator;
        let is_coroutine = s.is_coroutine;
        let code_kind = unit.kind;
        let docstring = unit.docstring.clone();
        let first_line = unit.first_line;
        let (mut instrs, locs, exc_table, max_stack) = assemble(
            unit.instrs,
            unit.locs,
            unit.handler,
            unit.labels,
            unit.regions,
        )?;
        fuse(&mut instrs);
        let mut varnames = unit.varnames;
        varnames.shrink_to_fit();
        Ok(Code {
            kind: code_kind,
            name,
            qualname,
            is_generator,
            is_coroutine,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            varnames,
            nfree,
            instrs,
            locs,
            exc_table,
            first_line,
            max_stack,
            docstring,
        })
    }
}

/// The builtin a module-level name falls back to when the module has not bound it.
pub fn builtin_const(name: &str) -> Option<Const> {
    match name {
        "NotImplemented" => return Some(Const::NotImplemented),
        "Ellipsis" => return Some(Const::Ellipsis),
        "__name__" => return Some(Const::Str("__main__".into())),
        "__debug__" => return Some(Const::Bool(true)),
        "__doc__" | "__package__" | "__spec__" | "__loader__" => return Some(Const::None),
        _ => {}
    }
    if let Some(b) = Builtin::from_global_name(name) {
        return Some(Const::Builtin(b));
    }
    BuiltinType::from_builtin_name(name).map(Const::Type)
}

/// The last pass: writes superinstructions over the first instruction of common sequences
/// (see `Instr::LoadFastIntBinary`) and turns a forward `Jump` to a `Return` into the `Return`.
/// Nothing moves, so jump targets, locations and the exception table stay valid.
fn fuse(instrs: &mut [Instr]) {
    let at = |instrs: &[Instr], p: usize| instrs.get(p).copied();
    let mut p = 0;
    while p < instrs.len() {
        let next = match (at(instrs, p), at(instrs, p + 1), at(instrs, p + 2)) {
            (
                Some(Instr::LoadFast(a)),
                Some(Instr::LoadSmallInt(k)),
                Some(Instr::Binary(op) | Instr::Inplace(op)),
            ) => {
                instrs[p] = Instr::LoadFastIntBinary(a, k, op);
                p + 3
            }
            (Some(Instr::LoadFast(a)), Some(Instr::LoadSmallInt(k)), Some(Instr::Compare(op))) => {
                instrs[p] = Instr::LoadFastIntCompare(a, k, op);
                p + 3
            }
            (Some(Instr::Jump(t)), ..) if t as usize > p => {
                if at(instrs, t as usize) == Some(Instr::Return) {
                    instrs[p] = Instr::Return;
                }
                p + 1
            }
            _ => p + 1,
        };
        p = next;
    }
}

type Assembled = (Vec<Instr>, Vec<Loc>, Vec<ExcEntry>, u32);

/// Resolves labels, computes stack depths and builds the exception table.
fn assemble(
    mut instrs: Vec<Instr>,
    locs: Vec<Loc>,
    handler: Vec<Option<u32>>,
    labels: Vec<Option<u32>>,
    regions: Vec<Region>,
) -> Result<Assembled, CompileError> {
    let internal = |m: &str| CompileError::syntax(format!("internal: {m}"), TextRange::default());
    // Resolve jump labels.
    for instr in instrs.iter_mut() {
        if let Some(t) = instr.target_mut() {
            *t = labels
                .get(*t as usize)
                .copied()
                .flatten()
                .ok_or_else(|| internal("unbound label"))?;
        }
    }
    let region_target: Vec<u32> = regions
        .iter()
        .map(|r| {
            labels
                .get(r.label.0 as usize)
                .copied()
                .flatten()
                .ok_or_else(|| internal("unbound handler"))
        })
        .collect::<Result<_, _>>()?;

    // Stack depth flow analysis.
    let n = instrs.len();
    let mut depth: Vec<i32> = vec![-1; n + 1];
    let mut region_depth: Vec<i32> = vec![-1; regions.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max_depth = 0;
    let mut deferred: Vec<(usize, i32)> = Vec::new();
    loop {
        while let Some((i, d)) = work.pop() {
            if i >= n || depth[i] >= 0 {
                if i < n && depth[i] >= 0 && depth[i] != d {
                    return Err(internal("inconsistent stack depth"));
                }
                continue;
            }
            if d < 0 {
                return Err(internal("negative stack depth"));
            }
            depth[i] = d;
            max_depth = max_depth.max(d);
            if let Some(h) = handler[i] {
                let h = h as usize;
                let start_depth = depth.get(regions[h].start).copied().unwrap_or(-1);
                if start_depth >= 0 {
                    let start_depth = start_depth + regions[h].adjust;
                    if region_depth[h] < 0 {
                        region_depth[h] = start_depth;
                        work.push((region_target[h] as usize, start_depth + 1));
                    }
                } else {
                    deferred.push((i, d));
                }
            }
            let instr = instrs[i];
            if let Some(t) = instr.target() {
                work.push((t as usize, d + instr.stack_effect(true)));
            }
            if !instr.is_terminator() {
                let nd = d + instr.stack_effect(false);
                max_depth = max_depth.max(nd);
                work.push((i + 1, nd));
            }
        }
        if deferred.is_empty() {
            break;
        }
        let before = deferred.len();
        let pending = std::mem::take(&mut deferred);
        for (i, _) in &pending {
            if let Some(h) = handler[*i] {
                let h = h as usize;
                let start_depth = depth.get(regions[h].start).copied().unwrap_or(-1);
                if start_depth >= 0 && region_depth[h] < 0 {
                    let start_depth = start_depth + regions[h].adjust;
                    region_depth[h] = start_depth;
                    work.push((region_target[h] as usize, start_depth + 1));
                } else if start_depth < 0 {
                    deferred.push((*i, 0));
                }
            }
        }
        if work.is_empty() && deferred.len() == before {
            break;
        }
    }

    // Exception table: runs of instructions with the same region.
    let mut table: Vec<ExcEntry> = Vec::new();
    let mut i = 0;
    while i < n {
        match handler[i] {
            Some(h) if region_depth[h as usize] >= 0 => {
                let start = i;
                while i < n && handler[i] == Some(h) {
                    i += 1;
                }
                table.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    handler: region_target[h as usize],
                    depth: region_depth[h as usize] as u32,
                });
            }
            _ => i += 1,
        }
    }
    Ok((instrs, locs, table, max_depth as u32 + 1))
}
