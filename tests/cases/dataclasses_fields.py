from dataclasses import dataclass, field, fields, is_dataclass, Field, MISSING
from typing import ClassVar


@dataclass
class Item:
    name: str
    price: float = 0.0
    qty: int = field(default=1, repr=False, metadata={"unit": "pcs"})
    kind: ClassVar[str] = "item"


for f in fields(Item):
    print(f.name, f.type, f.default if f.default is not MISSING else "MISSING", f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(fields(Item)[2].metadata["unit"], dict(fields(Item)[2].metadata))
print(type(fields(Item)[2].metadata).__name__)
print(type(fields(Item)).__name__, len(fields(Item)))
print([f.name for f in fields(Item(1))])
print(isinstance(fields(Item)[0], Field))
print(Item("a", 2.0, 3))
print(is_dataclass(Item), is_dataclass(Item("x")), is_dataclass(int), is_dataclass(3), is_dataclass(None))
print(type(MISSING).__name__, MISSING is MISSING)
print(fields(Item)[0].default is MISSING)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(object)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(Item)[0].metadata["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(Item.kind, Item("b").kind)
print("kind" in Item.__dataclass_fields__, Item.__dataclass_fields__["kind"].name)
print(type(Item.__dataclass_fields__).__name__)
try:
    field(metadata=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(metadata=[1])
except TypeError as e:
    print(type(e).__name__, e)
f = field(default=3)
print(f.name, f.type, f.default)
