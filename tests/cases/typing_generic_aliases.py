from typing import List, Dict, Set, FrozenSet, Tuple, Type, DefaultDict, Deque, Iterable, Sequence, Mapping, get_origin, get_args
import collections

print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Type[int], DefaultDict[str, list], Deque[int], Iterable[str], Sequence[int], Mapping[str, float])
print(List[Dict[str, List[int]]], Dict[str, "Node"])
print(list[int], dict[str, int], tuple[int, ...], set[str], type[int], tuple[()])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(list[int]), get_origin(int), get_origin(Iterable[int]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Tuple[int, ...]), get_args(int), get_args(Tuple[()]))
print(List[int] == List[int], List[int] == list[int], List[int] == List[str], List == list)
print(List[int].__origin__, Dict[str, int].__args__, list[int].__origin__)
print(isinstance([], List), isinstance({}, Dict), isinstance([], list), issubclass(list, List), isinstance((), Sequence))
print(type(List[int]).__name__, type(list[int]).__name__)
l = List[int]
print(l.__args__, l.__parameters__)
for bad in [lambda: isinstance([], List[int]), lambda: isinstance([], list[int]), lambda: Dict[int], lambda: List[int, str], lambda: List[3], lambda: Tuple[int, ..., str]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    List()
except TypeError as e:
    print(type(e).__name__, e)
print(list[int]([1, 2]), dict[str, int](a=1))
print(hash(List[int]) == hash(List[int]), {List[int]: 1}[List[int]])
print(repr(Dict), repr(dict[str, list[int]]))
print(collections.defaultdict(list)["k"])


def total(xs: List[int]) -> int:
    return sum(xs)


print(total([1, 2, 3]), total.__annotations__)
