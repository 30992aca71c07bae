// GraphQL documents of the maps: what the operator configured (background
// tiles, if any), whom the contours are credited to, and what each map
// shows. Only the map components, loaded on demand, import this module: the
// pages' own bundle does not carry these documents.
import { graphql, type ResultOf } from "./tada.ts";

export const MapSettingsQuery = graphql(`
  query MapSettings {
    mapSettings {
      tilesUrl
      tilesAttribution
      contoursAttribution
    }
  }
`);

export type MapSettings = ResultOf<typeof MapSettingsQuery>["mapSettings"];

export const BoundingBoxFields = graphql(`
  fragment BoundingBoxFields on BoundingBox {
    west
    south
    east
    north
  }
`);

export type BoundingBox = ResultOf<typeof BoundingBoxFields>;

/** A commune as a place's map shows it: its centroid (no street is geocoded) and its frame. */
export const PlaceMapQuery = graphql(`
  query PlaceMap($code: String!, $kind: TerritoryKind!) {
    territory(code: $code, kind: $kind) {
      code
      name
      kind
      centroid {
        longitude
        latitude
      }
      boundingBox {
        ...BoundingBoxFields
      }
    }
  }
`, [BoundingBoxFields]);

export type Place = NonNullable<ResultOf<typeof PlaceMapQuery>["territory"]>;

/** The blind spots' map: every EPCI and commune of the scope with its events and population, and where to frame. */
export const BlindSpotsMapQuery = graphql(`
  query BlindSpotsMap($id: ID!) {
    edition(id: $id) {
      id
      territories {
        code
        kind
      }
      blindSpots {
        epci {
          territory {
            code
            name
            boundingBox {
              ...BoundingBoxFields
            }
          }
          events
          population
          eventsPer10000Inhabitants
        }
        communes {
          territory {
            code
            name
          }
          events
          population
          eventsPer10000Inhabitants
        }
      }
    }
  }
`, [BoundingBoxFields]);

export type BlindSpotsMapEdition = NonNullable<ResultOf<typeof BlindSpotsMapQuery>["edition"]>;

/**
 * The programme's map: the events of the same criteria counted by commune
 * (with its centroid), whatever their number, and the frame of the
 * territory chosen.
 */
export const ProgrammeMapQuery = graphql(`
  query ProgrammeMap($filter: EventFilter, $code: String! = "", $kind: TerritoryKind, $withTerritory: Boolean!) {
    eventsByCommune(filter: $filter) {
      events
      commune {
        code
        name
        centroid {
          longitude
          latitude
        }
      }
    }
    territory(code: $code, kind: $kind) @include(if: $withTerritory) {
      code
      kind
      boundingBox {
        ...BoundingBoxFields
      }
    }
  }
`, [BoundingBoxFields]);


/** A territory's map: its frame, its downloads, and its organisations counted by commune. */
export const TerritoryMapQuery = graphql(`
  query TerritoryMap($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      code
      kind
      name
      contourPath
      communesContourPath
      boundingBox {
        ...BoundingBoxFields
      }
      essProfile {
        byCommune {
          commune {
            code
            name
            epci {
              code
            }
          }
          organisations
        }
      }
    }
  }
`, [BoundingBoxFields]);

export type TerritoryMapData = NonNullable<ResultOf<typeof TerritoryMapQuery>["territory"]>;
