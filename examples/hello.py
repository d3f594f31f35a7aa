# A first program for upy: `cargo run --release -p upy-unix -- examples/hello.py`.

print("Hello from upy!")


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib(10) =", fib(10))
print("fib(100) =", fib(100))

squares = [i * i for i in range(8)]
print("squares:", squares)

counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print("'the' appears", counts["the"], "times")

try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("caught:", type(e).__name__)
