import json

print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'{"b": true}')))
print(json.loads(b'\xef\xbb\xbf{"bom": 1}'))
print(json.loads('{"utf8": "caf\u00e9"}'.encode("utf-8")))
for bad in (b"\xff", b'"\xc3"', b'["\xe9"]'):
    try:
        json.loads(bad)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    json.loads("\ufeff{}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
for bad in (5, 1.5, None, ["[]"], {"a": 1}):
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.loads(b'{"a": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, e, repr(e.doc))
