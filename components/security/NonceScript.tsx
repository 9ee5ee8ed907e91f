// An inline script the page's Content-Security-Policy lets run: it carries the
// request's nonce, which proxy.ts puts in the `x-nonce` request header. Only
// for code written in this repository, never for data.
import { headers } from "next/headers";

export async function NonceScript({ code }: { code: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
