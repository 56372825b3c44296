/** What a function writes to standard output (the exercise checks print there), captured for a test. */
import { vi } from "vitest";

export function printed(run: () => void): string {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    run();
    return write.mock.calls.map((c) => String(c[0])).join("");
  } finally {
    write.mockRestore();
  }
}
