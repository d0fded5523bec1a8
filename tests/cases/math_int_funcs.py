import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 20 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 7), math.lcm(2 ** 40, 3 ** 30))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.isqrt(True))
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(21), math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7), str(math.factorial(2000))[:30])
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.comb(10 ** 20, 3), math.comb(1000, 500) % 1000000007)
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10), math.perm(10 ** 15, 2))
print(math.perm(5, None), math.comb(True, True))

class Idx:
    def __index__(self):
        return 6

print(math.factorial(Idx()), math.gcd(Idx(), 4), math.isqrt(Idx()), math.comb(Idx(), 2))

def show(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)

show("factorial(-1)", math.factorial, -1)
show("factorial(5.0)", math.factorial, 5.0)
show("factorial(5.5)", math.factorial, 5.5)
show("factorial('5')", math.factorial, '5')
show("factorial(10**20)", math.factorial, 10 ** 20)
show("isqrt(-1)", math.isqrt, -1)
show("isqrt(4.0)", math.isqrt, 4.0)
show("gcd(1.5)", math.gcd, 1.5)
show("gcd(4, '2')", math.gcd, 4, '2')
show("lcm(2, 3.0)", math.lcm, 2, 3.0)
show("comb(-1, 2)", math.comb, -1, 2)
show("comb(5, -2)", math.comb, 5, -2)
show("comb(5.0, 2)", math.comb, 5.0, 2)
show("comb(5, None)", math.comb, 5, None)
show("comb(10**30, 10**25)", math.comb, 10 ** 30, 10 ** 25)
show("perm(-3)", math.perm, -3)
show("perm(4, -1)", math.perm, 4, -1)
show("perm(10**30, 10**25)", math.perm, 10 ** 30, 10 ** 25)
show("comb(5)", math.comb, 5)
