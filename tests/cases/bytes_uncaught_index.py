# bytes: an out-of-range index on bytes is an uncaught IndexError
data = b"xyz"
for i in range(3):
    print(i, data[i], chr(data[i]))
print(data[3])
