# exc: uncaught IndexError on string indexing in a while loop
word = "abc"
i = 0
while True:
    print(word[i])
    i += 1
