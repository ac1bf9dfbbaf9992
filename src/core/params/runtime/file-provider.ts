import { readFile } from "node:fs/promises";
import { SessionkitError } from "../../errors/index.js";
import { loadParamText, paramsInvalidError } from "../load.js";
import type { ParamSchemaRegistry } from "../registry.js";
import { ParamStoreLayout } from "../store/layout.js";
import type { ParamProvider } from "./provider.js";

export const FILE_PROVIDER_NAME = "file-store";

/**
 * Reads `<artifacts>/parameters/current/<STRATEGY>.json`. No lock: the store replaces files by atomic
 * rename, so a read sees a whole old or whole new file. Absent → undefined (next link); invalid or
 * unreadable → a SessionkitError naming the file and every problem.
 */
export function createFileStoreProvider(artifactsDir: string, registry: ParamSchemaRegistry): ParamProvider {
  const layout = new ParamStoreLayout(artifactsDir);
  return {
    name: FILE_PROVIDER_NAME,
    async resolve({ entry }) {
      const path = layout.file("current", entry.strategy);
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT") return undefined;
        throw new SessionkitError("SK_PARAMS_INVALID", `${path}: cannot read (${code ?? "I/O error"})`, {
          file: path,
          cause: e,
        });
      }
      const r = loadParamText(text, { registry, strategy: entry.strategy, file: path });
      if (!r.ok) throw paramsInvalidError(r.problems, path);
      return r.set;
    },
  };
}
