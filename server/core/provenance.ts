// Where a record entered by a person comes from, as its `source` says it to
// every reader. The author's account stays in the audit trail, read by the
// network's animators only: a login e-mail is never a source.
export const ENTERED_IN_MAILLAGE = "Saisie dans Maillage";
