import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paramSchemaEntry } from "@sessionkit/plugin-s2";
import { describeProviderContract } from "../../testing/provider-contract.js";
import { makeParamFile, serializeParamFile } from "../file-format.js";
import { ParamSchemaRegistry } from "../registry.js";
import { createFileStoreProvider } from "./file-provider.js";

const registry = new ParamSchemaRegistry([paramSchemaEntry]);

function artifactsWith(text: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), "sk-provider-contract-"));
  if (text !== undefined) {
    mkdirSync(join(dir, "parameters", "current"), { recursive: true });
    writeFileSync(join(dir, "parameters", "current", "S2.json"), text);
  }
  return dir;
}

describeProviderContract("file-store (built-in file-params)", {
  entry: paramSchemaEntry,
  withValidSet: () =>
    createFileStoreProvider(
      artifactsWith(serializeParamFile(makeParamFile({ strategy: "S2", defaults: { stopAtrMult: 1.25 } }))),
      registry,
    ),
  withNothing: () => createFileStoreProvider(artifactsWith(undefined), registry),
  withInvalidSet: () =>
    createFileStoreProvider(
      artifactsWith('{"strategy":"S2","schemaVersion":1,"defaults":{"stopAtrMult":"x"}}'),
      registry,
    ),
});
