# Checks that nested functions can call themselves and each other through the enclosing scope.
def outer(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)

print(outer(5), outer(10))

def evens_odds(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)

print(evens_odds(7), evens_odds(10))

def rebinding():
    def f():
        return "first"
    g = f
    def f():
        return "second"
    return g(), f()

print(rebinding())

def counter_gen():
    count = 0
    def tick():
        nonlocal count
        count += 1
        if count < 5:
            return tick()
        return count
    return tick()

print(counter_gen())

fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(10)])
