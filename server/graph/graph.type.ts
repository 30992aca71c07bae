import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../core/pagination.ts";
import { CooperationKind } from "../actors/organisation.type.ts";
import { Certainty } from "../sources/source.type.ts";

export const TieSource = { STATEMENT: "STATEMENT", COLLECTIVE: "COLLECTIVE", EVENT: "EVENT", MAISON: "MAISON", SHAREHOLDING: "SHAREHOLDING" } as const;
export type TieSource = (typeof TieSource)[keyof typeof TieSource];
registerEnumType(TieSource, {
  name: "TieSource",
  description: "Where a tie comes from.",
  valuesConfig: {
    STATEMENT: { description: "A stated cooperation (the referential's cards, the documents)." },
    COLLECTIVE: { description: "Both are members of the same collective." },
    EVENT: { description: "Both co-organise a confirmed event of the Mois de l'ESS." },
    MAISON: { description: "A tenant of a Maison de l'ESS and the SCIC that runs it." },
    SHAREHOLDING: { description: "A sociétaire of a SCIC and the SCIC." },
  },
});

export const GraphNodeOrder = { DEGREE: "DEGREE", WEIGHTED_DEGREE: "WEIGHTED_DEGREE", BETWEENNESS: "BETWEENNESS", NAME: "NAME" } as const;
export type GraphNodeOrder = (typeof GraphNodeOrder)[keyof typeof GraphNodeOrder];
registerEnumType(GraphNodeOrder, { name: "GraphNodeOrder", description: "Order of a graph's nodes (highest first, or by name)." });

@ObjectType({ description: "Summary metrics of a cooperation graph.", simpleResolvers: true })
export class GraphSummary {
  @Field(() => Int, { description: "Organisations (those of the territory and their partners elsewhere)." })
  nodes!: number;

  @Field(() => Int, { description: "Pairs of organisations tied at least once." })
  edges!: number;

  @Field(() => Int, { description: "Ties, all pairs together (the sum of the edges' weights)." })
  ties!: number;

  @Field(() => Float, { description: "Density: edges over possible pairs." })
  density!: number;

  @Field(() => Int, { description: "Connected components (an isolated organisation is one)." })
  components!: number;

  @Field(() => Int, { description: "Communities of the Louvain partition (weighted, seeded: stable for the same data)." })
  communities!: number;

  @Field(() => Float, { description: "Modularity of the Louvain partition." })
  modularity!: number;
}

@ObjectType({ description: "An organisation in a cooperation graph, with its place in it.", simpleResolvers: true })
export class GraphNode {
  @Field(() => ID, { description: "The organisation's id." })
  id!: string;

  @Field(() => String, { description: "Its name." })
  label!: string;

  @Field(() => Int, { description: "Partners: organisations tied to it." })
  degree!: number;

  @Field(() => Int, { description: "Ties, all partners together." })
  weightedDegree!: number;

  @Field(() => Float, { description: "Normalised betweenness centrality (computed when asked)." })
  betweenness!: number;

  @Field(() => Int, { description: "Its community in the Louvain partition." })
  community!: number;

  @Field(() => Boolean, { description: "True when it is located in the scope's territory (false: a partner from elsewhere)." })
  inScope!: boolean;
}

@ObjectType({ description: "One tie between two organisations, with where it comes from.", simpleResolvers: true })
export class GraphTie {
  @Field(() => CooperationKind, { description: "Kind of tie." })
  kind!: CooperationKind;

  @Field(() => TieSource, { description: "Where it comes from." })
  source!: TieSource;

  @Field(() => ID, { description: "Id of the collective, event, Maison or statement it comes from." })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: "Name of the collective, event or Maison it comes from." })
  sourceLabel!: string | null;

  @Field(() => String, { nullable: true, description: "Since (YYYY-MM-DD), when known." })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: "Until (YYYY-MM-DD), when it ended." })
  endsOn!: string | null;

  @Field(() => Certainty, { description: "STATED, or INFERRED when the statement, a membership or the sociétariat it rests on is inferred." })
  certainty!: Certainty;

  /** The document it comes from (resolved as `document`). */
  documentId!: string | null;
}

@ObjectType({ description: "A pair of tied organisations.", simpleResolvers: true })
export class GraphEdge {
  @Field(() => ID, { description: "One end (the smaller id)." })
  source!: string;

  @Field(() => ID, { description: "The other end." })
  target!: string;

  @Field(() => Int, { description: "How many ties link the pair." })
  weight!: number;

  @Field(() => [CooperationKind], { description: "Kinds of its ties." })
  kinds!: CooperationKind[];

  @Field(() => String, { nullable: true, description: "First start of its ties (YYYY-MM-DD), when known." })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: "Last end of its ties, when all ended." })
  endsOn!: string | null;
}

export const { Connection: GraphNodeConnection } = connectionTypes(GraphNode, "GraphNode");
export const { Connection: GraphEdgeConnection } = connectionTypes(GraphEdge, "GraphEdge");

@ObjectType({ description: "Where to download the graph of this scope (paths with its query string).", simpleResolvers: true })
export class GraphDownloads {
  @Field(() => String, { description: "GEXF 1.2draft (Gephi, networkx); add version=1.3 for GEXF 1.3." })
  gexf!: string;

  @Field(() => String, { description: "GraphML (networkx, igraph/R, Cytoscape)." })
  graphml!: string;

  @Field(() => String, { description: "Nodes as CSV." })
  nodesCsv!: string;

  @Field(() => String, { description: "Edges as CSV." })
  edgesCsv!: string;

  @Field(() => String, { description: "graphology's JSON." })
  json!: string;
}

@ObjectType({ description: "The cooperation graph of a scope.", simpleResolvers: true })
export class CooperationGraphResult {
  @Field(() => GraphDownloads, { description: "The same graph as files." })
  downloads!: GraphDownloads;

  key!: string;
}

@ObjectType({ description: "Why an organisation is suggested as a co-organiser.", simpleResolvers: true })
export class SuggestionReason {
  @Field(() => String, { description: "SAME_EPCI, NEIGHBOURING_EPCI, SHARED_SECTORS, SHARED_THEMES, COMMON_PARTNER, NEW_TO_EDITION." })
  kind!: string;

  @Field(() => String, { description: "The reason in French, for the animator." })
  label!: string;
}

@ObjectType({ description: "An organisation proposed as a co-organiser, with its score and reasons.", simpleResolvers: true })
export class PartnerSuggestion {
  @Field(() => Float, { description: "Score: the higher, the better the match." })
  score!: number;

  @Field(() => [SuggestionReason], { description: "Reasons, strongest first." })
  reasons!: SuggestionReason[];

  organisationId!: string;
}

@ObjectType({ description: "One step of a path: the next organisation and the ties that lead to it.", simpleResolvers: true })
export class PathStep {
  @Field(() => [GraphTie], { description: "Ties between the previous organisation and this one." })
  ties!: GraphTie[];

  organisationId!: string;
}

@ObjectType({ description: "How one organisation is connected to another: the shortest chain of ties.", simpleResolvers: true })
export class CooperationPath {
  @Field(() => Int, { description: "Number of steps (1: directly tied)." })
  length!: number;

  @Field(() => [PathStep], { description: "The organisations after the first, in order, each with the ties that lead to it." })
  steps!: PathStep[];

  fromId!: string;
}

@ObjectType({ description: "A partner of an organisation: every tie between them.", simpleResolvers: true })
export class GraphPartner {
  @Field(() => Int, { description: "How many ties." })
  weight!: number;

  @Field(() => [GraphTie], { description: "The ties." })
  ties!: GraphTie[];

  partnerId!: string;
}

export const { Connection: GraphPartnerConnection } = connectionTypes(GraphPartner, "GraphPartner");
