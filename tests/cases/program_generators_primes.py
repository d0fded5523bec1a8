# program: prime sieve with generators, twin primes, prime factorization
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
gen = primes()
first = [next(gen) for _ in range(15)]
print(first)
twins = [(a, b) for a, b in zip(first, first[1:]) if b - a == 2]
print(twins)
for n in [1, 2, 12, 97, 360, 2 ** 10 * 3 ** 5, 600851475143]:
    print(n, factorize(n))
