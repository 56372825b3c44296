/**
 * Generates data/defects.csv, the synthetic defect-inspection set (양불판정) of notebook 09.
 *
 *   npx ts-node scripts/make-defects.ts
 *
 * 400 products from one production line, 30 of them defective (7.5 %), three measurements each.
 * Good and defective products overlap in every measurement, so no threshold separates them:
 * a classifier's score has to trade precision against recall, and "every product is good" already
 * scores 92.5 % accuracy. The generator is seeded, so the file comes out byte for byte the same;
 * the script prints its SHA-256, which lib/src/data/course-data.ts and data/README.md record.
 */
import { createHash } from "crypto";
import { writeFileSync } from "fs";
import { join } from "path";
import { Random } from "../lib/src/random";

const SEED = 2024;
const PRODUCTS = 400;
const DEFECTIVE = 30;

/** Mean and standard deviation of each measurement, for good and for defective products. */
const MEASUREMENTS = [
  { name: "roughness_um", digits: 2, good: [0.8, 0.15], defective: [1.1, 0.25] },
  { name: "temperature_c", digits: 1, good: [350, 8], defective: [340, 12] },
  { name: "vibration_mm_s", digits: 2, good: [2.0, 0.5], defective: [2.8, 0.8] },
] as const;

function main(): void {
  const random = new Random(SEED);
  const labels = random.shuffle(Array.from({ length: PRODUCTS }, (_, i) => (i < DEFECTIVE ? 1 : 0)));
  const header = ["product_id", ...MEASUREMENTS.map((m) => m.name), "defective"].join(",");
  const rows = labels.map((defective, i) => {
    const values = MEASUREMENTS.map((m) => {
      const [mean, standardDeviation] = defective ? m.defective : m.good;
      return Math.max(0, random.gaussian(mean, standardDeviation)).toFixed(m.digits);
    });
    return [`P${String(i + 1).padStart(4, "0")}`, ...values, defective].join(",");
  });
  const text = [header, ...rows].join("\n") + "\n";
  const path = join(__dirname, "..", "data", "defects.csv");
  writeFileSync(path, text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  console.log(`wrote ${path}: ${PRODUCTS} products, ${DEFECTIVE} defective (${((100 * DEFECTIVE) / PRODUCTS).toFixed(1)} %)`);
  console.log(`SHA-256 ${sha256}`);
}

main();
