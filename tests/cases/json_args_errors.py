import json

tests = [
    lambda: json.dumps(),
    lambda: json.dumps(1, 2),
    lambda: json.dumps({}, foo=1),
    lambda: json.dumps({}, indent=2, bogus=True),
    lambda: json.loads(),
    lambda: json.loads("{}", foo=1),
    lambda: json.loads("1", "2"),
    lambda: json.dump({}),
    lambda: json.load(),
    lambda: json.dumps([1], separators=(",",)),
    lambda: json.dumps([1], separators=(",", ":", "!")),
    lambda: json.dumps({"a": 1}, separators=(1, 2)),
    lambda: json.dumps([1], sort_keys=1, skipkeys=0, ensure_ascii=""),
    lambda: json.dumps([1], cls=None, default=None, indent=None),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
