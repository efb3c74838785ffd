import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { englishModel } from '../src/nlp/wink-model';

const require = createRequire(import.meta.url);

describe("wink's English model put together from the package's parts", () => {
  const packageModel = require('wink-eng-lite-web-model') as Record<string, unknown> & { addons: Record<string, unknown> };

  it('has the parts of the package model, the same functions, with the entity and sentiment machines empty', () => {
    const ours = englishModel(() => undefined) as Record<string, unknown> & { addons: Record<string, unknown> };
    expect(Object.keys(ours)).toEqual(Object.keys(packageModel));
    for (const part of ['sbd', 'pos', 'negation', 'metaCER', 'featureFn']) expect(ours[part]).toBe(packageModel[part]);
    expect(Object.keys(ours.addons)).toEqual(Object.keys(packageModel.addons));
    for (const addon of Object.keys(packageModel.addons)) expect(ours.addons[addon]).toBe(packageModel.addons[addon]);
    expect((ours.ner as () => unknown)()).toEqual({ machines: [], transformers: [] });
    expect(((ours.sa as () => { machines: unknown[] })()).machines).toEqual(['[100,0,{"0":{}},{},{},{}]']);
  });

  it('hands its core model to the caller before wink reads it', () => {
    let seen: unknown;
    const core = ((englishModel((c) => (seen = c)) as { core: () => unknown }).core)();
    expect(seen).toBe(core);
    expect(core).toStrictEqual((packageModel.core as () => unknown)());
  });

  // the reader shares the JSON's read-only parts between loads; what wink writes must be each load's own
  it('gives each load lists and hashes of its own, so that words one instance learns stay out of the next', () => {
    type Core = { features: Record<string, { list: unknown[]; hash?: Record<string, number>; index?: number }>; packing: { efList: string[] } };
    const load = (englishModel(() => undefined) as { core: () => Core }).core;
    const first = load();
    const second = load();
    for (const name of Object.keys(first.features)) {
      expect(first.features[name]!.list, name).not.toBe(second.features[name]!.list);
      if (first.features[name]!.hash) expect(first.features[name]!.hash, name).not.toBe(second.features[name]!.hash);
    }
    expect(first.packing.efList).not.toBe(second.packing.efList);
    const lexeme = first.features.lexeme!;
    lexeme.hash!['zzyzx-newsbrief'] = lexeme.list.push('zzyzx-newsbrief') - 1;
    expect(load()).toStrictEqual((packageModel.core as () => unknown)());
    expect(second.features.lexeme!.list).not.toContain('zzyzx-newsbrief');
  });
});
