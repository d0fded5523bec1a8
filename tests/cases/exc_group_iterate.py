# Catching a group and walking its exceptions, as LLM code does.
def work(i):
    if i % 3 == 0:
        raise ValueError(f"bad value {i}")
    if i % 3 == 1:
        raise KeyError(i)
    return i

errors = []
for i in range(6):
    try:
        work(i)
    except Exception as e:
        errors.append(e)
try:
    if errors:
        raise ExceptionGroup("work failed", errors)
except ExceptionGroup as eg:
    print(eg)
    for e in eg.exceptions:
        print(" ", type(e).__name__, e, repr(e))
    print([type(e).__name__ for e in eg.exceptions])
    print(eg.exceptions[0] is errors[0])
    print(sum(1 for e in eg.exceptions if isinstance(e, KeyError)))

def flatten(group):
    out = []
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.extend(flatten(e))
        else:
            out.append(e)
    return out

big = ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ExceptionGroup("low", [OSError(3)])])])
print([repr(e) for e in flatten(big)])
try:
    raise big
except Exception as e:
    print(type(e).__name__, e, len(e.exceptions))
