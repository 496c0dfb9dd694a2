import { ConverterFactory } from 'opencc-js/core';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import { installConverter } from './normalize';

/**
 * OpenCC's Traditional -> Simplified converter (HK variants, then the phrase and character
 * tables), installed into normalize.ts when this module is evaluated. Every entry imports it first
 * thing (background, library page, CLI, scripts, the test setup); the popup loads it as a chunk
 * of its own, only for a text that needs it (normalize.ts needsConversion).
 */
export const makeOpenCC = () => ConverterFactory(fromHk, toCn);

installConverter(makeOpenCC);
