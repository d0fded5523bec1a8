# exc: uncaught error from a call whose arguments span several lines
def build(name, size, tags):
    return {"name": name.strip(), "size": int(size), "tags": list(tags)}

print(build(" a ", "3", ("x",)))
result = build(
    "widget",
    "large",
    ["t1", "t2"],
)
