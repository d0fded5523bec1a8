# None: 'NoneType' object is not callable / not subscriptable / not iterable messages
n = None
cases = [lambda: n(), lambda: n[0], lambda: [x for x in n], lambda: len(n), lambda: n + 1, lambda: n < 1, lambda: n.foo]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, "|", e)
