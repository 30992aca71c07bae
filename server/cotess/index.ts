export { CotessResolver, CoAnimatorSeatResolver, CotessMemberResolver } from "./cotess.resolver.ts";
export { createCotessLoaders } from "./cotess.loaders.ts";
