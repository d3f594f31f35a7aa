async def val(x):
    return x

async def main():
    a = await val(1) + await val(2)
    b = [await val(i) for i in range(3)]
    c = {await val("k"): await val("v")}
    d = (await val(5)) * 2
    e = await val(await val("nested"))
    f = await val(0) or await val("fallback")
    print(a, b, c, d, e, f)
    return [await val(x) for x in "ab" if await val(x) != "a"]

co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
