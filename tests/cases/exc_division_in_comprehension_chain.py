# exc: caught errors from nested comprehension/generator combos report the innermost failing element
data = [[1, 2], [3, 0], [5, 6]]
try:
    print([[10 // x for x in row] for row in data])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
def safe(row):
    return [10 // x if x else None for x in row]
print([safe(r) for r in data])
gen = (sum(10 / x for x in row) for row in data)
print(next(gen))
try:
    print(next(gen))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(gen, "generator is finished after raising"))
