# An uncaught exception group prints CPython's boxed traceback.
def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

errors = []
for x in [1, -2, 3, -4]:
    try:
        check(x)
    except ValueError as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("validation failed", errors + [TypeError("plain")])
