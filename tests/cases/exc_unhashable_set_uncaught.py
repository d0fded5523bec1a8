# exc: uncaught TypeError "unhashable type: 'list'" when adding a list to a set
seen = set()
for item in [(1, 2), "s", [3, 4]]:
    seen.add(item)
    print(len(seen))
