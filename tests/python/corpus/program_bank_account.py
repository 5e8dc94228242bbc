# program_bank_account.py — a small program: classes, a user exception hierarchy, a ledger, formatted report.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed):
        super().__init__(f"insufficient funds: need {needed:.2f} more")
        self.needed = needed


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise BankError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


accounts = [Account("ann", 100), Account("bob"), Account("cy", 12.5)]
operations = [("ann", "withdraw", 30), ("bob", "deposit", 50), ("cy", "withdraw", 20), ("bob", "deposit", -5),
              ("ann", "deposit", 0.1), ("ann", "deposit", 0.2), ("bob", "withdraw", 50)]
by_owner = {a.owner: a for a in accounts}
for owner, op, amount in operations:
    acct = by_owner[owner]
    try:
        if op == "deposit":
            acct.deposit(amount)
        else:
            acct.withdraw(amount)
    except InsufficientFunds as e:
        print(f"{owner}: {e} (needed {e.needed})")
    except BankError as e:
        print(f"{owner}: rejected: {e}")
    else:
        print(f"{owner}: {op} {amount} ok")
print(accounts)
for acct in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{acct.owner:<5}|{acct.balance:>10.2f}|{len(acct.history):^5}|")
print(round(by_owner["ann"].balance, 2), by_owner["ann"].balance)
