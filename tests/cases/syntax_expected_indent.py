# syntax: IndentationError expected an indented block after 'if' statement
flag = True
if flag:
print("flag set")
