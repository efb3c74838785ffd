/** The role words of titles, from src/data/resolve/titles.json: one set each for every stage that reads titles. */
import titles from '../data/resolve/titles.json';

/** "minister", "spokesman", "king", "oba": a word that ends a title ("Prime Minister", "Oba" in "Oba Ewuare II"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(titles.heads);
/** "prime", "deputy", "lead": a word that may stand before a title's head. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(titles.modifiers);
