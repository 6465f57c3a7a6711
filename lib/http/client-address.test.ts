import { describe, expect, it } from "vitest";
import { addressBucket, clientAddressFrom, normalizeAddress, UNKNOWN_ADDRESS } from "./client-address";
import { SOCKET_ADDRESS_HEADER } from "./internal-headers";

const request = (socket: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (socket !== null) headers.set(SOCKET_ADDRESS_HEADER, socket);
  if (forwarded !== undefined) headers.set("x-forwarded-for", forwarded);
  return headers;
};

describe("clientAddressFrom", () => {
  it("is the socket's peer without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom(request("198.51.100.4"), 0)).toBe("198.51.100.4");
    expect(clientAddressFrom(request("198.51.100.4", "1.1.1.1, 2.2.2.2"), 0)).toBe("198.51.100.4");
  });

  it("counts hops from the right: the entry our outermost proxy appended", () => {
    // client forged "6.6.6.6"; the proxy appended the client it saw (203.0.113.9); socket = proxy
    expect(clientAddressFrom(request("10.0.0.2", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(request("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("ignores empty entries and clamps to the left-most when there are fewer hops than trusted", () => {
    expect(clientAddressFrom(request("10.0.0.2", " , 203.0.113.9 ,"), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(request("10.0.0.2", "203.0.113.9"), 5)).toBe("203.0.113.9");
    expect(clientAddressFrom(request("10.0.0.2"), 3)).toBe("10.0.0.2");
  });

  it("is one shared 'unknown' without the socket header, never trusting X-Forwarded-For", () => {
    expect(clientAddressFrom(request(null, "203.0.113.9"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(request(null, "203.0.113.9"), 1)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(request(" "), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("gives IPv4-mapped IPv6 as plain IPv4", () => {
    expect(clientAddressFrom(request("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddressFrom(request("10.0.0.2", "::FFFF:203.0.113.9"), 1)).toBe("203.0.113.9");
  });
});

describe("normalizeAddress", () => {
  it("drops ports, brackets and case", () => {
    expect(normalizeAddress("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 and names as they are", () => {
    expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
    expect(addressBucket(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });

  it("puts every address of one IPv6 /64 in one bucket", () => {
    expect(addressBucket("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(addressBucket("2001:db8:0:1:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(addressBucket("2001:0db8:0000:0001::9")).toBe("2001:db8:0:1::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });

  it("leaves what is not an IPv6 address alone", () => {
    expect(addressBucket("1:2:3")).toBe("1:2:3");
    expect(addressBucket("a::b::c")).toBe("a::b::c");
  });
});
