# A hand-written partial() and curry() built from closures, with keyword merging, placeholders and argument errors.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        merged = dict(bound_kw)
        merged.update(kw)
        return fn(*bound, *args, **merged)
    call.bound = bound
    return call

def curry(fn, arity):
    def step(collected):
        def take(*args):
            now = collected + args
            if len(now) > arity:
                raise TypeError(f"curried function takes {arity} arguments, got {len(now)}")
            return fn(*now) if len(now) == arity else step(now)
        return take
    return step(())

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(lambda b, e: power(b, e), e=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(square(9), two_to(10), cube_mod(4), cube_mod(4, mod=5), two_to.bound)
print(partial(sorted, key=len)(["ccc", "a", "bb"]), partial(sorted, reverse=True)([3, 1, 2], key=None))
print(partial(max)(3, 9, 2), partial(max, 3, 9)(2), partial(max, default=-1)([]))

add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
partial_sum = add3("x")
print(partial_sum("y")("z"), partial_sum("Y", "Z"))
try:
    add3(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    add3(1)(2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

inc = partial(lambda a, b: a + b, 1)
pipeline = compose(str, inc, inc, abs)
print(repr(pipeline(-5)), compose()(42), compose(len, str.split)("a b c"))
try:
    partial(power, 2)(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    partial(power, base=2)(3)
except TypeError as e:
    print("TypeError:", e)
