s = {1, 2, 3}
alias = s
print(s.clear())
print(s, alias, len(s), bool(s))
s.add(5)
print(alias)
s.clear()
s.clear()
print(s)
try:
    frozenset({1}).clear()
except AttributeError as e:
    print(type(e).__name__, e)
