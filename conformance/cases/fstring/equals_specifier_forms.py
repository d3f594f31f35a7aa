# The '=' specifier prints the expression text, spaces kept, then repr unless a conversion or spec is given.
# requires: float
x = 7
s = "hi"
d = {"k": [1, 2]}
print(f"{x=}", f"{x = }", f"{x =}", f"{x= }", f"{ x=}")
print(f"{s=}", f"{s=!s}", f"{s=!r}", f"{s=!a}", f"{s=:>5}", f"{s=!r:>6}", f"{s=:}")
print(f"{x*2=}", f"{x + 1 = }", f"{s.upper()=}", f"{d['k']=}", f"{d['k'][::-1]=}")
print(f"{len(s)=:03}", f"{3.5=}", f"{3.5=:.2f}", f"{'lit'=}", f"{None=}", f"{[1, 'a']=}")
print(f"{x=}{s=}", f"a{x=}b", f"{x=!s:>4}|", f"{(x, s)=}")
print(f"{x    =    }", f"{x=:{x}}|", f"{x==7=}", f"{x!=7=}", f"{(x:=3)=}", x)
class R:
    def __repr__(self):
        return "R()"
    def __str__(self):
        return "str-R"
    def __format__(self, spec):
        return "fmt-R" + spec
r = R()
print(f"{r=}", f"{r=!s}", f"{r=:x}", f"{r=!r:>5}", f"{r}")
print(f"{1 + 2 = }", f"{'a' 'b'=}", f"{s[0]=!r:^5}")
