# syntax: missing comma between call arguments
name = "Ada"
print("Hello" name)
