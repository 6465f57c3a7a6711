// Vitest runs outside React's server environment, where the real `server-only` throws on
// import. Tests exercise server modules directly, so the fence is replaced by a no-op here.
export {};
