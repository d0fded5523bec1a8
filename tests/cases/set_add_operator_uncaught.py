# set: uncaught TypeError using + on sets instead of |
evens = {0, 2, 4}
odds = {1, 3}
print(sorted(evens | odds))
print(evens + odds)
