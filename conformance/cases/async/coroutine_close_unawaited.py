log = []

async def job():
    log.append("job ran")
    return 1

c = job()
c.close()
print(log)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class Gate:
    def __await__(self):
        yield "gate"

async def guarded():
    try:
        await Gate()
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")

c = guarded()
print(c.send(None))
c.close()

ignore = True

async def stubborn():
    while True:
        try:
            await Gate()
        except GeneratorExit:
            if not ignore:
                raise
            print("ignoring")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
ignore = False
c.close()
print("closed for real")
