import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { DomainError } from "../core/errors.ts";
import { PageArgs, arrayPage, toConnection } from "../core/pagination.ts";
import { Organisation } from "../actors/organisation.type.ts";
import type { OrganisationRow } from "../actors/organisation.service.ts";
import { CooperationScopeInput, GraphNodesArgs, PathArgs, SuggestedPartnersArgs } from "./graph.inputs.ts";
import { resolveScope, type GraphScopeInput } from "./graph.scope.ts";
import { analyseScope, downloadQuery, weightedDegree, type GraphAnalysis } from "./graph.service.ts";
import { partnersOf, shortestPath, type NeighbourTie } from "./graph.neighbours.ts";
import { suggestPartners } from "./graph.suggestions.ts";
import {
  CooperationGraphResult, CooperationPath, GraphEdge, GraphEdgeConnection, GraphNode, GraphNodeConnection, GraphPartner,
  GraphPartnerConnection, GraphSummary, GraphTie, PartnerSuggestion, PathStep,
} from "./graph.type.ts";

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const toTie = (tie: NeighbourTie): GraphTie => ({
  kind: tie.kind as GraphTie["kind"], source: tie.via, sourceId: tie.via_id, sourceLabel: tie.via_label,
  startsOn: iso(tie.starts_on), endsOn: iso(tie.ends_on),
});

/** What the query returns: the scope, and its analysis computed once, when a field needs it. */
interface GraphResult extends CooperationGraphResult {
  analysis(): Promise<GraphAnalysis>;
}

@Resolver(() => CooperationGraphResult)
export class CooperationGraphResolver {
  @Query(() => CooperationGraphResult, {
    description:
      "The cooperation graph of a scope: summary metrics, nodes with their centrality and community, edges, and the download links. " +
      "BAD_USER_INPUT with reason SCOPE_TOO_LARGE when it exceeds what the interactive view loads: download it instead.",
  })
  async cooperationGraph(@Arg("scope", () => CooperationScopeInput, { nullable: true }) input: CooperationScopeInput | undefined, @Ctx() { prisma }: Context): Promise<GraphResult> {
    const scopeInput: GraphScopeInput = input ?? {};
    const scope = await resolveScope(prisma, scopeInput, "scope.");
    const query = downloadQuery(scopeInput);
    const suffix = query ? `?${query}` : "";
    let analysis: Promise<GraphAnalysis> | undefined;
    return {
      key: query,
      downloads: {
        gexf: `/exports/cooperation.gexf${suffix}`,
        graphml: `/exports/cooperation.graphml${suffix}`,
        nodesCsv: `/exports/cooperation-nodes.csv${suffix}`,
        edgesCsv: `/exports/cooperation-edges.csv${suffix}`,
        json: `/exports/cooperation.json${suffix}`,
      },
      analysis: () => (analysis ??= analyseScope(prisma, scope, scopeInput)),
    };
  }

  @FieldResolver(() => GraphSummary, { description: "Nodes, edges, density, connected components, Louvain communities and modularity." })
  async summary(@Root() result: GraphResult): Promise<GraphSummary> {
    const analysis = await result.analysis();
    const { graph } = analysis;
    const communities = analysis.communities();
    let ties = 0;
    graph.forEachEdge((_edge, attributes) => {
      ties += attributes.weight;
    });
    return {
      nodes: graph.order, edges: graph.size, ties, density: analysis.density(), components: analysis.components(),
      communities: communities.count, modularity: communities.modularity,
    };
  }

  @FieldResolver(() => GraphNodeConnection, { description: "Its organisations, most connected first (or as ordered)." })
  async nodes(@Root() result: GraphResult, @Args(() => GraphNodesArgs) { first, after, orderBy }: GraphNodesArgs) {
    const analysis = await result.analysis();
    const { graph } = analysis;
    const communities = analysis.communities().of;
    // Betweenness costs O(nodes × edges): computed only when it orders the list or is asked (below).
    const betweenness = orderBy === "BETWEENNESS" ? analysis.betweenness() : null;
    const nodes = graph.mapNodes((id, attributes) => ({
      id, label: attributes.name, degree: graph.degree(id), weightedDegree: weightedDegree(graph, id),
      community: communities[id] ?? 0, inScope: attributes.in_scope, analysis,
      get betweenness() {
        return (betweenness ?? analysis.betweenness())[id] ?? 0;
      },
    }));
    const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "fr");
    if (orderBy === "NAME") nodes.sort(byName);
    else if (orderBy === "WEIGHTED_DEGREE") nodes.sort((a, b) => b.weightedDegree - a.weightedDegree || byName(a, b));
    else if (orderBy === "BETWEENNESS") nodes.sort((a, b) => betweenness![b.id] - betweenness![a.id] || byName(a, b));
    else nodes.sort((a, b) => b.degree - a.degree || byName(a, b));
    return toConnection(arrayPage(nodes, first ?? 20, after));
  }

  @FieldResolver(() => GraphEdgeConnection, { description: "Its pairs of tied organisations, the most tied first." })
  async edges(@Root() result: GraphResult, @Args(() => PageArgs) { first, after }: PageArgs) {
    const { graph } = await result.analysis();
    const edges: GraphEdge[] = graph.mapEdges((_key, attributes, source, target) => ({
      source, target, weight: attributes.weight, kinds: attributes.kinds as GraphEdge["kinds"],
      startsOn: iso(attributes.startsOn), endsOn: iso(attributes.endsOn),
    }));
    edges.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
    return toConnection(arrayPage(edges, first ?? 20, after));
  }

  @Query(() => [PartnerSuggestion], {
    description: "Co-organisers to propose to an organisation for an edition: same or neighbouring EPCI, shared sectors or themes, not tied yet (partners of its partners first), ranked with reasons.",
  })
  suggestedPartners(@Args(() => SuggestedPartnersArgs) { organisation, edition, first }: SuggestedPartnersArgs, @Ctx() { prisma }: Context) {
    return suggestPartners(prisma, organisation, edition, first ?? 10);
  }

  @Query(() => CooperationPath, { nullable: true, description: "How one organisation is connected to another: the shortest chain of ties (6 steps at most), or null." })
  async path(@Args(() => PathArgs) { from, to, scope: input }: PathArgs, @Ctx() { prisma }: Context): Promise<CooperationPath | null> {
    const [fromRow, toRow] = await Promise.all([
      prisma.organisation.findUnique({ where: { id: from }, select: { id: true } }),
      prisma.organisation.findUnique({ where: { id: to }, select: { id: true } }),
    ]);
    if (!fromRow) throw new DomainError("NOT_FOUND", `Aucune organisation n'a l'identifiant « ${from} ».`, "from");
    if (!toRow) throw new DomainError("NOT_FOUND", `Aucune organisation n'a l'identifiant « ${to} ».`, "to");
    const scope = input ? await resolveScope(prisma, { ...input, territory: undefined }, "scope.") : undefined;
    const found = await shortestPath(prisma, from, to, scope);
    if (!found) return null;
    return {
      fromId: from,
      length: found.chain.length - 1,
      steps: found.chain.slice(1).map((organisationId, index): PathStep => ({ organisationId, ties: found.ties[index].map(toTie) })),
    };
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

/** The graph side of an organisation: its neighbours, whatever the source of the ties. */
@Resolver(() => Organisation)
export class OrganisationPartnersResolver {
  @FieldResolver(() => GraphPartnerConnection, {
    description: "Its neighbours in the cooperation graph (stated ties, shared collectives, co-organised events, Maison, SCIC), the most tied first.",
  })
  async partners(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { prisma }: Context) {
    const partners = (await partnersOf(prisma, organisation.id)).map(({ partnerId, ties }) => ({ partnerId, weight: ties.length, ties: ties.map(toTie) }));
    return toConnection(arrayPage(partners, first ?? 20, after));
  }
}
