import furniture from '../../data/clean/furniture.json';

/**
 * "..., the agency said", "screenshots show": the sentence reports something, so it is the story's, not a note or a
 * bio from the outlet (furniture.json attributionCues). Read by the beat and update-note rules.
 */
export const ATTRIBUTED = new RegExp(`\\b(?:${furniture.attributionCues.join('|')})\\b`);
