"use client";
// The value of a once-only loader (basemap.ts) for a component: null until it arrives, and
// stays null if it fails (the map works without it). A null loader loads nothing yet.
import { useEffect, useState } from "react";

export function useLoaded<T>(load: (() => Promise<T>) | null): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => live && setData(value),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [load]);
  return data;
}
