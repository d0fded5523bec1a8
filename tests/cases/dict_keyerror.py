# dict: KeyError messages and reprs for various key types; unhashable key errors
d = {"a": 1}
for key in ["missing", 42, (1, 2), "", "it's", None, 1.5, ("x",)]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
for key in [[1], {"a": 1}, {1}]:
    try:
        d[key] = 1
    except TypeError as e:
        print("TypeError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
