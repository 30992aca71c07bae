// Passwords are hashed with argon2id (OWASP's first choice) by @node-rs/argon2,
// which ships prebuilt binaries: no compiler, no install script.
import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane (≈30 ms here).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// One verification at a time per process: a burst of sign-ins queues here
// instead of taking every core from the requests of everyone else.
let queue: Promise<unknown> = Promise.resolve();

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  const turn = queue.then(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
  queue = turn;
  return turn;
}

// Verified when the e-mail is unknown, so that a wrong address costs as
// long as a wrong password and does not reveal which accounts exist.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("not-a-password-of-anyone");
  return decoy;
}
