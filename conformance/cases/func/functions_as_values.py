def double(x):
    return x * 2
def square(x):
    return x * x
def apply(f, v):
    return f(v)
print(apply(double, 5), apply(square, 5))
ops = [double, square]
for op in ops:
    print(op(3))
table = {"d": double, "s": square}
print(table["s"](9))
alias = double
print(alias(21))
print(alias is double, alias == square)
