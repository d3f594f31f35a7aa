# cmath.log(z, base): the quotient of the logarithms; a zero-logarithm base is a domain error,
# while log(0, base) is -inf with a NaN part.
import cmath

def show(*args):
    try:
        print(cmath.log(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(8, 2)
show(100, 10)
show(1j, 1j)
show(-1, 2)
show(2 + 3j, 1 + 1j)
show(0, 2)
show(0, 1j)
show(0, 0)
show(2, 1)
show(1, 0)
show(1, 1)
show(2, "a")
show()
show(1, 2, 3)
try:
    cmath.log(x=1)
except TypeError as e:
    print(e)
