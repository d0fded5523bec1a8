from functools import singledispatch
from collections.abc import Mapping

@singledispatch
def describe(obj):
    return f'object {obj!r}'

@describe.register(int)
def _(obj):
    return f'int {obj}'

@describe.register
def _(obj: str):
    return f'str {obj!r}'

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f'sequence of {len(obj)}'

def describe_float(obj):
    return f'float {obj:.1f}'
describe.register(float, describe_float)

@describe.register(Mapping)
def _(obj):
    return f'mapping {sorted(obj)}'

print(describe(1), describe(True), describe('x'), describe(2.5), describe([1, 2]), describe((1,)))
print(describe(None), describe({'b': 1, 'a': 2}), describe({1}))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe_float, describe.dispatch(object) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
print(describe.__name__)
try:
    describe()
except TypeError as e:
    print('TypeError', e)
class Base:
    pass
class Child(Base):
    pass
@describe.register
def _(obj: Base):
    return 'base instance'
print(describe(Child()), describe(Base()))
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print('TypeError', e)
