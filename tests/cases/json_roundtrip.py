import json

data = {
    "string": "hello \"world\" \\ / \n\t",
    "unicode": "日本語 ñ é 😀",
    "int": 42, "neg": -7, "big": 2**70, "zero": 0,
    "float": 3.14159, "exp": 6.02e23, "small": 1e-10, "neg_zero": -0.0,
    "bool": [True, False], "null": None,
    "list": [1, "two", 3.0, [4, [5]]],
    "dict": {"nested": {"deeper": {"deepest": "value"}}},
    "empty": {"list": [], "dict": {}, "str": ""},
}
for kw in ({}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}):
    text = json.dumps(data, **kw)
    back = json.loads(text)
    print(kw, back == data, len(text))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2})))
records = [{"id": i, "name": "item%d" % i, "price": i * 1.25, "tags": ["t%d" % (i % 3)], "active": i % 2 == 0} for i in range(2000)]
text = json.dumps(records)
print(len(text), json.loads(text) == records, text[:80])
text2 = json.dumps(records, indent=2, sort_keys=True)
print(len(text2), json.loads(text2)[1999])
big = {"k%d" % i: list(range(i % 7)) for i in range(3000)}
print(json.loads(json.dumps(big)) == big)
