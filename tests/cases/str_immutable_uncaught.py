# str: item assignment on a str is an uncaught TypeError
word = "hello"
letters = list(word)
letters[0] = "j"
print("".join(letters))
word[0] = "j"
