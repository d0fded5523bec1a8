# float: float() constructor errors and accepted spellings
for s in ["x", "1.2.3", "", "1e", "--1", "0x10", "1,5", "inf inity", " nan ", "infinity", "-INF", "1_0.5", "1__0"]:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for v in [None, [], "3"]:
    try:
        print(float(v))
    except TypeError as e:
        print("TypeError:", e)
