// Who may read what of a person. People appear as co-animators, contacts and
// founders: their names are public, their e-mail and phone are not served to
// anonymous requests (organisation-level public contacts are).
import type { Context } from "../core/context.ts";

export function maySeePersonalContacts(viewer: Context["viewer"]): boolean {
  return viewer !== null;
}
