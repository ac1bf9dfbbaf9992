// Loaded before every unit and integration test file: tsyringe needs the Reflect metadata API.
import "reflect-metadata";
