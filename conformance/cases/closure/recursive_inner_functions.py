# Inner functions that recurse through their own closure cell, mutual recursion between siblings, and rebinding the name.
def flatten(tree):
    out = []
    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append((node, depth))
    walk(tree, 0)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))
def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)
print(parity(0), parity(7), parity(10))
def rebinding():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    original = fact
    results = [original(5)]
    fact = lambda n: -1
    results.append(original(5))
    return results
print(rebinding())
def hanoi(n):
    moves = []
    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append(f"{k}:{src}{dst}")
        move(k - 1, via, dst, src)
    move(n, "A", "C", "B")
    return moves
print(hanoi(3), len(hanoi(6)))
def permutations(items):
    def perm(prefix, rest):
        if not rest:
            yield prefix
        for i, x in enumerate(rest):
            yield from perm(prefix + [x], rest[:i] + rest[i + 1:])
    return ["".join(p) for p in perm([], list(items))]
print(permutations("abc"), permutations(""), len(permutations("abcde")))
def depth_limited():
    def dive(n):
        return dive(n + 1)
    try:
        dive(0)
    except RecursionError as e:
        return type(e).__name__
print(depth_limited())
