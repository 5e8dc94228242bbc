# exc_attribute_error.py — an uncaught AttributeError on a user object.
class Account:
    def __init__(self):
        self.balance = 10


acct = Account()
print(acct.balance)
print(acct.owner)
