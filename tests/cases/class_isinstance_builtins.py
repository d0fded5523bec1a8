# class: isinstance/issubclass with tuples, builtin types, bool/int relations, errors
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float, int)), isinstance("s", (list, tuple)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), frozenset), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), isinstance(3, object))
print(issubclass(bool, (str, int)), issubclass(int, int), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(list, object), issubclass(type, object), isinstance(1.0, (int, (str, float))))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Base: pass
class Derived(Base): pass
print(isinstance(Derived(), Base), issubclass(Derived, (int, Base)), type(Derived()) is Base, type(Derived()) == Derived)
