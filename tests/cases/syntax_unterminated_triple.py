# syntax: unterminated triple-quoted string literal
doc = """starts here
and never ends
print(doc)
