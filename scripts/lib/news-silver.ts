/**
 * Silver name labels on unlabelled news (scripts/build-news-silver.ts writes
 * them; train-entities.ts reads them when SILVER is set): each document's
 * text from PolNeAR train, its sure names and the spans whose sentences are
 * not trained on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { featureHash } from '../../src/stages/entities/feature-hash';
import type { GoldName } from './gum';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './polnear';

export type SilverType = GoldName['type'];

/** As written to the file: offsets only, the text stays in ../shared/eval. */
export interface SilverRecord {
  id: string;
  /** [start, end, type] of every silver name mention */
  names: Array<[number, number, SilverType]>;
  /** [start, end] of what the pipeline doubted or did not explain: sentences holding one are not trained on */
  unsure: Array<[number, number]>;
}

export interface SilverDoc {
  id: string;
  text: string;
  names: GoldName[];
  unsure: Array<[number, number]>;
}

/** The silver documents of `file` (none when unset), `ratio` of them kept by a hash of the id; never one of PolNeAR's held-back tenth. */
export function loadSilver(file: string | undefined, ratio = 1): SilverDoc[] {
  if (!file) return [];
  if (!existsSync(file) || !existsSync(POLNEAR_TRAIN_FILE)) {
    console.error(`SILVER: ${file} or PolNeAR train not found; training without silver`);
    return [];
  }
  const texts = new Map(loadPolnear(POLNEAR_TRAIN_FILE).map((d) => [d.id, d.text]));
  const records = (JSON.parse(readFileSync(file, 'utf8')) as { docs: SilverRecord[] }).docs;
  const out: SilverDoc[] = [];
  for (const r of records) {
    const text = texts.get(r.id);
    if (text === undefined || isHeldBack(r) || (featureHash('silver:' + r.id) % 1000) / 1000 >= ratio) continue;
    out.push({ id: 'silver:' + r.id, text, names: r.names.map(([start, end, type]) => ({ start, end, type })), unsure: r.unsure });
  }
  return out;
}
