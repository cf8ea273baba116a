/**
 * ExcelJS's "bare" browser build (the same API without its bundled core-js/regenerator
 * polyfills, which an es2022 target never needs): typed as the package itself.
 */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}
