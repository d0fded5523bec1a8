# func: returning tuples, unpacking results, returning functions, implicit None
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg, stats([2]))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def picker(kind):
    if kind == "up":
        return str.upper
    return lambda s: s
print(picker("up")("abc"), picker("same")("abc"))
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(10), early(0), early(1))
