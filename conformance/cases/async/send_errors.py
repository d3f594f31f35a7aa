# Errors from misusing coroutine objects: non-None first send, reuse after completion, sync iteration.
async def simple():
    return 1

c = simple()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print(type(e).__name__, e)
for op in [next, list, iter]:
    co = simple()
    try:
        op(co)
    except TypeError as e:
        print(type(e).__name__, e)
    co.close()
c2 = simple()
print(hasattr(c2, "send"), hasattr(c2, "throw"), hasattr(c2, "close"), hasattr(c2, "__next__"))
c2.close()
