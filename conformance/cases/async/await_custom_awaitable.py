class Ask:
    def __init__(self, question):
        self.question = question

    def __await__(self):
        answer = yield self.question
        return "answer to " + self.question + ": " + str(answer)

async def main():
    a = await Ask("x")
    print(a)
    b = await Ask("y")
    print(b)
    return "main done"

c = main()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)
