# str: uncaught TypeError multiplying a str by a str
def banner(ch, width):
    return ch * width

print(banner("=", 10))
print(banner("=", "10"))
