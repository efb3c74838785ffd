import namedRooms from '../../../data/entities/named-rooms.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

const rooms: ReadonlySet<string> = new Set(namedRooms.names);

/**
 * "sat in the Oval Office", "Obama's Oval Office address": a room news names
 * is a place, though its last word is an organization's head ("Office"),
 * which makes type-by-evidence read it as a body. The names are listed
 * (data/entities/named-rooms.json), written as the list has them; a body
 * named with the same head ("the Home Office") is left alone.
 */
export const namedRoomsPass: EntityPass = {
  name: 'named-rooms',
  // every listed name's first word
  triggers: new Set(namedRooms.names.map((n) => n.split(' ')[0]!.toLowerCase())),
  run,
};

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => (s.type !== 'LOC' && rooms.has(spanText(tokens, s)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}
