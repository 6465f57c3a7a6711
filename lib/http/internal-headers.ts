// Request headers that only our own HTTP server (scripts/serve.mts) may set. It deletes every
// incoming header starting with INTERNAL_HEADER_PREFIX before it adds its own, so code behind it
// can trust them; nothing a client sends under these names survives.
export const INTERNAL_HEADER_PREFIX = "x-atlas-";

/** The TCP peer's address as the socket saw it (never a header a client chose). */
export const SOCKET_ADDRESS_HEADER = "x-atlas-socket-address";
