/**
 * The MongoDB version the store answers as (buildInfo, hello's maxWireVersion, the feature
 * compatibility version). Behaviour that differs between server versions follows this one, so a
 * client sees one consistent server: 7.0 refuses what 8.0 added (e.g. `sort` in an update statement).
 */
export const SERVER_VERSION = { major: 7, minor: 0, patch: 0 } as const;

export const VERSION_STRING = `${SERVER_VERSION.major}.${SERVER_VERSION.minor}.${SERVER_VERSION.patch}`;

/** The wire version of MongoDB 7.0 (8.0 is 25). */
export const MAX_WIRE_VERSION = 21;

/** MongoDB 8.0 added `sort` to update statements (updateOne/replaceOne). */
export const UPDATE_STATEMENT_SORT = SERVER_VERSION.major >= 8;
