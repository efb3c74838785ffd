/** The role words of titles, from src/data/resolve/titles.json: one set each for every stage that reads titles. */
import titles from '../data/resolve/titles.json';
import personNouns from '../data/entities/person-nouns.json';

const notTitles: ReadonlySet<string> = new Set(titles.playerRolesNotTitles);

/**
 * "minister", "spokesman", "king", "oba": a word that ends a title ("Prime Minister", "Oba" in "Oba Ewuare II"); a
 * player's position is one too ("quarterback Tom Brady"), from the one list of positions the entity stage reads.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...titles.heads, ...personNouns.playerRoles.filter((role) => !notTitles.has(role))]);
/** "prime", "deputy", "lead": a word that may stand before a title's head. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(titles.modifiers);
/** "mr.", "ms.", "dr.": a courtesy title before a person's name. */
export const HONORIFICS: ReadonlySet<string> = new Set(titles.honorifics);
