# Checks tokenization of multi-character operators and runs of unary operators.
a = 5
print(1--1, 1---1, 1+-+1, -+-a)
print(~-1, -~1, ~~a, not -a)
print(2**-1 if False else 2**3, -2**2, (-2)**2)
print(a<<1, a>>1, a//2, a%3, a**2)
b = 6
b <<= 2; print(b)
b >>= 1; print(b)
b //= 5; print(b)
b **= 3; print(b)
b %= 5; print(b)
b ^= 7; print(b)
b |= 8; print(b)
b &= 12; print(b)
print(1<2<3, 3>2>1, 1<=1>=1, 1!=2, 1==1)
print(a if a>=5else 0)
print([1,2][-1], {1:2}[1], (lambda:3)())
for src in ["1 <> 2", "a =+ 1", "a ++ 1", "a +== 1", "a => 1", "a === 1", "a !== 1", "a <- 1", "x = 1 ! 2"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
