# Three tasks passing work along with asyncio: run with `upy examples/asyncio_pipeline.py`;
# it prints the same transcript under python3.
#
# The client asks for squares by putting (number, future) pairs on a queue; the worker
# answers each by resolving its future; the auditor checks every answer it is told about.
# An Event holds the worker and the auditor until the client opens for business.

import asyncio


async def client(requests, opened, audit, numbers):
    loop = asyncio.get_running_loop()
    print("client: opening")
    opened.set()
    answers = []
    for n in numbers:
        reply = loop.create_future()
        await requests.put((n, reply))
        print("client: asked", n)
        value = await reply
        print("client: got", n, "->", value)
        await audit.put((n, value))
        answers.append(value)
    await requests.put(None)
    await audit.put(None)
    return answers


async def worker(requests, opened):
    await opened.wait()
    print("worker: ready")
    served = 0
    while True:
        job = await requests.get()
        if job is None:
            print("worker: closing after", served, "jobs")
            return served
        n, reply = job
        await asyncio.sleep(0)
        if n < 0:
            reply.set_exception(ValueError("negative: %d" % n))
        else:
            reply.set_result(n * n)
        served += 1


async def auditor(audit, opened):
    await opened.wait()
    print("auditor: ready")
    checked = 0
    while True:
        entry = await audit.get()
        if entry is None:
            print("auditor: checked", checked)
            return checked
        n, value = entry
        print("auditor:", n, "ok" if value == n * n else "WRONG")
        checked += 1


async def main():
    requests = asyncio.Queue(maxsize=1)
    audit = asyncio.Queue()
    opened = asyncio.Event()
    tasks = [
        asyncio.create_task(worker(requests, opened)),
        asyncio.create_task(auditor(audit, opened)),
    ]
    answers = await client(requests, opened, audit, [3, 1, 4, 1, 5])
    served, checked = await asyncio.gather(*tasks)
    print("answers:", answers, "served:", served, "checked:", checked)

    # A failing request: the worker's exception comes out of the client's await.
    opened.clear()
    requests = asyncio.Queue()
    waiting = asyncio.create_task(worker(requests, opened))
    reply = asyncio.get_running_loop().create_future()
    await requests.put((-2, reply))
    opened.set()
    try:
        await asyncio.wait_for(reply, 1)
    except ValueError as e:
        print("client: refused:", e)
    await requests.put(None)
    print("worker served", await waiting)


asyncio.run(main())
