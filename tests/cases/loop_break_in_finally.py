# loop: break/continue inside try/finally — finally always runs
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)
print(f())
def g():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(g())
count = 0
while True:
    try:
        count += 1
        if count == 2:
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
        continue
    finally:
        print("count", count)
    if count >= 3:
        break
