import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { PageArgs, toConnection } from "../core/pagination.ts";
import { Organisation } from "../actors/organisation.type.ts";
import type { OrganisationRow } from "../actors/organisation.service.ts";
import { Collective } from "../collectives/collective.type.ts";
import { CooperationScopeInput, GraphNodesArgs, PartnersArgs, PathArgs, SuggestedPartnersArgs } from "./graph.inputs.ts";
import {
  cooperationGraph, findPath, graphEdges, graphNodes, graphSummary, organisationCooperations, organisationPartners, type GraphResult,
} from "./graph.service.ts";
import { suggestPartners } from "./graph.suggestions.ts";
import {
  CooperationGraphResult, CooperationPath, GraphEdge, GraphEdgeConnection, GraphNode, GraphNodeConnection, GraphPartner,
  GraphPartnerConnection, GraphSummary, GraphTie, PartnerSuggestion, PathStep,
} from "./graph.type.ts";
import { Cooperation, CooperationConnection } from "./tie.type.ts";
import { Evidence, Source } from "../sources/source.type.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";

export const CooperationSourceResolver = sourceFieldResolver(Cooperation, "the tie comes from");

@Resolver(() => CooperationGraphResult)
export class CooperationGraphResolver {
  @Query(() => CooperationGraphResult, {
    description:
      "The cooperation graph of a scope: summary metrics, nodes with their centrality and community, edges, and the download links. " +
      "BAD_USER_INPUT with reason SCOPE_TOO_LARGE when it exceeds what the interactive view loads: download it instead.",
  })
  cooperationGraph(@Arg("scope", () => CooperationScopeInput, { nullable: true }) input: CooperationScopeInput | undefined, @Ctx() { prisma }: Context) {
    return cooperationGraph(prisma, input);
  }

  @FieldResolver(() => GraphSummary, { description: "Nodes, edges, density, connected components, Louvain communities and modularity." })
  summary(@Root() result: GraphResult) {
    return graphSummary(result);
  }

  @FieldResolver(() => GraphNodeConnection, { description: "Its organisations, most connected first (or as ordered)." })
  async nodes(@Root() result: GraphResult, @Args(() => GraphNodesArgs) args: GraphNodesArgs) {
    return toConnection(await graphNodes(result, args));
  }

  @FieldResolver(() => GraphEdgeConnection, { description: "Its pairs of tied organisations, the most tied first." })
  async edges(@Root() result: GraphResult, @Args(() => PageArgs) page: PageArgs) {
    return toConnection(await graphEdges(result, page));
  }

  @Query(() => [PartnerSuggestion], {
    description: "Co-organisers to propose to an organisation for an edition: same or neighbouring EPCI, shared sectors or themes, not tied yet (partners of its partners first), ranked with reasons.",
  })
  suggestedPartners(@Args(() => SuggestedPartnersArgs) { organisation, edition, first }: SuggestedPartnersArgs, @Ctx() { prisma, viewer }: Context) {
    return suggestPartners(prisma, viewer, organisation, edition, first);
  }

  @Query(() => CooperationPath, { nullable: true, description: "How one organisation is connected to another: the shortest chain of ties (6 steps at most), or null." })
  path(@Args(() => PathArgs) { from, to, scope }: PathArgs, @Ctx() { prisma, loaders }: Context): Promise<CooperationPath | null> {
    return findPath(prisma, loaders, from, to, scope);
  }
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Organisation, { description: "The organisation." })
  organisation(@Root() node: GraphNode, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(node.id);
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => Organisation, { description: "The organisation at the source end." })
  sourceOrganisation(@Root() edge: GraphEdge, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(edge.source);
  }

  @FieldResolver(() => Organisation, { description: "The organisation at the target end." })
  targetOrganisation(@Root() edge: GraphEdge, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(edge.target);
  }
}

@Resolver(() => PartnerSuggestion)
export class PartnerSuggestionResolver {
  @FieldResolver(() => Organisation, { description: "The organisation proposed." })
  organisation(@Root() suggestion: PartnerSuggestion, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(suggestion.organisationId);
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Organisation, { description: "The organisation reached." })
  organisation(@Root() step: PathStep, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(step.organisationId);
  }
}

@Resolver(() => CooperationPath)
export class CooperationPathResolver {
  @FieldResolver(() => Organisation, { description: "Where the chain starts." })
  from(@Root() path: CooperationPath, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(path.fromId);
  }
}

@Resolver(() => GraphPartner)
export class GraphPartnerResolver {
  @FieldResolver(() => Organisation, { description: "The partner." })
  organisation(@Root() partner: GraphPartner, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(partner.partnerId);
  }
}

@Resolver(() => GraphTie)
export class GraphTieResolver {
  @FieldResolver(() => Source, { nullable: true, description: "The document it comes from, when one states it." })
  document(@Root() tie: GraphTie, @Ctx() { loaders }: Context) {
    return tie.documentId ? loaders.sources.byId.load(tie.documentId) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "True for a tie made by a demonstration event (fictional: only there when includeDemo is asked).",
  })
  async isDemo(@Root() tie: GraphTie, @Ctx() { loaders }: Context) {
    if (tie.source !== "EVENT") return false;
    // A tie comes from a confirmed, hence published, event: readable by every viewer.
    return (await loaders.events.visibleEventById.load(tie.sourceId))?.isDemo ?? false;
  }
}

@Resolver(() => Cooperation)
export class CooperationResolver {
  @FieldResolver(() => Evidence, { description: "How the tie is known: stated, or inferred (a sociétariat read from a contrast, a membership inferred…)." })
  evidence(@Root() tie: Cooperation) {
    return { certainty: tie.certainty, basis: tie.certainty === "INFERRED" ? tie.statement : null, sourceId: tie.sourceId };
  }

  @FieldResolver(() => Organisation, { description: "The other organisation of the tie." })
  partner(@Root() tie: Cooperation, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(tie.partnerId);
  }

  @FieldResolver(() => Collective, { nullable: true, description: "The collective the tie comes from or belongs to." })
  collective(@Root() tie: Cooperation, @Ctx() { loaders }: Context) {
    return tie.collectiveId === null ? null : loaders.collectives.byId.load(tie.collectiveId);
  }
}

/** The ties of an organisation, as its page shows them. */
@Resolver(() => Organisation)
export class OrganisationTiesResolver {
  @FieldResolver(() => CooperationConnection, { description: "Its ties with other organisations, stated or through a shared collective, by kind." })
  cooperations(@Root() organisation: OrganisationRow, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: Context) {
    return organisationCooperations(loaders, organisation.id, page);
  }

  @FieldResolver(() => GraphPartnerConnection, {
    description: "Its neighbours in the cooperation graph (stated ties, shared collectives, co-organised events, Maison, SCIC), the most tied first; demonstration events only with includeDemo.",
  })
  async partners(@Root() organisation: OrganisationRow, @Args(() => PartnersArgs) page: PartnersArgs, @Ctx() { loaders }: Context) {
    return toConnection(await organisationPartners(loaders, organisation.id, page));
  }
}
