# Checks iterating over strings and bytes: characters, empties, escapes and nested loops.
for ch in "abc":
    print(ch, ord(ch))
for ch in "":
    print("never")
else:
    print("empty string loop done")
out = []
for ch in "a\tb\n":
    out.append(repr(ch))
print(out)
for b in b"AZ":
    print(b, type(b).__name__)
for b in bytearray(b"\x00\xff"):
    print(b)
words = ["hi", "yo"]
print([c for w in words for c in w])
vowels = 0
for ch in "Programming Language":
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
s = "xyz"
for i, ch in enumerate(s):
    s = s + ch.upper()
print(s)
for a, b in zip("abc", "de"):
    print(a + b, end=" ")
print()
for ch in reversed("abc"):
    print(ch, end="")
print()
