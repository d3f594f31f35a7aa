# Misplaced await/async constructs are compile-time SyntaxErrors with CPython's messages.
sources = [
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "await x",
    "async for x in y: pass",
    "async with x: pass",
    "def f():\n    [await x for x in y]",
    "async def f():\n    lambda: await x",
]
for src in sources:
    try:
        compile(src, "<async>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(type(compile("async def f():\n    yield 1\n    return", "<ok>", "exec")).__name__)
print(type(compile("async def f():\n    return [x async for x in y]", "<ok>", "exec")).__name__)
