/**
 * What pdfkit 0.20 does that @types/pdfkit 0.17 does not describe yet: the AFRelationship of an
 * embedded file (PDF/A-3 wants `Data` for machine-readable data), the scope of a table header cell,
 * the document catalogue, where the signature form goes, fonts given as parsed fontkit objects, and
 * the two steps of `text()` a table cell is drawn with (pdf-layout.ts).
 */
/// <reference types="pdfkit" />
export {};

declare global {
  namespace PDFKit.Mixins {
    interface PDFAttachmentOptions {
      relationship?: 'Alternative' | 'Data' | 'Source' | 'Supplement' | 'Unspecified';
    }
    /** A table header cell's scope (pdfkit writes it as the Table attribute `Scope`). */
    interface StructureElementOptions {
      scope?: 'Column' | 'Row' | 'Both';
    }
  }
  namespace PDFKit {
    interface PDFDocument {
      _root: { data: { AcroForm?: PDFKitReference & { data: AcroFormData } } };
    }
    interface AcroFormData {
      Fields: PDFKitReference[];
      SigFlags?: number;
      NeedAppearances?: boolean;
    }
    interface PDFKitReference {
      end(): void;
    }
    /** A font as fontkit parsed it; pdfkit 0.20 accepts one wherever it takes a font file. */
    interface ParsedFont {
      layout(text: string): unknown;
    }
    interface PDFDocument {
      registerFont(name: string, src: ParsedFont): this;
    }
    /**
     * The options of a wrapped line as pdfkit 0.20's LineWrapper hands them on, measures included:
     * only the ones pdf-layout.ts gives or reads (standalone, so a consumer without @types/pdfkit
     * still checks these declarations).
     */
    interface LineOptions {
      width?: number;
      height?: number;
      lineGap?: number;
      columns?: number;
      columnGap?: number;
      rotation?: number;
      textWidth?: number;
      wordCount?: number;
      lineWidth?: number;
    }
    interface PDFDocument {
      /** Lays out `text` as `text()` does, handing each wrapped line to `lineCallback` (what `heightOfString` runs). */
      _text(text: string, x: number, y: number, options: LineOptions, lineCallback: (line: string, options: LineOptions) => void): this;
      /** Draws one line that is already wrapped, as `text()` draws each. */
      _fragment(text: string, x: number, y: number, options: LineOptions): void;
    }
  }
}
