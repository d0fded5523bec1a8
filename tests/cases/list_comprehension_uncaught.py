# list: uncaught KeyError raised inside a list comprehension
prices = {"apple": 1.5, "pear": 2.0}
basket = ["apple", "pear", "kiwi"]
print(sum(prices[f] for f in basket[:2]))
totals = [prices[fruit] * 2 for fruit in basket]
print(totals)
