# gc's switches and collect(), as CPython has them.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
for f in [gc.enable, gc.disable, gc.isenabled]:
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__, e)
