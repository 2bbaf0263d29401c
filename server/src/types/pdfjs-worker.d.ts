// PDF.js's worker module ships without types; the engine only hands it to PDF.js (pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
