// next-intl types every key; keys that come from data (an error code, an enum value received
// from the server) cannot be checked at compile time. This view of a translator takes any string
// and always offers `has`, so callers fall back instead of showing a raw key.
export interface LooseTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function loose(t: unknown): LooseTranslator {
  return t as LooseTranslator;
}
