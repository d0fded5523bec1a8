# The exception-group hierarchy.
eg = ExceptionGroup("m", [ValueError(1)])
beg = BaseExceptionGroup("m", [KeyboardInterrupt()])
print(isinstance(eg, ExceptionGroup), isinstance(eg, BaseExceptionGroup))
print(isinstance(eg, Exception), isinstance(eg, BaseException))
print(isinstance(beg, ExceptionGroup), isinstance(beg, BaseExceptionGroup))
print(isinstance(beg, Exception), isinstance(beg, BaseException))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(issubclass(BaseExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__name__, BaseExceptionGroup.__name__)
print(type(eg), type(beg))
for exc in [eg, beg]:
    try:
        try:
            raise exc
        except Exception as e:
            print("caught as Exception:", repr(e))
    except BaseException as e:
        print("caught as BaseException:", repr(e))
try:
    raise eg
except BaseExceptionGroup as e:
    print("caught as BaseExceptionGroup:", e is eg)
try:
    raise ExceptionGroup("x", [ValueError(1)])
except ValueError:
    print("wrong: leaf type matched")
except ExceptionGroup as e:
    print("group is not its leaves:", e)
