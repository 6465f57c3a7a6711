"use client";
// The key that makes a create form's submit count once (lib/actions/idempotency.ts): every
// request from this form instance carries it, so a double click, a retry or a resubmit is
// answered with the first one's result. Made in the browser after hydration, never in the
// server's HTML: pages served from the shared page cache would otherwise hand everyone the
// same key. Without JavaScript the field stays empty and the form works as before.
import { useEffect, useRef } from "react";

/** A version 4 UUID. crypto.randomUUID exists only on https and localhost; a plain-http address
 *  on a local network still has getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `renewAfter`: the form's last successful result, when the form stays on screen for another
 * entry; each new one gets a new key, so the next entry is not taken for a repeat of this one.
 */
export function IdempotencyKeyField({ renewAfter }: { renewAfter?: unknown }) {
  const field = useRef<HTMLInputElement>(null);
  // Written to the element, not kept in state: nothing renders from it, and a hidden input's
  // value survives the form reset React does after each action. No value or defaultValue
  // prop, or React would write it back over the key on the next render.
  useEffect(() => {
    if (field.current) field.current.value = newKey();
  }, [renewAfter]);
  return <input ref={field} type="hidden" name="idempotencyKey" />;
}
