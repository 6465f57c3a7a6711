// Runs once when the Next.js server starts. Says loudly when demo sign-in is on, whoever
// started the server (npm start prints it too): on a production build it must be a choice.
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (["1", "true", "yes"].includes((process.env.DEMO_SIGN_IN ?? "").toLowerCase())) {
    console.warn(
      `⚠⚠ DEMO_SIGN_IN is on (${process.env.NODE_ENV} build): anyone can sign in as a demo account. ` +
        "Unset it for any installation real people use.",
    );
  }
}
