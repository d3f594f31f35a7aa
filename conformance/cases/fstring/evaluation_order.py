# f-string fields are evaluated left to right, each value before its nested spec fields.
# requires: float
log = []
def f(v):
    log.append(v)
    return v
print(f"{f(1)}{f(2)}{f(3)}", log)
log.clear()
print(f"{f('a'):{f('>')}{f(4)}}|{f('b')}", log)
log.clear()
print(f"{f(1)=}{f(2)!r}", log)
log.clear()
s = f"{f([1, 2])}" + f"{f(0)}"
print(s, log)
log.clear()
try:
    print(f"{f(1)}{1 / 0}{f(2)}")
except ZeroDivisionError as e:
    print(type(e).__name__, e, log)
log.clear()
x = 1
msg = f"{x}{(x := x + 1)}{x}"
print(msg, x)
class C:
    def __repr__(self):
        return "C-obj"
    def __format__(self, spec):
        log.append("format:" + spec)
        return "C"
log.clear()
print(f"{f(C()):{f('s1')}}{f(C())}", log)
