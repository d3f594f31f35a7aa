# A bank and inventory simulation with class hierarchies, custom exception hierarchies, chaining and an audit log.
class BankError(Exception):
    code = "E000"

    def __str__(self):
        return "[%s] %s" % (self.code, super().__str__())


class InsufficientFunds(BankError):
    code = "E001"

    def __init__(self, account, amount):
        super().__init__("%s cannot withdraw %d (balance %d)" % (account.owner, amount, account.balance))
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    code = "E002"


class TransferFailed(BankError):
    code = "E003"


def cents(n):
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}${n // 100:,}.{n % 100:02d}"


class Account:
    _next_id = 100

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative: %d" % value)
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {cents(self.balance)})"

    def __lt__(self, other):
        return (self.balance, self.owner) < (other.balance, other.owner)


class SavingsAccount(Account):
    rate_bp = 250  # basis points

    def add_interest(self):
        interest = self.balance * self.rate_bp // 10000
        return self.deposit(interest) if interest else self


class OverdraftAccount(Account):
    def __init__(self, owner, balance=0, limit=5000):
        super().__init__(owner, balance)
        self.limit = limit

    @Account.balance.setter
    def balance(self, value):
        if value < -self.limit:
            raise ValueError("over limit")
        self._balance = value

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args, **kw):
        acct = cls(owner, *args, **kw)
        self.accounts[acct.id] = acct
        self.log.append(f"open {acct.id} {cls.__name__}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
            try:
                dst.deposit(amount)
            except BankError:
                src.deposit(amount)
                raise
        except BankError as e:
            self.log.append(f"fail {src.id}->{dst.id} {amount}")
            raise TransferFailed(f"transfer of {cents(amount)} failed") from e
        else:
            self.log.append(f"xfer {src.id}->{dst.id} {amount}")
        finally:
            self.log.append("checked")

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(Account, "alice", 10000)
bob = bank.open(SavingsAccount, "bob", 123456)
carol = bank.open(OverdraftAccount, "carol", limit=2500)
print(alice, bob, carol, sep="\n")
print([a.id for a in bank.accounts.values()])

alice.deposit(550).withdraw(1000)
bob.add_interest()
print(alice, bob, cents(bank.total()))

for args in [(alice, bob, 5000), (alice, carol, 999999), (carol, alice, 2000), (carol, alice, 600)]:
    try:
        bank.transfer(*args)
        print("ok", args[0].owner, "->", args[1].owner, cents(args[2]))
    except TransferFailed as e:
        cause = e.__cause__
        print(e, "| cause:", type(cause).__name__, cause)
        print("  suppress:", e.__suppress_context__, "shortfall:", getattr(cause, "shortfall", None))

alice.frozen = True
try:
    bank.transfer(bob, alice, 100)
except BankError as e:
    print(e, "<-", e.__cause__, "| bob:", cents(bob.balance))

for bad in (0, -5):
    try:
        bob.deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    bob.balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    carol.balance = -999999
except ValueError as e:
    print("ValueError:", e)

print(sorted(bank.accounts.values()))
print(max(bank.accounts.values()).owner, min(bank.accounts.values()).owner)
print(cents(bank.total()), cents(-5), cents(7), cents(123456789))
for acct in bank.accounts.values():
    print(f"{acct.owner:<6}|{acct.balance:>10,}|{len(acct.history):^5}|", acct.history)
print(bank.log)
print(issubclass(InsufficientFunds, BankError), BankError.code, InsufficientFunds.code, str(BankError("plain")))
print([c.__name__ for c in OverdraftAccount.__mro__])
