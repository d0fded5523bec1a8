import time

for tup in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, -1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, -1, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, -1, 0),
            (2024, 1, 1), (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0), (2024.0, 1, 1, 0, 0, 0, 0, 1, 0),
            ("2024", 1, 1, 0, 0, 0, 0, 1, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0], 5, None]:
    try:
        print(repr(time.strftime("%Y-%m-%d %a", tup)))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: time.strftime(), lambda: time.strftime(5), lambda: time.strftime(b"%Y"),
            lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0), 1), lambda: time.strftime(format="%Y")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
