// Writes the demo accounts, one per role (README), with their roles.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { DemoData, TerritoryIdOf } from "../core/demo.ts";
import { hashPassword } from "./auth.password.ts";
import { DEMO_PASSWORD, demoAccounts } from "./data/accounts.ts";
import type { AccountSeed } from "./data/seed.types.ts";

type Tx = Prisma.TransactionClient;

export const accountDemo: DemoData = {
  records: { demoAccounts },
  territories: () => demoAccounts.flatMap((a) => a.roles.flatMap((r) => ("territory" in r ? [r.territory] : []))),
  async write(tx, territory) {
    await writeAccounts(tx, demoAccounts, territory);
    return { accounts: demoAccounts.length };
  },
};

/** Demo accounts: created once with the demo password; their roles follow the data. */
async function writeAccounts(tx: Tx, seeds: AccountSeed[], territory: TerritoryIdOf) {
  let passwordHash: string | undefined;
  for (const seed of seeds) {
    const existing = await tx.account.findUnique({ where: { email: seed.email }, select: { id: true } });
    const account = existing ?? (await tx.account.create({
      data: { email: seed.email, displayName: seed.displayName, passwordHash: (passwordHash ??= await hashPassword(DEMO_PASSWORD)), isDemo: true },
      select: { id: true },
    }));
    await tx.account.update({ where: { id: account.id }, data: { displayName: seed.displayName } });
    await tx.roleGrant.deleteMany({ where: { accountId: account.id } });
    await tx.roleGrant.createMany({
      data: seed.roles.map((grant) => ({
        accountId: account.id, role: grant.role,
        cotessId: "cotess" in grant ? grant.cotess ?? null : null,
        maisonId: "maison" in grant ? grant.maison ?? null : null,
        organisationId: "organisation" in grant ? grant.organisation ?? null : null,
        territoryId: "territory" in grant ? territory(grant.territory) : null,
      })),
    });
  }
}

/**
 * Without demo data (MAILLAGE_DEMO_DATA=false), the demo accounts — whose
 * password is in the README — cannot sign in: deactivated, their sessions ended.
 */
export async function disableDemoAccounts(prisma: PrismaClient): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const demo = await tx.account.findMany({ where: { isDemo: true, disabledAt: null }, select: { id: true } });
    if (!demo.length) return 0;
    const ids = demo.map((account) => account.id);
    await tx.session.deleteMany({ where: { accountId: { in: ids } } });
    await tx.account.updateMany({ where: { id: { in: ids } }, data: { disabledAt: new Date() } });
    return ids.length;
  });
}
