# Closure-based iterators used with iter(callable, sentinel), next() with defaults, and state machines built from closures.
def countdown(n):
    def step():
        nonlocal n
        n -= 1
        return n
    return step
print(list(iter(countdown(5), 0)))
print(list(iter(countdown(3), -10))[:6] if False else list(iter(countdown(3), -2)))
def reader(text):
    pos = 0
    def read_word():
        nonlocal pos
        while pos < len(text) and text[pos] == " ":
            pos += 1
        start = pos
        while pos < len(text) and text[pos] != " ":
            pos += 1
        return text[start:pos]
    return read_word
print(list(iter(reader("  the quick  brown fox "), "")))
it = iter(reader("a b"), "")
print(next(it), next(it), next(it, "done"), next(it, "still done"))
def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    idx = 0
    left = durations[states[0]]
    def tick():
        nonlocal idx, left
        current = states[idx]
        left -= 1
        if left == 0:
            idx = (idx + 1) % len(states)
            left = durations[states[idx]]
        return current
    return tick
t = traffic_light()
print([t() for _ in range(10)])
def fib_stream():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_stream()
print([f() for _ in range(15)])
try:
    iter(countdown(3), 0, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
