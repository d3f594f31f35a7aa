# Checks the Ellipsis literal, its identity and its use as a placeholder.
print(...)
print(Ellipsis)
print(... is Ellipsis, type(...).__name__)
print(repr(...), str(...))
x = ...
print(x == Ellipsis, bool(...))
def stub():
    ...
print(stub())
class C:
    ...
print(C.__name__)
print([..., ...], (...,))
d = {...: "e"}
print(d[...])

class G:
    def __getitem__(self, k):
        return k

print(G()[...], G()[1, ...], G()[..., 2:3])
for src in [". . .", "....", "x = ..", "a....b"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
try:
    Ellipsis = 1
    print(Ellipsis, ...)
finally:
    del Ellipsis
print(Ellipsis)
