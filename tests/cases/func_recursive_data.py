# func: recursion over nested data — depth, sum of nested lists, tree of tuples, path finding
def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0
print(depth([]), depth([1, [2, [3]], []]), depth(5))
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
print(nested_sum([1, [2, 3, [4]], [[5]]]))
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
def walk(node, indent=0):
    name, kids = node
    print("  " * indent + name)
    for k in kids:
        walk(k, indent + 1)
walk(tree)
def paths(graph, start, end, path=()):
    path = path + (start,)
    if start == end:
        return [path]
    return [p for nxt in graph.get(start, []) if nxt not in path for p in paths(graph, nxt, end, path)]
print(paths({"A": ["B", "C"], "B": ["C", "D"], "C": ["D"]}, "A", "D"))
