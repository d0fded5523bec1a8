# syntax: typographic quotes instead of ASCII quotes
greeting = “hello”
print(greeting)
