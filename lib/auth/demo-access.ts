// Who may see the demo's doors (demo sign-in, the outbox): a pure rule, so it can be tested
// without a request. See lib/auth/demo-sign-in.ts.
import { hostnameOf, isLoopbackAddress, isLoopbackHostname } from "@/lib/site/origin";

/** The switch is on, the origin is loopback, and socket and Host both are too. */
export function demoAllowed(input: {
  enabled: boolean;
  originIsLoopback: boolean;
  socketAddress: string | null;
  host: string | null;
}): boolean {
  return (
    input.enabled &&
    input.originIsLoopback &&
    isLoopbackAddress(input.socketAddress) &&
    input.host !== null &&
    isLoopbackHostname(hostnameOf(input.host))
  );
}
