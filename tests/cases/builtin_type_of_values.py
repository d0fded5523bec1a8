# builtin: type() of many values, type names, printing type objects, type comparisons
values = [1, 1.5, "s", b"b", bytearray(), None, True, [], (), {}, set(), frozenset(), range(1), slice(1), ..., NotImplemented,
          len, print, iter([]), iter(()), iter({}), iter(set()), (x for x in ()), zip(), map(len, []), enumerate([]),
          reversed([]), {}.keys(), {}.values(), {}.items(), type, object(), Exception(), lambda: 0]
for v in values:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is bool, type(type) is type, type(None)() is None)
class Local:
    pass
print(type(Local()), Local, type(Local), repr(Local))
