//! The built-in types: their identities, names, bases and the exception hierarchy.
//!
//! Built-in types are not heap objects: a `Value::Type(BuiltinType)` names one, so starting a run
//! allocates nothing for them. User classes (heap `Class` objects) may list them as bases.

use serde::{Deserialize, Serialize};

macro_rules! builtin_types {
    ($( $variant:ident => $name:literal, $base:ident, $subclassable:literal; )*) => {
        /// A built-in type.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[repr(u16)]
        pub enum BuiltinType { $( $variant, )* }

        impl BuiltinType {
            /// Every built-in type, in declaration order.
            pub const ALL: &'static [BuiltinType] = &[ $( BuiltinType::$variant, )* ];

            /// The `__name__` of the type.
            pub fn name(self) -> &'static str {
                match self { $( BuiltinType::$variant => $name, )* }
            }

            /// The single base of the type (`None` only for `object`).
            pub fn base(self) -> Option<BuiltinType> {
                match self { $( BuiltinType::$variant => builtin_types!(@base $base), )* }
            }

            /// Whether a class statement may name this type as a base.
            pub fn subclassable(self) -> bool {
                match self { $( BuiltinType::$variant => $subclassable, )* }
            }
        }
    };
    (@base Root) => { None };
    (@base $base:ident) => { Some(BuiltinType::$base) };
}

builtin_types! {
    Object => "object", Root, true;
    Type => "type", Object, false;
    NoneType => "NoneType", Object, false;
    NotImplementedType => "NotImplementedType", Object, false;
    Ellipsis => "ellipsis", Object, false;
    Int => "int", Object, true;
    Bool => "bool", Int, false;
    Float => "float", Object, true;
    Str => "str", Object, true;
    Bytes => "bytes", Object, true;
    ByteArray => "bytearray", Object, true;
    List => "list", Object, true;
    Tuple => "tuple", Object, true;
    Dict => "dict", Object, true;
    Set => "set", Object, true;
    FrozenSet => "frozenset", Object, true;
    Range => "range", Object, false;
    Slice => "slice", Object, false;
    Function => "function", Object, false;
    BuiltinFunction => "builtin_function_or_method", Object, false;
    Method => "method", Object, false;
    Generator => "generator", Object, false;
    Coroutine => "coroutine", Object, false;
    AsyncGenerator => "async_generator", Object, false;
    Cell => "cell", Object, false;
    Module => "module", Object, false;
    Property => "property", Object, true;
    StaticMethod => "staticmethod", Object, true;
    ClassMethod => "classmethod", Object, true;
    Super => "super", Object, false;
    ListIterator => "list_iterator", Object, false;
    ListReverseIterator => "list_reverseiterator", Object, false;
    TupleIterator => "tuple_iterator", Object, false;
    StrAsciiIterator => "str_ascii_iterator", Object, false;
    StrIterator => "str_iterator", Object, false;
    BytesIterator => "bytes_iterator", Object, false;
    ByteArrayIterator => "bytearray_iterator", Object, false;
    RangeIterator => "range_iterator", Object, false;
    LongRangeIterator => "longrange_iterator", Object, false;
    DictKeyIterator => "dict_keyiterator", Object, false;
    DictValueIterator => "dict_valueiterator", Object, false;
    DictItemIterator => "dict_itemiterator", Object, false;
    DictReverseKeyIterator => "dict_reversekeyiterator", Object, false;
    SetIterator => "set_iterator", Object, false;
    CallableIterator => "callable_iterator", Object, false;
    Enumerate => "enumerate", Object, false;
    Zip => "zip", Object, false;
    Map => "map", Object, false;
    Filter => "filter", Object, false;
    Reversed => "reversed", Object, false;
    DictKeys => "dict_keys", Object, false;
    DictValues => "dict_values", Object, false;
    DictItems => "dict_items", Object, false;
    Task => "Task", Object, false;
    Future => "Future", Object, false;
    FutureIter => "FutureIter", Object, false;
    ExternalFunction => "external_function", Object, false;
    Traceback => "traceback", Object, false;

    BaseException => "BaseException", Object, true;
    GeneratorExit => "GeneratorExit", BaseException, true;
    KeyboardInterrupt => "KeyboardInterrupt", BaseException, true;
    SystemExit => "SystemExit", BaseException, true;
        CancelledError => "CancelledError", BaseException, true;
    InvalidStateError => "InvalidStateError", Exception, true;
    Exception => "Exception", BaseException, true;
    BaseExceptionGroup => "BaseExceptionGroup", BaseException, false;
    ExceptionGroup => "ExceptionGroup", BaseExceptionGroup, false;
    ArithmeticError => "ArithmeticError", Exception, true;
    FloatingPointError => "FloatingPointError", ArithmeticError, true;
    OverflowError => "OverflowError", ArithmeticError, true;
    ZeroDivisionError => "ZeroDivisionError", ArithmeticError, true;
    AssertionError => "AssertionError", Exception, true;
    AttributeError => "AttributeError", Exception, true;
    BufferError => "BufferError", Exception, true;
    EOFError => "EOFError", Exception, true;
    ImportError => "ImportError", Exception, true;
    ModuleNotFoundError => "ModuleNotFoundError", ImportError, true;
    LookupError => "LookupError", Exception, true;
    IndexError => "IndexError", LookupError, true;
    KeyError => "KeyError", LookupError, true;
    MemoryError => "MemoryError", Exception, true;
    NameError => "NameError", Exception, true;
    UnboundLocalError => "UnboundLocalError", NameError, true;
    OSError => "OSError", Exception, true;
    FileNotFoundError => "FileNotFoundError", OSError, true;
    FileExistsError => "FileExistsError", OSError, true;
    PermissionError => "PermissionError", OSError, true;
    IsADirectoryError => "IsADirectoryError", OSError, true;
    NotADirectoryError => "NotADirectoryError", OSError, true;
    TimeoutError => "TimeoutError", OSError, true;
    ConnectionError => "ConnectionError", OSError, true;
    ReferenceError => "ReferenceError", Exception, true;
    RuntimeError => "RuntimeError", Exception, true;
    NotImplementedError => "NotImplementedError", RuntimeError, true;
    RecursionError => "RecursionError", RuntimeError, true;
    StopAsyncIteration => "StopAsyncIteration", Exception, true;
    StopIteration => "StopIteration", Exception, true;
    SyntaxError => "SyntaxError", Exception, true;
    IndentationError => "IndentationError", SyntaxError, true;
    TabError => "TabError", IndentationError, true;
    SystemError => "SystemError", Exception, true;
    TypeError => "TypeError", Exception, true;
    ValueError => "ValueError", Exception, true;
    UnicodeError => "UnicodeError", ValueError, true;
    UnicodeDecodeError => "UnicodeDecodeError", UnicodeError, true;
    UnicodeEncodeError => "UnicodeEncodeError", UnicodeError, true;
    Warning => "Warning", Exception, true;
    UserWarning => "UserWarning", Warning, true;
    DeprecationWarning => "DeprecationWarning", Warning, true;
    RuntimeWarning => "RuntimeWarning", Warning, true;
}

impl BuiltinType {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subtype_of(self, other: BuiltinType) -> bool {
        // ExceptionGroup's second base.
        if self == BuiltinType::ExceptionGroup && other == BuiltinType::Exception {
            return true;
        }
        let mut t = Some(self);
        while let Some(ty) = t {
            if ty == other {
                return true;
            }
            t = ty.base();
        }
        false
    }

    /// Whether this is `BaseException` or one of its subclasses.
    pub fn is_exception(self) -> bool {
        self.is_subtype_of(BuiltinType::BaseException)
    }

    /// The method resolution order: the type, its base, ..., `object`.
    pub fn mro(self) -> Vec<BuiltinType> {
        let mut out = Vec::new();
        let mut t = Some(self);
        while let Some(ty) = t {
            out.push(ty);
            t = ty.base();
        }
        if self == BuiltinType::ExceptionGroup {
            out.insert(2, BuiltinType::Exception);
        }
        out
    }

    /// Looks a built-in type up by the name the builtins namespace gives it.
    pub fn from_builtin_name(name: &str) -> Option<BuiltinType> {
        use BuiltinType as T;
        Some(match name {
            "object" => T::Object,
            "type" => T::Type,
            "int" => T::Int,
            "bool" => T::Bool,
            "float" => T::Float,
            "str" => T::Str,
            "bytes" => T::Bytes,
            "bytearray" => T::ByteArray,
            "list" => T::List,
            "tuple" => T::Tuple,
            "dict" => T::Dict,
            "set" => T::Set,
            "frozenset" => T::FrozenSet,
            "range" => T::Range,
            "slice" => T::Slice,
            "property" => T::Property,
            "staticmethod" => T::StaticMethod,
            "classmethod" => T::ClassMethod,
            "super" => T::Super,
            "enumerate" => T::Enumerate,
            "zip" => T::Zip,
            "map" => T::Map,
            "filter" => T::Filter,
            "reversed" => T::Reversed,
            // `CancelledError` and `Task` live in asyncio, not in builtins.
            "CancelledError" | "InvalidStateError" | "Task" | "Future" => return None,

            _ => {
                let t = BuiltinType::ALL
                    .iter()
                    .copied()
                    .find(|t| t.name() == name)?;
                if !t.is_exception() {
                    return None;
                }
                t
            }
        })
    }

    /// The module a type's repr names (`<class 'asyncio.exceptions.CancelledError'>`).
    pub fn module(self) -> &'static str {
        match self {
            BuiltinType::CancelledError | BuiltinType::InvalidStateError => "asyncio.exceptions",
            BuiltinType::Task | BuiltinType::Future | BuiltinType::FutureIter => "_asyncio",
            _ => "builtins",
        }
    }
}
