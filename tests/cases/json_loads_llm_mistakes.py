import json

# Things LLM code often feeds to json.loads.
attempts = [
    "{'name': 'Bob'}",
    '{"name": "Bob",}',
    '{"items": [1, 2, 3,]}',
    '{"ok": True}',
    '{"value": None}',
    '{"x": NaN}',
    '// comment\n{"a": 1}',
    '{"a": 1} // trailing',
    '{name: "Bob"}',
    '```json\n{"a": 1}\n```',
    'Here is the JSON: {"a": 1}',
    '{"a": "line1\nline2"}',
    '{"a": 1}\n{"b": 2}',
    "",
    "null",
    '{"text": "He said \\"hi\\""}',
]
for text in attempts:
    try:
        print("OK", json.loads(text))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
    except ValueError as e:
        print("ValueError", e)
def extract(text):
    start, end = text.find("{"), text.rfind("}")
    return json.loads(text[start:end + 1]) if start != -1 else None
print(extract('Sure! ```json\n{"answer": 42, "ok": true}\n``` Hope that helps.'))
print(json.loads('{"a": "line1\nline2"}', strict=False))
try:
    json.loads(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads({"already": "a dict"})
except TypeError as e:
    print(type(e).__name__, e)
