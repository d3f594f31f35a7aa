# Richards-style operating-system simulation: task control blocks, packet
# queues kept as linked lists, and a priority scheduler. Stresses method
# calls, virtual dispatch through a small class hierarchy, and instance
# attribute loads and stores.

N = 70  # scheduler runs; tuned so CPython 3.11 takes about 1.5 s
IDLE_STEPS = 5000  # idle-task iterations per run

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
KIND_DEVICE = 0
KIND_WORK = 1
DATA_LEN = 4


class Packet:
    def __init__(self, dest, kind):
        self.link = None
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_LEN


def enqueue(queue, packet):
    packet.link = None
    if queue is None:
        return packet
    p = queue
    while p.link is not None:
        p = p.link
    p.link = packet
    return queue


class Stats:
    def __init__(self):
        self.switches = 0
        self.sends = 0
        self.holds = 0
        self.checksum = 0


class Task:
    def __init__(self, system, ident, prio, queue):
        self.system = system
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.next = None
        self.held = False
        self.suspended = True

    def runnable(self):
        if self.held:
            return False
        return not self.suspended or self.queue is not None

    def step(self):
        packet = None
        if self.suspended:
            packet = self.queue
            self.queue = packet.link
            packet.link = None
            self.suspended = False
        return self.run(packet)

    def run(self, packet):
        raise NotImplementedError

    # actions available to running tasks; each returns the task to run next
    def wait(self):
        self.suspended = True
        return self

    def hold_self(self):
        self.system.stats.holds += 1
        self.held = True
        return self.next

    def release(self, ident):
        other = self.system.tasks[ident]
        other.held = False
        if other.prio > self.prio:
            return other
        return self

    def send(self, packet):
        other = self.system.tasks[packet.dest]
        self.system.stats.sends += 1
        packet.dest = self.ident
        other.queue = enqueue(other.queue, packet)
        if other.prio > self.prio and other.runnable():
            return other
        return self


class IdleTask(Task):
    def __init__(self, system, ident, prio, steps):
        Task.__init__(self, system, ident, prio, None)
        self.suspended = False
        self.seed = 1
        self.steps = steps

    def run(self, packet):
        self.steps -= 1
        if self.steps == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system, ident, prio, queue):
        Task.__init__(self, system, ident, prio, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        if self.target == HANDLER_A:
            self.target = HANDLER_B
        else:
            self.target = HANDLER_A
        packet.dest = self.target
        packet.count = 0
        data = packet.data
        for i in range(DATA_LEN):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, system, ident, prio, queue, device):
        Task.__init__(self, system, ident, prio, queue)
        self.device = device
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = enqueue(self.work, packet)
            else:
                self.devices = enqueue(self.devices, packet)
        work = self.work
        if work is None:
            return self.wait()
        if work.count >= DATA_LEN:
            self.work = work.link
            work.dest = WORKER
            return self.send(work)
        dev = self.devices
        if dev is None:
            return self.wait()
        self.devices = dev.link
        dev.dest = self.device
        dev.data[0] = work.data[work.count]
        work.count += 1
        return self.send(dev)


class DeviceTask(Task):
    def __init__(self, system, ident, prio, handler):
        Task.__init__(self, system, ident, prio, None)
        self.handler = handler
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            pending.dest = self.handler
            return self.send(pending)
        stats = self.system.stats
        stats.checksum = (stats.checksum * 31 + packet.data[0]) % 1000003
        self.pending = packet
        return self.hold_self()


class System:
    def __init__(self, idle_steps):
        self.stats = Stats()
        self.tasks = [None] * 6

        def packets(dest, kind, count):
            q = None
            for _ in range(count):
                q = enqueue(q, Packet(dest, kind))
            return q

        self.tasks[IDLE] = IdleTask(self, IDLE, 0, idle_steps)
        self.tasks[WORKER] = WorkerTask(self, WORKER, 1000,
                                        packets(WORKER, KIND_WORK, 2))
        self.tasks[HANDLER_A] = HandlerTask(self, HANDLER_A, 2000,
                                            packets(HANDLER_A, KIND_DEVICE, 3),
                                            DEVICE_A)
        self.tasks[HANDLER_B] = HandlerTask(self, HANDLER_B, 3000,
                                            packets(HANDLER_B, KIND_DEVICE, 3),
                                            DEVICE_B)
        self.tasks[DEVICE_A] = DeviceTask(self, DEVICE_A, 4000, HANDLER_A)
        self.tasks[DEVICE_B] = DeviceTask(self, DEVICE_B, 5000, HANDLER_B)
        # scheduling order: highest priority first
        order = sorted(self.tasks, key=lambda t: t.prio, reverse=True)
        for i in range(len(order) - 1):
            order[i].next = order[i + 1]
        self.head = order[0]

    def schedule(self):
        stats = self.stats
        task = self.head
        while task is not None:
            if task.runnable():
                stats.switches += 1
                task = task.step()
            else:
                task = task.next
        return stats


def main():
    total = None
    for run in range(N):
        stats = System(IDLE_STEPS).schedule()
        result = (stats.switches, stats.sends, stats.holds, stats.checksum)
        if total is None:
            total = result
        elif total != result:
            print("mismatch in run", run, result, total)
            return
    print("switches", total[0], "sends", total[1], "holds", total[2])
    print("checksum", total[3], "runs", N)


main()
