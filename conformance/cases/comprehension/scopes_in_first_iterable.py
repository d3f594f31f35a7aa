# The first iterable of a comprehension is evaluated in the enclosing scope; lambdas and
# comprehensions written inside it are their own functions, distinct from the comprehension
# around them. Found by the differential generator.

words = ['back', True, 'xy']
print({str(w): len(repr(w)) for w in sorted(words, key=lambda v: str(v)[1])})
print([n * 2 for n in [m + 1 for m in range(3)]])
print([[c for c in s] for s in [t.upper() for t in ('ab', 'c')]])


def f(args):
    return {k: args for k in [args for _ in 'xy']}


print(f(7))
print([k for k in (lambda: [1, 2])()])
print({i: j for i, j in zip((lambda: 'ab')(), [q for q in range(2)])})
