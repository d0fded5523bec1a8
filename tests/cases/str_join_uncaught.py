# str.join with a non-str item inside a helper: uncaught TypeError with traceback
def render(rows):
    return "\n".join(rows)

print(render(["a", "b"]))
print(render(["x", 2, "y"]))
