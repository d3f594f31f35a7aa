# Neighbouring instructions that run as one (a local loaded twice, a store then a load, a
# local's attribute, an operator with a constant right operand, an index by a small int)
# must keep every behaviour of the pair: errors name the right variable, user operator
# methods and __getitem__ still run, results overflow into big ints, and jumps into the
# second instruction still land.


def unbound_second():
    a = 1
    try:
        return a + b  # noqa: F821 (b is assigned below)
    except UnboundLocalError as e:
        print("unbound:", e)
    b = 2
    return a + b


def unbound_first():
    try:
        print(c + d)  # noqa: F821
    except UnboundLocalError as e:
        print("unbound:", e)
    c = d = 0
    return c, d


def unbound_attr():
    try:
        return obj.real  # noqa: F821
    except UnboundLocalError as e:
        print("unbound:", e)
    obj = 3
    return obj.real


print(unbound_second(), unbound_first(), unbound_attr())


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, k):
        return V(self.x + k * 10)

    def __rsub__(self, k):
        return V(k - self.x)

    def __mul__(self, k):
        return NotImplemented

    def __getitem__(self, i):
        return ("item", i)

    def __repr__(self):
        return "V(%r)" % (self.x,)


def ops(v, n, s, f, big):
    print(v + 1, 1 - v, v[0], v[-3], v[1000])
    try:
        v * 2
    except TypeError as e:
        print("TypeError:", e)
    print(n + 1, n - 512, n * 511, n // -7, n % 3, n << 2, n >> 1, n & 255, n | 1, n ^ 3)
    print(big + 1, big * 2, -big - 1, big // 100, big % 7)
    print(s + "!", s * 2, s % (), s[0], s[-1], f + 0.5, f * 3, f / 2, f ** 2, f // 0.5)
    try:
        s + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        n / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        f % 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        s[5]
    except IndexError as e:
        print("IndexError:", e)
    d = {0: "zero", -1: "minus one", 2: "two"}
    print(d[0], d[-1], d[2])
    try:
        d[1]
    except KeyError as e:
        print("KeyError:", e)
    t = (1, 2, 3)
    print(t[0], t[-1], t[2], [4, 5][1], range(10)[3], b"ab"[1], bytearray(b"xy")[0])
    x = n
    x += 1
    x -= 2
    x *= 3
    y = v
    y += 5
    lst = [1]
    lst += [2]
    print(x, y, lst)
    try:
        lst += 1
    except TypeError as e:
        print("TypeError:", e)


ops(V(1), 2**62 - 1, "abc", 1.5, 10**20)


def loops(n):
    # the loop test loads a local right after a store: a jump target
    i = 0
    total = 0
    while i < n:
        total = total + i
        i = i + 1
    j = n
    while j:
        j -= 1
    a = b = 0
    for k in range(n):
        a, b = b, a
        a = a + k if k % 2 else b - k
    return total, j, a, b


print(loops(10), loops(0))


class P:
    def __init__(self):
        self.val = 5

    @property
    def boom(self):
        raise ValueError("from property")


def attrs(p):
    print(p.val, p.val + p.val)
    try:
        p.missing
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        p.boom
    except ValueError as e:
        print("ValueError:", e)


attrs(P())


def tests(values):
    # comparisons that feed a conditional jump, for ints, floats (NaN included), mixed
    # int/float, identity and the general path
    nan = float("nan")
    out = []
    for x in values:
        row = []
        for y in (0, 1, 0.5, -2.0, nan, None, 2**70):
            if x is None or y is None:
                row.append("is" if x is y else ("is not" if x is not y else "?"))
                continue
            if x < y:
                row.append("<")
            elif x == y:
                row.append("==")
            elif x > y:
                row.append(">")
            else:
                row.append("unordered")
            if not (x != y):
                row.append("!=F")
        out.append(" ".join(row))
    return out


for line in tests([0, 1, 0.5, -2.0, float("nan"), None, 2**70, True, 2**53 + 1]):
    print(line)
