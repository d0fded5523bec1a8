# list: uncaught ValueError from list.remove of a missing element
todo = ["write", "test", "ship"]
todo.remove("test")
print(todo)
todo.remove("test")
