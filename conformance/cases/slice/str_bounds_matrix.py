# String slicing for every mix of negative, omitted and out-of-range starts, stops and steps.
s = "abcdefg"
bounds = [None, -10, -7, -3, -1, 0, 2, 6, 7, 10]
for step in [None, 1, 3, -1, -3, 10, -10]:
    for start in bounds:
        print(step, start, " ".join(repr(s[start:stop:step]) for stop in bounds))
print(repr(""[::-1]), repr(""[5:]), repr(""[-1:]), repr("x"[::-1]), repr("x"[1:]))
print(s[-1::-1] == s[::-1], s[len(s)::-1] == s[::-1], s[-len(s) - 1::-1])
print(repr(s[3:3]), repr(s[4:3]), repr(s[-1:-2]), repr(s[-2:-1]))
print(s[:3] + s[3:] == s, s[:-3] + s[-3:] == s, s[:100] + s[100:] == s)
