// Passwords are stored as argon2id hashes (the argon2 package, libargon2's
// reference code). Parameters follow OWASP's current minimum for argon2id
// (19 MiB memory, 2 passes, 1 lane): about 30 ms per hash on these machines,
// slow enough to make guessing a stolen hash expensive, quick enough for a
// sign-in.
import argon2 from "argon2";

export { EmailSchema, PasswordSchema } from "./credentials";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash to verify against when the account does not exist, so that a wrong
 * email takes as long as a wrong password and the timing does not tell which
 * emails have accounts.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("no-such-account-placeholder");
  return dummyHash;
}
