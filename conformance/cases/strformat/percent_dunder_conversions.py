# % conversions call __str__/__repr__ for %s/%r and __index__ or __int__ for integer codes.
# requires: float
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
class Idx:
    def __index__(self):
        return 11
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print("%s %r %a" % (S(), S(), S()))
print("%5s|%-5r|%.1s" % (S(), S(), S()))
print("%d %x %o %X" % (Idx(), Idx(), Idx(), Idx()))
print("%#x %05d" % (Idx(), Idx()))
print("%f %e %g" % (Num(), Num(), Num()))
for spec in ["%d", "%i", "%x", "%c"]:
    try:
        print(spec, spec % Num())
    except TypeError as e:
        print(spec, type(e).__name__, e)
try:
    print("%f" % Idx())
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % [S()], "%r" % ((S(),),))
class BadStr:
    def __str__(self):
        return 5
try:
    print("%s" % BadStr())
except TypeError as e:
    print(type(e).__name__, e)
