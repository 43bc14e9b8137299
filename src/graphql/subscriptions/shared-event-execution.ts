import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** Given an event stream and how to answer each event, returns the stream of answers; ending it ends the source at once. */
function mapEvents(
  source: AsyncIterator<unknown>,
  answer: (event: unknown) => Result,
): AsyncGenerator<ExecutionResult> {
  const stream: AsyncGenerator<ExecutionResult> = {
    async next() {
      const event = await source.next();
      return event.done
        ? { done: true, value: undefined }
        : { done: false, value: await answer(event.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

/**
 * Given how to name a subscription's operation (its document, operation name and variables), returns
 * a `subscribe` for graphql-ws that executes each event once per operation: a thousand subscribers
 * of the same operation that receive the same event object share one execution and its result.
 * Sound because subscriptions are public reads whose answer depends on the event and the operation
 * only, never on who asks. Events that are not objects are executed for each subscriber.
 */
export function sharedEventExecution(operationKey: (args: ExecutionArgs) => string) {
  const answers = new WeakMap<object, Map<string, Result>>();
  return async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const events = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in events)) return events;
    const key = operationKey(args);
    return mapEvents(events[Symbol.asyncIterator](), (event) => {
      if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
      let byOperation = answers.get(event);
      if (!byOperation) answers.set(event, (byOperation = new Map()));
      let answer = byOperation.get(key);
      if (!answer) byOperation.set(key, (answer = execute({ ...args, rootValue: event })));
      return answer;
    });
  };
}
