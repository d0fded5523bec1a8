# program: small bank simulation with classes, exceptions, transaction log and formatted report
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
accts = {n: Account(n, b) for n, b in [("ann", 100), ("bob", 50)]}
ops = [("ann", "deposit", 25), ("bob", "withdraw", 80), ("ann", "transfer", ("bob", 60)), ("bob", "deposit", -5), ("bob", "withdraw", 80)]
for who, op, arg in ops:
    try:
        if op == "transfer":
            accts[who].transfer(accts[arg[0]], arg[1])
        else:
            getattr(accts[who], op)(arg)
        print(f"{who:>4} {op:<9} ok")
    except (InsufficientFunds, ValueError) as e:
        print(f"{who:>4} {op:<9} FAILED: {type(e).__name__}: {e}")
for a in accts.values():
    print(f"{a.owner:<5}{a.balance:>8.2f}  {a.log}")
