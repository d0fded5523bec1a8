import json

try:
    json.loads('{"a": 1,\n "b": }')
except json.JSONDecodeError as e:
    print(type(e).__name__, type(e).__module__, type(e).__qualname__)
    print(e)
    print(repr(e.msg), repr(e.doc), e.pos, e.lineno, e.colno, e.args)
    print(isinstance(e, ValueError), isinstance(e, Exception))
try:
    json.loads("[1, 2")
except ValueError as e:
    print("caught as ValueError:", e)
print(json.JSONDecodeError.__mro__)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
err = json.JSONDecodeError("custom", "line1\nline2 x", 9)
print(err, repr(err), err.msg, err.pos, err.lineno, err.colno)
print(str(json.JSONDecodeError("m", "", 0)))
try:
    raise json.JSONDecodeError("raised", "abc", 1)
except json.JSONDecodeError as e:
    print(e, e.args)
def parse(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return "invalid at line %d col %d: %s" % (e.lineno, e.colno, e.msg)
print(parse('{"ok": 1}'))
print(parse('{\n  "a": 1,\n  "b": [1, 2,, 3]\n}'))
print(parse('["é", "ü", x]'))
