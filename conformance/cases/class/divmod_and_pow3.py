# divmod() uses __divmod__/__rdivmod__; pow(a, b, m) passes the modulus to __pow__.
class D:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ('divmod', self.v, o)
    def __rdivmod__(self, o):
        return ('rdivmod', o, self.v)
    def __pow__(self, exp, mod=None):
        return ('pow', self.v, exp, mod)
    def __rpow__(self, base, mod=None):
        return ('rpow', base, self.v, mod)
d = D(10)
print(divmod(d, 3), divmod(3, d))
print(d ** 2, pow(d, 2), pow(d, 2, 7), 2 ** d, pow(2, d))
class Two:
    def __pow__(self, exp):
        return 'two-arg only'
print(Two() ** 5)
try:
    pow(Two(), 5, 3)
except TypeError as e:
    print(type(e).__name__, e)
