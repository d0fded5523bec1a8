from decimal import Decimal
prices = [Decimal("19.99"), Decimal("5.01")]
print(sum(prices))
print(sum(prices) / 0)
