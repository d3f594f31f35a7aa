# Checks while loops driven by assignment expressions, including their final values.
data = iter([3, 1, 4, 1, 5])
total = 0
while (v := next(data, None)) is not None:
    total += v
print(total, v)
chunks = []
s = "abcdefgh"
while chunk := s[:3]:
    chunks.append(chunk)
    s = s[3:]
print(chunks, repr(chunk))
n = 10
steps = 0
while (n := n // 2) > 0:
    steps += 1
print(steps, n)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print(stack, top)
i = 0
while (i := i + 1) < 4:
    print(i, end=" ")
print("end", i)
