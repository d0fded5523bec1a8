import json

docs = [
    '{"a":1,}', "{'a':1}", "[1,2,]", "", " ", '{"a" 1}', '{"a":1 "b":2}', "[1 2]", '"abc',
    '"a\x01b"', '"\\x"', '"\\u12"', '"\\u12G4"', "1 2", '{"a":1}x', "tru", "True", "None",
    "-", "-a", "01", "1.", "1.e5", "1e", ".5", "[", "{", '{"a":', '{"a"', '"\\', "[1,]",
    "{,}", "[,1]", '"\t"', "[-]", "nul", "[1,\n2,\n  x]", '"abc\n', "123abc", '"a" "b"',
    "[] []", '"ab\\u12"', '"\\ud83d\\u12"', '"\\ud83d\\uZZZZ"', "[1,2", '{"a":1', '{"a":1,',
    '["a" , ]', '{"a" : [1, {"b": tru}]}', "\n\n  [1,\n  ,2]", '"é" x', "é", "[1, \"é\", tru]",
    "\ufeff[1]", "{\"a\": {\"b\": [1, 2, }}", "[1, 2, 3,\n]", "undefined", "{a: 1}",
]
for d in docs:
    try:
        print(repr(d), "OK", json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == d)
