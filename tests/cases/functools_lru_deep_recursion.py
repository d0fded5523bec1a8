from functools import lru_cache, cache

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(450))
@lru_cache(maxsize=None)
def depth2(n):
    return 0 if n == 0 else 1 + depth2(n - 1)
try:
    depth2(600)
except RecursionError as e:
    print('RecursionError', e)
print(depth2(300))

@cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz), collatz(27))

@lru_cache(maxsize=128)
def lcs(i, j):
    if i == len(A) or j == len(B):
        return 0
    if A[i] == B[j]:
        return 1 + lcs(i + 1, j + 1)
    return max(lcs(i + 1, j), lcs(i, j + 1))
A = 'AGGTABQWERTYUIOPASDFGHJKL' * 2
B = 'GXTXAYBQWERTZUIOPASDFGHJ' * 2
print(lcs(0, 0), lcs.cache_info().maxsize)

@lru_cache(maxsize=None)
def boom(n):
    return boom(n + 1)
try:
    boom(0)
except RecursionError as e:
    print('RecursionError')
print(boom.cache_info().currsize)

@cache
def raising(n):
    if n == 3:
        raise ValueError('bad n')
    return n
print(raising(1), raising(2))
try:
    raising(3)
except ValueError as e:
    print('ValueError', e)
print(raising.cache_info())
