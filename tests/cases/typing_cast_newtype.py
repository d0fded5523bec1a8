from typing import cast, NewType, List, Any, Dict

x = cast(int, "not really")
print(x, type(x).__name__)
print(cast(List[int], [1, 2]), cast("SomeType", 5), cast(Any, None))
UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__name__, UserId.__supertype__)
print(uid + 1, isinstance(uid, int))
try:
    isinstance(uid, UserId)
except TypeError as e:
    print(type(e).__name__, e)
Email = NewType("Email", str)
print(Email("a@b").upper(), repr(Email))
Derived = NewType("Derived", UserId)
print(Derived(3), Derived.__supertype__)
try:
    cast(int)
except TypeError as e:
    print(type(e).__name__, e)
data: Dict[str, Any] = {"a": 1}
n = cast(int, data["a"])
print(n + 1)
print(UserId | None)
