// What an email and a password must look like, on their own so that browser
// code (forms, answers parsed in the page) can use them without pulling in
// the argon2 hashing of ./password.
import { z } from "zod";

/** 10–200 characters: long enough to resist guessing, bounded so hashing stays cheap. */
export const PasswordSchema = z.string().min(10).max(200);
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((e) => e.toLowerCase());
