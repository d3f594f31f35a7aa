# ZeroDivisionError messages for integer division, modulo, divmod and augmented forms.
# requires: bigint
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(7, 0))
show(lambda: 0 // 0)
show(lambda: -5 % 0)
show(lambda: (2 ** 100) // 0)
show(lambda: (2 ** 100) % 0)
show(lambda: divmod(-(2 ** 70), 0))
show(lambda: True // False)
show(lambda: 5 // (3 - 3))
show(lambda: pow(5, 3, 0))
def aug():
    x = 10
    x //= 0
show(aug)
def aug_mod():
    x = 10
    x %= 0
show(aug_mod)
print(issubclass(ZeroDivisionError, ArithmeticError))
print(0 // 5, 0 % 5, divmod(0, -3))
