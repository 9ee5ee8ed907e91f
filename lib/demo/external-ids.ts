// Platform post ids in each platform's own shape. Several are 19-digit
// snowflakes that exceed Number.MAX_SAFE_INTEGER, which is why the schema keeps
// them as text and why the demo must contain some.
import type { PlatformKey } from "@/lib/schemas/enums";
import type { Rng } from "./prng";

const DIGITS = "0123456789";
const HEX = "0123456789abcdef";
const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

function draw(rng: Rng, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(rng.next() * alphabet.length)];
  return out;
}

function externalIdShape(rng: Rng, platformKey: PlatformKey, accountNumber: string): string {
  switch (platformKey) {
    case "douyin":
    case "tiktok":
      return `7${draw(rng, DIGITS, 18)}`;
    case "x":
      return `18${draw(rng, DIGITS, 17)}`;
    case "wechat_channels":
      return `14${draw(rng, DIGITS, 17)}`;
    case "linkedin":
      return `urn:li:activity:7${draw(rng, DIGITS, 18)}`;
    case "kuaishou":
      return `3x${draw(rng, LOWER_ALNUM, 13)}`;
    case "xiaohongshu":
      return draw(rng, HEX, 24);
    case "wechat_private":
      return `msg_${draw(rng, DIGITS, 12)}`;
    case "weibo":
      return `49${draw(rng, DIGITS, 14)}`;
    case "bilibili":
      return `BV1${draw(rng, BASE58, 9)}`;
    case "instagram":
      return `17${draw(rng, DIGITS, 16)}`;
    case "facebook":
      return `${accountNumber}_${draw(rng, DIGITS, 16)}`;
    case "youtube":
      return draw(rng, BASE64URL, 11);
    case "virtual":
      return `evt-${draw(rng, HEX, 10)}`;
  }
}

/**
 * Draws ids for one account, never repeating one (the DB key is account +
 * externalId). Pass the account's `used` set to every factory drawing for it.
 */
export function externalIdFactory(rng: Rng, platformKey: PlatformKey, used: Set<string>): () => string {
  const accountNumber = `10${draw(rng, DIGITS, 13)}`;
  return () => {
    for (;;) {
      const id = externalIdShape(rng, platformKey, accountNumber);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}
