# try: except with tuples, bare except, ordering of handlers, subclass matching
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ArithmeticError as e:
        return "arith: " + type(e).__name__
    except Exception as e:
        return "other: " + type(e).__name__
for fn in [lambda: {}["x"], lambda: [][1], lambda: 1 / 0, lambda: 2.0 ** 5000, lambda: int("z"), lambda: None]:
    print(classify(fn))
try:
    raise TypeError("t")
except:
    print("bare except caught")
errors = (ValueError, TypeError)
try:
    int([])
except errors as e:
    print("caught via tuple variable:", type(e).__name__)
try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
except LookupError as e:
    print("outer LookupError:", repr(e))
