import { describe, expect, it } from "vitest";
import { demoAllowed } from "./demo-access";

const onThisMachine = { enabled: true, originIsLoopback: true, socketAddress: "127.0.0.1", host: "localhost:3000" };

describe("the demo's doors (demo sign-in, outbox)", () => {
  it("open for a person on the same machine", () => {
    expect(demoAllowed(onThisMachine)).toBe(true);
    expect(demoAllowed({ ...onThisMachine, socketAddress: "::1", host: "[::1]:3000" })).toBe(true);
    expect(demoAllowed({ ...onThisMachine, socketAddress: "::ffff:127.0.0.1" })).toBe(true);
  });

  it("stay shut for a request from the network, whatever Host it names", () => {
    expect(demoAllowed({ ...onThisMachine, socketAddress: "192.0.2.51" })).toBe(false);
    expect(demoAllowed({ ...onThisMachine, socketAddress: null })).toBe(false);
  });

  it("stay shut for a non-loopback Host, even from this machine", () => {
    expect(demoAllowed({ ...onThisMachine, host: "evil.example" })).toBe(false);
    expect(demoAllowed({ ...onThisMachine, host: "localhost.evil.example" })).toBe(false);
    expect(demoAllowed({ ...onThisMachine, host: null })).toBe(false);
  });

  it("stay shut when the site's origin is not this machine, or the switch is off", () => {
    expect(demoAllowed({ ...onThisMachine, originIsLoopback: false })).toBe(false);
    expect(demoAllowed({ ...onThisMachine, enabled: false })).toBe(false);
  });
});
