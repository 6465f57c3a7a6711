import { describe, expect, it, vi } from "vitest";
import {
  createBroadcast,
  decodeMessage,
  encodeMessage,
  postgresTransport,
  redisTransport,
  type Transport,
  type TransportEvents,
} from "./broadcast";

type Listener = (tags: readonly string[]) => void;

/** A broadcast on a fake broker: what it published, what it applied, what it warned about. */
function setUp(publish: (payload: string) => Promise<void> = async () => {}) {
  let events!: TransportEvents;
  let local!: Listener;
  const published: string[] = [];
  const applied: (readonly string[])[] = [];
  const warnings: unknown[] = [];
  const broadcast = createBroadcast({
    instanceId: "me",
    connect(given) {
      events = given;
      return {
        kind: "redis",
        publish: (payload) => {
          published.push(payload);
          return publish(payload);
        },
        close: async () => {},
      } satisfies Transport;
    },
    apply: (tags) => applied.push(tags),
    subscribe: (listener) => {
      local = listener;
      return () => {};
    },
    warn: (error) => warnings.push(error),
  });
  return { broadcast, events, local: (tags: string[]) => local(tags), published, applied, warnings };
}

describe("the listings broadcast", () => {
  it("applies another instance's change, with its tags", () => {
    const { events, applied } = setUp();
    events.message(encodeMessage("other", ["organization:1"]));
    expect(applied).toEqual([["organization:1"]]);
  });

  it("ignores its own messages when they come back", () => {
    const { events, applied, local, published } = setUp();
    local(["organization:1"]);
    events.message(published[0]!);
    expect(published).toHaveLength(1);
    expect(applied).toEqual([]);
  });

  it("ignores malformed messages", () => {
    const { events, applied, warnings } = setUp();
    for (const payload of [
      "",
      "not json",
      "null",
      "42",
      "[]",
      '{"tags":[]}',
      '{"from":"","tags":[]}',
      '{"from":"x","tags":"a"}',
      '{"from":"x","tags":[1]}',
    ])
      events.message(payload);
    expect(applied).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("publishes a local change with this instance's id", () => {
    const { local, published } = setUp();
    local(["community:7"]);
    expect(decodeMessage(published[0]!)).toEqual({ from: "me", tags: ["community:7"] });
  });

  it("counts everything as changed after a reconnect (messages may have been missed)", () => {
    const { events, applied } = setUp();
    events.resumed();
    expect(applied).toEqual([[]]);
  });

  it("does not throw into the writer when the broker refuses or throws", async () => {
    const refused = setUp(() => Promise.reject(new Error("Connection is closed.")));
    expect(() => refused.local(["organization:1"])).not.toThrow();
    await vi.waitFor(() => expect(refused.warnings).toHaveLength(1));

    const throwing = setUp(() => {
      throw new Error("not connected to PostgreSQL");
    });
    expect(() => throwing.local(["organization:1"])).not.toThrow();
    expect(throwing.warnings).toHaveLength(1);
  });

  it("sends a tag list too long for PostgreSQL's NOTIFY as 'everything'", () => {
    const tags = Array.from({ length: 1000 }, (_, i) => `organization:${"x".repeat(20)}${i}`);
    const payload = encodeMessage("me", tags);
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(decodeMessage(payload)).toEqual({ from: "me", tags: [] });
  });

  // Nothing listens on port 9 (discard) here: the real clients meet a refused connection.
  for (const [name, connect] of [
    ["Redis", (events: TransportEvents) => redisTransport("redis://127.0.0.1:9", events)],
    ["PostgreSQL", (events: TransportEvents) => postgresTransport("postgresql://nobody@127.0.0.1:9/none", events)],
  ] as const) {
    it(`keeps writers going while ${name} is unreachable, and closes`, async () => {
      const warnings: unknown[] = [];
      let local!: Listener;
      const broadcast = createBroadcast({
        connect,
        apply: () => {},
        subscribe: (listener) => {
          local = listener;
          return () => {};
        },
        warn: (error) => warnings.push(error),
      });
      const began = Date.now();
      expect(() => local(["organization:1"])).not.toThrow();
      expect(Date.now() - began).toBeLessThan(50);
      await vi.waitFor(() => expect(warnings.length).toBeGreaterThan(0), { timeout: 5000 });
      await broadcast.close();
    });
  }
});
