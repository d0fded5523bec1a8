# loop: while loops with complex conditions, countdown, collatz sequence, digit reversal
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print(steps, peak)
num, rev = 12345, 0
while num:
    num, d = divmod(num, 10)
    rev = rev * 10 + d
print(rev)
a, b = 0, 1
fibs = []
while len(fibs) < 15 and b < 300:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
i = 10
while i := i - 3:
    print(i, end=" ")
    if i < 0:
        break
print()
