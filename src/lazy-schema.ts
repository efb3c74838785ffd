/**
 * An exported zod schema that is built on first use: a Proxy that loads the real schema when any of its properties
 * is first read and forwards every operation to it, so `BriefingSchema.safeParse(x)`, `.shape`, `.extend(...)`,
 * `z.array(BriefingSchema)` and `z.toJSONSchema(BriefingSchema)` work as on the schema itself.
 *
 * Why: an ES module's named export cannot be a getter, and building the schemas means loading zod, about 50 ms of a
 * cold start that an import of the library (and extractBriefing) should not pay (issue 14). The Proxy's own target
 * stays empty, so each property is reported configurable (as JavaScript requires of a Proxy over an empty target).
 */
export function lazySchema<T extends object>(load: () => T): T {
  let loaded: T | undefined;
  const real = (): T => (loaded ??= load());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
