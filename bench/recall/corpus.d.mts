// Types of corpus.mjs for the unit test (test/bench/recall-corpus.test.ts).
export interface RecallLabel {
  file: string;
  line: number;
  family: string;
  format: string;
  positive: boolean;
  value: string;
  span?: [number, number];
  binary?: boolean;
}
export interface RecallFile {
  path: string;
  content: string | Buffer;
  family: string;
  format: string;
}
export interface RecallCorpus {
  files: RecallFile[];
  labels: RecallLabel[];
}
export declare const GENERATORS: { family: string; format: string }[];
export declare function buildCorpus(options?: { seed?: number; reps?: number }): RecallCorpus;
export declare function generateCorpus(dir: string, options?: { seed?: number; reps?: number }): RecallCorpus;
