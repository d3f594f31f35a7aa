# Closures and higher-order functions: counters over nonlocal cells,
# function composition, map/filter with lambdas, and decorators wrapping
# functions. Stresses closure cell access, function-object creation,
# call overhead with *args, and builtin iterators driving Python callables.

N = 900000  # iterations of the main loop; tuned so CPython takes about 1.5 s


def make_counter(start, step):
    count = start

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_accumulator():
    total = 0
    calls = 0

    def add(x):
        nonlocal total, calls
        total += x
        calls += 1
        return total

    def state():
        return total, calls

    return add, state


def compose(*funcs):
    def composed(x):
        for f in funcs[::-1]:
            x = f(x)
        return x
    return composed


def twice(f):
    return lambda x: f(f(x))


CALL_COUNTERS = {}


def counted(name):
    # decorator factory: counts calls in a cell shared by the wrapper and a
    # getter that is registered under the given name
    def decorate(func):
        calls = 0

        def wrapper(*args):
            nonlocal calls
            calls += 1
            return func(*args)

        def get_calls():
            return calls

        CALL_COUNTERS[name] = get_calls
        return wrapper

    return decorate


def memoize(func):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        value = func(n)
        cache[n] = value
        return value

    return wrapper


@counted("scale")
def scale(x, k):
    return x * k % 10007


@memoize
def digit_weight(n):
    w = 0
    while n > 0:
        n, d = divmod(n, 10)
        w = w * 3 + d
    return w


def make_collatz():
    # memo table shared through a closure; iterative, so recursion stays shallow
    cache = {1: 1}

    def length(n):
        path = []
        while n not in cache:
            path.append(n)
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
        k = cache[n]
        for m in path[::-1]:
            k += 1
            cache[m] = k
        return k

    return length


def make_adders(count):
    # each lambda captures its own i through a default-free closure factory
    def adder(i):
        return lambda x: x + i
    return [adder(i) for i in range(count)]


def main():
    tick = make_counter(0, 3)
    add, state = make_accumulator()
    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    pipeline = compose(inc, dbl, twice(inc), lambda x: x % 1009)
    adders = make_adders(16)
    checksum = 0
    for i in range(N):
        t = tick()
        v = pipeline(t)
        v = adders[i % 16](v)
        add(scale(v, i % 13 + 1) + digit_weight(i % 1000))
        if i % 50 == 0:
            chunk = list(range(i % 97, i % 97 + 40))
            evens = list(filter(lambda x: x % 2 == 0, chunk))
            squares = list(map(lambda x: x * x, evens))
            checksum = (checksum + sum(squares)) % 1000000007
    total, calls = state()
    collatz_len = make_collatz()
    longest = 0
    longest_at = 0
    for n in range(1, N // 3):
        length = collatz_len(n)
        if length > longest:
            longest = length
            longest_at = n
    print("counter", tick(), "accumulated", total, "calls", calls)
    print("scale calls", CALL_COUNTERS["scale"](), "checksum", checksum)
    print("longest collatz below", N // 3, "starts at", longest_at, "length", longest)


main()
