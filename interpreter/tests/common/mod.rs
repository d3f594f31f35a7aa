//! A port that records output and replays scripted input, shared by the integration tests.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use upy::{Config, Port, Uncaught, Vm};

#[derive(Default)]
pub struct Io {
    pub out: Vec<u8>,
    pub err: Vec<u8>,
    pub input: VecDeque<u8>,
    /// Polls of the interrupt flag left before it reads true (Ctrl-C); `None` for never.
    pub interrupt_after: Option<u32>,
}

pub struct TestPort(pub Rc<RefCell<Io>>);

impl Port for TestPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().out.extend_from_slice(bytes);
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().err.extend_from_slice(bytes);
    }

    fn take_interrupt(&mut self) -> bool {
        let mut io = self.0.borrow_mut();
        match io.interrupt_after {
            Some(0) => {
                io.interrupt_after = None;
                true
            }
            Some(n) => {
                io.interrupt_after = Some(n - 1);
                false
            }
            None => false,
        }
    }

    fn read_byte(&mut self) -> Option<u8> {
        self.0.borrow_mut().input.pop_front()
    }
}

/// A VM over a recording port, and the port's buffers.
pub fn vm_with(config: Config, input: &str) -> (Vm, Rc<RefCell<Io>>) {
    let io = Rc::new(RefCell::new(Io {
        input: input.bytes().collect(),
        ..Io::default()
    }));
    (Vm::new(config, Box::new(TestPort(io.clone()))), io)
}

/// Runs `source` as a file; returns stdout and the uncaught exception, if any.
#[allow(dead_code)] // Each test binary compiles this module; not all of them use it.
pub fn run(config: Config, source: &str) -> (String, Option<Uncaught>) {
    let (mut vm, io) = vm_with(config, "");
    let result = vm.run_module(source, "test.py");
    let out = String::from_utf8_lossy(&io.borrow().out).into_owned();
    (out, result.err())
}
