# syntax: missing colon after else
value = 10
if value > 5:
    print("big")
else
    print("small")
