//! The examples gallery's content: every code example of the seed texts
//! first, then concepts and common mistakes, each with a title and a
//! one-paragraph explanation in Korean and English.
//!
//! Every example IS a conformance script (`tests/conformance/NNN_*.py`,
//! included by path), so CPython's recorded output sits beside it. The
//! badge is earned: `tests/gallery_matches_cpython.rs` runs each example as
//! the page does and compares with that recording; it fails if a badged
//! example differs, or if an unbadged one has come to match (so the flag
//! stays true, like `KNOWN_FAILURES`).

use crate::i18n::Lang;

/// Which shelf of the gallery an example sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// A code example of the seed texts.
    Seeds,
    /// One asyncio concept.
    Concepts,
    /// A mistake learners make, and what it does.
    Mistakes,
}

/// One gallery example.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    /// Stable id (storage, test names, `data-example` in the page).
    pub id: &'static str,
    /// Its shelf.
    pub group: Group,
    /// The conformance script's stem (`505_async_seed_hello_world_run`).
    pub corpus: &'static str,
    /// The script, exactly as the corpus holds it.
    pub source: &'static str,
    /// What `input()` reads (the corpus script's `.in`).
    pub stdin: &'static str,
    /// Title: Korean, English.
    pub title: [&'static str; 2],
    /// Explanation: Korean, English.
    pub about: [&'static str; 2],
    /// Whether it shows the "matches CPython 3.11" badge (checked by test).
    pub matches_cpython: bool,
}

impl Example {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &'static str {
        self.title[lang_index(lang)]
    }

    /// The explanation in `lang`.
    pub fn about(&self, lang: Lang) -> &'static str {
        self.about[lang_index(lang)]
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 0,
        Lang::En => 1,
    }
}

macro_rules! example {
    ($id:literal, $group:ident, $corpus:literal, stdin: $stdin:expr, badge: $badge:literal,
     [$title_ko:literal, $title_en:literal], [$about_ko:literal, $about_en:literal]) => {
        Example {
            id: $id,
            group: Group::$group,
            corpus: $corpus,
            source: include_str!(concat!("../../../tests/conformance/", $corpus, ".py")),
            stdin: $stdin,
            title: [$title_ko, $title_en],
            about: [$about_ko, $about_en],
            matches_cpython: $badge,
        }
    };
    ($id:literal, $group:ident, $corpus:literal, badge: $badge:literal,
     [$title_ko:literal, $title_en:literal], [$about_ko:literal, $about_en:literal]) => {
        example!($id, $group, $corpus, stdin: "", badge: $badge, [$title_ko, $title_en], [$about_ko, $about_en])
    };
}

/// The gallery, in display order.
pub const EXAMPLES: &[Example] = &[
    // === The seed texts' examples ===
    example!("cpu-bound", Seeds, "500_async_seed_cpu_bound", badge: true,
        ["CPU 바운드 함수", "A CPU-bound function"],
        ["세 겹 반복문으로 큰 정수를 곱하는 함수입니다. 계산만 하고 기다리는 일이 없으니 CPU가 쉬지 않습니다. 이상적인 시계(명령어 비용 0)에서는 시간이 흐르지 않아 소요 시간이 0으로 나옵니다.",
         "Three nested loops multiplying big integers: pure computation, no waiting, so the CPU never rests. On the ideal clock (instruction cost 0) no time passes, so the elapsed time prints as 0."]),
    example!("io-bound", Seeds, "501_async_seed_io_bound",
        stdin: include_str!("../../../tests/conformance/501_async_seed_io_bound.in"), badge: true,
        ["I/O 바운드 함수 (input)", "An I/O-bound function (input)"],
        ["input()은 한 줄이 들어올 때까지 멈춰 기다립니다: 프로그램이 CPU가 아니라 입력을 기다리는 I/O 바운드 작업입니다. 읽을 줄은 옵션의 표준 입력에서 옵니다.",
         "input() stops and waits until a line arrives: the program waits on input, not on the CPU, which is what I/O-bound means. The lines it reads come from Standard input in the options."]),
    example!("sync-delivery", Seeds, "502_async_seed_sync_delivery", badge: true,
        ["동기 배달", "Synchronous delivery"],
        ["time.sleep으로 손님이 식사하는 시간을 기다리면 배달원은 그동안 아무것도 못 합니다. 세 배달이 차례로 이어져 3 + 3 + 4 = 10초가 걸립니다.",
         "Waiting out each meal with time.sleep, the courier can do nothing else meanwhile. The three deliveries happen one after another: 3 + 3 + 4 = 10 seconds."]),
    example!("async-delivery", Seeds, "503_async_seed_async_delivery", badge: true,
        ["비동기 배달", "Asynchronous delivery"],
        ["await asyncio.sleep으로 기다리는 동안 이벤트 루프가 다른 배달을 진행합니다. gather로 세 배달이 겹쳐서 가장 긴 4초만 걸립니다.",
         "While one delivery awaits asyncio.sleep, the event loop moves the others on. Under gather the three overlap, so it all takes only the longest one: 4 seconds."]),
    example!("delivery-compare", Seeds, "504_async_seed_delivery_compare", badge: true,
        ["동기와 비동기 배달 비교", "Sync and async delivery compared"],
        ["같은 주문을 동기(10초)와 비동기(4초)로 처리하고 경과 시간과 몇 배 빠른지를 출력합니다. 가상 시계라서 경과 시간이 정확한 값으로 나옵니다.",
         "The same orders handled synchronously (10 s) and asynchronously (4 s), printing both elapsed times and the speed-up. On the virtual clock the times come out exact."]),
    example!("hello-world", Seeds, "505_async_seed_hello_world_run", badge: true,
        ["asyncio.run으로 hello world", "hello world with asyncio.run"],
        ["async def로 만든 코루틴은 asyncio.run에 넘겨야 실행됩니다. asyncio.run은 코루틴이 반환한 값(123)을 돌려줍니다.",
         "A coroutine made by async def runs only when handed to asyncio.run, which returns the coroutine's return value (123)."]),
    example!("hello-never-awaited", Seeds, "506_async_seed_hello_never_awaited", badge: true,
        ["await 없이 코루틴 호출", "Calling a coroutine without await"],
        ["코루틴 함수를 그냥 부르면 코루틴 객체만 만들어지고 본문은 실행되지 않습니다. 객체가 버려질 때 CPython은 'was never awaited' 경고를 냅니다.",
         "Calling a coroutine function only makes a coroutine object; its body does not run. When the object is thrown away CPython warns that it 'was never awaited'."]),
    example!("await-outside", Seeds, "507_async_seed_await_outside_function", badge: true,
        ["함수 밖의 await", "await outside a function"],
        ["await는 async def 안에서만 쓸 수 있습니다. 모듈 최상위에서 쓰면 실행 전에 SyntaxError가 나고, 편집기가 그 위치에 밑줄을 긋습니다.",
         "await is allowed only inside async def. At module level it is a SyntaxError before anything runs, and the editor underlines where."]),
    example!("await-print", Seeds, "508_async_seed_await_print_typeerror", badge: true,
        ["print를 await하기", "Awaiting print"],
        ["print는 None을 반환하는 보통 함수라서 await할 수 없습니다: TypeError가 납니다. 트레이스백의 main.py 줄을 누르면 편집기의 그 줄로 갑니다.",
         "print is an ordinary function returning None, and None cannot be awaited: TypeError. Click a traceback line of main.py to jump to it in the editor."]),
    example!("handle-clients", Seeds, "509_async_seed_handle_clients", badge: true,
        ["두 클라이언트 동시 처리", "Two clients at once"],
        ["서버가 두 요청을 gather로 동시에 처리합니다. I/O가 짧은 클라이언트 2(1초)가 클라이언트 1(3초)보다 먼저 끝납니다.",
         "A server handles two requests concurrently with gather. Client 2, whose I/O is short (1 s), finishes before client 1 (3 s)."]),
    example!("handle-clients-timed", Seeds, "510_async_seed_handle_clients_timed", badge: true,
        ["동시 처리와 순차 처리의 시각", "Concurrent and sequential, timed"],
        ["loop.time()으로 각 단계의 시각을 찍습니다. gather로는 3초, 차례로 await하면 4초가 걸립니다.",
         "loop.time() stamps each step. Under gather it takes 3 s; awaiting one after the other takes 4 s."]),
    example!("nested-not-awaited", Seeds, "511_async_seed_nested_not_awaited", badge: true,
        ["await하지 않은 nested()", "nested() without await"],
        ["nested()만 부르면 실행되지 않고 경고가 납니다. await nested()라고 써야 실행되어 42를 돌려줍니다.",
         "Just calling nested() runs nothing and warns. Writing await nested() runs it and gives 42."]),
    example!("nested-task", Seeds, "512_async_seed_nested_task", badge: true,
        ["create_task로 예약하기", "Scheduling with create_task"],
        ["create_task는 코루틴을 태스크로 감싸 이벤트 루프에 예약합니다. 태스크는 main이 처음 양보할 때(await task) 실행됩니다.",
         "create_task wraps the coroutine in a Task and schedules it on the event loop. The task runs when main first yields (await task)."]),
    example!("say-after-sequential", Seeds, "513_async_seed_say_after_sequential", badge: true,
        ["say_after를 차례로 await", "say_after awaited in turn"],
        ["코루틴을 하나씩 await하면 차례로 실행됩니다: 1초 + 2초 = 3초. 시각은 가상 시계의 UTC입니다.",
         "Awaiting coroutines one at a time runs them in turn: 1 s + 2 s = 3 s. The clock times are the virtual clock's, in UTC."]),
    example!("say-after-tasks", Seeds, "514_async_seed_say_after_tasks", badge: true,
        ["say_after를 태스크로", "say_after as tasks"],
        ["두 코루틴을 먼저 태스크로 만들면 동시에 진행되어 2초(가장 긴 쪽)에 끝납니다. 타임라인에서 두 레인이 겹치는 것을 보세요.",
         "Making both coroutines tasks first lets them run concurrently, finishing in 2 s (the longer one). See the two lanes overlap in the Timeline."]),
    example!("coroutine-types", Seeds, "515_async_seed_coroutine_types", badge: true,
        ["코루틴 함수와 코루틴 객체", "Coroutine function and coroutine object"],
        ["async def f는 보통 function이고, f()가 돌려주는 것이 coroutine 객체입니다. 끝까지 쓰지 않은 코루틴은 종료 때 경고를 남깁니다.",
         "async def f is a plain function; what f() returns is a coroutine object. A coroutine never used warns at shutdown."]),
    example!("subroutine-vs-coroutine", Seeds, "516_async_seed_subroutine_vs_coroutine", badge: true,
        ["서브루틴과 코루틴", "Subroutine and coroutine"],
        ["서브루틴은 부르는 즉시 실행되지만, 코루틴은 불러도 본문이 실행되지 않습니다 — 'never awaited' 경고만 납니다.",
         "A subroutine runs as soon as it is called; calling a coroutine runs nothing of its body — only the 'never awaited' warning."]),
    example!("send-stopiteration", Seeds, "517_async_seed_send_stopiteration", badge: true,
        ["send(None)과 StopIteration", "send(None) and StopIteration"],
        ["이벤트 루프가 하는 일을 손으로 해 봅니다: coro.send(None)으로 코루틴을 진행시키면, 반환할 때 StopIteration이 그 값을 싣고 나옵니다.",
         "Doing by hand what the event loop does: coro.send(None) advances the coroutine, and when it returns, StopIteration carries the value out."]),
    example!("coro-throw", Seeds, "518_async_seed_coro_throw", badge: true,
        ["coro.throw로 예외 던지기", "Throwing into a coroutine"],
        ["coro.throw는 코루틴이 멈춘 곳에 예외를 던집니다. task.cancel()도 이렇게 CancelledError를 던지는 방식으로 동작합니다.",
         "coro.throw raises an exception where the coroutine is paused. task.cancel() works this way, throwing CancelledError in."]),
    example!("run-forever", Seeds, "519_async_seed_loop_run_forever", badge: true,
        ["이벤트 루프와 run_forever", "The event loop and run_forever"],
        ["loop.create_task로 두 코루틴을 예약하고 run_forever로 루프를 돌립니다. 원문은 영원히 돌지만 여기서는 3초 뒤 loop.stop으로 멈춥니다.",
         "loop.create_task schedules two coroutines and run_forever turns the loop. The original runs forever; here loop.stop ends it after 3 s."]),
    // === Concepts ===
    example!("queue", Concepts, "560_async_queue_producer_consumer", badge: true,
        ["큐: 생산자와 소비자", "Queue: producer and consumer"],
        ["asyncio.Queue로 생산자와 소비자를 잇습니다. get()은 항목이 올 때까지 기다리고, task_done()과 join()으로 모든 일이 끝났는지 압니다.",
         "An asyncio.Queue links a producer and a consumer. get() waits for an item; task_done() and join() tell when all the work is done."]),
    example!("lock", Concepts, "566_async_lock", badge: true,
        ["락으로 보호하기", "Protecting with a Lock"],
        ["읽고-기다리고-쓰는 작업을 asyncio.Lock으로 감싸면 한 번에 한 태스크만 들어갑니다. 기다리는 태스크는 온 순서대로 락을 얻습니다.",
         "Wrapping a read-wait-write in an asyncio.Lock lets one task in at a time. Waiting tasks get the lock in the order they came."]),
    example!("race", Concepts, "567_async_race_without_lock", badge: true,
        ["락 없는 경쟁 상태", "A race without a lock"],
        ["같은 작업을 락 없이 하면 모든 태스크가 누가 쓰기 전에 옛 잔액을 읽어서, 출금이 사라집니다. 스레드가 없어도 await 사이에서 경쟁이 생깁니다.",
         "Without the lock every task reads the old balance before anyone writes, so withdrawals are lost. No threads needed: the race happens across awaits."]),
    example!("timeout", Concepts, "553_async_timeout_cm", badge: true,
        ["asyncio.timeout", "asyncio.timeout"],
        ["async with asyncio.timeout(d)는 시간이 다 되면 본문을 취소하고 블록 끝에서 TimeoutError를 냅니다. 제시간에 끝나면 아무 일도 없습니다.",
         "async with asyncio.timeout(d) cancels the body when time runs out and raises TimeoutError at the block's end. Finishing in time changes nothing."]),
    example!("wait-for", Concepts, "551_async_wait_for_timeout", badge: true,
        ["wait_for와 시간 초과", "wait_for and timeouts"],
        ["wait_for는 제시간에 끝나면 결과를 주고, 아니면 안쪽 작업을 취소하고 TimeoutError를 냅니다. 3.11에서 asyncio.TimeoutError는 내장 TimeoutError와 같습니다.",
         "wait_for returns the result in time, or cancels the inner work and raises TimeoutError. In 3.11 asyncio.TimeoutError is the builtin TimeoutError."]),
    example!("cancel", Concepts, "530_async_cancel_message", badge: true,
        ["태스크 취소", "Cancelling a task"],
        ["task.cancel(msg)는 태스크가 기다리던 곳에 CancelledError를 던집니다. 메시지는 안과 밖 모두에서 e.args로 보입니다.",
         "task.cancel(msg) throws CancelledError where the task waits. The message shows in e.args both inside the task and to whoever awaits it."]),
    example!("cancel-finally", Concepts, "533_async_cancel_finally", badge: true,
        ["취소와 finally 정리", "Cancellation and finally"],
        ["취소되어도 finally 블록은 안쪽부터 실행되고, 그 안에서 await도 할 수 있습니다. 정리가 끝난 뒤에야 기다리던 쪽이 CancelledError를 봅니다.",
         "A cancelled task still runs its finally blocks, innermost first, and may await inside them. Only after the cleanup does the awaiter see CancelledError."]),
    example!("taskgroup", Concepts, "573_async_taskgroup_basic", badge: true,
        ["TaskGroup", "TaskGroup"],
        ["async with asyncio.TaskGroup()은 그 안에서 만든 모든 태스크가 끝날 때까지 블록 끝에서 기다립니다. 결과는 그 뒤에 읽습니다.",
         "async with asyncio.TaskGroup() waits at the end of the block for every task created in it; read the results afterwards."]),
    example!("taskgroup-error", Concepts, "574_async_taskgroup_error", badge: true,
        ["TaskGroup의 오류", "An error in a TaskGroup"],
        ["한 태스크가 실패하면 TaskGroup은 나머지를 취소하고 ExceptionGroup을 냅니다. 빠른 작업은 이미 끝났고 느린 작업은 취소됩니다.",
         "When one task fails the TaskGroup cancels the others and raises an ExceptionGroup. The quick job has already finished; the slow one is cancelled."]),
    example!("threads", Concepts, "680_async_thread_run_in_executor", badge: true,
        ["스레드에서 블로킹 함수 실행", "Blocking functions in threads"],
        ["loop.run_in_executor는 블로킹 함수를 스레드 풀에서 실행해 이벤트 루프를 막지 않습니다. gather는 결과를 넘긴 순서대로 돌려줍니다.",
         "loop.run_in_executor runs a blocking function in the thread pool so the event loop is not blocked. gather returns the results in the order given."]),
    example!("threads-vs-processes", Concepts, "800_async_gallery_threads_vs_processes", badge: true,
        ["스레드와 프로세스", "Threads vs processes"],
        ["기다리는 일(time.sleep)은 스레드로 충분하고, 계산하는 일은 GIL을 피하려고 ProcessPoolExecutor의 프로세스에 맡깁니다. 둘 다 run_in_executor로 await합니다.",
         "Waiting work (time.sleep) is fine in threads; computing work goes to ProcessPoolExecutor's processes to get around the GIL. Both are awaited through run_in_executor."]),
    example!("cpu-vs-io", Concepts, "587_async_blocking_cpu_loop", badge: true,
        ["CPU 바운드와 I/O 바운드", "CPU-bound vs I/O-bound"],
        ["I/O를 기다리는 태스크는 await마다 양보하지만, 계산만 하는 코루틴은 끝날 때까지 양보하지 않습니다. 다른 태스크는 계산이 끝나야 다시 돕니다.",
         "Tasks waiting on I/O yield at every await, but a coroutine that only computes never yields until it is done; the others run again only after it."]),
    // === Common mistakes ===
    example!("never-awaited", Mistakes, "301_coro_never_awaited", badge: true,
        ["await를 잊은 코루틴", "A coroutine never awaited"],
        ["코루틴을 부르고 await하지 않으면 본문이 실행되지 않고, 경고만 stderr에 남습니다. 고치려면 await를 붙이거나 create_task로 넘기세요.",
         "Call a coroutine without awaiting it and its body never runs; only a warning appears on stderr. Fix: add await, or hand it to create_task."]),
    example!("time-sleep", Mistakes, "586_async_blocking_time_sleep", badge: true,
        ["async 코드 안의 time.sleep", "time.sleep in async code"],
        ["코루틴 안의 time.sleep은 이벤트 루프 전체를 멈춥니다: 그동안 다른 태스크의 tick이 멈춥니다. await asyncio.sleep을 쓰면 루프가 계속 돕니다.",
         "time.sleep inside a coroutine stops the whole event loop: the other task's ticks stall meanwhile. await asyncio.sleep keeps the loop turning."]),
    example!("sequential-awaits", Mistakes, "588_async_sequential_vs_tasks", badge: true,
        ["태스크로 했어야 할 순차 await", "Sequential awaits that should be tasks"],
        ["코루틴을 하나씩 await하면 시간이 더해집니다(6초). 먼저 태스크로 만들어 두면 겹쳐서 가장 긴 것(3초)만 걸립니다.",
         "Awaiting coroutines one by one adds their times (6 s). Creating tasks first overlaps them, so it takes only the longest (3 s)."]),
];
