/** 한국어: errors of data sets, MNIST, splits, statistics, serialization, metrics and checks. */
import type { Catalog } from "../translate";

export const data: Catalog = {
};
