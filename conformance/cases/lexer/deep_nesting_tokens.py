# Checks deeply nested brackets and long continued expressions spanning many physical lines.
x = ((((((((((1))))))))))
print(x)
y = [[[[[[[["deep"]]]]]]]]
print(y[0][0][0][0][0][0][0][0])
z = {"a": {"b": {"c": {"d": [1, (2, {3: [4]})]}}}}
print(z["a"]["b"]["c"]["d"][1][1][3][0])
total = (1 +
         2 +
         3 +
         4 +
         5 +
         6 +
         7)
print(total)
calls = len(str(abs(int(float(str(-42)))))) if True else 0
print(calls)
expr = eval("(" * 50 + "7" + ")" * 50)
print(expr)
nested_list = eval("[" * 30 + "]" * 30)
depth = 0
cur = nested_list
while cur:
    cur = cur[0]
    depth += 1
print(depth)
print(eval("-" * 101 + "1"), eval("~" * 10 + "5"), eval("not " * 7 + "0"))
long_sum = eval("+".join(str(i) for i in range(1000)))
print(long_sum)
