# del: uncaught IndexError from deleting a list index that does not exist
queue = ["a", "b", "c"]
del queue[0]
print(queue)
del queue[2]
