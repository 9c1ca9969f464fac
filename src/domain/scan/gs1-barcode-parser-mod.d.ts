/** The types of gs1-barcode-parser-mod (a CommonJS module without its own), for what src/domain/scan uses. */
declare module "gs1-barcode-parser-mod" {
  export interface ParsedElement {
    /** The application identifier. */
    ai: string;
    /** GS1's short title of the identifier. */
    dataTitle: string;
    /** The untouched text the element's value was read from. */
    raw: string;
  }
  export interface ParsedBarcode {
    codeName: string;
    parsedCodeItems: ParsedElement[];
  }
  /** Throws a string saying why when the element string cannot be cut into elements. */
  export function parseBarcode(barcode: string): ParsedBarcode;
}
