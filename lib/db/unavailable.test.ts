import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a stopped or restarting PostgreSQL however deeply Prisma wraps it", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable({ message: "x", cause: { kind: "postgres", code: "57P01" } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P1017", message: "Server has closed the connection." })).toBe(true);
    expect(isDatabaseUnavailable({ message: "wrapped", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([Object.assign(new Error(""), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("counts a pool with no connection free in time as unavailable (nothing was written)", () => {
    expect(
      isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." }),
    ).toBe(true);
  });

  it("leaves real faults alone", () => {
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ cause: { code: "23505" } })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
