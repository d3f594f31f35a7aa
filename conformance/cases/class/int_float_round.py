# int(), float(), round() and complex-free numeric conversions via __int__, __float__, __round__.
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v) + 1000
    def __float__(self):
        return self.v * 1.0 + 0.5
    def __round__(self, ndigits=None):
        return ('round', self.v, ndigits)
n = Num(3)
print(int(n), float(n), round(n), round(n, 2), round(n, ndigits=-1))
class BadInt:
    def __int__(self):
        return 'x'
class BadFloat:
    def __float__(self):
        return 1
class Nothing:
    pass
for f in (lambda: int(BadInt()), lambda: float(BadFloat()), lambda: int(Nothing()),
          lambda: float(Nothing()), lambda: round(Nothing())):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
# float() falls back to __index__.
class OnlyIndex:
    def __index__(self):
        return 7
print(float(OnlyIndex()), int(OnlyIndex()))
