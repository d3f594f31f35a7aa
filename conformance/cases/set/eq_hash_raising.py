# Exceptions raised by an element's __hash__ or __eq__ during set operations propagate.
class BadHash:
    def __hash__(self):
        raise ValueError("no hash for you")

class BadEq:
    def __hash__(self):
        return 7
    def __eq__(self, other):
        raise RuntimeError("eq exploded")

calls = [
    lambda: {BadHash()},
    lambda: set([1, BadHash()]),
    lambda: BadHash() in {1, 2},
    lambda: {1}.add(BadHash()),
    lambda: {1}.discard(BadHash()),
    lambda: frozenset([BadHash()]),
]
for c in calls:
    try:
        print(c())
    except ValueError as e:
        print(type(e).__name__, e)
s = {BadEq()}
print(len(s))
try:
    print(BadEq() in s)
except RuntimeError as e:
    print(type(e).__name__, e)
x = next(iter(s))
print(x in s)
try:
    print(7 in s)
except RuntimeError as e:
    print("int lookup:", e)
print(8 in s)
