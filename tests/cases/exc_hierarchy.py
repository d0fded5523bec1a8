# exc: built-in exception hierarchy via __mro__ names and issubclass checks
for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, ModuleNotFoundError, RecursionError,
            NotImplementedError, UnboundLocalError, StopIteration, StopAsyncIteration, OverflowError, AssertionError,
            AttributeError, NameError, TypeError, KeyboardInterrupt, GeneratorExit, SystemExit, FileNotFoundError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
