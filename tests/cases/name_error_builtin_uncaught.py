# name: uncaught NameError for a misspelled builtin name
items = [3, 1, 2]
print(sorted(items))
print(lenght(items))
