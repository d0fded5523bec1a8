# loop: while/else and for/else, break skipping else, continue, nested loops with flags
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print("not printed")
print("n =", n)
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
for i in []:
    print("never")
else:
    print("empty for else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
