from typing import (
    Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable,
    Iterator, Generator, Sequence, Mapping, MutableMapping, Literal, TypedDict, NamedTuple,
    Protocol, TypeVar, Generic, cast, get_type_hints, ClassVar, Final, Annotated, NoReturn,
    DefaultDict, Deque, Counter, OrderedDict, AsyncIterator, Awaitable, Coroutine, overload,
    final, NewType, TYPE_CHECKING, runtime_checkable, get_origin, get_args, Hashable, Sized,
    Collection, Container, Reversible, MutableSequence, AbstractSet, MutableSet, KeysView,
    ItemsView, ValuesView, ParamSpec, Concatenate, TypeAlias, Self, Never, LiteralString,
    Required, NotRequired, assert_never, AnyStr, Text, ChainMap, Pattern, Match,
)
import typing

print(Any, Optional, Union, Literal, ClassVar, Final, Annotated, NoReturn, Self, Never)
print(List, Dict, Set, FrozenSet, Tuple, Type, Callable)
print(Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping)
print(DefaultDict, Deque, Counter, OrderedDict, ChainMap, Pattern, Match)
print(TYPE_CHECKING, Text is str, AnyStr)
print(typing.List[int], typing.Optional[str])
print(Hashable, Sized, Collection, Container, Reversible, KeysView)
print(Concatenate, TypeAlias, LiteralString, Required, NotRequired)
print(repr(Any), Any is typing.Any)
