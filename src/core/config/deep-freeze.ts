/**
 * Freezes plain objects and arrays recursively (zod's `.readonly()` is shallow). Class instances,
 * functions and typed arrays are left alone: they belong to their owners (e.g. a plugin's service).
 */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  const proto = Object.getPrototypeOf(value);
  const plain = proto === Object.prototype || proto === null || Array.isArray(value);
  if (!plain) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (desc && "value" in desc) deepFreeze(desc.value, seen);
  }
  return Object.freeze(value);
}
