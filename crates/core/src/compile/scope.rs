//! Scope analysis: which names each function, class body and comprehension binds, and whether
//! each name it mentions is a fast local, a cell, a free variable, a global or a class-namespace
//! name. The compiler asks this table how to load and store every name.

use std::collections::HashMap;

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::TextRange;

use super::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

impl ScopeKind {
    fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// How the compiler accesses a name in a given scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameAccess {
    /// A fast local in slot `n`.
    Fast(u32),
    /// A cell or free variable in slot `n`.
    Deref(u32),
    /// A module-level name.
    Global,
    /// A class-body name (namespace, then globals, then builtins).
    ClassName,
    /// A class-body read of a free variable in slot `n` (namespace first).
    ClassDeref(u32),
}

#[derive(Clone, Debug, Default)]
struct Usage {
    assigned: bool,
    used: bool,
    param: bool,
    global_decl: bool,
    nonlocal_decl: bool,
    /// First place it was used or assigned, for error messages.
    first: Option<TextRange>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    parent: Option<usize>,
    names: Vec<(String, Usage)>,
    index: HashMap<String, usize>,
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Uses `super` or `__class__`: needs the implicit `__class__` free variable.
    uses_class_cell: bool,
    /// Class scopes: some method needs the `__class__` cell.
    pub needs_class_cell: bool,
    /// After resolution: the ordered local slots and how each name is accessed.
    pub varnames: Vec<String>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    access: HashMap<String, NameAccess>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, qualname: String, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            qualname,
            parent,
            names: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            uses_class_cell: false,
            needs_class_cell: false,
            varnames: Vec::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            access: HashMap::new(),
        }
    }

    fn usage(&mut self, name: &str) -> &mut Usage {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.names.push((name.to_string(), Usage::default()));
                self.index.insert(name.to_string(), self.names.len() - 1);
                self.names.len() - 1
            }
        };
        &mut self.names[i].1
    }

    fn get(&self, name: &str) -> Option<&Usage> {
        self.index.get(name).map(|&i| &self.names[i].1)
    }

    fn binds_locally(&self, name: &str) -> bool {
        matches!(self.get(name), Some(u) if (u.assigned || u.param) && !u.global_decl && !u.nonlocal_decl)
    }

    /// How `name` is accessed in this scope.
    pub fn access(&self, name: &str) -> NameAccess {
        if let Some(a) = self.access.get(name) {
            return *a;
        }
        match self.kind {
            ScopeKind::Class => NameAccess::ClassName,
            _ => NameAccess::Global,
        }
    }
}

/// The scopes of a module, keyed by the range of the node that opens each one.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), usize>,
    /// Names bound at module level (they become global slots).
    pub module_names: Vec<String>,
}

impl SymbolTable {
    pub fn build(module: &[Stmt]) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(
                    ScopeKind::Module,
                    "<module>",
                    String::new(),
                    None,
                )],
                by_node: HashMap::new(),
                module_names: Vec::new(),
            },
            current: 0,
            error: None,
        };
        for stmt in module {
            b.visit_stmt(stmt);
        }
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut table = b.table;
        table.resolve()?;
        Ok(table)
    }

    pub fn scope_for(&self, range: TextRange) -> Option<usize> {
        self.by_node
            .get(&(range.start().to_u32(), range.end().to_u32()))
            .copied()
    }

    fn resolve(&mut self) -> Result<(), CompileError> {
        // Module names: everything bound at module level, plus names declared global anywhere.
        let mut module_names: Vec<String> = Vec::new();
        for (name, u) in &self.scopes[0].names {
            if u.assigned {
                module_names.push(name.clone());
            }
        }
        for s in &self.scopes[1..] {
            for (name, u) in &s.names {
                if u.global_decl && u.assigned && !module_names.contains(name) {
                    module_names.push(name.clone());
                }
            }
        }
        self.module_names = module_names;

        // `__class__` for zero-argument super(): mark the path from user to class as free.
        for i in 0..self.scopes.len() {
            if self.scopes[i].uses_class_cell {
                let mut p = self.scopes[i].parent;
                let mut path = vec![i];
                while let Some(pi) = p {
                    if self.scopes[pi].kind == ScopeKind::Class {
                        self.scopes[pi].needs_class_cell = true;
                        for &s in &path {
                            self.scopes[s].usage("__class__").used = true;
                        }
                        break;
                    }
                    path.push(pi);
                    p = self.scopes[pi].parent;
                }
            }
        }

        // Free variables: a name used (not bound) in a function-like scope that an enclosing
        // function-like scope binds. Process scopes in creation order: parents come first.
        let n = self.scopes.len();
        let mut free_sets: Vec<Vec<String>> = vec![Vec::new(); n];
        let mut cell_sets: Vec<Vec<String>> = vec![Vec::new(); n];
        for i in 0..n {
            let kind = self.scopes[i].kind;
            if kind == ScopeKind::Module {
                continue;
            }
            let candidates: Vec<(String, Usage)> = self.scopes[i].names.clone();
            for (name, u) in candidates {
                let needs_outer = if u.nonlocal_decl {
                    true
                } else if u.global_decl {
                    false
                } else if name == "__class__" && kind != ScopeKind::Class {
                    // Implicit cell from the class body.
                    self.scopes[i].uses_class_cell || u.used
                } else {
                    !(u.assigned || u.param)
                };
                if !needs_outer {
                    continue;
                }
                // Find the binding function scope.
                let mut p = self.scopes[i].parent;
                let mut through: Vec<usize> = vec![i];
                let mut found = None;
                while let Some(pi) = p {
                    let ps = &self.scopes[pi];
                    if name == "__class__" && ps.kind == ScopeKind::Class && ps.needs_class_cell {
                        found = Some(pi);
                        break;
                    }
                    if ps.kind.is_function_like() && ps.binds_locally(&name) {
                        found = Some(pi);
                        break;
                    }
                    if ps.kind == ScopeKind::Module {
                        break;
                    }
                    if ps.kind.is_function_like() {
                        if let Some(pu) = ps.get(&name) {
                            if pu.global_decl {
                                break;
                            }
                        }
                    }
                    through.push(pi);
                    p = ps.parent;
                }
                match found {
                    Some(owner) => {
                        if !cell_sets[owner].contains(&name) {
                            cell_sets[owner].push(name.clone());
                        }
                        for &s in &through {
                            if !free_sets[s].contains(&name) {
                                free_sets[s].push(name.clone());
                            }
                        }
                    }
                    None => {
                        if u.nonlocal_decl {
                            return Err(CompileError::syntax(
                                format!("no binding for nonlocal '{name}' found"),
                                u.first.unwrap_or_default(),
                            ));
                        }
                    }
                }
            }
        }

        for i in 0..n {
            let s = &mut self.scopes[i];
            s.frees = std::mem::take(&mut free_sets[i]);
            s.cells = std::mem::take(&mut cell_sets[i]);
            if s.kind == ScopeKind::Class
                && s.needs_class_cell
                && !s.cells.contains(&"__class__".to_string())
            {
                s.cells.push("__class__".to_string());
            }
            match s.kind {
                ScopeKind::Module => {}
                ScopeKind::Class => {
                    // Class bodies keep names in their namespace; only cells and frees get slots.
                    for c in s.cells.clone() {
                        s.varnames.push(c.clone());
                        let slot = (s.varnames.len() - 1) as u32;
                        s.access.insert(c, NameAccess::Deref(slot));
                    }
                    for f in s.frees.clone() {
                        s.varnames.push(f.clone());
                        let slot = (s.varnames.len() - 1) as u32;
                        let binds = s.get(&f).map(|u| u.assigned).unwrap_or(false);
                        s.access.insert(
                            f,
                            if binds {
                                NameAccess::Deref(slot)
                            } else {
                                NameAccess::ClassDeref(slot)
                            },
                        );
                    }
                    // The `__class__` cell is internal; class-level `__class__` reads stay names.
                }
                _ => {
                    let mut varnames: Vec<String> = s.params.clone();
                    for (name, u) in &s.names {
                        if (u.assigned || u.param)
                            && !u.global_decl
                            && !u.nonlocal_decl
                            && !varnames.contains(name)
                        {
                            varnames.push(name.clone());
                        }
                    }
                    for c in &s.cells {
                        if !varnames.contains(c) {
                            varnames.push(c.clone());
                        }
                    }
                    for (i, v) in varnames.iter().enumerate() {
                        let acc = if s.cells.contains(v) {
                            NameAccess::Deref(i as u32)
                        } else {
                            NameAccess::Fast(i as u32)
                        };
                        s.access.insert(v.clone(), acc);
                    }
                    for f in s.frees.clone() {
                        varnames.push(f.clone());
                        s.access
                            .insert(f, NameAccess::Deref((varnames.len() - 1) as u32));
                    }
                    for (name, u) in &s.names {
                        if u.global_decl {
                            s.access.insert(name.clone(), NameAccess::Global);
                        }
                    }
                    s.varnames = varnames;
                }
            }
        }
        Ok(())
    }
}

struct Builder {
    table: SymbolTable,
    current: usize,
    error: Option<CompileError>,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn fail(&mut self, msg: impl Into<String>, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::syntax(msg.into(), range));
        }
    }

    fn bind(&mut self, name: &str, range: TextRange) {
        let kind = self.scope().kind;
        let u = self.scope().usage(name);
        if u.first.is_none() {
            u.first = Some(range);
        }
        u.assigned = true;
        let _ = kind;
    }

    fn use_name(&mut self, name: &str, range: TextRange) {
        if name == "super" || (name == "__class__" && self.scope().kind != ScopeKind::Class) {
            self.scope().uses_class_cell = true;
        }
        let u = self.scope().usage(name);
        if u.first.is_none() {
            u.first = Some(range);
        }
        u.used = true;
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let parent = self.current;
        let parent_scope = &self.table.scopes[parent];
        let qualname = match parent_scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", parent_scope.qualname, name),
            _ => format!("{}.<locals>.{}", parent_scope.qualname, name),
        };
        self.table
            .scopes
            .push(Scope::new(kind, name, qualname, Some(parent)));
        let id = self.table.scopes.len() - 1;
        self.table
            .by_node
            .insert((range.start().to_u32(), range.end().to_u32()), id);
        self.current = id;
        id
    }

    fn bind_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => self.bind(n.id.as_str(), n.range),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.bind_target(e)),
            Expr::Starred(s) => self.bind_target(&s.value),
            other => self.visit_expr(other),
        }
    }

    fn visit_parameters_defaults(&mut self, params: &ast::Parameters) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn visit_parameter_annotations(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            if let Some(a) = p.annotation() {
                self.visit_expr(a);
            }
        }
    }

    fn declare_params(&mut self, params: &ast::Parameters) {
        let mut names: Vec<(String, TextRange)> = Vec::new();
        for p in params.posonlyargs.iter().chain(&params.args) {
            names.push((p.parameter.name.id.to_string(), p.parameter.range));
        }
        for p in &params.kwonlyargs {
            names.push((p.parameter.name.id.to_string(), p.parameter.range));
        }
        if let Some(v) = &params.vararg {
            names.push((v.name.id.to_string(), v.range));
        }
        if let Some(k) = &params.kwarg {
            names.push((k.name.id.to_string(), k.range));
        }
        for (name, range) in names {
            if self.scope().params.contains(&name) {
                self.fail(
                    format!("duplicate argument '{name}' in function definition"),
                    range,
                );
            }
            self.scope().params.push(name.clone());
            let u = self.scope().usage(&name);
            u.param = true;
            u.first.get_or_insert(range);
        }
    }

    fn visit_comprehension_scope(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let saved = self.current;
        self.push_scope(ScopeKind::Comprehension, name, range);
        self.scope().params.push(".0".to_string());
        self.scope().usage(".0").param = true;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.bind_target(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elements {
            self.visit_expr(e);
        }
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        let is_async = self.scope().is_coroutine;
        self.current = saved;
        // An async comprehension makes the enclosing function a coroutine only via `await`; the
        // comprehension itself awaits in place.
        let _ = is_async;
    }

    /// The scope a walrus target binds in: the nearest non-comprehension scope.
    fn walrus_scope(&self) -> usize {
        let mut s = self.current;
        while self.table.scopes[s].kind == ScopeKind::Comprehension {
            match self.table.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        s
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_parameters_defaults(&f.parameters);
                self.visit_parameter_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.bind(f.name.id.as_str(), f.name.range);
                let saved = self.current;
                self.push_scope(ScopeKind::Function, f.name.id.as_str(), f.range);
                self.scope().is_coroutine = f.is_async;
                self.declare_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.current = saved;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.bind(c.name.id.as_str(), c.name.range);
                let saved = self.current;
                self.push_scope(ScopeKind::Class, c.name.id.as_str(), c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.current = saved;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.id.as_str();
                    let kind = self.scope().kind;
                    if let Some(u) = self.scope().get(name).cloned() {
                        if u.param {
                            self.fail(format!("name '{name}' is parameter and global"), g.range);
                        } else if u.assigned && kind != ScopeKind::Module {
                            self.fail(
                                format!("name '{name}' is assigned to before global declaration"),
                                g.range,
                            );
                        } else if u.used {
                            self.fail(
                                format!("name '{name}' is used prior to global declaration"),
                                g.range,
                            );
                        }
                    }
                    self.scope().usage(name).global_decl = true;
                }
            }
            Stmt::Nonlocal(nl) => {
                if self.scope().kind == ScopeKind::Module {
                    self.fail("nonlocal declaration not allowed at module level", nl.range);
                    return;
                }
                for n in &nl.names {
                    let name = n.id.as_str();
                    if let Some(u) = self.scope().get(name).cloned() {
                        if u.param {
                            self.fail(format!("name '{name}' is parameter and nonlocal"), nl.range);
                        } else if u.assigned {
                            self.fail(
                                format!("name '{name}' is assigned to before nonlocal declaration"),
                                nl.range,
                            );
                        } else if u.used {
                            self.fail(
                                format!("name '{name}' is used prior to nonlocal declaration"),
                                nl.range,
                            );
                        }
                    }
                    let u = self.scope().usage(name);
                    u.nonlocal_decl = true;
                    u.first.get_or_insert(nl.range);
                }
            }
            Stmt::Import(imp) => {
                for alias in &imp.names {
                    let bound = match &alias.asname {
                        Some(a) => a.id.to_string(),
                        None => alias.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&bound, alias.range);
                }
            }
            Stmt::ImportFrom(imp) => {
                for alias in &imp.names {
                    if alias.name.id.as_str() == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level", imp.range);
                        }
                        continue;
                    }
                    let bound = match &alias.asname {
                        Some(a) => a.id.to_string(),
                        None => alias.name.id.to_string(),
                    };
                    self.bind(&bound, alias.range);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = a.target.as_ref() {
                    // A bare annotation still makes the name local to a function.
                    self.bind(n.id.as_str(), n.range);
                } else {
                    self.visit_expr(&a.target);
                }
                if self.scope().kind != ScopeKind::Function
                    && self.scope().kind != ScopeKind::Lambda
                {
                    self.visit_expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value);
                for t in &a.targets {
                    self.bind_target(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value);
                if let Expr::Name(n) = a.target.as_ref() {
                    self.bind(n.id.as_str(), n.range);
                    self.use_name(n.id.as_str(), n.range);
                } else {
                    self.visit_expr(&a.target);
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.iter);
                self.bind_target(&f.target);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                for s in &f.orelse {
                    self.visit_stmt(s);
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.bind_target(v);
                    }
                }
                for s in &w.body {
                    self.visit_stmt(s);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.bind_target(t);
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.bind(name.id.as_str(), name.range);
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in &t.orelse {
                    self.visit_stmt(s);
                }
                for s in &t.finalbody {
                    self.visit_stmt(s);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str(), n.range),
                _ => self.bind(n.id.as_str(), n.range),
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_parameters_defaults(p);
                }
                let saved = self.current;
                self.push_scope(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.visit_expr(&l.body);
                self.current = saved;
            }
            Expr::ListComp(c) => {
                self.visit_comprehension_scope(c.range, "<listcomp>", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.visit_comprehension_scope(c.range, "<setcomp>", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.visit_comprehension_scope(c.range, "<genexpr>", &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.visit_comprehension_scope(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    &[k, &c.value],
                ),
                None => self.visit_comprehension_scope(
                    c.range,
                    "<dictcomp>",
                    &c.generators,
                    &[&c.value],
                ),
            },
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(target) = n.target.as_ref() {
                    let target_scope = self.walrus_scope();
                    if self.table.scopes[target_scope].kind == ScopeKind::Class
                        && self.current != target_scope
                    {
                        self.fail(
                            "assignment expression within a comprehension cannot be used in a class body",
                            n.range,
                        );
                    }
                    let saved = self.current;
                    // Bind in the target scope; intermediate comprehensions see it as free.
                    self.current = target_scope;
                    self.bind(target.id.as_str(), target.range);
                    self.current = saved;
                    if saved != target_scope {
                        self.use_name(target.id.as_str(), target.range);
                        // The comprehension stores through the cell of the target scope.
                        let name = target.id.to_string();
                        let mut s = saved;
                        while s != target_scope {
                            self.table.scopes[s].usage(&name).nonlocal_decl =
                                self.table.scopes[target_scope].kind != ScopeKind::Module;
                            if self.table.scopes[target_scope].kind == ScopeKind::Module {
                                self.table.scopes[s].usage(&name).global_decl = true;
                                self.table.scopes[s].usage(&name).assigned = true;
                            }
                            match self.table.scopes[s].parent {
                                Some(p) => s = p,
                                None => break,
                            }
                        }
                    }
                }
            }
            Expr::Await(_) => {
                // `await` in a comprehension makes it (and enclosing comprehensions) coroutines.
                let mut s = self.current;
                while self.table.scopes[s].kind == ScopeKind::Comprehension {
                    self.table.scopes[s].is_coroutine = true;
                    match self.table.scopes[s].parent {
                        Some(p) => s = p,
                        None => break,
                    }
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let kind = self.scope().kind;
                if kind == ScopeKind::Function || kind == ScopeKind::Lambda {
                    self.scope().is_generator = true;
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.id.as_str(), n.range);
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(n) = &p.name {
                    self.bind(n.id.as_str(), n.range);
                }
            }
            ast::Pattern::MatchMapping(p) => {
                if let Some(n) = &p.rest {
                    self.bind(n.id.as_str(), n.range);
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }
}
