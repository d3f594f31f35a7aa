# A custom awaitable yields a request to the driver and the driver's send() value becomes the await result.
class Ask:
    def __init__(self, question):
        self.question = question
    def __await__(self):
        answer = yield ("ask", self.question)
        return answer.upper() if isinstance(answer, str) else answer

async def conversation():
    name = await Ask("name?")
    age = await Ask("age?")
    both = (await Ask("city?"), await Ask("lucky?"))
    return name, age, both

answers = {"name?": "ada", "age?": 36, "city?": "london", "lucky?": 7}
coro = conversation()
msg = coro.send(None)
while True:
    print("driver got", msg)
    kind, q = msg
    try:
        msg = coro.send(answers[q])
    except StopIteration as e:
        print("result", e.value)
        break
fresh = conversation()
try:
    fresh.send("early")
except TypeError as e:
    print(type(e).__name__, e)
fresh.close()
