import "server-only";
// Limits on what anyone can trigger repeatedly: sign-in emails (per address) and reports.
// In memory (rate-limiter-flexible): one app process; a restart forgives everyone, which is fine.
import { RateLimiterMemory } from "rate-limiter-flexible";

const limiters = {
  signInEmail: new RateLimiterMemory({ keyPrefix: "sign-in", points: 5, duration: 15 * 60 }),
  report: new RateLimiterMemory({ keyPrefix: "report", points: 20, duration: 60 * 60 }),
};

/** True when this key may go on; false when it used up its allowance. */
export async function withinLimit(kind: keyof typeof limiters, key: string): Promise<boolean> {
  try {
    await limiters[kind].consume(key.toLowerCase());
    return true;
  } catch {
    return false;
  }
}
