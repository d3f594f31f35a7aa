# Building large lists: list(range(N)), comprehensions, append loops,
# extend, concatenation and slicing of big lists. Stresses list growth,
# allocation of many small ints, and heap accounting that must stay linear
# (a quadratic accounting or copying bug shows up as a blow-up here).

N = 900000  # elements in the largest lists; tuned so CPython takes about 1.5 s
ROUNDS = 3


def build(n):
    a = list(range(n))
    b = [x * 2 + 1 for x in a]
    c = []
    for x in a:
        if x % 3 != 0:
            c.append(x)
    d = []
    for i in range(0, n, 1000):
        d.extend(a[i:i + 1000])
    e = a[::2] + b[1::2]
    f = [[x, x + 1] for x in range(n // 4)]
    g = b[:]
    g.reverse()
    h = a[n // 4: 3 * n // 4]
    checks = (len(a), sum(b) % 1000003, len(c), sum(c) % 1000003, d == a,
              len(e), e[-1], len(f), f[-1][1], g[0], len(h), h[0])
    return checks


def nested(n):
    # a grid built row by row, then flattened and transposed
    side = int(n ** 0.5) // 2
    grid = [[r * side + c for c in range(side)] for r in range(side)]
    flat = [v for row in grid for v in row]
    cols = [[grid[r][c] for r in range(side)] for c in range(side)]
    diag = [grid[i][i] for i in range(side)]
    return len(flat), sum(flat) % 1000003, cols[side - 1][0], sum(diag)


def churn(n):
    # a list that grows and shrinks: pops from the end, deletes slices
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 5 == 4:
            total += stack.pop() + stack.pop()
    while len(stack) > 1000:
        del stack[-1000:]
        total += len(stack)
    return total % 1000003, len(stack)


def main():
    result = None
    for _ in range(ROUNDS):
        result = (build(N), nested(N), churn(N))
    a, b, c = result
    print("build", a)
    print("nested", b)
    print("churn", c)


main()
