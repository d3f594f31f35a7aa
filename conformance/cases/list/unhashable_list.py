# Lists are unhashable: they cannot be set members, dict keys or hashed inside tuples.
for t in [lambda: hash([]), lambda: {[1]: 2}, lambda: {[1]}, lambda: hash((1, [2])),
          lambda: {(1, [2]): 3}, lambda: set([[1]]), lambda: frozenset([[]]),
          lambda: {}.get([1]), lambda: [1] in {1: 2}, lambda: [1] in {1, 2},
          lambda: {1: 2}.pop([]), lambda: dict.fromkeys([[1]])]:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print(list.__hash__ is None, type([]).__hash__)
print([1] in [[1]], [1] in ([1],), tuple([1, 2]) in {(1, 2): 0}, {(1, 2)})
class HL(list):
    def __hash__(self):
        return 1
h = HL([1])
print({h: "ok"}[h], h in {h}, hash(h))
