# del: uncaught UnboundLocalError when reading a local deleted earlier
def process(values):
    total = sum(values)
    if total > 5:
        del total
    return total * 2

print(process([1, 2]))
print(process([3, 4]))
