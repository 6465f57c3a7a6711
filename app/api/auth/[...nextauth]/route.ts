// next-auth's endpoints (sign-in, callback, sign-out, session, csrf). Asking for an email link
// straight through next-auth's endpoint (rather than the sign-in page's action) counts against
// the same limits, per client address and per email address.
import type { NextRequest } from "next/server";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { handlers } from "@/lib/auth/next-auth";
import { withinLimits } from "@/lib/auth/rate-limit";

export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname.endsWith("/signin/nodemailer")) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    const allowed = await withinLimits("signIn", { ip: clientIpFrom(request.headers), account: typeof email === "string" ? email.trim() : null });
    if (!allowed) return new Response("Too many sign-in requests. Try again in 15 minutes.", { status: 429, headers: { "Retry-After": "900" } });
  }
  return handlers.POST(request);
}
