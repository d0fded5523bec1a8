//! The compiled form of a program: instructions, code objects, constants and source locations.
//!
//! A `Program` is immutable once compiled and independent of any run, so one compiled program
//! serves any number of runs (and serializes on its own). Jump targets are instruction indices.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::builtins::Builtin;
use crate::types::BuiltinType;

/// Binary operators (`+`, `-`, ...), also used by augmented assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The symbol of the augmented form, as error messages print it (`+=`).
    pub fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::MatMul => "@=",
            BinOp::TrueDiv => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::Pow => "**=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::And => "&=",
            BinOp::Or => "|=",
            BinOp::Xor => "^=",
        }
    }

    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
}

/// The conversion of an f-string replacement field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// What `Raise` does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RaiseKind {
    /// Bare `raise`: re-raise the exception being handled.
    Reraise,
    /// `raise exc`.
    Raise,
    /// `raise exc from cause`.
    RaiseFrom,
}

/// One instruction. Operand meanings are given per variant; "TOS" is the top of the stack.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Instr {
    Nop,
    /// Does nothing; marks the call instruction that follows as one whose result is awaited
    /// later, so a host function called there returns an awaitable (see `compile::deferred`).
    MarkDeferred,
    /// Discard TOS.
    Pop,
    /// Push a copy of the n-th item (1 = TOS).
    Copy(u32),
    /// Swap TOS with the n-th item.
    Swap(u32),
    /// Push the program-wide constant `n`.
    LoadConst(u32),
    LoadNone,
    LoadSmallInt(i32),

    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Replace local `n` with a new cell holding its current value (cell variables, at entry).
    MakeCell(u32),
    /// Copy the function's closure cells into the free-variable slots starting at `n`.
    CopyFreeVars(u32),
    /// Load the contents of the cell in local slot `n`.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// Program-wide global slot `n`; falls back to the slot's builtin, else NameError.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class-body name access by name index: namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// Class body: load a free variable, looking in the class namespace first.
    LoadClassDeref(u32, u32),

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `(method, self)` or `(callable, Undefined)` for a following `CallMethod`.
    LoadMethod(u32),

    /// `TOS1[TOS]`.
    Subscr,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    DeleteSubscr,
    /// Build a slice from 2 or 3 items.
    BuildSlice(u32),

    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnOp),
    Compare(CmpOp),
    /// `is` (false) / `is not` (true).
    Is(bool),
    /// `in` (false) / `not in` (true).
    In(bool),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push the next item of the iterator at TOS, or pop it and jump when exhausted.
    ForIter(u32),

    /// Call with `n` positional arguments: `callable, args... -> result`.
    Call(u32),
    /// Call with `n` arguments in total, the last of which are keywords named by constant `k`
    /// (a tuple of names).
    CallKw(u32, u32),
    /// `callable, args_tuple[, kwargs_dict] -> result`; operand says whether kwargs is present.
    CallEx(bool),
    /// Like `Call`, after `LoadMethod`.
    CallMethod(u32),
    CallMethodKw(u32, u32),
    /// Return TOS from the current frame.
    Return,

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Build a dict from `n` key/value pairs.
    BuildMap(u32),
    /// Concatenate `n` strings (f-strings).
    BuildString(u32),
    /// Append TOS to the list `n` items down (comprehensions), popping TOS.
    ListAppend(u32),
    SetAdd(u32),
    /// `key, value` into the dict `n` items below them.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate` but rejects duplicate keys (`f(**a, **b)`).
    DictMerge(u32),
    ListToTuple,
    /// Format TOS (after conversion) with an optional spec below it.
    FormatValue(Conversion, bool),
    UnpackSequence(u32),
    /// Unpack with a starred target: `before` items, a list, `after` items.
    UnpackEx(u32, u32),

    /// Make a function from code `n`; flags: 1 defaults tuple, 2 kw-defaults dict,
    /// 4 annotations dict, 8 closure tuple (popped in reverse order of these bits).
    MakeFunction(u32, u32),
    /// Run class body code `n` and build the class: `name, bases_tuple, kwargs_dict -> class`.
    BuildClass(u32),

    /// Raise as `RaiseKind` says.
    Raise(RaiseKind),
    /// Re-raise TOS (an exception), keeping its traceback.
    Reraise,
    /// At handler entry: `exc -> prev_exc, exc`; makes exc the one being handled.
    PushExcInfo,
    /// `prev_exc ->`; restores the exception being handled.
    PopExcept,
    /// `exc, type -> exc, bool`.
    CheckExcMatch,
    /// Push `AssertionError` (the builtin type).
    LoadAssertionError,

    /// `ctx -> exit, enter_result`.
    BeforeWith,
    /// `exit, exc -> exit, exc, result_of_exit(type, exc, tb)`.
    WithExceptStart,
    /// `exit -> exit(None, None, None)`.
    CallExitNone,

    YieldValue,
    /// `iterable -> iterator` for `yield from`.
    GetYieldFromIter,
    /// `iter, value -> iter, yielded` and re-run, or `-> result` and jump to `n` when done.
    Send(u32),
    /// `awaitable` -> awaits it; pushes the result.
    Await,
    GetAIter,
    /// Push the awaitable of the next item of the async iterator at TOS.
    GetANext,
    /// After a failed `__anext__` await: StopAsyncIteration ends the loop (jump to `n`).
    EndAsyncFor(u32),
    /// `ctx -> aexit, awaitable_of_aenter`.
    BeforeAsyncWith,

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,

    /// `subject, cls, names_tuple -> attrs_tuple_or_None` with `n` positional sub-patterns.
    MatchClass(u32),
    /// Push whether TOS is a mapping.
    MatchMapping,
    /// Push whether TOS is a sequence (not str/bytes/bytearray).
    MatchSequence,
    /// `subject, keys_tuple -> subject, keys_tuple, values_tuple_or_None`.
    MatchKeys,
    /// Push `len(TOS)`.
    GetLen,
    /// `subject, keys_tuple -> subject, rest_dict`.
    CopyDictWithoutKeys,

    /// `value -> `: `__annotations__[name] = value` in a class body or module.
    StoreAnnotation(u32),
    /// Create `__annotations__` in the current namespace.
    SetupAnnotations,

    // Superinstructions, written by the compiler's last pass (`compile::fuse`) over the first
    // instruction of a common sequence. The sequence stays in place after them, so a jump into
    // its middle and the slow paths (which act like the plain first instruction and go on to
    // the next) behave exactly as without fusion; only the fast path skips ahead.
    /// Over `LoadFast(a)`, `LoadSmallInt(k)`, `Binary(op)`: when local `a` is an int and
    /// `a op k` has a fast small-int result, pushes it and skips both; else `LoadFast(a)`.
    LoadFastIntBinary(u32, i32, BinOp),
    /// Over `LoadFast(a)`, `LoadSmallInt(k)`, `Compare(op)`: when local `a` is an int,
    /// compares (and takes a following `PopJumpIf*`) and skips both; else `LoadFast(a)`.
    LoadFastIntCompare(u32, i32, CmpOp),
}

impl Instr {
    /// The jump target of a jumping instruction.
    pub fn target(&self) -> Option<u32> {
        match *self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::Send(t)
            | Instr::EndAsyncFor(t) => Some(t),
            _ => None,
        }
    }

    pub fn target_mut(&mut self) -> Option<&mut u32> {
        match self {
            Instr::Jump(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::Send(t)
            | Instr::EndAsyncFor(t) => Some(t),
            _ => None,
        }
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Instr::Jump(_)
                | Instr::Return
                | Instr::Raise(_)
                | Instr::Reraise
                | Instr::EndAsyncFor(_)
        )
    }

    /// The net stack effect; `jump` selects the effect when the branch is taken.
    pub fn stack_effect(&self, jump: bool) -> i32 {
        use Instr::*;
        match *self {
            Nop | MarkDeferred | Jump(_) => 0,
            Pop => -1,
            Copy(_) => 1,
            Swap(_) => 0,
            LoadConst(_) | LoadNone | LoadSmallInt(_) => 1,
            LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(_) | LoadName(_) => 1,
            // As `LoadFast`: the fused sequence follows, so the stack analysis sees it as it is.
            LoadFastIntBinary(..) | LoadFastIntCompare(..) => 1,
            LoadClassDeref(..) => 1,
            StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
            DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
            MakeCell(_) | CopyFreeVars(_) => 0,
            LoadAttr(_) => 0,
            StoreAttr(_) => -2,
            DeleteAttr(_) => -1,
            LoadMethod(_) => 1,
            Subscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice(n) => 1 - n as i32,
            Binary(_) | Inplace(_) | Compare(_) | Is(_) | In(_) => -1,
            Unary(_) => 0,
            PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_) => -1,
            JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            GetIter => 0,
            ForIter(_) => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Call(n) => -(n as i32),
            CallKw(n, _) => -(n as i32),
            CallEx(kw) => {
                if kw {
                    -2
                } else {
                    -1
                }
            }
            CallMethod(n) | CallMethodKw(n, _) => -(n as i32) - 1,
            Return => -1,
            BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
            BuildMap(n) => 1 - 2 * n as i32,
            ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_) | DictUpdate(_)
            | DictMerge(_) => -1,
            MapAdd(_) => -2,
            ListToTuple => 0,
            FormatValue(_, spec) => {
                if spec {
                    -1
                } else {
                    0
                }
            }
            UnpackSequence(n) => n as i32 - 1,
            UnpackEx(a, b) => (a + b) as i32,
            MakeFunction(_, flags) => 1 - flags.count_ones() as i32,
            BuildClass(_) => -2,
            Raise(RaiseKind::Reraise) => 0,
            Raise(RaiseKind::Raise) => -1,
            Raise(RaiseKind::RaiseFrom) => -2,
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            LoadAssertionError => 1,
            BeforeWith => 1,
            WithExceptStart => 1,
            CallExitNone => 0,
            YieldValue => 0,
            GetYieldFromIter => 0,
            Send(_) => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Await => 0,
            GetAIter => 0,
            GetANext => 1,
            EndAsyncFor(_) => {
                if jump {
                    -2
                } else {
                    0
                }
            }
            BeforeAsyncWith => 1,
            ImportName(_) => 1,
            ImportFrom(_) => 1,
            ImportStar => -1,
            MatchClass(_) => -2,
            MatchMapping | MatchSequence | GetLen => 1,
            MatchKeys => 1,
            CopyDictWithoutKeys => 0,
            StoreAnnotation(_) => -1,
            SetupAnnotations => 0,
        }
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Ellipsis,
    NotImplemented,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(#[serde(deserialize_with = "crate::snapshot::de_nested_consts")] Vec<Const>),
    /// A frozenset of constants (CPython folds constant set displays into one).
    FrozenSet(#[serde(deserialize_with = "crate::snapshot::de_nested_consts")] Vec<Const>),
    Builtin(Builtin),
    Type(BuiltinType),
}

/// A source range in the original file: 1-based lines, 0-based UTF-8 byte columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// For binary operators and subscripts: the byte columns of the part CPython's traceback
    /// marks with `^` (the operator, or the `[...]`), the rest of the range getting `~`.
    pub anchor: Option<(u32, u32)>,
}

/// An exception-table entry: instructions in `start..end` jump to `handler` on an exception,
/// with the operand stack cut to `depth` items first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// What kind of scope a code object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// A compiled scope: the module, a function, a lambda, a class body or a comprehension.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Code {
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Names of the local slots: parameters first (positional, keyword-only, *args, **kwargs),
    /// then other locals, cell variables, free variables and compiler temporaries.
    pub varnames: Vec<String>,
    /// Number of free-variable slots (their position is `CopyFreeVars`'s operand).
    pub nfree: u32,
    pub instrs: Vec<Instr>,
    pub locs: Vec<Loc>,
    pub exc_table: Vec<ExcEntry>,
    pub first_line: u32,
    /// The largest operand-stack depth (beyond the locals) the code reaches.
    pub max_stack: u32,
    pub docstring: Option<String>,
}

impl Code {
    #[inline]
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// The exception-table entry covering instruction `ip`, if any.
    pub fn handler_for(&self, ip: u32) -> Option<ExcEntry> {
        let i = self.exc_table.partition_point(|e| e.end <= ip);
        self.exc_table.get(i).copied().filter(|e| e.start <= ip)
    }

    /// Whether this is an `async def` generator (`async def` with `yield`).
    pub fn is_async_generator(&self) -> bool {
        self.is_generator && self.is_coroutine
    }
}

/// A module-level name: its global slot, and the builtin it falls back to when unbound.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct GlobalName {
    pub name: String,
    pub builtin: Option<Const>,
}

/// A compiled program.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Program {
    pub filename: String,
    pub source: String,
    /// `codes[0]` is the module.
    pub codes: Vec<Code>,
    pub consts: Vec<Const>,
    /// Attribute and other names referenced by index from instructions.
    pub names: Vec<String>,
    pub globals: Vec<GlobalName>,
    /// Names the host supplies as inputs (bound to globals before the module runs).
    pub input_names: Vec<String>,
}

impl Program {
    /// The source text of line `line` (1-based), without its line ending.
    pub fn source_line(&self, line: u32) -> Option<&str> {
        if line == 0 {
            return None;
        }
        self.source
            .split('\n')
            .nth(line as usize - 1)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }

    /// The global slot of `name`, if the program uses it as a module-level name.
    pub fn global_slot(&self, name: &str) -> Option<usize> {
        self.globals.iter().position(|g| g.name == name)
    }
}
