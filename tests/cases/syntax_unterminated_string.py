# syntax: unterminated string literal
msg = "hello
print(msg)
