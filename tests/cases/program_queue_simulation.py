# program: round-robin scheduler simulation with generators as tasks and a list as the run queue
def task(name, steps):
    for i in range(steps):
        yield f"{name} step {i}"
    return f"{name} finished"
queue = [task("A", 3), task("B", 1), task("C", 2)]
results = []
while queue:
    t = queue.pop(0)
    try:
        print(next(t))
        queue.append(t)
    except StopIteration as e:
        results.append(e.value)
print(results)
