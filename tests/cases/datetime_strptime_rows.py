from datetime import datetime

def parse(s):
    return datetime.strptime(s, "%Y-%m-%d")

print(parse("2024-05-06"))
try:
    parse("2024-5-6x")
except ValueError as e:
    print("ValueError:", e)
try:
    parse("06/05/2024")
except ValueError as e:
    print("ValueError:", e)
rows = ["2024-01-31", "2024-02-30", "2024-03-01"]
good = []
for r in rows:
    try:
        good.append(parse(r).date())
    except ValueError as e:
        print("skip", r, "-", e)
print(good)
