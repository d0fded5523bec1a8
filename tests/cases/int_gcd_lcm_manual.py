# int: Euclid gcd, lcm, digit sums and prime checks written with plain ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 64, 2 ** 40 * 3), lcm(4, 6), lcm(21, 6))
print(sum(int(d) for d in str(2 ** 100)), sum(map(int, str(3 ** 50))))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([p for p in range(50) if is_prime(p)], is_prime(1_000_003))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
