import json

for doc in ['"a\tb"', '"line1\nline2"', '"\x00"', '{"k": "v\r"}', '"\x1f"']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
    print(repr(json.loads(doc, strict=False)))
print(json.dumps(json.loads('"tab\there"', strict=False)))
print(json.loads('"\\t\\u0041\\/"', strict=False))
