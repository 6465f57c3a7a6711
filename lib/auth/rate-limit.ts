import "server-only";
// Limits on what anyone can trigger repeatedly: sign-in emails, claims and reports. Each is
// counted twice, per client address and per account (or, for sign-in, per email address), so
// neither a script rotating accounts nor one account on many addresses gets through. A request
// goes on only while both allowances last.
// In memory (rate-limiter-flexible): one app process; a restart forgives everyone, which is fine.
import { RateLimiterMemory } from "rate-limiter-flexible";

const minutes = (n: number) => n * 60;

const limiters = {
  signIn: {
    ip: new RateLimiterMemory({ keyPrefix: "sign-in-ip", points: 30, duration: minutes(15) }),
    account: new RateLimiterMemory({ keyPrefix: "sign-in-address", points: 5, duration: minutes(15) }),
  },
  claim: {
    ip: new RateLimiterMemory({ keyPrefix: "claim-ip", points: 30, duration: minutes(60) }),
    account: new RateLimiterMemory({ keyPrefix: "claim-account", points: 10, duration: minutes(60) }),
  },
  report: {
    ip: new RateLimiterMemory({ keyPrefix: "report-ip", points: 60, duration: minutes(60) }),
    account: new RateLimiterMemory({ keyPrefix: "report-account", points: 20, duration: minutes(60) }),
  },
};
export type LimitedAction = keyof typeof limiters;

async function consume(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key.toLowerCase());
    return true;
  } catch {
    return false;
  }
}

/**
 * True when this request may go on: it uses one point of the client address's allowance and one
 * of the account's (a user id, or the email address asking for a sign-in link). A missing address
 * (no proxy header, e.g. in tests) counts under one shared key rather than escaping the limit.
 */
export async function withinLimits(action: LimitedAction, keys: { ip: string | null; account?: string | null }): Promise<boolean> {
  const byIp = await consume(limiters[action].ip, keys.ip ?? "unknown");
  const byAccount = keys.account ? await consume(limiters[action].account, keys.account) : true;
  return byIp && byAccount;
}
