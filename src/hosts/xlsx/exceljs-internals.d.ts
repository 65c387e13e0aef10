// Typings for the few ExcelJS 4.4 internals ./zip.ts uses (the package ships
// no typings for lib/). They are plain CommonJS classes.

declare module "exceljs/lib/utils/xml-stream" {
  class XmlStream {
    static StdDocAttributes: Record<string, string>;
    protected _xml: string[];
    protected _rollbacks: unknown[];
    get cursor(): number;
    closeNode(): void;
    closeAll(): void;
    get xml(): string;
  }
  export = XmlStream;
}

declare module "exceljs/lib/xlsx/xform/sheet/worksheet-xform" {
  class WorksheetXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = WorksheetXform;
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  class RelationshipsXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = RelationshipsXform;
}

declare module "exceljs/lib/xlsx/xform/comment/comments-xform" {
  class CommentsXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = CommentsXform;
}

declare module "exceljs/lib/xlsx/xform/comment/vml-notes-xform" {
  class VmlNotesXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = VmlNotesXform;
}
