import type { Logger } from '../shared/log.js';
import type { Clock, PhaseRecord } from './types.js';

/** Runs each lifecycle phase as a log group and records its duration for outputs and summary. */
export class Phases {
  readonly records: PhaseRecord[] = [];

  constructor(
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const title = `${this.records.length + 1}. ${name}`;
    return this.log.group(title, async () => {
      const started = this.clock.now();
      try {
        const result = await fn();
        const ms = this.clock.now() - started;
        this.records.push({ name, ms, ok: true });
        this.log.info(`✓ ${name} (${ms} ms)`);
        return result;
      } catch (error) {
        const ms = this.clock.now() - started;
        this.records.push({ name, ms, ok: false });
        this.log.info(`✗ ${name} failed after ${ms} ms`);
        throw error;
      }
    });
  }
}
