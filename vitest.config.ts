import { defineConfig } from "vitest/config";

/**
 * Two tiers. `unit`: pure functions and small in-memory trees, no build, run in parallel. `e2e`: real builds of
 * real content read back; the sample is built once (tests/e2e/global-setup.ts) and shared by every file.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 300_000,
          hookTimeout: 900_000,
          // Two cores: builds in parallel files would only compete for them.
          fileParallelism: false,
        },
      },
    ],
  },
});
