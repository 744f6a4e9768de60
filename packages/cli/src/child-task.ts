/**
 * One task in a child process, for the steps of `build` whose memory should go back to the system
 * when they end (the site, the PDFs): the parent sends one request, the child sends messages and
 * ends. A child that throws sends its stack trace, which the parent rethrows; a child that ends
 * without finishing its task (killed, crashed) is an error too.
 */
import { fork, type Serializable } from 'node:child_process';

export type TaskFailure = { kind: 'failed'; stack: string };
type Sent<TMessage> = TMessage | TaskFailure | { kind: 'finished' };

/** A child process started before its request is known, so that it loads its modules meanwhile. */
export interface StartedChild<TMessage> {
  /** Sends the one request; resolves when the child has finished its task and ended. */
  run(request: unknown, onMessage: (message: TMessage) => void): Promise<void>;
  /** Ends a child whose request will not come. */
  cancel(): void;
  /** Ends the child whatever it is doing (the content failed its check); `run` then rejects. */
  stop(): void;
}

/** Starts the child script `script`, which waits for its request. */
export function startChildTask<TMessage>(script: URL, failureText: string): StartedChild<TMessage> {
  // No inherited flags: a test runner's would not belong in the child. What the child prints
  // itself (Astro's log lines) goes to this process's standard output and error.
  const child = fork(script, [], {
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let onMessage: ((message: TMessage) => void) | undefined;
  let finished = false;
  let failure: Error | undefined;
  child.on('message', (message: Sent<TMessage>) => {
    if (typeof message === 'object' && message !== null && 'kind' in message) {
      if (message.kind === 'finished') {
        finished = true;
        return;
      }
      if (message.kind === 'failed' && 'stack' in message) {
        failure = Object.assign(new Error(failureText), { stack: message.stack });
        return;
      }
    }
    onMessage?.(message as TMessage);
  });
  const ended = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (failure) reject(failure);
      else if (finished && code === 0) resolve();
      else reject(new Error(`${failureText}: ${signal ?? `koodi ${code}`}`));
    });
  });
  // Until `run`, an early end is only noted; `run` reports it.
  ended.catch(() => undefined);
  let sent = false;
  return {
    run(request, handler) {
      if (sent) throw new Error('startChildTask: one request per child');
      sent = true;
      onMessage = handler;
      // A child that has just ended (cancelled, crashed) refuses the request: its exit says why,
      // so the refusal goes to this callback rather than becoming the child's 'error'.
      if (child.connected) child.send(request as Serializable, () => undefined);
      return ended;
    },
    cancel() {
      if (!sent && child.exitCode === null) child.kill();
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/**
 * Runs the child script `script` with `request`; each of its messages goes to `onMessage` in
 * order. Resolves when the child has finished its task and ended.
 */
export function runChildTask<TMessage>(
  script: URL,
  request: unknown,
  onMessage: (message: TMessage) => void,
  failureText: string,
): Promise<void> {
  return startChildTask<TMessage>(script, failureText).run(request, onMessage);
}

/**
 * The child's side: takes the one request, runs `task` with a way to send messages, tells the
 * parent it finished (or how it failed) and lets the process end.
 */
export function serveChildTask<TRequest, TMessage>(
  task: (request: TRequest, send: (message: TMessage) => Promise<void>) => Promise<void>,
): void {
  const send = (message: Sent<TMessage>) =>
    new Promise<void>((done) => {
      // Structured clone (`serialization: 'advanced'`) takes any plain data the task sends.
      if (process.send) process.send(message as Serializable, undefined, undefined, () => done());
      else done();
    });
  process.once('message', async (request: TRequest) => {
    try {
      await task(request, send);
      await send({ kind: 'finished' });
    } catch (problem) {
      await send({
        kind: 'failed',
        stack: problem instanceof Error ? (problem.stack ?? problem.message) : String(problem),
      });
    } finally {
      process.disconnect();
    }
  });
}
