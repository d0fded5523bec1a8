# list: uncaught IndexError from pop() on an empty list in a loop
stack = [1, 2]
while True:
    item = stack.pop()
    print("popped", item)
