import { PRINTING_BODY_CLASS, REPORT_ROOT_CLASS } from './report/print-report';

/**
 * Prints one sheet alone, with the report's print CSS: the sheet goes under `<body>` as a `.bilan` element while
 * the print dialog is open, then leaves. Returns the cleanup a screen runs when it is replaced mid-print.
 */
export function createSheetPrinter(print: () => void): {
  readonly printSheet: (sheet: HTMLElement) => void;
  readonly endPrinting: () => void;
} {
  let printed: HTMLElement | null = null;
  const endPrinting = () => {
    printed?.remove();
    printed = null;
    document.body.classList.remove(PRINTING_BODY_CLASS);
  };
  return {
    printSheet(sheet) {
      endPrinting();
      sheet.classList.add(REPORT_ROOT_CLASS);
      printed = sheet;
      document.body.append(sheet);
      document.body.classList.add(PRINTING_BODY_CLASS);
      window.addEventListener('afterprint', endPrinting, { once: true });
      print();
    },
    endPrinting,
  };
}
