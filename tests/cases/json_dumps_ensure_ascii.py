import json

s = "café ☕ 東京 😀 \u2028 \x7f \x01"
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur", "emoji": "🎉"}))
print(json.dumps({"clé": "valeur", "emoji": "🎉"}, ensure_ascii=False))
print(json.dumps(["\U0010ffff", "\uffff", "\u00ff", "\u0100"]))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.dumps("😀"), len(json.dumps("😀")), json.dumps("😀", ensure_ascii=False))
print(json.dumps({"é": 1}, indent=1, ensure_ascii=False))
