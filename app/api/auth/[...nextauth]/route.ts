// next-auth's endpoints (sign-in, callback, sign-out, session, csrf). Asking for an email link
// straight through next-auth's endpoint (rather than the sign-in page's action) counts against
// the same limits, per client address and per mailbox (signInEmailKey: the address as Auth.js
// will deliver it, plus-tag folded).
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { signInEmailKey } from "@/lib/auth/sign-in-email-key";
import { clientAddress } from "@/lib/http/client-address";
import { checkLimits } from "@/lib/http/rate-limit";
import { tooManyRequests } from "@/lib/http/with-rate-limit";

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/signin/nodemailer")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get("email");
    const account = typeof email === "string" ? signInEmailKey(email) : null;
    const decision = await checkLimits("signIn", { address: await clientAddress(request.headers), account });
    if (!decision.allowed) return tooManyRequests(decision.retryAfterSeconds, "Too many sign-in requests.");
  }
  return handlers.POST(request);
}
