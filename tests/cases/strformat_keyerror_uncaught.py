# str.format with a missing keyword field: uncaught KeyError
template = "Hello {name}, you owe {amount:.2f}"
print(template.format(name="Ann", amount=3))
print(template.format(nam="Bob", amount=4))
