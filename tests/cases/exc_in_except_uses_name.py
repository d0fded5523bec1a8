# exc: the exception object can be stored, its attributes read later; exceptions are ordinary objects
saved = []
for v in ["1", "x", "2", "y"]:
    try:
        saved.append(int(v))
    except ValueError as e:
        saved.append(e)
print([type(s).__name__ for s in saved])
print([str(s) for s in saved if isinstance(s, Exception)])
err = KeyError("manual")
print(isinstance(err, LookupError), err.args, type(err)("again"))
def make():
    return ValueError("made", 1)
try:
    raise make()
except ValueError as e:
    print(e.args[1], len(e.args))
