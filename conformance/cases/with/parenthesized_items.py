# Parenthesized multi-item with (3.10+), trailing comma, and a parenthesized single expression.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n * 10
    def __exit__(self, *a):
        print("exit", self.n)

with (CM(1) as a, CM(2) as b):
    print(a, b)
with (
    CM(3) as c,
    CM(4),
    CM(5) as d,
):
    print(c, d)
with (CM(6)):
    print("paren expr")
with (CM(7)) as e:
    print(e)
with (CM(8), CM(9)):
    print("tuple-like, no targets")
with CM(10) as f, (CM(11)) as g:
    print(f, g)
