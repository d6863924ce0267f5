/**
 * Vitest global setup: finds the browser once, before any test file runs, so the npm Chromium is
 * unpacked by one process instead of racing in several workers. A missing browser is not an
 * error here: the browser tests fail with the full message, and unit tests still run.
 */
import { findChromium } from '../../scripts/lib/chromium.ts';

export default async function unpackChromium(): Promise<void> {
  await findChromium().catch(() => {});
}
