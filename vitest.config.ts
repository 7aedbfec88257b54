import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The sample booklet is built once (site and PDF) and read back by several test files.
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 900_000,
    // Two cores: builds in parallel files would only compete for them.
    fileParallelism: false,
  },
});
