/** The stateful stage: rules that await ports (the consent ledger), run concurrently under one deadline. */
import type { Deadline } from './_deadlines.js';
import { type ConsentUse, type Engine, TimeoutError } from './_engine-context.js';
import type { CheckedMessage, Finding, Rule } from './types.js';

/**
 * Runs the stateful rules concurrently under ONE deadline for the stage (one deadline per message, not one
 * per rule, on the policy's shared timer): a rule still pending when it fires yields a timeout finding; a rule that throws or rejects
 * yields an error finding. Findings keep the rules' order.
 */
export function runStateful(engine: Engine, stateful: readonly Rule[], message: CheckedMessage): Promise<Finding[]> {
  const { contextFor, errorFinding, checkResult } = engine;
  const { timeoutMs } = engine.settings;
  return new Promise((resolve) => {
    const results: Array<Finding[] | undefined> = new Array(stateful.length);
    const uses: ConsentUse[] = stateful.map(() => ({ pending: 0, failed: false }));
    let pending = stateful.length;
    let done = false;
    let deadline: Deadline | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      deadline?.cancel();
      const out: Finding[] = [];
      for (const [index, result] of results.entries()) {
        out.push(
          ...(result ?? [
            errorFinding(stateful[index]!, new TimeoutError(`timed out after ${timeoutMs} ms`), message, uses[index]),
          ]),
        );
      }
      resolve(out);
    };
    const settle = (index: number, findings: Finding[]) => {
      if (done) return;
      results[index] = findings;
      if (--pending === 0) finish();
    };
    for (const [index, rule] of stateful.entries()) {
      if (!rule.check) {
        settle(index, []);
        continue;
      }
      let outcome: Finding[] | Promise<Finding[]>;
      const use = uses[index]!;
      try {
        outcome = rule.check(message, contextFor(rule, message, 'check', use));
      } catch (error) {
        settle(index, [errorFinding(rule, error, message, use)]);
        continue;
      }
      Promise.resolve(outcome).then(
        (value) => settle(index, checkResult(rule, value, message)),
        (error: unknown) => settle(index, [errorFinding(rule, error, message, use)]),
      );
    }
    if (!done) deadline = engine.deadlines.add(finish);
  });
}
