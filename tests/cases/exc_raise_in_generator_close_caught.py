# exc: GeneratorExit raised at yield on close(); yielding during close is a RuntimeError
def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
gen = g()
next(gen)
gen.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
