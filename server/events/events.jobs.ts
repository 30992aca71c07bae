// The events module's background tasks: the daily proposal digest, the
// notices to co-organisers, and what its purge deletes.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { CronItem, JobTask } from "../core/jobs.ts";
import type { JobDependencies } from "../core/module.ts";
import { PROPOSAL_DIGEST_TASK, purgeProposalDigests, sendProposalDigests } from "./proposal-digest.service.ts";
import { EVENT_NOTICE_TASK, sendEventNotices } from "./event.notices.ts";

export function eventTasks({ prisma, clock, publicUrl, log }: JobDependencies): Record<string, JobTask> {
  return {
    [PROPOSAL_DIGEST_TASK]: async () => {
      await sendProposalDigests({ prisma, now: clock.now(), publicUrl, log });
    },
    [EVENT_NOTICE_TASK]: async (payload) => {
      await sendEventNotices({ prisma, eventId: (payload as { eventId: string }).eventId, publicUrl, now: clock.now() });
    },
  };
}

// 6:00 UTC, 7:00 or 8:00 in France: read with the morning's mail.
export const eventCron: CronItem[] = [{ task: PROPOSAL_DIGEST_TASK, match: "0 6 * * *", identifier: PROPOSAL_DIGEST_TASK }];

export async function purgeEvents(prisma: PrismaClient, now: Date): Promise<Record<string, number>> {
  // A proposal never confirmed is forgotten once its link expired: it never reached anyone.
  const { count: publicProposals } = await prisma.publicProposal.deleteMany({ where: { confirmedAt: null, expiresAt: { lt: now } } });
  return { publicProposals, proposalDigests: await purgeProposalDigests(prisma, now) };
}
