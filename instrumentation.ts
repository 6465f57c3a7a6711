// Runs once when the Next.js server starts. Says loudly when demo sign-in is on, whoever
// started the server (npm start prints it too): on a production build it must be a choice.
// Then starts sharing listings changes with the other app instances (lib/cache/broadcast.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (["1", "true", "yes"].includes((process.env.DEMO_SIGN_IN ?? "").toLowerCase())) {
    console.warn(
      `⚠⚠ DEMO_SIGN_IN is on (${process.env.NODE_ENV} build): anyone can sign in as a demo account. ` +
        "Unset it for any installation real people use.",
    );
  }
  // Not while `next build` renders pages: no server runs there to tell.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startListingsBroadcast } = await import("./lib/cache/broadcast");
  startListingsBroadcast();
}
