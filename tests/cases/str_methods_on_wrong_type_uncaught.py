# str: uncaught TypeError calling a str method with an int argument
line = "name:value"
print(line.split(":"))
print(line.split(1))
