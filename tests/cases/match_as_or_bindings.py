# match: AS patterns, OR patterns binding the same name, wildcard never binds, capture leaks after match
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item] | ["get", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return f"unknown command {cmd!r}"
for c in ["go north", "go up", "take lamp", "get key", "drop a b c", "drop", "quit", "exit", ""]:
    print(f(c))
match (1, 2):
    case (a, b):
        pass
print("leaked", a, b)
match 42:
    case _:
        print("wildcard matched")
