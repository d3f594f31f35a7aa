# Functions nested three and four levels deep, reading and rebinding variables from different enclosing levels.
def level1(a):
    x = "L1"

    def level2(b):
        y = "L2"

        def level3(c):
            nonlocal x
            x = x + "*"

            def level4():
                nonlocal y
                y += "!"
                return a, b, c, x, y
            return level4
        return level3
    return level2, lambda: x

l2, peek = level1(1)
l3 = l2(2)
l4 = l3(3)
print(l4(), peek())
print(l4(), peek())
print(l3(30)(), l2(20)(300)(), peek())

def skip():
    target = "outer"

    def middle():
        def innermost():
            nonlocal target
            target = "changed by innermost"
        innermost()
        return target
    return middle(), target

print(skip())

def builder():
    parts = []

    def add(p):
        def and_then(q):
            def finish(r):
                parts.extend([p, q, r])
                return "-".join(parts)
            return finish
        return and_then
    return add

b = builder()
print(b("a")("b")("c"), b("1")("2")("3"))
print((lambda x: (lambda y: (lambda z: x * 100 + y * 10 + z)))(1)(2)(3))
print(level1.__qualname__, l2.__qualname__, l3.__qualname__, l4.__qualname__, peek.__qualname__)
