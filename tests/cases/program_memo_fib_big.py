# program: memoized recursion with dict cache producing big ints; iterative comparison
cache = {0: 0, 1: 1}
def fib(n):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(90), fib(200))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(150)), len(str(fib_iter(1000))), fib_iter(1000) % 1000000007)
def catalan(n, memo={}):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return memo[n]
print([catalan(i) for i in range(12)], catalan(60))
