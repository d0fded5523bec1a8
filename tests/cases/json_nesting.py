import json

print(json.loads("[" * 200 + "]" * 200) is not None)
print(len(json.dumps(json.loads("[" * 300 + "]" * 300))))
for doc in ("[" * 100000, "[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print(type(e).__name__, e)
deep = []
for _ in range(5000):
    deep = [deep]
deepd = {}
for _ in range(5000):
    deepd = {"k": deepd}
for obj in (deep, deepd):
    for kw in ({}, {"indent": 1}):
        try:
            json.dumps(obj, **kw)
        except RecursionError as e:
            print(type(e).__name__, e)
def first_fail(f):
    for n in range(985, 1001):
        try:
            f(n)
        except RecursionError:
            return n
print("loads arrays fail at", first_fail(lambda n: json.loads("[" * n + "]" * n)))
print("loads objects fail at", first_fail(lambda n: json.loads('{"a":' * n + "1" + "}" * n)))
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
print("dumps arrays fail at", first_fail(lambda n: json.dumps(nest(n))))
print("dumps indent arrays fail at", first_fail(lambda n: json.dumps(nest(n), indent=1)))
