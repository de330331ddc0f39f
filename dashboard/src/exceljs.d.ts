// The prebuilt browser bundle of exceljs has no types of its own; components/xlsx.ts types what it uses.
declare module 'exceljs/dist/exceljs.bare.min.js';
