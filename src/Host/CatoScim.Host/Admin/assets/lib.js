// One import point for the view library, so screens never name vendored file paths.
import { h, render, Fragment } from './vendor/preact.mjs';
import { useState, useEffect, useRef, useCallback, useMemo, useContext } from './vendor/preact-hooks.mjs';
import { createContext } from './vendor/preact.mjs';
import htm from './vendor/htm.mjs';

export const html = htm.bind(h);
export { render, Fragment, createContext, useState, useEffect, useRef, useCallback, useMemo, useContext };
