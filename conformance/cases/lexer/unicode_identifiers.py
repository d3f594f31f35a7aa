# Checks that non-ASCII letters are accepted in identifiers and NFKC-normalised.
# requires: unicode
café = 1
print(café)
π = 3
print(π * 2)
名前 = "name"
print(名前)
Δx = 5
print(Δx + 1)
def grüße(wer):
    return "hallo " + wer
print(grüße("welt"))
class Ünïcode:
    ä = 10
print(Ünïcode.ä, Ünïcode.__name__)
for src in ["€ = 1", "x€ = 1", "a·b = 1"]:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
print("café".isidentifier(), "2x".isidentifier(), "_ok".isidentifier())
ﬁ = "ligature"
print(fi)
