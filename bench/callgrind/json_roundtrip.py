import json

records = []
for i in range(2000):
    records.append(
        {
            "id": i,
            "name": f"user{i}",
            "score": (i % 200) * 0.25,
            "active": i % 3 == 0,
            "tags": ["a", f"t{i % 17}"],
            "geo": [i % 90, -(i % 180)],
            "parent": None if i % 10 == 0 else i - 1,
        }
    )
text = json.dumps({"version": 1, "records": records})
back = json.loads(text)
again = json.dumps(back)
print(len(text), again == text, len(back["records"]))
