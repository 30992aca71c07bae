/** A failure whose message is meant for the person who ran the command. */
export class StartupError extends Error {}
