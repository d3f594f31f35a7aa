# String slicing idioms: prefixes, suffixes, stripping by slice, every nth char, reversal of words.
s = "Hello, World"
print(s[:5], s[-5:], s[7:], s[:-7], s[::2], s[1::2], s[::-1], s[-1], s[:1].lower() + s[1:])
print(s[s.index(",") + 2:], s[:s.find("x")], s[s.rfind("o"):], s[len(s):], s[-len(s):] == s)
fn = "archive.tar.gz"
print(fn[:fn.index(".")], fn[fn.rfind(".") + 1:], fn[:-3], fn[-6:-3])
w = "abcdefghij"
print([w[i:i + 3] for i in range(0, len(w), 3)], w[2:8:2], w[8:2:-2], w[-3::-3])
print(" ".join(word[::-1] for word in "one two three".split()), "one two three"[::-1])
print("0123456789"[3:7] == "3456", "x"[0:0] == "", "x"[5:10] == "", "abc"[-10:2])
n = "1234567"
print(",".join([n[max(i - 3, 0):i] for i in range(len(n), 0, -3)][::-1]))
print("abc"[::-1][::-1], "abc"[1:][::-1], "abcdef"[-2::-2], "abcdef"[:-7:-1])
