# abs() of bools gives ints; abs() uses __abs__.
print(abs(True), abs(False))
print(type(abs(True)).__name__)
print(abs(-True), abs(~False))
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
try:
    abs([])
except TypeError as e:
    print(type(e).__name__, e)
