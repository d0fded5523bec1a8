from urllib.parse import urlencode, quote

print(urlencode({"a": 1, "b": "two words", "c": "ü"}))
print(urlencode([("x", 1), ("x", 2), ("y", "&=")]))
print(urlencode({"list": [1, 2, 3]}))
print(urlencode({"list": [1, 2, 3]}, doseq=True))
print(urlencode({"t": (1, "a b")}, doseq=True))
print(urlencode({"s": "abc"}, doseq=True))
print(urlencode({"e": []}, doseq=True))
print(urlencode({"n": None, "b": True, "f": 1.5}))
print(urlencode({"b": b"\xff raw"}))
print(urlencode({"a": "x y/z"}, quote_via=quote))
print(urlencode({"a": "x/y"}, safe="/"))
print(urlencode({}))
print(urlencode({"k": "é"}, encoding="latin-1"))
for bad in ["a=b", 5, [1, 2], [("a",)]]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print(type(e).__name__, e)
