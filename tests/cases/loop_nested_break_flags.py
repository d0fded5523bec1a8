# loop: breaking out of nested loops with flags, for-else search, and while-else with break
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == target:
            found = (r, c)
            break
    if found:
        break
print("found at", found)
def search(needle):
    for row in grid:
        if needle in row:
            print("row has it:", row)
            break
    else:
        print("not found:", needle)
search(8)
search(10)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("hit 4")
        break
else:
    print("while ended normally at", n)
n = 10
while n > 0:
    n -= 3
else:
    print("while ended normally at", n)
