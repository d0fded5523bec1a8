# syntax: apostrophe inside a single-quoted string
name = "Ada"
message = 'It's a pleasure, ' + name
print(message)
