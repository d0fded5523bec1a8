# syntax: missing colon after a while condition
count = 3
while count > 0
    count -= 1
