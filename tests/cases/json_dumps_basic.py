import json

print(json.dumps({"name": "Alice", "age": 30, "tags": ["a", "b"], "ok": True, "none": None}))
print(json.dumps([1, 2.5, -3, 0, 10**20, -(10**30), True, False, None, "s"]))
print(json.dumps((1, 2, (3, 4))), json.dumps("plain"), json.dumps(42), json.dumps(None), json.dumps(True))
print(json.dumps([1.0, 1e16, 1e-5, 0.1, 1 / 3, 2.5, 100.0, 1e22, 1e100, -0.0, 0.1 + 0.2, 123456789.123]))
print(json.dumps([float(2**53), 1.5e-10, 5e-324, 1.7976931348623157e308]))
print(json.dumps({"nested": {"deep": {"deeper": [1, {"x": []}, {}]}}}))
print(json.dumps([], ), json.dumps({}), json.dumps([[]]), json.dumps([{}]), json.dumps(""))
print(json.dumps('quote " backslash \\ slash / newline \n tab \t cr \r bs \b ff \f'))
print(json.dumps("\x00\x01\x1f\x7f"))
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1, 2], separators=(";", "=")))
print(type(json.dumps({})).__name__, len(json.dumps({"k": "v" * 100})))
print(json.dumps([1, 2, 3]) == "[1, 2, 3]")
