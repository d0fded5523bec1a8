import time

for tup in [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, -1), (1970, 1, 1, 0, 0, 0, 0, 1, 0),
            (1969, 12, 31, 23, 59, 59, 0, 1, 0), (2024, 14, 40, 25, 61, 61, 0, 1, 0), (2024, 0, 0, 0, 0, 0, 0, 0, 0),
            (2024, 3, -5, -3, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 1), (1, 1, 1, 0, 0, 0, 0, 1, 0),
            (9999, 12, 31, 23, 59, 59, 0, 1, 0)]:
    print(tup, time.mktime(tup))
for s in [0, 1700000000, 1234567890, -86400, 951782400]:
    print(s, time.mktime(time.gmtime(s)) == s, time.mktime(time.localtime(s)))
print(type(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0))).__name__)
for bad in ["x", 5, (1,) * 8, (1,) * 10, [2024, 1, 1, 0, 0, 0, 0, 1, 0], (2024.5, 1, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        print(time.mktime(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.mktime()
except TypeError as e:
    print("TypeError", e)
