# dict: uncaught TypeError from indexing dict.keys() like a list
inventory = {"apples": 3, "pears": 5}
print(list(inventory.keys())[0])
print(inventory.keys()[0])
