// Every unit test runs with the Traditional -> Simplified converter installed, as every entry but
// the popup does (lib/text/opencc.ts); tests of the popup's lazy load remove it themselves.
import '@/lib/text/opencc';
