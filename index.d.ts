/**
 * montybox: a sandboxed Python interpreter for Node.js.
 *
 * Run LLM-written Python that calls your tools, in-process, with CPython 3.11's semantics and
 * nothing reachable but what you pass in.
 */

/**
 * A value crossing between JavaScript and Python.
 *
 * JS -> Python: `null`/`undefined` -> `None`; `boolean` -> `bool`; integral `number` up to 2**53
 * -> `int`, other numbers -> `float`; `bigint` -> `int`; `string` -> `str`;
 * `Uint8Array`/`Buffer`/`ArrayBuffer` -> `bytes`; `Array` -> `list`; `Map` -> `dict`;
 * `Set` -> `set`; plain object -> `dict` with `str` keys; objects with `toJSON()` (such as
 * `Date`) -> what it returns. Functions, symbols, class instances, cycles and nesting deeper
 * than 200 levels are refused with a `TypeError`.
 *
 * Python -> JS: `None` -> `null`; `bool`; `int` -> `number` (`bigint` beyond 2**53); `float` ->
 * `number`; `str`; `bytes`/`bytearray` -> `Uint8Array`; `list`/`tuple` -> `Array`; `dict` with
 * only `str` keys -> plain object, other `dict` -> `Map`; `set`/`frozenset` -> `Set`.
 */
export type PyValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PyValue[]
  | Map<PyValue, PyValue>
  | Set<PyValue>
  | { [key: string]: PyValue }

/** What JS may pass into Python (inputs, return values of external functions). */
export type JsInput =
  | undefined
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | ArrayBuffer
  | { toJSON(): JsInput }
  | JsInput[]
  | Map<JsInput, JsInput>
  | Set<JsInput>
  | { [key: string]: JsInput }

/**
 * A host function the program can call. Positional arguments arrive in order; keyword
 * arguments, when given, arrive as one trailing plain object. It may return a value or a
 * promise. A thrown or rejected error becomes a Python exception whose type is the error's
 * `name` when that names a Python built-in exception (`ValueError`, `TypeError`, `KeyError`,
 * `TimeoutError`, ...), else `RuntimeError`, with the error's `message`.
 */
// biome-ignore lint/suspicious/noExplicitAny: tools declare their own parameter types
export type ExternalFunction = (...args: any[]) => JsInput | Promise<JsInput>

/**
 * Resource limits. A missing key keeps the default; `null` turns that limit off.
 * Defaults: 30 s of compute (`maxDurationMs: 30000`), 256 MiB of heap
 * (`maxMemoryBytes: 268435456`), no allocation count limit, recursion depth 1000.
 * A breach rejects with `MontyResourceError` (Python code cannot catch it), except the
 * recursion depth, which is Python's own catchable `RecursionError`.
 */
export interface ResourceLimits {
  /** Time the program may compute, in milliseconds (time waiting for host calls is not counted unless `wallClock`). */
  maxDurationMs?: number | null
  /** Bytes the program's heap may hold. */
  maxMemoryBytes?: number | null
  /** Heap objects the program may allocate in total. */
  maxAllocations?: number | null
  /** Python call depth at which `RecursionError` is raised. */
  maxRecursionDepth?: number | null
  /** Count wall time, including waiting for host calls, against `maxDurationMs`. Default false. */
  wallClock?: boolean
}

/**
 * Operating-system access the host grants the program. Everything is denied by default: without
 * a grant, `time.time()`, `datetime.now()`, `random` without a seed, `uuid.uuid4()` and
 * `os.urandom()` raise `PermissionError`, and `os.environ` is empty. `time.sleep` is never
 * granted in Node (it would block the thread): programs use `await asyncio.sleep()`.
 */
export interface HostGrants {
  /** `true` for the machine's clock, or a fixed instant in seconds since the Unix epoch. */
  clock?: boolean | number
  /** OS randomness for seeding `random`, `uuid.uuid4()` and `os.urandom()`. */
  random?: boolean
  /** The contents of `os.environ`. */
  environ?: Record<string, string>
  /** `sys.argv`. */
  argv?: string[]
}

/** Options of `runMonty`. */
export interface RunMontyOptions {
  /** Global variables for the program. */
  inputs?: Record<string, JsInput>
  /** Host functions the program can call, by name. */
  externalFunctions?: Record<string, ExternalFunction>
  /** Receives each `print()` write (text including the line ending). Default: `process.stdout.write`. */
  print?: (text: string) => void
  /** Resource limits. */
  limits?: ResourceLimits
  /** Clock, randomness and environment the program may use (all denied by default). */
  grants?: HostGrants
  /** The file name tracebacks show. Default `'main.py'`. */
  scriptName?: string
  /** Cancels the run: it rejects with `MontyCancelledError`. */
  signal?: AbortSignal
}

/**
 * Runs Python `code` and resolves with the value of its last expression statement (`null` when
 * the last statement is not an expression). Calls to external functions are promises on the
 * event loop; the calls of an `asyncio.gather` are in flight together.
 *
 * @throws {MontySyntaxError} the code does not compile
 * @throws {MontyRuntimeError} a Python exception escaped
 * @throws {MontyResourceError} a limit was exceeded
 * @throws {MontyCancelledError} the signal aborted
 * @throws {TypeError} an option or value could not be used
 */
export declare function runMonty(code: string, options?: RunMontyOptions): Promise<PyValue>

/** Options of `new Monty()`. */
export interface MontyOptions {
  /** The file name tracebacks show. Default `'main.py'`. */
  scriptName?: string
  /** Names of the global variables `run`/`start` will supply. */
  inputs?: string[]
  /** Names of the host functions `start()` declares (for `run`/`runAsync`, the keys of `externalFunctions` are added). */
  externalFunctions?: string[]
}

/** Options of `Monty.run`. */
export interface RunOptions {
  inputs?: Record<string, JsInput>
  /** Synchronous host functions (a returned promise is an error; use `runAsync`). */
  // biome-ignore lint/suspicious/noExplicitAny: tools declare their own parameter types
  externalFunctions?: Record<string, (...args: any[]) => JsInput>
  limits?: ResourceLimits
  grants?: HostGrants
  print?: (text: string) => void
}

/** Options of `Monty.start`. */
export interface StartOptions {
  inputs?: Record<string, JsInput>
  limits?: ResourceLimits
  grants?: HostGrants
  print?: (text: string) => void
}

/** Options of loading a snapshot (what a snapshot does not hold). */
export interface SnapshotLoadOptions {
  print?: (text: string) => void
  limits?: ResourceLimits
  /** Grants are not part of a snapshot: give them again when loading. */
  grants?: HostGrants
}

/** A Python exception to raise at a call. */
export interface ExceptionInput {
  /** A Python built-in exception type name; anything else becomes `RuntimeError`. */
  type: string
  message: string
}

/** How to answer a paused call. */
export type ResumeOptions =
  | { returnValue: JsInput }
  | { exception: ExceptionInput }
  /** The result comes later: the program continues; settle it from the `MontyFutureSnapshot`. */
  | { future: true }

/** The outcome of `start()`/`resume()`. */
export type Progress = MontySnapshot | MontyFutureSnapshot | MontyComplete

/** A compiled program: compile once, run many times, step through pauses. */
export declare class Monty {
  /** @throws {MontySyntaxError} */
  constructor(code: string, options?: MontyOptions)
  readonly scriptName: string
  readonly inputs: string[]
  readonly externalFunctions: string[]
  /** Runs synchronously with synchronous external functions. */
  run(options?: RunOptions): PyValue
  /** Runs with sync or async external functions, like `runMonty` without recompiling. */
  runAsync(options?: RunMontyOptions): Promise<PyValue>
  /** Starts and returns where the program stopped. */
  start(options?: StartOptions): Progress
  /** The compiled program as bytes. */
  dump(): Uint8Array
  /** Loads a program made by `dump()`; throws `TypeError` on foreign or damaged bytes. */
  static load(bytes: Uint8Array, options?: { externalFunctions?: string[] }): Monty
  /** The bytecode listing. */
  disassemble(): string
  repr(): string
}

/** A run paused at a call of an external function. */
export declare class MontySnapshot {
  readonly scriptName: string
  readonly callId: number
  readonly functionName: string
  readonly args: PyValue[]
  readonly kwargs: Record<string, PyValue>
  /** Answers the call and continues; a snapshot resumes once. */
  resume(answer: ResumeOptions): Progress
  /** The paused run as bytes (program, heap, frames, tasks). */
  dump(): Uint8Array
  static load(bytes: Uint8Array, options?: SnapshotLoadOptions): MontySnapshot
  repr(): string
}

/** A run whose tasks all wait on calls that were answered `{ future: true }`. */
export declare class MontyFutureSnapshot {
  readonly scriptName: string
  readonly pendingCallIds: number[]
  /** Settles some or all pending calls and continues. */
  resume(options: { results: Record<number, { returnValue: JsInput } | { exception: ExceptionInput }> }): Progress
  dump(): Uint8Array
  static load(bytes: Uint8Array, options?: SnapshotLoadOptions): MontyFutureSnapshot
  repr(): string
}

/** A finished run. */
export declare class MontyComplete {
  /** The value of the program's last expression statement. */
  readonly output: PyValue
  repr(): string
}

/** Loads a paused run (either kind of snapshot); throws `TypeError` on foreign or damaged bytes. */
export declare function loadSnapshot(
  bytes: Uint8Array,
  options?: SnapshotLoadOptions,
): MontySnapshot | MontyFutureSnapshot

/** One frame of a Python traceback. */
export interface Frame {
  filename: string
  /** 1-based. */
  line: number
  /** 1-based column of the failing expression. */
  column: number
  endLine: number
  endColumn: number
  /** `null` for module-level code. */
  functionName: string | null
  sourceLine: string | null
}

/** Base class of every error montybox raises for a program. */
export declare class MontyError extends Error {}

/** The source failed to compile. `message` is the last line CPython prints (`SyntaxError: invalid syntax`). */
export declare class MontySyntaxError extends MontyError {
  /** `'SyntaxError'`, `'IndentationError'` or `'TabError'`. */
  readonly type: string
  /** `str(exc)`. */
  readonly pythonMessage: string
  /** The report exactly as CPython prints it. */
  readonly traceback: string
  readonly frames: Frame[]
  readonly exception: { type: string; message: string }
  display(format?: 'traceback' | 'type-msg' | 'msg'): string
}

/** A Python exception escaped the program. `message` is the last line CPython prints (`ValueError: bad`). */
export declare class MontyRuntimeError extends MontyError {
  /** The Python exception type name (`'ValueError'`, or a user class name). */
  readonly type: string
  /** `str(exc)`. */
  readonly pythonMessage: string
  /** The full report CPython prints: traceback, chained exceptions, final line. */
  readonly traceback: string
  /** The frames of the traceback, outermost first. */
  readonly frames: Frame[]
  readonly exception: { type: string; message: string }
  display(format?: 'traceback' | 'type-msg' | 'msg'): string
}

/** A resource limit was exceeded. Python code cannot catch this. */
export declare class MontyResourceError extends MontyError {
  readonly kind: 'duration' | 'memory' | 'allocations' | 'recursion'
}

/** The run was cancelled through its `AbortSignal`. */
export declare class MontyCancelledError extends MontyError {
  /** The signal's `reason`, when there was one. */
  readonly reason?: unknown
}
